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
  replay(): Promise<void>;
}

/**
 * Records the reads the client sends until `stop()`, with the items each returned. The
 * heaviest (most items; the later one on a tie) is the endpoint's yardstick: one round trip
 * of the raw SDK, no ElectroDB, no HTTP app.
 */
export function captureReads(env: BenchEnvironment) {
  const reads: BareRead[] = [];
  const name = `benchCaptureReads${Math.random().toString(36).slice(2)}`;
  env.client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const command = String(context.commandName).replace(/Command$/, "") as ReadCommand;
      if (command in readCommands) {
        // The wire form (attribute values already marshalled), as the build step holds it.
        const input = structuredClone(args.input) as any;
        const output = result.output as any;
        const items = output.Count ?? (output.Item ? 1 : 0) + countResponses(output.Responses);
        reads.push({
          command,
          items,
          replay: async () => void (await env.client.send(new (readCommands[command] as any)(input))),
        });
      }
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
  };
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
      const text = JSON.stringify(input.Key ?? input.ExpressionAttributeValues ?? input.RequestItems ?? input.TransactItems ?? {});
      const entities = [...new Set([...text.matchAll(/\$([a-z]+)_\d/gi)].map((m) => m[1]!))];
      const items = output.Count ?? (output.Item ? 1 : 0);
      reads.push({ command, entities, items });
      lines.push(`${command}${input.IndexName ? ` ${input.IndexName}` : ""} ${entities.join("+") || "?"} ${items}`);
      return result;
    },
    { step: "build", name },
  );
  return { reads, lines, stop: () => env.client.middlewareStack.remove(name) };
}
