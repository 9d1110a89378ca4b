/**
 * A BatchGetItem through ElectroDB (`entity.get([...keys]).go({ unprocessed: "item" })`),
 * asking again with backoff for the keys DynamoDB left unprocessed.
 */
export async function getAllByKeys<K, T>(keys: K[], get: (keys: K[]) => Promise<{ data: T[]; unprocessed: unknown[] }>): Promise<T[]> {
  const data: T[] = [];
  let pending = keys;
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt > 8) throw new Error("DynamoDB left items unprocessed after retries");
    if (attempt) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
    const result = await get(pending);
    data.push(...result.data);
    pending = result.unprocessed as K[];
  }
  return data;
}
