import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createContext } from "@kompeten/core/context";
import { createTable } from "@kompeten/core/table/create";
import { jobNames, runJob, type JobName } from "@kompeten/functions/jobs/jobs";
import { localClient, startDynamoDbLocal, type DynamoDbLocal } from "./dynamodb-local";
import { seedDemoData } from "./demo-data";
import { fileMailer } from "./mailbox";

/**
 * `npm run job -- open-cycle|send-reminders|close-cycles [--now ISO-8601]`: runs one scheduled
 * job by hand against the local data (.data/), at a chosen moment, so a whole quarter can be
 * walked through in minutes. Uses the DynamoDB Local of a running `npm start`, or starts one.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const TABLE = "kompeten-local";

function fail(message: string): never {
  console.error(`kompeten job: ${message}\nusage: npm run job -- ${jobNames.join("|")} [--now 2027-01-01T00:00:00+08:00]`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { now: { type: "string" } } });
  } catch (error) {
    fail((error as Error).message);
  }
  const name = parsed.positionals[0] as JobName | undefined;
  if (!name || !jobNames.includes(name)) fail(`name a job: ${jobNames.join(", ")}`);
  const fixed = parsed.values.now ? new Date(parsed.values.now) : undefined;
  if (fixed && Number.isNaN(fixed.getTime())) fail(`--now must be an ISO-8601 moment, not "${parsed.values.now}"`);
  // The chosen moment moves on with the wall clock, as it would in a real run.
  const offset = fixed ? fixed.getTime() - Date.now() : 0;
  const now = () => new Date(Date.now() + offset);

  const dataDir = join(root, ".data");
  const endpointFile = join(dataDir, "dynamodb.endpoint");
  let own: DynamoDbLocal | undefined;
  let endpoint: string;
  if (existsSync(endpointFile)) {
    endpoint = readFileSync(endpointFile, "utf8").trim();
  } else {
    mkdirSync(join(dataDir, "dynamodb"), { recursive: true });
    own = await startDynamoDbLocal({ dataDir: join(dataDir, "dynamodb") });
    endpoint = own.endpoint;
  }
  try {
    const client = localClient(endpoint);
    await createTable(client, TABLE);
    const ctx = createContext({ tableName: TABLE, client, now, mailer: fileMailer(join(dataDir, "mailbox"), now), appUrl: "http://localhost:3000" });
    if (await seedDemoData(ctx)) console.log("The local data was empty: demo data seeded first.");
    const result = await runJob(name, ctx);
    console.log(`${name} at ${now().toISOString()}: ${JSON.stringify(result)}`);
  } finally {
    await own?.stop();
  }
}

main().catch((error) => {
  console.error(`kompeten job: ${(error as Error).message}`);
  process.exit(1);
});
