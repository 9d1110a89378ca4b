// Small helpers shared by the evaluation pages.
import { lang, t } from "./i18n";
import type { EvaluationProgress, ReviewState } from "./types";

/** Peer scores count only as an average of at least two; fewer asks the supervisor to confirm a final rating. */
export const MIN_PEERS_FOR_AVERAGE = 2;

/**
 * A gap to the standard (level minus standard) in words: "−2 di bawah standar",
 * "+1 di atas standar", "0, sesuai standar". Negative is a shortfall.
 */
export function formatGapToStandard(gap: number): string {
  const magnitude = new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(Math.abs(gap));
  if (gap < 0) return t("gap.below", { gap: `−${magnitude}` });
  if (gap > 0) return t("gap.above", { gap: `+${magnitude}` });
  return t("gap.meets");
}

/** An evaluation's own pages: its result ("hasil") and its development plan ("rencana"). */
export function evaluationHref(id: string, page: "hasil" | "rencana"): string {
  return `/evaluasi/${encodeURIComponent(id)}/${page}`;
}

export function reviewHref(evaluationId: string, reviewId: string): string {
  return `/evaluasi/${encodeURIComponent(evaluationId)}/ulasan/${encodeURIComponent(reviewId)}`;
}

/** Reviews of one evaluation sent so far, of all it asks for (no supervisor means no supervisor review). */
export function progressCount(progress: EvaluationProgress): { submitted: number; total: number } {
  const own = [progress.self, progress.supervisor].filter((state): state is ReviewState => state !== null);
  return {
    submitted: own.filter((state) => state === "submitted").length + progress.peersSubmitted,
    total: own.length + progress.peersTotal,
  };
}
