const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Task = () => Promise<void>;

/**
 * One task per 25 items: ElectroDB's batch put (one BatchWriteItem), retrying what
 * DynamoDB leaves unprocessed with a growing, jittered pause.
 */
export function batchPutTasks<T>(label: string, items: T[], put: (chunk: T[]) => Promise<{ unprocessed: unknown[] }>): Task[] {
  const tasks: Task[] = [];
  for (let i = 0; i < items.length; i += 25) {
    const chunk = items.slice(i, i + 25);
    tasks.push(async () => {
      let pending = chunk;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) {
          if (attempt > 12) throw new Error(`seeding ${label}: ${pending.length} items stayed unprocessed`);
          await sleep(Math.random() * Math.min(2000, 20 * 2 ** attempt));
        }
        const { unprocessed } = await put(pending);
        // ElectroDB hands unprocessed puts back as items of the entity: put them again.
        pending = unprocessed as T[];
      }
    });
  }
  return tasks;
}

/** Runs the tasks with at most `concurrency` at a time. */
export async function runPool(tasks: Task[], concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/** Interleaves task lists so parallel batches hit different entities (and partitions) at once. */
export function interleave(lists: Task[][]): Task[] {
  const out: Task[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i]) out.push(list[i]!);
  return out;
}
