import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { createContext } from "@kompeten/core/context";
import { indexNameWords } from "@kompeten/core/staff/staff";
import { rebuildFigures } from "@kompeten/core/aggregates/rebuild";
import { createTable } from "@kompeten/core/table/create";
import { demoAccounts, DEMO_PASSWORD, seedDemoData } from "./demo-data";
import { demoCitizens } from "./demo-forum";
import { localClient, startDynamoDbLocal, type DynamoDbLocal } from "./dynamodb-local";
import { announceInstance, localDataDir, mailboxFor } from "./instance";
import { fileMailer } from "./mailbox";
import { LOCAL_TABLE } from "./run-job";
import { scheduleJobs } from "./schedule";
import { createLocalApp } from "./server";
import { followStream } from "./stream";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const TABLE = LOCAL_TABLE;

function fail(message: string): never {
  console.error(`kompeten: ${message}`);
  process.exit(1);
}

function options() {
  try {
    const { values } = parseArgs({
      options: { memory: { type: "boolean", default: false }, port: { type: "string", default: "3000" }, "log-requests": { type: "boolean", default: false } },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`--port must be a port number, not "${values.port}"`);
    return { memory: values.memory!, port, logRequests: values["log-requests"]! };
  } catch (error) {
    fail(`${(error as Error).message}\nusage: npm start [-- --memory] [-- --port N] [-- --log-requests]`);
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`port ${port} is busy: stop what uses it or choose another with \`npm start -- --port N\``)));
    probe.listen(port, () => probe.close(() => resolvePort()));
  });
}

/** One instance per data folder: two DynamoDB Locals on the same files would corrupt them. */
function takeLock(dataDir: string): () => void {
  const lock = join(dataDir, "kompeten.pid");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {}
    if (alive) fail(`Kompeten is already running on this data (pid ${pid}); stop it first, or use \`npm start -- --memory\``);
  }
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

async function main() {
  const { memory, port, logRequests } = options();
  await assertPortFree(port).catch((error: Error) => fail(error.message));

  const dataDir = localDataDir(root);
  const dataShown = dataDir === join(root, ".data") ? ".data/" : `${dataDir}/`;
  mkdirSync(dataDir, { recursive: true });
  const releaseLock = memory ? () => {} : takeLock(dataDir);
  // In memory the mailbox goes with the rest of the data; on disk it stays in .data/mailbox.
  const mailbox = mailboxFor(memory, dataDir);
  let dynamo: DynamoDbLocal | undefined;
  let withdraw = () => {};
  let stopStream = async () => {};
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    withdraw();
    await stopStream().catch(() => undefined);
    await dynamo?.stop();
    mailbox.remove();
    releaseLock();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());

  try {
    const dbDir = join(dataDir, "dynamodb");
    if (!memory) mkdirSync(dbDir, { recursive: true });
    dynamo = await startDynamoDbLocal({ dataDir: memory ? undefined : dbDir });
    // On disk, a transaction is acknowledged only once DynamoDB Local has committed it (see localClient).
    const client = localClient(dynamo.endpoint, { durable: !memory });
    // A new table gets its stream once the demo is in: DynamoDB Local serializes writes to a
    // streamed table, and the figures are rebuilt from the seeded facts below anyway.
    await createTable(client, TABLE);
    const mailboxDir = mailbox.dir;
    const ctx = createContext({ tableName: TABLE, client, mailer: fileMailer(mailboxDir), appUrl: `http://localhost:${port}` });
    const seeded = await seedDemoData(ctx);
    await createTable(client, TABLE, { stream: true });
    // Data kept from an earlier version may lack the directory's name-word entries.
    if (!seeded) await indexNameWords(ctx);
    // The dashboards' figures: rebuilt from the facts once (the demo, or what changed while
    // stopped), then kept up to date from the table's stream as the cloud's consumer does.
    const stream = await followStream(ctx, { endpoint: dynamo.endpoint, from: "now" });
    await rebuildFigures(ctx);
    stream.start();
    stopStream = () => stream.stop();
    scheduleJobs(ctx);

    const secretFile = join(dataDir, "session-secret");
    const sessionSecret = memory
      ? randomBytes(32).toString("hex")
      : existsSync(secretFile)
        ? readFileSync(secretFile, "utf8")
        : (writeFileSync(secretFile, randomBytes(32).toString("hex"), { mode: 0o600 }), readFileSync(secretFile, "utf8"));

    const webDist = join(root, "packages/web/dist");
    const mailboxWhere = memory ? `${mailboxDir} (sementara, terhapus saat berhenti)` : `${dataShown}mailbox/`;
    const app = createLocalApp({ ctx, sessionSecret, webDist, mailboxDir, mailboxWhere, logRequests });
    const server = serve({ fetch: app.fetch, port });
    server.on("error", (error) => {
      console.error(`kompeten: ${error.message}`);
      void stop(1);
    });
    // `npm run job` finds this instance here while it runs, in either mode.
    withdraw = announceInstance(dataDir, {
      port,
      pid: process.pid,
      mode: memory ? "memory" : "disk",
      endpoint: dynamo.endpoint,
      tableName: TABLE,
      mailboxDir,
      appUrl: `http://localhost:${port}`,
      startedAt: new Date().toISOString(),
    });

    console.log(`
Kompeten is running at http://localhost:${port}
  data: ${memory ? "in memory (kept until you stop, e-mail included)" : `${dataShown} (kept between runs)`}${seeded ? ", demo data seeded" : ""}
  API docs: http://localhost:${port}/api/docs
  e-mail from the scheduled jobs: http://localhost:${port}/dev/mailbox
  run a job on this data: npm run job -- send-reminders --port ${port}
Demo accounts (password: ${DEMO_PASSWORD}):
${demoAccounts.map((a) => `  ${a.email.padEnd(38)} ${a.role}`).join("\n")}
Forum citizens sign in at /forum by a code e-mailed to the local mailbox:
  ${demoCitizens[0]!.email} ... ${demoCitizens.at(-1)!.email}
Press Ctrl-C to stop.`);
  } catch (error) {
    console.error(`kompeten: ${(error as Error).message}`);
    await stop(1);
  }
}

void main();
