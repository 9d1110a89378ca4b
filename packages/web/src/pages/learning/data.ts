// Reporting learning done elsewhere, and how a ledger entry's dates are written.
import { action, revalidate } from "@solidjs/router";
import { api } from "../../api";
import { text, type FormInput } from "../../forms";
import { getApprovals, getLearning } from "../../queries";
import { formatDay } from "../../time";
import type { LedgerEntry } from "../../types";

/** How many past years the year choice offers. */
export const YEARS_BACK = 5;

export const reportExternalAction = action(async (form: FormInput) => {
  const entry = await api.reportExternal({
    title: text(form, "title"),
    institution: text(form, "institution"),
    source: text(form, "source") === "self_study" ? "self_study" : "external",
    startDate: text(form, "startDate"),
    endDate: text(form, "endDate"),
    jp: text(form, "jp") === "" ? (undefined as unknown as number) : Number(text(form, "jp")),
    evidence: text(form, "evidence"),
  });
  await revalidate([getLearning.key, getApprovals.key]);
  return entry;
}, "report-external");

export function period(entry: LedgerEntry): string {
  const start = formatDay(entry.startDate);
  const end = formatDay(entry.endDate);
  return !end || start === end ? start : `${start} – ${end}`;
}
