// Words for the API's codes, with the code itself as the fallback for a value the app does not know yet.
import { hasMessage, t } from "./i18n";

function label(prefix: string, value: string | undefined | null): string {
  if (!value) return "";
  const key = `${prefix}.${value}`;
  return hasMessage(key) ? t(key) : value;
}

export const categoryLabel = (value: string | undefined) => label("category", value);
export const formLabel = (value: string | undefined) => label("form", value);
export const formTypeLabel = (value: string | undefined) => label("formType", value);
export const courseStatusLabel = (value: string | undefined) => label("courseStatus", value);
export const enrollmentStatusLabel = (value: string | undefined) => label("enrollment", value);
export const institutionKindLabel = (value: string | undefined) => label("instKind", value);
export const sourceLabel = (value: string | undefined) => label("source", value);
export const ledgerStatusLabel = (value: string | undefined) => label("ledgerStatus", value);
export const cycleStatusLabel = (value: string | undefined) => label("cycleStatus", value);
export const reviewKindLabel = (value: string | undefined) => label("reviewKind", value);
/** A review's state; no review of that kind (no supervisor, say) reads "None". */
export const reviewStateLabel = (value: string | null | undefined) => (value ? label("reviewState", value) : t("reviewState.none"));
export const evaluationStatusLabel = (value: string | undefined) => label("evaluationStatus", value);
export const finalRatingLabel = (value: string | null | undefined) => label("finalRating", value);
export const planStatusLabel = (value: string | undefined) => label("planStatus", value);
export const planActionLabel = (value: string | undefined) => label("planAction", value);
export const planItemStatusLabel = (value: string | undefined) => label("planItemStatus", value);

/** "2026-Q4" as "Kuartal 4 2026"; anything else as it is. */
export function cycleLabel(cycleId: string | undefined | null): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(cycleId ?? "");
  return match ? t("cycle.label", { year: match[1]!, quarter: match[2]! }) : (cycleId ?? "");
}
