import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/**
 * What a running `npm start` announces about itself, so `npm run job` works on the same data
 * (DynamoDB Local endpoint, table, mailbox) whichever mode it runs in.
 * One file per port under .data/instances/, removed when the instance stops.
 */
export interface InstanceInfo {
  port: number;
  pid: number;
  /** "disk": the data under .data/dynamodb, kept between runs; "memory": gone when it stops. */
  mode: "disk" | "memory";
  endpoint: string;
  tableName: string;
  mailboxDir: string;
  appUrl: string;
  startedAt: string;
}

/**
 * The local data folder of a checkout: `.data/` at its root, or the folder named by
 * `KOMPETEN_DATA_DIR` (for `npm start` and `npm run job` alike), e.g. to keep a second set of data.
 */
export function localDataDir(root: string): string {
  const chosen = process.env.KOMPETEN_DATA_DIR;
  return chosen ? resolve(chosen) : join(root, ".data");
}

const instancesDir = (dataDir: string) => join(dataDir, "instances");
const instanceFile = (dataDir: string, port: number) => join(instancesDir(dataDir), `${port}.json`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes the instance's file; the returned function removes it (call it on stop). */
export function announceInstance(dataDir: string, info: InstanceInfo): () => void {
  mkdirSync(instancesDir(dataDir), { recursive: true });
  const file = instanceFile(dataDir, info.port);
  writeFileSync(file, `${JSON.stringify(info, null, 2)}\n`);
  return () => rmSync(file, { force: true });
}

/** Instances that still run; files left by one that was killed are removed on the way. */
export function runningInstances(dataDir: string): InstanceInfo[] {
  let files: string[];
  try {
    files = readdirSync(instancesDir(dataDir)).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  const found: InstanceInfo[] = [];
  for (const name of files) {
    const file = join(instancesDir(dataDir), name);
    try {
      const info = JSON.parse(readFileSync(file, "utf8")) as InstanceInfo;
      if (alive(info.pid)) found.push(info);
      else rmSync(file, { force: true });
    } catch {
      rmSync(file, { force: true });
    }
  }
  return found.sort((a, b) => a.port - b.port);
}

export type InstanceChoice = { kind: "instance"; instance: InstanceInfo } | { kind: "own" } | { kind: "error"; message: string };

/**
 * Which data a job runs on: the instance on `port` when one is named (an error if none runs
 * there), else the one running instance, else its own DynamoDB Local on .data/ (an error when
 * several run, since the job cannot guess which one is meant).
 */
export function chooseInstance(dataDir: string, port?: number): InstanceChoice {
  const running = runningInstances(dataDir);
  if (port !== undefined) {
    const instance = running.find((i) => i.port === port);
    if (instance) return { kind: "instance", instance };
    const others = running.map((i) => `${i.port} (${i.mode})`).join(", ");
    return { kind: "error", message: `no Kompeten is running on port ${port}${others ? `; running: ${others}` : ""}` };
  }
  if (running.length === 1) return { kind: "instance", instance: running[0]! };
  if (running.length > 1) {
    return { kind: "error", message: `several Kompeten instances run (${running.map((i) => `${i.port} (${i.mode})`).join(", ")}): choose one with --port N` };
  }
  return { kind: "own" };
}

/** One line that says which data a job ran on. */
export function describeData(choice: InstanceChoice): string {
  if (choice.kind === "instance") {
    const { instance } = choice;
    return instance.mode === "memory"
      ? `the running instance on port ${instance.port} (in memory: its data goes when it stops)`
      : `the running instance on port ${instance.port} (.data/, kept between runs)`;
  }
  return "the local data in .data/ (no instance was running, so the job started its own DynamoDB Local there)";
}

/**
 * Where the local mailer writes. On disk, .data/mailbox; in memory, a temporary folder that
 * goes with the rest of the data when the instance stops.
 */
export function mailboxFor(memory: boolean, dataDir: string): { dir: string; remove: () => void } {
  if (!memory) return { dir: join(dataDir, "mailbox"), remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "kompeten-mailbox-"));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
