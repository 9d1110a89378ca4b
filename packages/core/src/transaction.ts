import type { TransactionItem } from "electrodb";
import type { AppContext } from "./context";
import type { Database } from "./db";

type Entities = Database["entities"];
type Commits = Parameters<Database["transaction"]["write"]>[0];

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
  const result = await ctx.db.transaction.write(build).go();
  if (result.canceled) {
    // The result is typed per item; here only each item's code matters.
    const items = result.data as unknown as TransactionItem<unknown>[];
    throw onCancel(items.map((item) => (item.rejected ? item.code : null)));
  }
}

export type { Entities };
