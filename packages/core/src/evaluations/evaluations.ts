import { isAdmin, type Actor } from "../actor";
import { competencies, levelNames, standardLevels } from "../competencies/competencies";
import type { AppContext } from "../context";
import { AppError, forbidden, notFound } from "../errors";
import type { PositionLevel } from "../staff/staff.entity";
import { isConditionFailure, writeTogether } from "../transaction";
import { asOfCycle, findCycle, getCycle, reviewItem, type EvaluationRecord, type ReviewRecord } from "../cycles/cycles";
import { coreValues } from "./evaluations.entity";
import {
  finalizeInput,
  saveReviewInput,
  type Evaluation,
  type EvaluationResult,
  type Finalize,
  type Review,
  type ReviewSaved,
  type ReviewTask,
  type SaveReview,
  type TeamEvaluation,
} from "./evaluations.schemas";
import type { ReviewState } from "../values";

export { finalizeInput, saveReviewInput };

/** An evaluation's id in URLs: "<cycle>~<staff>" (e.g. 2026-Q4~demo-3). */
export const evaluationId = (cycleId: string, staffId: string) => `${cycleId}~${staffId}`;
export function parseEvaluationId(id: string) {
  const [cycleId, staffId] = id.split("~");
  if (!cycleId || !staffId) throw notFound("Evaluation");
  return { cycleId, staffId };
}

/** The items of a form: the 7 BerAKHLAK values, then the competencies of the person's position. */
export function formItems(evaluation: Pick<EvaluationRecord, "competencyIds">) {
  return [
    ...coreValues.map((v) => ({ id: v.id, kind: "value" as const, name: v.name })),
    ...competencies.filter((c) => (evaluation.competencyIds as string[]).includes(c.id)).map((c) => ({ id: c.id, kind: "competency" as const, name: c.name })),
  ];
}

export async function getEvaluationRecord(ctx: AppContext, id: string): Promise<EvaluationRecord> {
  const { cycleId, staffId } = parseEvaluationId(id);
  const { data } = await ctx.db.entities.evaluation.get({ cycleId, staffId }).go();
  if (!data) throw notFound("Evaluation");
  return data;
}

/** The evaluation as its readers see it: status and review states as of its cycle (`asOfCycle`). */
export async function readEvaluation(ctx: AppContext, id: string) {
  const { cycleId } = parseEvaluationId(id);
  const [evaluation, cycle] = await Promise.all([getEvaluationRecord(ctx, id), findCycle(ctx, cycleId)]);
  return { ...asOfCycle(cycle).evaluation(evaluation), cycle };
}

const isSubjectOrSupervisorOrAdmin = (actor: Actor, e: EvaluationRecord) => actor.id === e.staffId || actor.id === e.supervisorId || isAdmin(actor);

/** The reviews someone owes in cycles not closed yet, soonest due first (once a cycle closes they are missed). */
export async function myTasks(ctx: AppContext, actor: Actor): Promise<ReviewTask[]> {
  const { data: stored } = await ctx.db.entities.review.query.byReviewer({ reviewerId: actor.id }).begins({ state: "outstanding" }).go({ pages: "all" });
  const cycleIds = [...new Set(stored.map((r) => r.cycleId))];
  const { data: cycles } = cycleIds.length ? await ctx.db.entities.cycle.get(cycleIds.map((id) => ({ id }))).go() : { data: [] };
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const data = stored.filter((r) => asOfCycle(cycleById.get(r.cycleId) ?? { status: "open" }).review(r.state) === "outstanding");
  return data
    .map((r) => ({
      evaluationId: evaluationId(r.cycleId, r.subjectId),
      reviewId: r.reviewId,
      cycleId: r.cycleId,
      kind: r.kind,
      subjectId: r.subjectId,
      subjectName: r.subjectName,
      dueAt: r.dueAt,
      draft: r.draft,
    }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** A competency's five levels with their names and the framework's descriptors, shown next to the 1-5 choice. */
function levelDescriptors(competencyId: string) {
  const competency = competencies.find((c) => c.id === competencyId);
  return (competency?.levels ?? []).map((descriptor, index) => ({ level: index + 1, name: levelNames[index]!.name, descriptor }));
}

/** What the reviewer sees of their own review: the form items (competencies with their level descriptors) and what they wrote so far. */
export async function getReview(ctx: AppContext, actor: Actor, id: string, reviewId: string): Promise<Review> {
  const { cycleId, staffId } = parseEvaluationId(id);
  const [{ data: review }, evaluation] = await Promise.all([
    ctx.db.entities.review.get({ cycleId, subjectId: staffId, reviewId }).go(),
    readEvaluation(ctx, id),
  ]);
  if (!review) throw notFound("Review");
  if (review.reviewerId !== actor.id) throw forbidden("Only the assigned reviewer may see this review");
  return {
    evaluationId: id,
    reviewId,
    kind: review.kind,
    subjectName: review.subjectName,
    state: asOfCycle(evaluation.cycle).review(review.state),
    draft: review.draft,
    dueAt: review.dueAt,
    items: formItems(evaluation).map((item) => (item.kind === "competency" ? { ...item, levels: levelDescriptors(item.id) } : item)),
    ratings: review.ratings as Record<string, { score: number; comment?: string }>,
    strengths: review.strengths ?? "",
    improvements: review.improvements ?? "",
  };
}

/**
 * Saves a draft, or submits (`submit: true`): every item rated, after which it never
 * changes. Only the assigned reviewer, only while the cycle is open.
 */
export async function saveReview(ctx: AppContext, actor: Actor, id: string, reviewId: string, input: SaveReview): Promise<ReviewSaved> {
  const { cycleId, staffId } = parseEvaluationId(id);
  const [cycle, evaluation, { data: review }] = await Promise.all([
    getCycle(ctx, cycleId),
    getEvaluationRecord(ctx, id),
    ctx.db.entities.review.get({ cycleId, subjectId: staffId, reviewId }).go(),
  ]);
  if (!review) throw notFound("Review");
  if (review.reviewerId !== actor.id) throw forbidden("Only the assigned reviewer may write this review");
  const now = ctx.now().toISOString();
  if (cycle.status !== "open" || now >= cycle.closesAt) throw new AppError(409, "cycle_closed", "This evaluation cycle is closed");
  if (review.state !== "outstanding") throw new AppError(409, "already_submitted", "This review was submitted and cannot change");
  const items = formItems(evaluation);
  const unknown = Object.keys(input.ratings).filter((key) => !items.some((i) => i.id === key));
  if (unknown.length) throw new AppError(400, "validation_failed", `Not on this form: ${unknown.join(", ")}`, { issues: unknown.map((path) => ({ path: `ratings.${path}`, message: "not on this form" })) });
  const ratings = { ...(review.ratings as Record<string, unknown>), ...input.ratings };
  if (input.submit) {
    const missing = items.filter((i) => !(i.id in ratings));
    if (missing.length) {
      throw new AppError(400, "incomplete_review", `Rate every item before submitting (${missing.length} missing)`, { missing: missing.map((i) => i.id) });
    }
  }
  const state = input.submit ? ("submitted" as const) : ("outstanding" as const);
  const changes = {
    ratings,
    ...(input.strengths !== undefined ? { strengths: input.strengths } : {}),
    ...(input.improvements !== undefined ? { improvements: input.improvements } : {}),
    draft: !input.submit,
    state,
    reviewerId: review.reviewerId,
    updatedAt: now,
    ...(input.submit ? { submittedAt: now } : {}),
  };
  if (!input.submit) {
    await ctx.db.entities.review
      .patch({ cycleId, subjectId: staffId, reviewId })
      .set(changes)
      .where(({ state: s }, { eq }) => eq(s, "outstanding"))
      .go()
      .catch((error) => {
        throw isConditionFailure(error) ? new AppError(409, "already_submitted", "This review was submitted and cannot change") : error;
      });
    return { state, draft: true };
  }
  // The submit and the evaluation's progress change together; parallel submits of other reviews retry.
  for (let attempt = 0; ; attempt++) {
    const current = attempt === 0 ? evaluation : await getEvaluationRecord(ctx, id);
    const progress = { ...(current.progress as Record<string, string>), [reviewId]: "submitted" };
    try {
      await writeTogether(
        ctx,
        ({ review: reviews, evaluation: evaluations }) => [
          reviews
            .patch({ cycleId, subjectId: staffId, reviewId })
            .set(changes)
            .where(({ state: s, reviewerId }, { eq }) => `${eq(s, "outstanding")} AND ${eq(reviewerId, actor.id)}`)
            .commit(),
          evaluations
            .patch({ cycleId, staffId })
            .set({ progress, updatedAt: now })
            .where(({ updatedAt }, { eq }) => eq(updatedAt, current.updatedAt))
            .commit(),
        ],
        (codes) => new SubmitCancelled(codes[0] === "ConditionalCheckFailed"),
      );
      return { state, draft: false };
    } catch (error) {
      if (!(error instanceof SubmitCancelled)) throw error;
      if (error.reviewChanged) throw new AppError(409, "already_submitted", "This review was submitted and cannot change");
      if (attempt >= 8) throw new AppError(409, "conflict", "The evaluation is busy; try again");
    }
  }
}

class SubmitCancelled extends Error {
  constructor(readonly reviewChanged: boolean) {
    super("submit cancelled");
  }
}

/** The supervisor may change the suggested peers during the first 7 days of the cycle. */
export async function changePeers(ctx: AppContext, actor: Actor, id: string, peerIds: string[]) {
  const evaluation = await getEvaluationRecord(ctx, id);
  const cycle = await getCycle(ctx, evaluation.cycleId);
  if (actor.id !== evaluation.supervisorId) throw forbidden("Only the supervisor chooses the peers");
  const now = ctx.now().toISOString();
  if (cycle.status !== "open" || now >= cycle.peersLockedAt) throw new AppError(409, "peers_locked", "Peers can only change in the first 7 days of the cycle");
  const unique = [...new Set(peerIds)];
  if (unique.length < 2 || unique.length > 3) {
    throw new AppError(400, "validation_failed", "Choose two or three peers", { issues: [{ path: "peerIds", message: "Choose two or three peers" }] });
  }
  if (unique.includes(evaluation.staffId) || unique.includes(evaluation.supervisorId)) {
    throw new AppError(400, "invalid_peer", "A peer can be neither the person nor their supervisor");
  }
  const { data: people } = await ctx.db.entities.staff.get(unique.map((staffId) => ({ id: staffId }))).go();
  if (people.length !== unique.length || people.some((p) => !p.active)) throw new AppError(400, "invalid_peer", "Every peer must be an active staff member");
  const { data: reviews } = await ctx.db.entities.review.query.byEvaluation({ cycleId: evaluation.cycleId, subjectId: evaluation.staffId }).go();
  const currentPeers = reviews.filter((r) => r.kind === "peer");
  const removed = currentPeers.filter((r) => !unique.includes(r.reviewerId));
  if (removed.some((r) => r.state !== "outstanding" || r.draft)) throw new AppError(409, "peer_started", "A peer who has started or submitted a review cannot be replaced");
  const added = unique.filter((peerId) => !currentPeers.some((r) => r.reviewerId === peerId));
  const progress = { ...(evaluation.progress as Record<string, string>) };
  for (const r of removed) delete progress[r.reviewId];
  const subject = { id: evaluation.staffId, name: evaluation.staffName, unitId: evaluation.unitId };
  for (const peerId of added) progress[`peer-${peerId}`] = "outstanding";
  await writeTogether(
    ctx,
    ({ review, evaluation: evaluations }) => [
      evaluations
        .patch({ cycleId: evaluation.cycleId, staffId: evaluation.staffId })
        .set({ peerIds: unique, progress, updatedAt: now })
        .where(({ updatedAt }, { eq }) => eq(updatedAt, evaluation.updatedAt))
        .commit(),
      ...removed.map((r) =>
        review
          .delete({ cycleId: r.cycleId, subjectId: r.subjectId, reviewId: r.reviewId })
          .where(({ state, draft }, { eq }) => `${eq(state, "outstanding")} AND ${eq(draft, false)}`)
          .commit(),
      ),
      ...added.map((peerId) => review.create(reviewItem(ctx, cycle, subject, "peer", peerId)).commit()),
    ],
    () => new AppError(409, "conflict", "The evaluation changed meanwhile; reload and try again"),
  );
  return { peerIds: unique };
}

/** What the subject, their supervisor and admins see of an evaluation. */
export async function getEvaluation(ctx: AppContext, actor: Actor, id: string): Promise<Evaluation> {
  const evaluation = await readEvaluation(ctx, id);
  if (!isSubjectOrSupervisorOrAdmin(actor, evaluation)) throw forbidden("Only the person, their supervisor or an admin may see this evaluation");
  const progress = evaluation.progress;
  const peerStates = Object.entries(progress).filter(([key]) => key.startsWith("peer-"));
  // Peers by name only for the supervisor who chooses them (and admins); the subject sees how many answered.
  const seesPeers = actor.id === evaluation.supervisorId || isAdmin(actor);
  const peerIds = seesPeers ? (evaluation.peerIds as string[]) : [];
  const { data: peerRecords } = peerIds.length ? await ctx.db.entities.staff.get(peerIds.map((staffId) => ({ id: staffId }))).go() : { data: [] };
  return {
    id,
    cycleId: evaluation.cycleId,
    staffId: evaluation.staffId,
    staffName: evaluation.staffName,
    unitName: evaluation.unitName,
    supervisorId: evaluation.supervisorId === "-" ? null : evaluation.supervisorId,
    status: evaluation.status,
    finalRating: evaluation.finalRating ?? null,
    peerIds,
    peers: peerIds.map((id) => ({ id, name: peerRecords.find((p) => p.id === id)?.name ?? id })),
    progress: {
      self: progress.self ?? null,
      supervisor: progress.supervisor ?? null,
      peersSubmitted: peerStates.filter(([, s]) => s === "submitted").length,
      peersTotal: peerStates.length,
    },
    planStatus: evaluation.planStatus,
  };
}

/** The supervisor's team in a cycle: who has submitted what (one Query). */
export async function teamEvaluations(ctx: AppContext, actor: Actor, cycleId: string): Promise<TeamEvaluation[]> {
  const [{ data }, cycle] = await Promise.all([
    ctx.db.entities.evaluation.query.bySupervisor({ supervisorId: actor.id, cycleId }).go({ pages: "all" }),
    findCycle(ctx, cycleId),
  ]);
  const asOf = asOfCycle(cycle);
  return data.map((stored) => {
    const e = asOf.evaluation(stored);
    const progress = e.progress;
    const peers = Object.entries(progress).filter(([key]) => key.startsWith("peer-"));
    return {
      id: evaluationId(e.cycleId, e.staffId),
      staffId: e.staffId,
      staffName: e.staffName,
      status: e.status,
      finalRating: e.finalRating ?? null,
      self: progress.self ?? null,
      supervisor: progress.supervisor ?? null,
      peersSubmitted: peers.filter(([, s]) => s === "submitted").length,
      peersTotal: peers.length,
      planStatus: e.planStatus,
    };
  });
}

const average = (scores: number[]) => Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
/** Values have no position standard: 3 (meets expectations) is what the scale asks of everyone. */
export const VALUE_EXPECTATION = 3;
export const MIN_PEERS_FOR_AVERAGE = 2;

/**
 * Per value and competency: self, supervisor and peer-average scores and `gapToStandard`,
 * the level (supervisor, else peer average, else self) minus the standard. Only submitted reviews count; peer scores only as an average of at least two,
 * and nothing tells which peer wrote what.
 */
export async function evaluationResult(ctx: AppContext, actor: Actor, id: string): Promise<EvaluationResult> {
  const evaluation = await readEvaluation(ctx, id);
  if (!isSubjectOrSupervisorOrAdmin(actor, evaluation)) throw forbidden("Only the person, their supervisor or an admin may see this result");
  const { data } = await ctx.db.entities.review.query.byEvaluation({ cycleId: evaluation.cycleId, subjectId: evaluation.staffId }).go();
  const submitted = data.filter((r) => r.state === "submitted");
  const self = submitted.find((r) => r.kind === "self");
  const supervisor = submitted.find((r) => r.kind === "supervisor");
  const peers = submitted.filter((r) => r.kind === "peer");
  const showPeers = peers.length >= MIN_PEERS_FOR_AVERAGE;
  const standard = standardLevels[evaluation.positionLevel as PositionLevel];
  const score = (r: ReviewRecord | undefined, item: string) => (r?.ratings as Record<string, { score: number }> | undefined)?.[item]?.score ?? null;
  const items = formItems(evaluation).map((item) => {
    const peerScores = showPeers ? peers.map((p) => score(p, item.id)).filter((s): s is number => s !== null) : [];
    const expected = item.kind === "competency" ? standard : VALUE_EXPECTATION;
    const selfScore = score(self, item.id);
    const supervisorScore = score(supervisor, item.id);
    const peerAverage = peerScores.length ? average(peerScores) : null;
    const basis = supervisorScore ?? peerAverage ?? selfScore;
    // Level minus standard: negative is below the standard (a shortfall), zero or more meets it.
    const gapToStandard = basis === null ? null : Math.round((basis - expected) * 10) / 10;
    return { ...item, standard: expected, self: selfScore, supervisor: supervisorScore, peerAverage, gapToStandard };
  });
  return {
    id,
    cycleId: evaluation.cycleId,
    staffName: evaluation.staffName,
    status: evaluation.status,
    finalRating: evaluation.finalRating ?? null,
    peersSubmitted: peers.length,
    peerAverageShown: showPeers,
    items,
    strengths: supervisor?.strengths ?? null,
    improvements: supervisor?.improvements ?? null,
  };
}

/** The competency levels a supervisor's review sets: only the form's competencies it gave a score of 1-5. */
export function ratedLevels(competencyIds: string[], ratings: Record<string, { score?: unknown } | undefined>): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const id of competencyIds) {
    const score = ratings[id]?.score;
    if (typeof score === "number" && Number.isInteger(score) && score >= 1 && score <= 5) levels[id] = score;
  }
  return levels;
}

/**
 * The supervisor closes the evaluation with the final rating (predikat). Their own review
 * must be in; with fewer than two peer reviews in they must confirm they rate without a
 * peer average (`confirmFewPeers`). The competencies their review scored become the
 * person's current levels, which the course recommendations use; others stay as they were.
 */
export async function finalizeEvaluation(ctx: AppContext, actor: Actor, id: string, input: Finalize) {
  const evaluation = await readEvaluation(ctx, id);
  if (actor.id !== evaluation.supervisorId) throw forbidden("Only the supervisor sets the final rating");
  if (evaluation.status !== "open") throw new AppError(409, "evaluation_closed", `This evaluation is ${evaluation.status} already`);
  const { data: supervisorReview } = await ctx.db.entities.review.get({ cycleId: evaluation.cycleId, subjectId: evaluation.staffId, reviewId: "supervisor" }).go();
  if (supervisorReview?.state !== "submitted") throw new AppError(409, "supervisor_review_missing", "Submit your own review before the final rating");
  const peerStates = Object.entries(evaluation.progress).filter(([key]) => key.startsWith("peer-"));
  const peersSubmitted = peerStates.filter(([, state]) => state === "submitted").length;
  if (peersSubmitted < MIN_PEERS_FOR_AVERAGE && !input.confirmFewPeers) {
    throw new AppError(409, "few_peer_reviews", `Only ${peersSubmitted} of ${peerStates.length} peer reviews are in; confirm to rate without a peer average`, {
      peersSubmitted,
      peersTotal: peerStates.length,
      minimum: MIN_PEERS_FOR_AVERAGE,
    });
  }
  const levels = ratedLevels(evaluation.competencyIds as string[], supervisorReview.ratings as Record<string, { score?: unknown }>);
  const now = ctx.now().toISOString();
  const { data: staff } = await ctx.db.entities.staff.get({ id: evaluation.staffId }).go();
  await writeTogether(
    ctx,
    ({ evaluation: evaluations, staff: staffEntity }) => [
      evaluations
        .patch({ cycleId: evaluation.cycleId, staffId: evaluation.staffId })
        .set({ status: "finalized", finalRating: input.rating, finalizedAt: now, updatedAt: now })
        .where(({ status }, { eq }) => eq(status, "open"))
        .commit(),
      staffEntity
        .patch({ id: evaluation.staffId })
        .set({ competencyLevels: { ...((staff?.competencyLevels ?? {}) as Record<string, number>), ...levels }, updatedAt: now })
        .commit(),
    ],
    () => new AppError(409, "evaluation_closed", "This evaluation was closed meanwhile"),
  );
  return { status: "finalized" as const, finalRating: input.rating, levelsSet: levels };
}

/** My own evaluations, newest first (the last two years of quarters). */
export async function myEvaluations(ctx: AppContext, actor: Actor): Promise<Evaluation[]> {
  const { data } = await ctx.db.entities.evaluation.query.byStaff({ staffId: actor.id }).go({ order: "desc", limit: 8 });
  return Promise.all(data.map((e) => getEvaluation(ctx, actor, evaluationId(e.cycleId, e.staffId))));
}
