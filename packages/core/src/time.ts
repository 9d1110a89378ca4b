
/** Kota Mataram keeps WITA (Asia/Makassar): UTC+8, no daylight saving. */
const WITA_OFFSET_MS = 8 * 3600_000;

/** The WITA calendar date (YYYY-MM-DD) of a moment. */
export const witaDate = (moment: Date | string) => new Date(new Date(moment).getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);

export const witaYear = (moment: Date | string) => Number(witaDate(moment).slice(0, 4));

/** The WITA month (YYYY-MM) of a moment. */
export const witaMonth = (moment: Date | string) => witaDate(moment).slice(0, 7);

/** Quarters in WITA (UTC+8): 2026-Q4 starts at 2026-10-01T00:00 WITA = 2026-09-30T16:00Z. */
const WITA_MS = 8 * 3600_000;

export interface Quarter {
  id: string;
  year: number;
  quarter: number;
  startsAt: string;
  endsAt: string;
}

export function quarter(year: number, q: number): Quarter {
  const start = Date.UTC(year, (q - 1) * 3, 1) - WITA_MS;
  const end = Date.UTC(year, q * 3, 1) - WITA_MS;
  return { id: `${year}-Q${q}`, year, quarter: q, startsAt: new Date(start).toISOString(), endsAt: new Date(end).toISOString() };
}

/** The quarter a moment falls in, by the calendar of Mataram. */
export function quarterOf(moment: Date): Quarter {
  const wita = new Date(moment.getTime() + WITA_MS);
  return quarter(wita.getUTCFullYear(), Math.floor(wita.getUTCMonth() / 3) + 1);
}

export const DAY_MS = 86400_000;

/**
 * The end of the WITA calendar day `days` days after the day of `from`: 23:59 WITA (the
 * last millisecond of that day, so every moment of the due day is on time). A cycle opened
 * at 04:18 WITA on 2 December is due, 21 days on, at the end of 23 December.
 */
export function endOfWitaDay(from: Date | string, days: number): Date {
  const day = Math.floor((new Date(from).getTime() + WITA_MS) / DAY_MS) + days;
  return new Date((day + 1) * DAY_MS - WITA_MS - 1);
}

/** Whole WITA calendar days from `from` to `to` (negative when `to` is earlier). */
export function witaDaysBetween(from: Date | string, to: Date | string): number {
  const day = (d: Date | string) => Math.floor((new Date(d).getTime() + WITA_MS) / DAY_MS);
  return day(to) - day(from);
}
