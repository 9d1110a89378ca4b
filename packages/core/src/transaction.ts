import type { TransactionItem } from "electrodb";
import type { AppContext } from "./context";
import type { Database } from "./db";

type Entities = Database["entities"];
type Commits = Parameters<Database["transaction"]["write"]>[0];
/** What a transaction's build function is given: each entity's transaction writers. */
export type TransactionEntities = Parameters<Commits>[0];

/** Reasons DynamoDB gave per item when it cancelled a transaction (null where the item was fine). */
export type CancellationCodes = (string | null)[];

/**
 * Writes all items in one DynamoDB transaction. ElectroDB resolves (does not throw)
 * when DynamoDB cancels a transaction, so the cancellation is turned into an error here.
 */
export async function writeTogether(
  ctx: AppContext,
  build: Commits,
  onCancel: (codes: CancellationCodes) => Error,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const result = await ctx.db.transaction.write(build).go();
    if (!result.canceled) return;
    // The result is typed per item; here only each item's code matters.
    const items = result.data as unknown as TransactionItem<unknown>[];
    const codes = items.map((item) => (item.rejected && item.code !== "None" ? item.code : null));
    // Another transaction touched the same items at the same moment (a busy course, say):
    // nothing was written, so trying again after a short random pause is safe.
    const conflictOnly = codes.every((code) => code === null || code === "TransactionConflict");
    if (conflictOnly && attempt < MAX_CONFLICT_RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** Math.min(attempt, 5)));
      continue;
    }
    throw onCancel(codes);
  }
}

const MAX_CONFLICT_RETRIES = 12;

/** Whether a single conditional write failed its condition (and wrote nothing). */
export function isConditionFailure(error: unknown): boolean {
  const cause = (error as { cause?: { name?: string } } | undefined)?.cause;
  return cause?.name === "ConditionalCheckFailedException";
}

export type { Entities };
