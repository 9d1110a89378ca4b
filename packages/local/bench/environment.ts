import { readdirSync, readFileSync } from "node:fs";
import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createContext, type AppContext } from "@kompeten/core/context";
import { createTable } from "@kompeten/core/table/create";
import { localClient, startDynamoDbLocal, type DynamoDbLocal } from "../src/dynamodb-local";

/** Counts every command the client sends (like the test helper's), so a run can tell how many a request costs. */
export interface RequestCounter {
  count: number;
  commands: string[];
  /** Requests per command since the last reset, all of them (`commands` keeps only the last 10,000). */
  byCommand: Map<string, number>;
  /** Items written by requests that succeeded: BatchWriteItem items DynamoDB processed, one per Put/Update/DeleteItem, the writes of a transaction. */
  itemsWritten: number;
  /** Items returned: Query/Scan Count, GetItem's item, BatchGetItem's responses; and the same by command. */
  itemsRead: number;
  itemsReadBy: Map<string, number>;
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
  /** CPU seconds (user + system) the DynamoDB Local java process used so far, when the OS tells (Linux). */
  javaCpuSeconds(): number | null;
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
  console.log(`Starting DynamoDB Local (in memory)…`);
  const dynamo = await startDynamoDbLocal();
  cleanups.push(() => dynamo.stop());
  const client = localClient(dynamo.endpoint);
  cleanups.push(async () => client.destroy());

  const requests: RequestCounter = {
    count: 0,
    commands: [],
    byCommand: new Map(),
    itemsWritten: 0,
    itemsRead: 0,
    itemsReadBy: new Map(),
    reset() {
      this.count = 0;
      this.commands = [];
      this.byCommand = new Map();
      this.itemsWritten = 0;
      this.itemsRead = 0;
      this.itemsReadBy = new Map();
    },
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      requests.count++;
      // Only the last few matter (per-request breakdown); keep the list short during seeding.
      if (requests.commands.length > 10_000) requests.commands.length = 0;
      const command = String(context.commandName).replace(/Command$/, "");
      requests.commands.push(command);
      requests.byCommand.set(command, (requests.byCommand.get(command) ?? 0) + 1);
      const result = await next(args);
      tallyItems(requests, command, args.input as Record<string, any>, result.output as Record<string, any>);
      return result;
    },
    { step: "initialize", name: "benchCountRequests" },
  );

  const tableName = options.tableName ?? "kompeten-bench";
  await createTable(client, tableName);
  const ctx = createContext({ tableName, client, now: options.now });
  const javaPid = findJavaPid(dynamo.port);
  console.log(`  ${dynamo.endpoint}${javaPid ? ` (java pid ${javaPid})` : ""}`);
  return {
    ctx,
    client,
    tableName,
    requests,
    dynamo,
    javaPid,
    javaPeakRssMiB: () => (javaPid ? peakRssMiB(javaPid) : null),
    javaCpuSeconds: () => (javaPid ? cpuSeconds(javaPid) : null),
  };
}

/** Items a successful request wrote or read (a failed one, e.g. a conditional write that lost, throws before this). */
function tallyItems(counter: RequestCounter, command: string, input: Record<string, any>, output: Record<string, any>) {
  const count = (requests: Record<string, unknown[]> | undefined) => Object.values(requests ?? {}).reduce((n, list) => n + list.length, 0);
  const read = (n: number) => {
    counter.itemsRead += n;
    counter.itemsReadBy.set(command, (counter.itemsReadBy.get(command) ?? 0) + n);
  };
  switch (command) {
    case "BatchWriteItem":
      counter.itemsWritten += count(input.RequestItems) - count(output.UnprocessedItems);
      break;
    case "PutItem":
    case "UpdateItem":
    case "DeleteItem":
      counter.itemsWritten++;
      break;
    case "TransactWriteItems":
      counter.itemsWritten += (input.TransactItems as Record<string, unknown>[]).filter((item) => !item.ConditionCheck).length;
      break;
    case "Query":
    case "Scan":
      read(output.Count ?? 0);
      break;
    case "GetItem":
      read(output.Item ? 1 : 0);
      break;
    case "BatchGetItem":
      read(count(output.Responses));
      break;
  }
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

/** utime + stime of a process (Linux /proc; clock ticks of 1/100 s, as on every common Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Peak resident memory of this Node process, in MiB. */
export const nodePeakRssMiB = () => process.resourceUsage().maxRSS / 1024;
