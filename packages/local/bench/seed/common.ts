import type { AppContext } from "@kompeten/core/context";

/** The year the data is about, and the moment the benchmark's clock stands still at: mid-year, 09:00 WITA. */
export const BENCH_YEAR = 2026;
export const BENCH_NOW = new Date("2026-07-01T01:00:00.000Z");

export const DAY = 86_400_000;
export const HOUR = 3_600_000;
export const DOMAIN = "demo.mataramkota.go.id";

/** The context with its clock at another moment: items written "back then" get that moment's timestamps. */
export const at = (ctx: AppContext, moment: number | Date): AppContext => {
  const date = new Date(moment);
  return { ...ctx, now: () => new Date(date) };
};

export const iso = (ms: number) => new Date(ms).toISOString();
export const seconds = (since: number) => (performance.now() - since) / 1000;

/** Midnight UTC (08:00 WITA) of a day of the year. */
export const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

export function positiveInt(values: Record<string, string | boolean | undefined>, name: string, min = 1): number {
  const raw = values[name];
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${raw}"`);
  }
  return n;
}

/** A mistake in the command line: reported with the usage, without a stack trace. */
export class UsageError extends Error {}
