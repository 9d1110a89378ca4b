import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext } from "@kompeten/core/context";
import { createTable } from "@kompeten/core/table/create";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoData } from "../src/demo-data";
import { freePort, localClient, startDynamoDbLocal } from "../src/dynamodb-local";
import { LOCAL_TABLE } from "../src/run-job";

/**
 * Crash test of `npm start` on disk: 40 staff created at once by the admin, the whole process group
 * (Node and DynamoDB Local) killed with SIGKILL once 20 were acknowledged, the same command started
 * again on the same folder with no manual step, then every acknowledged create must be there: the
 * record, its audit entry and its NIP taken. A create cut off by the kill must be there whole or
 * not at all.
 *
 * DynamoDB Local answers TransactWriteItems before its SQLite COMMIT has run; without the commit
 * barrier of `localClient(..., { durable: true })` an acknowledged create went missing in most runs.
 */

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
const WRITES = 40;
const KILL_AFTER = 20;

interface Answer {
  status: number;
  data: any;
  cookie?: string;
}

function call(port: number, method: string, path: string, options: { cookie?: string; json?: unknown } = {}): Promise<Answer> {
  const body = options.json === undefined ? undefined : Buffer.from(JSON.stringify(options.json));
  const headers: Record<string, string | number> = {};
  if (body) Object.assign(headers, { "content-type": "application/json", "content-length": body.length });
  if (options.cookie) headers.cookie = options.cookie;
  return new Promise((resolveAnswer, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("error", reject);
      res.on("end", () => {
        let data: any = text;
        try {
          data = JSON.parse(text);
        } catch {}
        const setCookie = res.headers["set-cookie"]?.[0];
        resolveAnswer({ status: res.statusCode!, data, cookie: setCookie?.split(";")[0] });
      });
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** `npm start` (without the web build) on `dataDir`, in its own process group. */
class Runtime {
  readonly child: ChildProcess;
  output = "";
  private constructor(readonly port: number, dataDir: string) {
    this.child = spawn(process.execPath, [tsx, "packages/local/src/start.ts", "--port", String(port)], {
      cwd: root,
      env: { ...process.env, KOMPETEN_DATA_DIR: dataDir },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.on("data", (chunk) => (this.output += chunk));
    this.child.stderr!.on("data", (chunk) => (this.output += chunk));
  }

  static async start(dataDir: string): Promise<Runtime> {
    const runtime = new Runtime(await freePort(), dataDir);
    const deadline = Date.now() + 60_000;
    while (!runtime.output.includes("Kompeten is running")) {
      if (runtime.child.exitCode !== null || runtime.child.signalCode !== null) throw new Error(`npm start exited: ${runtime.output}`);
      if (Date.now() > deadline) throw new Error(`npm start did not come up: ${runtime.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return runtime;
  }

  /** Whether any process of the group (Node, DynamoDB Local's JVM) still runs. */
  groupAlive(): boolean {
    try {
      process.kill(-this.child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  }

  kill(signal: NodeJS.Signals) {
    if (this.groupAlive()) process.kill(-this.child.pid!, signal);
  }

  async gone(timeoutMs = 20_000) {
    const deadline = Date.now() + timeoutMs;
    while (this.groupAlive()) {
      if (Date.now() > deadline) {
        this.kill("SIGKILL");
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async signIn(): Promise<string> {
    const answer = await call(this.port, "POST", "/api/auth/login", { json: { login: "admin@demo.mataramkota.go.id", password: DEMO_PASSWORD } });
    if (answer.status !== 200 || !answer.cookie) throw new Error(`sign-in failed: ${answer.status} ${JSON.stringify(answer.data)}`);
    return answer.cookie;
  }
}

const newStaff = (i: number) => ({
  nip: `19910714201903${1 + (i % 2)}${String(101 + i).padStart(3, "0")}`,
  name: `Pegawai Uji ${i + 1}`,
  email: `uji.${i + 1}@mataramkota.go.id`,
  unitId: "diskominfo",
  position: "Pranata Komputer Ahli Pertama",
  positionLevel: "pelaksana",
  initialPassword: "sementara-123",
});

describe("npm start on disk after kill -9", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "kompeten-crash-"));
  const runtimes: Runtime[] = [];

  afterAll(async () => {
    for (const runtime of runtimes) {
      runtime.kill("SIGTERM");
      await runtime.gone();
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("keeps every acknowledged write and starts again with no manual step", { timeout: 150_000 }, async () => {
    // The demo's units and people written to the folder first, as an earlier `npm start` would have
    // left them, without the catalog, mentoring, the dashboards' year and the forum: seeding those
    // takes most of a minute and plays no part here.
    mkdirSync(join(dataDir, "dynamodb"));
    const seeding = await startDynamoDbLocal({ dataDir: join(dataDir, "dynamodb") });
    const client = localClient(seeding.endpoint);
    await createTable(client, LOCAL_TABLE);
    await seedDemoData(createContext({ tableName: LOCAL_TABLE, client, appUrl: "http://localhost" }), { forum: false, dashboards: false, courses: false, mentoring: false });
    client.destroy();
    await seeding.stop();

    const first = await Runtime.start(dataDir);
    runtimes.push(first);
    const admin = await first.signIn();

    const acknowledged: { index: number; id: string }[] = [];
    const refused: string[] = [];
    let killed = false;
    const writes = Array.from({ length: WRITES }, (_, index) =>
      call(first.port, "POST", "/api/staff", { cookie: admin, json: newStaff(index) }).then(
        (answer) => {
          if (answer.status !== 201) return void refused.push(`${index}: ${answer.status} ${JSON.stringify(answer.data)}`);
          acknowledged.push({ index, id: answer.data.id });
          if (acknowledged.length === KILL_AFTER) {
            killed = true;
            first.kill("SIGKILL");
          }
        },
        () => undefined, // cut off by the kill: never acknowledged
      ),
    );
    await Promise.all(writes);
    await first.gone();
    expect(refused).toEqual([]);
    expect(killed, `${KILL_AFTER} creates answered before the kill`).toBe(true);
    const inFlight = WRITES - acknowledged.length;
    expect(inFlight, "the kill came while writes were still in flight").toBeGreaterThan(0);

    // What a kill -9 leaves behind: the lock of a process that is gone, perhaps SQLite's journal.
    expect(existsSync(join(dataDir, "kompeten.pid"))).toBe(true);
    const journalLeft = existsSync(join(dataDir, "dynamodb", "shared-local-instance.db-journal"));

    const second = await Runtime.start(dataDir);
    runtimes.push(second);
    const cookie = await second.signIn();

    const missing: string[] = [];
    await Promise.all(
      acknowledged.map(async ({ index, id }) => {
        const [staff, audit, again] = await Promise.all([
          call(second.port, "GET", `/api/staff/${id}`, { cookie }),
          call(second.port, "GET", `/api/audit?targetType=staff&targetId=${id}`, { cookie }),
          call(second.port, "POST", "/api/staff", { cookie, json: { ...newStaff(index), email: `lagi.${index}@mataramkota.go.id` } }),
        ]);
        const problems = [
          staff.status === 200 && staff.data.nip === newStaff(index).nip ? null : `GET ${staff.status}`,
          audit.status === 200 && audit.data.items.some((e: { action: string }) => e.action === "staff.create") ? null : "no audit entry",
          again.status === 409 && again.data.error?.details?.field === "nip" ? null : `NIP free again (${again.status})`,
        ].filter(Boolean);
        if (problems.length) missing.push(`${newStaff(index).nip} ${id}: ${problems.join(", ")}`);
      }),
    );
    const present = acknowledged.length - missing.length;

    // Writes cut off by the kill: each is there whole (record, audit entry, NIP taken) or not at all.
    const done = new Set(acknowledged.map((a) => a.index));
    let cutOffPresent = 0;
    const halfWritten: string[] = [];
    await Promise.all(
      Array.from({ length: WRITES }, (_, index) => index)
        .filter((index) => !done.has(index))
        .map(async (index) => {
          const { nip } = newStaff(index);
          const found = await call(second.port, "GET", `/api/staff?q=${nip}`, { cookie });
          const match = found.data.items.find((s: { nip: string }) => s.nip === nip);
          if (match) {
            cutOffPresent++;
            const audit = await call(second.port, "GET", `/api/audit?targetType=staff&targetId=${match.id}`, { cookie });
            if (!audit.data.items.some((e: { action: string }) => e.action === "staff.create")) halfWritten.push(`${nip}: record without audit entry`);
          } else {
            const again = await call(second.port, "POST", "/api/staff", { cookie, json: newStaff(index) });
            if (again.status !== 201) halfWritten.push(`${nip}: no record, yet ${again.status} ${JSON.stringify(again.data)}`);
          }
        }),
    );

    console.log(
      `kill -9 after ${KILL_AFTER} of ${WRITES} creates: acknowledged ${acknowledged.length}, present after restart ${present}; ` +
        `${inFlight} cut off, ${cutOffPresent} of them present; SQLite journal left: ${journalLeft ? "yes" : "no"}`,
    );
    expect(missing).toEqual([]);
    expect(halfWritten).toEqual([]);
  });
});
