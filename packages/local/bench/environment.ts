import { readdirSync, readFileSync } from "node:fs";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createContext, type AppContext } from "@kompeten/core/context";
import { createTable } from "@kompeten/core/table/create";
import { localClient, startDynamoDbLocal, type DynamoDbLocal } from "../src/dynamodb-local";

/** Counts every command the client sends (like the test helper's), so a run can tell how many a request costs. */
export interface RequestCounter {
  count: number;
  commands: string[];
  reset(): void;
}

export interface BenchEnvironment {
  ctx: AppContext;
  client: DynamoDBClient;
  tableName: string;
  requests: RequestCounter;
  dynamo: DynamoDbLocal;
  /** The DynamoDB Local java process, when the OS tells (Linux). */
  javaPid: number | null;
  /** Peak resident memory of the DynamoDB Local java process (MiB), when the OS tells (Linux). */
  javaPeakRssMiB(): number | null;
}

const cleanups: (() => Promise<void>)[] = [];
let signalsHooked = false;

/** Runs every registered cleanup once (newest first); safe to call more than once. */
export async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    const cleanup = cleanups.pop()!;
    await cleanup().catch((error) => console.error(`bench: cleanup failed: ${(error as Error).message}`));
  }
}

function hookSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, stopping DynamoDB Local`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
}

/**
 * DynamoDB Local in memory on a free port, the table from the shared key schema, and an
 * AppContext over a counted client. The java process is stopped by `cleanUp()`, which the
 * entry point runs on success, on error and on Ctrl-C.
 */
export async function startBenchEnvironment(options: { now: () => Date; tableName?: string }): Promise<BenchEnvironment> {
  hookSignals();
  const dynamo = await startDynamoDbLocal();
  cleanups.push(() => dynamo.stop());
  const client = localClient(dynamo.endpoint);
  cleanups.push(async () => client.destroy());

  const requests: RequestCounter = {
    count: 0,
    commands: [],
    reset() {
      this.count = 0;
      this.commands = [];
    },
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      requests.count++;
      // Only the last few matter (per-request breakdown); keep the list short during seeding.
      if (requests.commands.length > 10_000) requests.commands.length = 0;
      requests.commands.push(String(context.commandName).replace(/Command$/, ""));
      return next(args);
    },
    { step: "initialize", name: "benchCountRequests" },
  );

  const tableName = options.tableName ?? "kompeten-bench";
  await createTable(client, tableName);
  const ctx = createContext({ tableName, client, now: options.now });
  const javaPid = findJavaPid(dynamo.port);
  return {
    ctx,
    client,
    tableName,
    requests,
    dynamo,
    javaPid,
    javaPeakRssMiB: () => (javaPid ? peakRssMiB(javaPid) : null),
  };
}

/** The DynamoDB Local java process listening on `port` (Linux /proc), or null elsewhere. */
function findJavaPid(port: number): number | null {
  try {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let cmdline: string;
      try {
        cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").join(" ");
      } catch {
        continue;
      }
      if (cmdline.includes("DynamoDBLocal") && cmdline.includes(`-port ${port}`)) return Number(entry);
    }
  } catch {}
  return null;
}

function peakRssMiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Peak resident memory of this Node process, in MiB. */
export const nodePeakRssMiB = () => process.resourceUsage().maxRSS / 1024;
