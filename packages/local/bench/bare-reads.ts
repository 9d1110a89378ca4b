import { BatchGetItemCommand, GetItemCommand, QueryCommand, TransactGetItemsCommand } from "@aws-sdk/client-dynamodb";
import type { BenchEnvironment } from "./environment";

const readCommands = {
  GetItem: GetItemCommand,
  Query: QueryCommand,
  BatchGetItem: BatchGetItemCommand,
  TransactGetItems: TransactGetItemsCommand,
} as const;
type ReadCommand = keyof typeof readCommands;

/** One DynamoDB read an endpoint made, as the SDK sent it, to be sent again on its own. */
export interface BareRead {
  command: ReadCommand;
  items: number;
  /** In words: the command, the index, the entity and the items, e.g. "Query gsi1 unit 40". */
  label: string;
  /** When the SDK began building it and when its answer was parsed (performance.now(), ms). */
  sentAt: number;
  doneAt: number;
  replay(): Promise<void>;
}

/**
 * An endpoint's reads, to be sent again bare in the order and with the parallelism it sent
 * them: each read waits for every read that had finished before it was sent the first time,
 * so the reads of one Promise.all go out together, and a read made from the answers of
 * others (the next page, the second step) waits for them.
 */
export interface ReadSchedule {
  reads: BareRead[];
  /** The reads as sent: one step per line of what went out together, e.g. "[GetItem staff 1] -> [GetItem staffFigures 1 | Query review 0]". */
  steps: string;
  run(): Promise<void>;
}

/**
 * Records the reads the client sends until `stop()`, with the items each returned. The
 * heaviest (most items; the later one on a tie) is the endpoint's yardstick: one round trip
 * of the raw SDK, no ElectroDB, no HTTP app.
 */
export function captureReads(env: BenchEnvironment) {
  const reads: BareRead[] = [];
  const name = `benchCaptureReads${Math.random().toString(36).slice(2)}`;
  let others = 0;
  env.client.middlewareStack.add(
    (next, context) => async (args) => {
      const sentAt = performance.now();
      // The wire form (attribute values already marshalled), as the build step holds it.
      const input = structuredClone(args.input) as any;
      const result = await next(args);
      const doneAt = performance.now();
      const command = String(context.commandName).replace(/Command$/, "") as ReadCommand;
      if (command in readCommands) {
        const output = result.output as any;
        const items = output.Count ?? (output.Item ? 1 : 0) + countResponses(output.Responses);
        reads.push({
          command,
          items,
          label: `${command}${input.IndexName ? ` ${input.IndexName}` : ""} ${entitiesOf(input).join("+") || "?"} ${items}`,
          sentAt,
          doneAt,
          replay: async () => void (await env.client.send(new (readCommands[command] as any)(input))),
        });
      } else others++;
      return result;
    },
    { step: "build", name },
  );
  return {
    stop: () => env.client.middlewareStack.remove(name),
    heaviest(): BareRead {
      if (!reads.length) throw new Error("bench: the endpoint made no DynamoDB read");
      return reads.reduce((best, read) => (read.items >= best.items ? read : best));
    },
    /** Every read, to send again as the endpoint sent them; throws if it also wrote. */
    schedule(): ReadSchedule {
      if (!reads.length) throw new Error("bench: the endpoint made no DynamoDB read");
      if (others) throw new Error(`bench: the endpoint also sent ${others} requests that are not reads`);
      return readSchedule([...reads]);
    },
  };
}

function readSchedule(reads: BareRead[]): ReadSchedule {
  reads.sort((a, b) => a.sentAt - b.sentAt);
  // What each read waited for: the reads that had finished before it was sent.
  const after = reads.map((read) => reads.flatMap((other, j) => (other.doneAt <= read.sentAt ? [j] : [])));
  const step: number[] = [];
  after.forEach((deps, i) => (step[i] = deps.length ? Math.max(...deps.map((j) => step[j]!)) + 1 : 0));
  const steps = Array.from({ length: Math.max(...step) + 1 }, (_, s) => `[${reads.filter((_, i) => step[i] === s).map((r) => r.label).join(" | ")}]`).join(" -> ");
  return {
    reads,
    steps,
    async run() {
      const done: Promise<void>[] = [];
      reads.forEach((read, i) => done.push(Promise.all(after[i]!.map((j) => done[j]!)).then(() => read.replay())));
      await Promise.all(done);
    },
  };
}

/** The entities a request names, from ElectroDB's sort key prefix (`$<entity>_<version>`). */
function entitiesOf(input: Record<string, any>): string[] {
  const text = JSON.stringify(input.Key ?? input.ExpressionAttributeValues ?? input.RequestItems ?? input.TransactItems ?? {});
  return [...new Set([...text.matchAll(/\$([a-z]+)_\d/gi)].map((m) => m[1]!))];
}

function countResponses(responses: unknown): number {
  if (Array.isArray(responses)) return responses.length; // TransactGetItems
  if (responses && typeof responses === "object") return Object.values(responses).reduce((n: number, list) => n + (list as unknown[]).length, 0);
  return 0;
}

/**
 * What each request reads, in words: the command, the index, the entity (from ElectroDB's sort
 * key prefix, `$<entity>_<version>`) and the items it returned, e.g. "Query gsi1 mentorcompetency 104".
 */
export function recordKeys(env: BenchEnvironment) {
  const reads: { command: string; entities: string[]; items: number }[] = [];
  const lines: string[] = [];
  const name = `benchRecordKeys${Math.random().toString(36).slice(2)}`;
  env.client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const input = args.input as Record<string, any>;
      const output = result.output as Record<string, any>;
      const command = String(context.commandName).replace(/Command$/, "");
      const entities = entitiesOf(input);
      const items = output.Count ?? (output.Item ? 1 : 0);
      reads.push({ command, entities, items });
      lines.push(`${command}${input.IndexName ? ` ${input.IndexName}` : ""} ${entities.join("+") || "?"} ${items}`);
      return result;
    },
    { step: "build", name },
  );
  return { reads, lines, stop: () => env.client.middlewareStack.remove(name) };
}
