import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import { planActions, planItemStatuses, planStatuses } from "../values";

// Development plans: what a person will do about the gaps their evaluation showed.

export const planItemInput = z.object({
  id: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  competencyId: z.enum(competencyIds as [string, ...string[]]),
  action: z.enum(planActions),
  courseId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  description: z._default(z.string().check(z.trim(), z.maxLength(500)), ""),
  targetDate: z.iso.date("Use a date as YYYY-MM-DD"),
  status: z._default(z.enum(planItemStatuses), "planned"),
});

/** A new item has no id yet; the server gives it one. */
export type PlanItemInput = z.input<typeof planItemInput>;

export const planItemView = z.object({
  id: z.string(),
  competencyId: z.string(),
  action: z.enum(planActions),
  courseId: z.optional(z.string()),
  description: z.string(),
  /** YYYY-MM-DD */
  targetDate: z.string(),
  status: z.enum(planItemStatuses),
});

export type PlanItem = z.infer<typeof planItemView>;

export const savePlanInput = z.object({
  items: z.array(planItemInput).check(z.maxLength(20)),
  submit: z._default(z.boolean(), false),
});

export type SavePlanInput = z.input<typeof savePlanInput>;

export type SavePlan = z.infer<typeof savePlanInput>;

export const planGapView = z.object({
  competencyId: z.string(),
  name: z.string(),
  /** Level minus standard: always negative here (a shortfall). */
  gapToStandard: z.number(),
});

export type PlanGap = z.infer<typeof planGapView>;

/** A competency a service program of the person's unit needs at a higher level than theirs. */
export const planProgramNeedView = z.object({
  competencyId: z.string(),
  name: z.string(),
  neededLevel: z.number(),
  /** The person's level now (1 when not yet assessed). */
  currentLevel: z.number(),
  programs: z.array(z.object({ id: z.string(), title: z.string() })),
});

export type PlanProgramNeed = z.infer<typeof planProgramNeedView>;

export const previousPlanView = z.object({
  evaluationId: z.string(),
  cycleId: z.string(),
  status: z.enum(planStatuses),
  items: z.array(planItemView),
  done: z.number(),
});

export type PreviousPlan = z.infer<typeof previousPlanView>;

export const planView = z.object({
  evaluationId: z.string(),
  status: z.enum(planStatuses),
  items: z.array(planItemView),
  gaps: z.array(planGapView),
  /** What the unit's service programs need, offered as activities beside the gaps. */
  programNeeds: z.array(planProgramNeedView),
  previous: z.nullable(previousPlanView),
});

export type Plan = z.infer<typeof planView>;

export const planSavedView = z.object({ status: z.enum(planStatuses), items: z.array(planItemView) });

export type PlanSaved = z.infer<typeof planSavedView>;

export const planApprovedView = z.object({ status: z.literal("approved") });

export type PlanApproved = z.infer<typeof planApprovedView>;
