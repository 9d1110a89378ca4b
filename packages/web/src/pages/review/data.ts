// Reading a review's ratings from its form, saving or sending it, and how a review is named.
import { action, revalidate } from "@solidjs/router";
import { api, ApiError } from "../../api";
import { text, type FormInput } from "../../forms";
import { t } from "../../i18n";
import { getCycleTeam, getEvaluation, getEvaluationResult, getMyEvaluations, getPlan, getReview, getReviewTasks } from "../../queries";
import type { Rating, Review } from "../../types";

export const SCORES = [1, 2, 3, 4, 5] as const;

export const COMMENT_FIELD = "comment:";

export const SCORE_FIELD = "score:";

/** Every item has a comment box, so the comment fields name all the items; a comment goes only with a score. */
export function readRatings(form: FormInput): Record<string, Rating> {
  const ids = Array.from(new Set<string>(form.keys()))
    .filter((name) => name.startsWith(COMMENT_FIELD))
    .map((name) => name.slice(COMMENT_FIELD.length));
  const ratings: Record<string, Rating> = {};
  for (const id of ids) {
    const score = text(form, `${SCORE_FIELD}${id}`);
    if (!score) continue;
    const comment = text(form, `${COMMENT_FIELD}${id}`);
    ratings[id] = { score: Number(score), ...(comment ? { comment } : {}) };
  }
  return ratings;
}

/** Save a draft or send: the pressed button says which. */
export const saveReviewAction = action(async (evaluationId: string, reviewId: string, form: FormInput) => {
  const submit = text(form, "do") === "submit";
  const saved = await api.saveReview(evaluationId, reviewId, {
    ratings: readRatings(form),
    strengths: text(form, "strengths"),
    improvements: text(form, "improvements"),
    submit,
  });
  await revalidate([
    getReview.key,
    getReviewTasks.key,
    getMyEvaluations.key,
    getEvaluation.key,
    getEvaluationResult.key,
    getCycleTeam.key,
    getPlan.key,
  ]);
  return { ...saved, submitted: submit };
}, "save-review");

export function titleOf(review: Review): string {
  if (review.kind === "self") return t("review.titleSelf");
  return t(review.kind === "supervisor" ? "review.titleSupervisor" : "review.titlePeer", { name: review.subjectName });
}

export function stateText(review: Review): string {
  if (review.state === "submitted") return t("review.stateSubmitted");
  if (review.state === "missed") return t("review.stateMissed");
  return review.draft ? t("review.stateDraft") : t("review.stateNew");
}

/** The missing item ids of an `incomplete_review` refusal, else null. */
export function missingOf(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== "incomplete_review") return null;
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  return Array.isArray(missing) ? missing.filter((id): id is string => typeof id === "string") : [];
}
