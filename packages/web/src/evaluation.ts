// Small helpers shared by the evaluation pages.
import type { EvaluationProgress, ReviewState } from "./types";

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
