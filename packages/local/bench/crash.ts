import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BatchWriteItemCommand, GetItemCommand, PutItemCommand, TransactWriteItemsCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { createTable } from "@kompeten/core/table/create";
import { tableKeys } from "@kompeten/core/table/keys";
import { localClient, startDynamoDbLocal } from "../src/dynamodb-local";
import type { Benchmark } from "./benchmark";
import { renderTable } from "./measure";

const TABLE = "kompeten-crash";
const { partitionKey: pk, sortKey: sk } = tableKeys;

/** One way of writing an item: what the app's services send, or a single request. */
interface Kind {
  name: string;
  durable: boolean;
  write(client: DynamoDBClient, id: string): Promise<unknown>;
}

const item = (id: string, part: string) => ({ [pk]: { S: id }, [sk]: { S: part }, data: { S: "x".repeat(200) } });

const kinds: Kind[] = [
  {
    // Like a staff create: the record and two unique guards, all or nothing.
    name: "TransactWriteItems (3 puts)",
    durable: false,
    write: (client, id) =>
      client.send(
        new TransactWriteItemsCommand({
          TransactItems: ["record", "nip", "email"].map((part) => ({ Put: { TableName: TABLE, Item: item(id, part), ConditionExpression: `attribute_not_exists(${pk})` } })),
        }),
      ),
  },
  {
    name: "TransactWriteItems, durable client",
    durable: true,
    write: (client, id) =>
      client.send(
        new TransactWriteItemsCommand({
          TransactItems: ["record", "nip", "email"].map((part) => ({ Put: { TableName: TABLE, Item: item(id, part), ConditionExpression: `attribute_not_exists(${pk})` } })),
        }),
      ),
  },
  { name: "PutItem", durable: false, write: (client, id) => client.send(new PutItemCommand({ TableName: TABLE, Item: item(id, "record") })) },
  {
    name: "BatchWriteItem (3 puts)",
    durable: false,
    write: (client, id) => client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE]: ["record", "nip", "email"].map((part) => ({ PutRequest: { Item: item(id, part) } })) } })),
  },
];

interface Outcome {
  acknowledged: number;
  present: number;
  journalLeft: boolean;
}

/**
 * One crash: `writes` at once on a persisted DynamoDB Local, the JVM ended with `signal` as soon as
 * `killAfter` were acknowledged, started again on the same folder, then each acknowledged item read.
 */
async function crashOnce(kind: Kind, options: { writes: number; killAfter: number; signal: NodeJS.Signals }): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), "kompeten-crash-bench-"));
  try {
    const dynamo = await startDynamoDbLocal({ dataDir: dir });
    const setup = localClient(dynamo.endpoint);
    await createTable(setup, TABLE);
    setup.destroy();
    // No retries: a request cut off by the kill is simply not acknowledged.
    const client = localClient(dynamo.endpoint, { durable: kind.durable, maxAttempts: 1 });
    const acknowledged: string[] = [];
    let killed: Promise<void> | undefined;
    await Promise.allSettled(
      Array.from({ length: options.writes }, async (_, i) => {
        const id = `item-${i}`;
        await kind.write(client, id);
        acknowledged.push(id);
        if (acknowledged.length === options.killAfter) killed = dynamo.kill(options.signal);
      }),
    );
    await (killed ?? dynamo.kill(options.signal));
    client.destroy();
    const journalLeft = existsSync(join(dir, "shared-local-instance.db-journal"));

    const again = await startDynamoDbLocal({ dataDir: dir });
    const reader = localClient(again.endpoint);
    let present = 0;
    for (const id of acknowledged) {
      const { Item } = await reader.send(new GetItemCommand({ TableName: TABLE, Key: { [pk]: { S: id }, [sk]: { S: "record" } }, ConsistentRead: true }));
      if (Item) present++;
    }
    reader.destroy();
    await again.stop();
    return { acknowledged: acknowledged.length, present, journalLeft };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether DynamoDB Local on disk keeps what it acknowledged when it is killed: per kind of write,
 * `runs` crashes, each with `writes` sent at once and the JVM killed after `killAfter` answers.
 * The kinds take turns, so a busy moment of the machine weighs on all of them alike.
 */
export const crashBenchmark: Benchmark = {
  name: "crash",
  summary: "kill -9 of DynamoDB Local on disk amid concurrent writes: acknowledged writes present after a restart, per kind of write",
  options: {
    runs: { type: "string", default: "8" },
    writes: { type: "string", default: "40" },
    "kill-after": { type: "string", default: "20" },
    signal: { type: "string", default: "SIGKILL" },
  },
  usage: "[--runs 8] [--writes 40] [--kill-after 20] [--signal SIGKILL|SIGTERM]",
  async run(values) {
    const runs = Math.max(1, Number(values.runs) || 8);
    const writes = Math.max(1, Number(values.writes) || 40);
    const killAfter = Math.min(writes, Math.max(1, Number(values["kill-after"]) || 20));
    const signal = (values.signal === "SIGTERM" ? "SIGTERM" : "SIGKILL") as NodeJS.Signals;
    const outcomes = new Map<Kind, Outcome[]>(kinds.map((kind) => [kind, []]));
    for (let run = 1; run <= runs; run++) {
      const line: string[] = [];
      for (const kind of kinds) {
        const outcome = await crashOnce(kind, { writes, killAfter, signal });
        outcomes.get(kind)!.push(outcome);
        line.push(`${kind.name}: ${outcome.present}/${outcome.acknowledged}`);
      }
      console.log(`run ${run}: ${line.join(", ")}`);
    }
    console.log(`\n${signal} after ${killAfter} of ${writes} concurrent writes, ${runs} runs per kind:`);
    console.log(
      renderTable(
        ["write", "acknowledged", "present after restart", "runs with a loss", "runs leaving a -journal"],
        kinds.map((kind) => {
          const list = outcomes.get(kind)!;
          const sum = (f: (o: Outcome) => number) => list.reduce((n, o) => n + f(o), 0);
          return [
            kind.name,
            String(sum((o) => o.acknowledged)),
            String(sum((o) => o.present)),
            `${list.filter((o) => o.present < o.acknowledged).length} of ${runs}`,
            `${list.filter((o) => o.journalLeft).length} of ${runs}`,
          ];
        }),
        [false, true, true, true, true],
      ),
    );
  },
};
