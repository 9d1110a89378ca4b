import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import {
  cycleStatuses,
  evaluationStatuses,
  finalRatings,
  planActions,
  planItemStatuses,
  planStatuses,
  reviewItemKinds,
  reviewKinds,
  reviewStates,
} from "../values";

// Quarterly evaluations (360 reviews) and development plans: what the API accepts and answers.

/** A cycle ("2026-Q4") or an evaluation ("2026-Q4~<staff>") in a path. */
export const evaluationParam = z.object({ id: z.string().check(z.minLength(3), z.maxLength(120)) });
export const reviewParam = z.extend(evaluationParam, { reviewId: z.string().check(z.minLength(1), z.maxLength(80)) });

const reviewState = z.enum(reviewStates);

export const teamEvaluationView = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  status: z.enum(evaluationStatuses),
  finalRating: z.nullable(z.enum(finalRatings)),
  self: z.nullable(reviewState),
  supervisor: z.nullable(reviewState),
  peersSubmitted: z.number(),
  peersTotal: z.number(),
  planStatus: z.enum(planStatuses),
});
export type TeamEvaluation = z.infer<typeof teamEvaluationView>;
export const teamEvaluationList = z.object({ items: z.array(teamEvaluationView) });

export const reviewTaskView = z.object({
  evaluationId: z.string(),
  reviewId: z.string(),
  cycleId: z.string(),
  kind: z.enum(reviewKinds),
  subjectId: z.string(),
  subjectName: z.string(),
  dueAt: z.string(),
  draft: z.boolean(),
});
export type ReviewTask = z.infer<typeof reviewTaskView>;
export const reviewTaskList = z.object({ items: z.array(reviewTaskView) });

export const evaluationProgressView = z.object({
  self: z.nullable(reviewState),
  supervisor: z.nullable(reviewState),
  peersSubmitted: z.number(),
  peersTotal: z.number(),
});
export type EvaluationProgress = z.infer<typeof evaluationProgressView>;

export const evaluationView = z.object({
  id: z.string(),
  cycleId: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  unitName: z.string(),
  supervisorId: z.nullable(z.string()),
  status: z.enum(evaluationStatuses),
  finalRating: z.nullable(z.enum(finalRatings)),
  /** Only for the supervisor and admins; empty for the person. */
  peerIds: z.array(z.string()),
  /** The same peers with their names (supervisor and admins only). */
  peers: z.optional(z.array(z.object({ id: z.string(), name: z.string() }))),
  progress: evaluationProgressView,
  planStatus: z.enum(planStatuses),
});
export type Evaluation = z.infer<typeof evaluationView>;
export const evaluationList = z.object({ items: z.array(evaluationView) });

export const reviewItemView = z.object({ id: z.string(), kind: z.enum(reviewItemKinds), name: z.string() });
export type ReviewItem = z.infer<typeof reviewItemView>;

/** One level of a competency on the review form: its name and the framework's descriptor. */
export const levelDescriptorView = z.object({ level: z.number(), name: z.string(), descriptor: z.string() });
export type LevelDescriptor = z.infer<typeof levelDescriptorView>;

/** An item of a review form; competencies come with their five level descriptors. */
export const reviewFormItemView = z.extend(reviewItemView, { levels: z.optional(z.array(levelDescriptorView)) });
export type ReviewFormItem = z.infer<typeof reviewFormItemView>;

export const ratingInput = z.object({ score: z.number().check(z.int(), z.gte(1), z.lte(5)), comment: z.optional(z.string().check(z.trim(), z.maxLength(1000))) });
export const ratingView = z.object({ score: z.number(), comment: z.optional(z.string()) });
export type Rating = z.infer<typeof ratingView>;

export const reviewView = z.object({
  evaluationId: z.string(),
  reviewId: z.string(),
  kind: z.enum(reviewKinds),
  subjectName: z.string(),
  state: reviewState,
  draft: z.boolean(),
  dueAt: z.string(),
  items: z.array(reviewFormItemView),
  ratings: z.record(z.string(), ratingView),
  strengths: z.string(),
  improvements: z.string(),
});
export type Review = z.infer<typeof reviewView>;

export const saveReviewInput = z.object({
  ratings: z._default(z.record(z.string(), ratingInput), {}),
  strengths: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  improvements: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
  submit: z._default(z.boolean(), false),
});
export type ReviewInput = z.input<typeof saveReviewInput>;
export type SaveReview = z.infer<typeof saveReviewInput>;

export const reviewSavedView = z.object({ state: reviewState, draft: z.boolean() });
export type ReviewSaved = z.infer<typeof reviewSavedView>;

export const changePeersInput = z.object({ peerIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(5)) });
export const peersView = z.object({ peerIds: z.array(z.string()) });
export type Peers = z.infer<typeof peersView>;

export const resultItemView = z.extend(reviewItemView, {
  standard: z.number(),
  self: z.nullable(z.number()),
  supervisor: z.nullable(z.number()),
  peerAverage: z.nullable(z.number()),
  /** The level (supervisor, else peer average, else self) minus the standard: negative is below it. */
  gapToStandard: z.nullable(z.number()),
});
export type ResultItem = z.infer<typeof resultItemView>;

export const evaluationResultView = z.object({
  id: z.string(),
  cycleId: z.string(),
  staffName: z.string(),
  status: z.enum(evaluationStatuses),
  finalRating: z.nullable(z.enum(finalRatings)),
  peersSubmitted: z.number(),
  peerAverageShown: z.boolean(),
  items: z.array(resultItemView),
  strengths: z.nullable(z.string()),
  improvements: z.nullable(z.string()),
});
export type EvaluationResult = z.infer<typeof evaluationResultView>;

export const finalizeInput = z.object({
  rating: z.enum(finalRatings),
  /** Set after the supervisor was warned that fewer than two peer reviews are in. */
  confirmFewPeers: z._default(z.boolean(), false),
});
export type FinalizeInput = z.input<typeof finalizeInput>;
export type Finalize = z.infer<typeof finalizeInput>;

export const finalizedView = z.object({
  status: z.literal("finalized"),
  finalRating: z.enum(finalRatings),
  /** The competency levels the supervisor's review set. */
  levelsSet: z.record(z.string(), z.number()),
});
export type Finalized = z.infer<typeof finalizedView>;
