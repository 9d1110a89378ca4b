// Setting the final rating, and how scores are written.
import { action, revalidate } from "@solidjs/router";
import { api } from "../../api";
import { lang } from "../../i18n";
import { getCycleTeam, getEvaluation, getEvaluationResult, getMyEvaluations, getPlan } from "../../queries";
import { type FinalRating } from "../../types";

/** Highest score of the scale: bars are drawn as a share of it. */
export const SCALE_MAX = 5;

/** `confirmFewPeers` once the supervisor has confirmed rating with fewer than two peer reviews in. */
export const finalizeAction = action(async (evaluationId: string, rating: FinalRating, confirmFewPeers: boolean) => {
  const done = await api.finalizeEvaluation(evaluationId, rating, confirmFewPeers);
  await revalidate([getEvaluationResult.key, getEvaluation.key, getCycleTeam.key, getMyEvaluations.key, getPlan.key]);
  return done;
}, "finalize-evaluation");

export function formatScore(value: number): string {
  return new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value);
}
