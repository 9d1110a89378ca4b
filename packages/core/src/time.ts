/** Kota Mataram keeps WITA (Asia/Makassar): UTC+8, no daylight saving. */
const WITA_OFFSET_MS = 8 * 3600_000;

/** The WITA calendar date (YYYY-MM-DD) of a moment. */
export const witaDate = (moment: Date | string) => new Date(new Date(moment).getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);

export const witaYear = (moment: Date | string) => Number(witaDate(moment).slice(0, 4));

/** The WITA month (YYYY-MM) of a moment. */
export const witaMonth = (moment: Date | string) => witaDate(moment).slice(0, 7);
