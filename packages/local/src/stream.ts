import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import { DescribeStreamCommand, GetRecordsCommand, GetShardIteratorCommand, type _Record } from "@aws-sdk/client-dynamodb-streams";
import { applyChanges, fromStreamRecord } from "@kompeten/core/aggregates/changes";
import type { AppContext } from "@kompeten/core/context";
import { localStreamsClient } from "./dynamodb-local";

/**
 * Follows the table's stream in DynamoDB Local as Lambda's event source mapping does in the
 * cloud: shard by shard, in order, each batch handed to the same `applyChanges`. A failed batch
 * is read again on the next round (the aggregates are idempotent).
 */
export interface StreamFollower {
  /** Reads and applies everything written so far; resolves once the stream has nothing new. */
  settle(): Promise<number>;
  /** Keeps settling every `intervalMs` until stopped. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

type Value = Record<string, unknown>;

/** DynamoDB Local writes an empty map as `{}` in stream images where the cloud writes `{ M: {} }`. */
function repairValue(value: Value): Value {
  if (!Object.keys(value).length) return { M: {} };
  if (value.M) return { M: repaired(value.M as Record<string, Value>) };
  if (value.L) return { L: (value.L as Value[]).map(repairValue) };
  return value;
}
function repaired<T>(image: T | undefined): T | undefined {
  return image ? (Object.fromEntries(Object.entries(image as Record<string, Value>).map(([name, value]) => [name, repairValue(value)])) as T) : undefined;
}

export async function followStream(ctx: AppContext, options: { endpoint: string; from: "start" | "now" }): Promise<StreamFollower> {
  const { Table } = await ctx.client.send(new DescribeTableCommand({ TableName: ctx.tableName }));
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`The table ${ctx.tableName} has no stream; it is created with one (core/table/create.ts)`);
  const streams = localStreamsClient(options.endpoint);
  // Where each shard is read next (null once a closed shard is read to its end).
  const positions = new Map<string, string | null>();

  async function shards() {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    return StreamDescription?.Shards ?? [];
  }
  async function iterator(shardId: string, type: "TRIM_HORIZON" | "LATEST") {
    const { ShardIterator } = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type }));
    return ShardIterator ?? null;
  }
  // "now": what is already in the stream (the demo data, rebuilt from the facts instead) is skipped.
  for (const shard of await shards()) positions.set(shard.ShardId!, await iterator(shard.ShardId!, options.from === "now" ? "LATEST" : "TRIM_HORIZON"));

  let running: Promise<number> | null = null;
  async function round(): Promise<number> {
    let applied = 0;
    for (const shard of await shards()) {
      // A shard opened since the last round is read from its beginning.
      if (!positions.has(shard.ShardId!)) positions.set(shard.ShardId!, await iterator(shard.ShardId!, "TRIM_HORIZON"));
    }
    for (const [shardId, position] of positions) {
      let next = position;
      while (next) {
        const { Records = [], NextShardIterator } = await streams.send(new GetRecordsCommand({ ShardIterator: next, Limit: 100 }));
        if (Records.length) {
          await applyChanges(ctx, Records.map((r: _Record) => fromStreamRecord({ dynamodb: { OldImage: repaired(r.dynamodb?.OldImage), NewImage: repaired(r.dynamodb?.NewImage) } })));
          applied += Records.length;
        }
        next = NextShardIterator ?? null;
        positions.set(shardId, next);
        if (!Records.length) break;
      }
    }
    return applied;
  }
  const settle = async () => {
    // One round at a time; a caller arriving during a round waits for it and then runs its own.
    while (running) await running.catch(() => 0);
    let total = 0;
    for (;;) {
      running = round();
      try {
        const applied = await running;
        total += applied;
        if (!applied) return total;
      } finally {
        running = null;
      }
    }
  };
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  return {
    settle,
    start(intervalMs = 300) {
      const tick = async () => {
        if (stopped) return;
        await settle().catch((error) => console.error(JSON.stringify({ level: "error", at: "stream", error: (error as Error).stack ?? String(error) })));
        if (!stopped) timer = setTimeout(tick, intervalMs);
      };
      timer = setTimeout(tick, intervalMs);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      while (running) await running.catch(() => 0);
      streams.destroy();
    },
  };
}
