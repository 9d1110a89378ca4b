import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { applyChanges, fromStreamRecord } from "@kompeten/core/aggregates/changes";
import { createContext } from "@kompeten/core/context";

// The table stream's consumer: each batch of changes refreshes the figures it touches. A failure
// throws, so Lambda delivers the batch again (split in halves); refreshing is idempotent.

interface StreamEvent {
  Records: { eventID?: string; dynamodb?: { OldImage?: Record<string, AttributeValue>; NewImage?: Record<string, AttributeValue> } }[];
}

const ctx = createContext({ tableName: process.env.TABLE_NAME! });

export async function handler(event: StreamEvent, context: { awsRequestId: string }) {
  const started = Date.now();
  const result = await applyChanges(ctx, event.Records.map(fromStreamRecord));
  console.log(JSON.stringify({ level: "info", at: "figures", requestId: context.awsRequestId, records: event.Records.length, ...result, ms: Date.now() - started }));
  return result;
}
