import { AppError } from "./errors";

/**
 * Runs one page of a Query. A cursor is opaque to clients; one that was edited, or that
 * belongs to another list, makes ElectroDB or DynamoDB refuse the start key: that is the
 * client's mistake (400), not ours.
 */
export async function pageWith<T>(cursor: string | undefined, run: (cursor: string | null) => Promise<T>): Promise<T> {
  try {
    return await run(cursor ?? null);
  } catch (error) {
    const cause = (error as { cause?: { name?: string } }).cause;
    if (cursor && (/cursor/i.test((error as Error).message) || cause?.name === "ValidationException")) {
      throw new AppError(400, "invalid_cursor", "The cursor does not belong to this list; start from the first page");
    }
    throw error;
  }
}
