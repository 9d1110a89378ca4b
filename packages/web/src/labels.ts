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
