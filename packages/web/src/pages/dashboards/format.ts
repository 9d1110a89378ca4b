// How the dashboards write their figures: Indonesian (or English) numbers, shares as percentages.
import { lang, t } from "../../i18n";
import { formatWita } from "../../time";

function numberFormat(digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: digits });
}

/** "12", "5,3" (at most one decimal). */
export function formatNumber(value: number, digits = 1): string {
  return numberFormat(digits).format(value);
}

/** A share of 0-1 as "45%" or "45,5%"; "–" when there is nothing to share (null). */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return "–";
  return `${formatNumber(Math.round(share * 1000) / 10)}%`;
}

/** `count` of `total` as a share, or null when the total is zero. */
export function shareOf(count: number, total: number): number | null {
  return total > 0 ? count / total : null;
}

/** "12 (60%)": a count with its share of the total. */
export function countWithShare(count: number, total: number): string {
  const share = shareOf(count, total);
  return share === null ? formatNumber(count) : `${formatNumber(count)} (${formatShare(share)})`;
}

/** A mean gap (level minus standard) with its sign: "−0,8", "+0,4", "0". */
export function formatGap(gap: number): string {
  const rounded = Math.round(gap * 10) / 10;
  const magnitude = formatNumber(Math.abs(rounded));
  if (rounded < 0) return `−${magnitude}`;
  if (rounded > 0) return `+${magnitude}`;
  return magnitude;
}

/** "Data per 02 Des 2026 08:00 WITA". */
export function asOfText(asOf: string): string {
  return t("dash.asOf", { time: formatWita(asOf) });
}

/** "2026-11" as "Nov 2026". */
export function formatMonth(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return month;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(lang() === "en" ? "en-GB" : "id-ID", { month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}
