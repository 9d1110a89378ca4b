// Times in Kota Mataram: WITA (Asia/Makassar), UTC+8 all year round (no daylight saving).
import { lang } from "./i18n";

export const WITA_TIME_ZONE = "Asia/Makassar";
const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function locale(): string {
  return lang() === "en" ? "en-GB" : "id-ID";
}

/**
 * A `datetime-local` value ("2027-03-01T08:00"), read as WITA, as an ISO-8601 UTC string
 * ("2027-03-01T00:00:00.000Z"). Empty or malformed input gives "".
 */
export function witaInputToIso(value: string): string {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return "";
  const [, year, month, day, hour, minute, second] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second ?? 0));
  return new Date(utc - WITA_OFFSET_MS).toISOString();
}

/** An ISO-8601 instant as a `datetime-local` value in WITA ("2027-03-01T08:00"). */
export function isoToWitaInput(iso: string | undefined | null): string {
  if (!iso) return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  return new Date(time + WITA_OFFSET_MS).toISOString().slice(0, 16);
}

function parts(date: Date, options: Intl.DateTimeFormatOptions): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat(locale(), options).formatToParts(date)) result[part.type] = part.value;
  return result;
}

/** "01 Mar 2027 08:00 WITA". */
export function formatWita(iso: string | undefined | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const p = parts(date, {
    timeZone: WITA_TIME_ZONE,
    day: "2-digit",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  return `${p.day} ${p.month} ${p.year} ${p.hour}:${p.minute} WITA`;
}

/** A calendar day ("2027-03-01", or an instant taken in WITA) as "01 Mar 2027". */
export function formatDay(value: string | undefined | null): string {
  if (!value) return "";
  const dateOnly = DATE_ONLY.exec(value);
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])))
    : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date, {
    timeZone: dateOnly ? "UTC" : WITA_TIME_ZONE,
    day: "2-digit",
    month: "short",
    year: "numeric",
  });
  return `${p.day} ${p.month} ${p.year}`;
}

/** A calendar day as written under a signature: "27 November 2026". */
export function formatLongDay(value: string | undefined | null): string {
  if (!value) return "";
  const dateOnly = DATE_ONLY.exec(value);
  if (!dateOnly) return formatDay(value);
  const date = new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])));
  const p = parts(date, { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
  return `${p.day} ${p.month} ${p.year}`;
}

/** Today's date in WITA, "YYYY-MM-DD". */
export function witaToday(now: number = Date.now()): string {
  return new Date(now + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** This year in WITA. */
export function witaYear(now: number = Date.now()): number {
  return Number(witaToday(now).slice(0, 4));
}

/** The quarter a moment falls in by the calendar of Mataram: 2026-12-31T17:00Z is 01 Jan 2027 01:00 WITA, so 2027 Q1. */
export function witaQuarter(now: number = Date.now()): { year: number; quarter: number } {
  const [year, month] = witaToday(now).split("-").map(Number);
  return { year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** Whether an ISO instant has passed. */
export function isPast(iso: string | undefined | null, now: number = Date.now()): boolean {
  if (!iso) return false;
  const time = Date.parse(iso);
  return !Number.isNaN(time) && time <= now;
}
