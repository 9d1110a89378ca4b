import { randomUUID } from "node:crypto";
import { isAdmin, type Actor } from "../actor";
import type { AppContext } from "../context";
import { AppError, forbidden } from "../errors";
import { isConditionFailure } from "../transaction";
import type { EvaluationRecord } from "../cycles/cycles";
import type { Plan, PlanItem, PlanSaved, SavePlan } from "./plans.schemas";
import { savePlanInput } from "./plans.schemas";
import { planActions, planItemStatuses } from "../values";

export { planActions, planItemStatuses, savePlanInput };
import { evaluationId, evaluationResult, getEvaluationRecord } from "../evaluations/evaluations";
import { programNeedsOfPerson } from "../programs/programs";
import { getStaffRecord } from "../staff/staff";


const itemsOf = (e: EvaluationRecord | undefined) => ((e?.plan as PlanItem[] | undefined) ?? []).map((i) => ({ ...i }));

/** The plan with the gaps it answers, and last quarter's plan with how far each item got. */
export async function getPlan(ctx: AppContext, actor: Actor, id: string): Promise<Plan> {
  const evaluation = await getEvaluationRecord(ctx, id);
  if (actor.id !== evaluation.staffId && actor.id !== evaluation.supervisorId && !isAdmin(actor)) {
    throw forbidden("Only the person, their supervisor or an admin may see this plan");
  }
  const [{ data: earlier }, result, staff] = await Promise.all([
    ctx.db.entities.evaluation.query.byStaff({ staffId: evaluation.staffId }).lt({ cycleId: evaluation.cycleId }).go({ order: "desc", limit: 1 }),
    evaluationResult(ctx, actor, id),
    getStaffRecord(ctx, evaluation.staffId),
  ]);
  const levels = staff.competencyLevels as Record<string, number>;
  const programNeeds = await programNeedsOfPerson(ctx, staff.unitId, (competencyId) => levels[competencyId] ?? 1);
  const previous = earlier[0];
  return {
    evaluationId: id,
    status: evaluation.planStatus,
    items: itemsOf(evaluation),
    // Competencies below the standard: `gapToStandard` (level minus standard) is negative.
    gaps: result.items
      .filter((i) => i.kind === "competency" && i.gapToStandard !== null && i.gapToStandard < 0)
      .map((i) => ({ competencyId: i.id, name: i.name, gapToStandard: i.gapToStandard! })),
    programNeeds: [...programNeeds.values()],
    previous: previous
      ? {
          evaluationId: evaluationId(previous.cycleId, previous.staffId),
          cycleId: previous.cycleId,
          status: previous.planStatus,
          items: itemsOf(previous),
          done: itemsOf(previous).filter((i) => i.status === "done").length,
        }
      : null,
  };
}

/** The subject drafts the plan and submits it; once approved only item statuses move on. */
export async function savePlan(ctx: AppContext, actor: Actor, id: string, input: SavePlan): Promise<PlanSaved> {
  const evaluation = await getEvaluationRecord(ctx, id);
  if (actor.id !== evaluation.staffId) throw forbidden("The development plan is written by the person themselves");
  const current = itemsOf(evaluation);
  const items: PlanItem[] = input.items.map((item) => ({ ...item, id: item.id ?? randomUUID() }));
  if (evaluation.planStatus === "approved") {
    // Everything but the status must stay as approved (compared field by field: stored maps come back in any key order).
    const fixed = (i: PlanItem) => [i.competencyId, i.action, i.courseId ?? "", i.description ?? "", i.targetDate].join("|");
    const sameShape = items.length === current.length && items.every((i) => {
      const was = current.find((c) => c.id === i.id);
      return was !== undefined && fixed(was) === fixed(i);
    });
    if (!sameShape) throw new AppError(409, "plan_approved", "An approved plan only records progress; ask your supervisor to reopen it");
  }
  for (const item of items) {
    if (item.action === "course" && !item.courseId) throw new AppError(400, "validation_failed", "A course action names its course", { issues: [{ path: "items.courseId", message: "required" }] });
  }
  const planStatus = evaluation.planStatus === "approved" ? "approved" : input.submit ? "submitted" : "draft";
  await ctx.db.entities.evaluation
    .patch({ cycleId: evaluation.cycleId, staffId: evaluation.staffId })
    .set({ plan: items, planStatus, updatedAt: ctx.now().toISOString() })
    .where(({ updatedAt }, { eq }) => eq(updatedAt, evaluation.updatedAt))
    .go()
    .catch((error) => {
      throw isConditionFailure(error) ? new AppError(409, "conflict", "The plan changed meanwhile; reload and try again") : error;
    });
  return { status: planStatus, items };
}

export async function approvePlan(ctx: AppContext, actor: Actor, id: string) {
  const evaluation = await getEvaluationRecord(ctx, id);
  if (actor.id !== evaluation.supervisorId) throw forbidden("Only the supervisor approves the plan");
  if (evaluation.planStatus !== "submitted") throw new AppError(409, "plan_not_submitted", "Only a submitted plan can be approved");
  await ctx.db.entities.evaluation
    .patch({ cycleId: evaluation.cycleId, staffId: evaluation.staffId })
    .set({ planStatus: "approved", planApprovedBy: actor.id, updatedAt: ctx.now().toISOString() })
    .where(({ planStatus }, { eq }) => eq(planStatus, "submitted"))
    .go();
  return { status: "approved" as const };
}

/** A course completed through a plan marks its item done (in the person's latest plans). */
export async function markPlannedCourseDone(ctx: AppContext, staffId: string, courseId: string) {
  const { data } = await ctx.db.entities.evaluation.query.byStaff({ staffId }).go({ order: "desc", limit: 2 });
  for (const evaluation of data) {
    const items = itemsOf(evaluation);
    if (!items.some((i) => i.action === "course" && i.courseId === courseId && i.status !== "done")) continue;
    const plan = items.map((i) => (i.action === "course" && i.courseId === courseId ? { ...i, status: "done" as const } : i));
    await ctx.db.entities.evaluation
      .patch({ cycleId: evaluation.cycleId, staffId })
      .set({ plan, updatedAt: ctx.now().toISOString() })
      .where(({ updatedAt }, { eq }) => eq(updatedAt, evaluation.updatedAt))
      .go()
      .catch((error) => {
        if (!isConditionFailure(error)) throw error; // changed meanwhile: the next completion check will see it
      });
  }
}

/**
 * Marks one item of a person's plan done (a completed mentorship it was linked to). A plan
 * changed meanwhile is read again; an item no longer there is left alone.
 */
export async function markPlanItemDone(ctx: AppContext, staffId: string, evaluationId: string, itemId: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const evaluation = await getEvaluationRecord(ctx, evaluationId).catch(() => null);
    if (!evaluation || evaluation.staffId !== staffId) return;
    const items = itemsOf(evaluation);
    if (!items.some((i) => i.id === itemId && i.status !== "done")) return;
    const plan = items.map((i) => (i.id === itemId ? { ...i, status: "done" as const } : i));
    try {
      await ctx.db.entities.evaluation
        .patch({ cycleId: evaluation.cycleId, staffId })
        .set({ plan, updatedAt: ctx.now().toISOString() })
        .where(({ updatedAt }, { eq }) => eq(updatedAt, evaluation.updatedAt))
        .go();
      return;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}

/** The person's own plan item whose action is mentoring, for linking a relation to it; refused otherwise. */
export async function mentoringPlanItem(ctx: AppContext, staffId: string, evaluationId: string, itemId: string): Promise<PlanItem> {
  const evaluation = await getEvaluationRecord(ctx, evaluationId).catch(() => null);
  const item = evaluation && evaluation.staffId === staffId ? itemsOf(evaluation).find((i) => i.id === itemId) : undefined;
  if (!item) throw new AppError(422, "invalid_plan_item", "No such item in your development plan", { issues: [{ path: "planItem", message: "not found" }] });
  if (item.action !== "mentorship") throw new AppError(422, "invalid_plan_item", "Only a plan item whose action is mentoring can be linked", { issues: [{ path: "planItem", message: "action is not mentorship" }] });
  if (item.status === "done" || item.status === "dropped") throw new AppError(422, "invalid_plan_item", "Only an open plan item can be linked", { issues: [{ path: "planItem", message: item.status }] });
  return item;
}
