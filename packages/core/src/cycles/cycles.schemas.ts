import * as z from "../zod";
import { cycleStatuses } from "../values";

// Quarterly evaluation cycles: opening one, and how far each unit has come.

export const openCycleInput = z.object({ year: z.number().check(z.int(), z.gte(2020), z.lte(2100)), quarter: z.number().check(z.int(), z.gte(1), z.lte(4)) });

export type OpenCycleInput = z.infer<typeof openCycleInput>;

export const cycleView = z.object({
  id: z.string(),
  year: z.number(),
  quarter: z.number(),
  status: z.enum(cycleStatuses),
  openedAt: z.string(),
  peersLockedAt: z.string(),
  dueAt: z.string(),
  closesAt: z.string(),
  evaluations: z.number(),
  reviews: z.number(),
});

export type Cycle = z.infer<typeof cycleView>;

export const cycleList = z.object({ items: z.array(cycleView) });

export const openCycleResult = z.object({ cycle: cycleView, created: z.boolean() });

export type OpenCycleResult = z.infer<typeof openCycleResult>;

export const unitCompletionView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  evaluations: z.number(),
  finalized: z.number(),
  submitted: z.number(),
  outstanding: z.number(),
  missed: z.number(),
  /** 0-100 */
  completion: z.number(),
});

export type UnitCompletion = z.infer<typeof unitCompletionView>;

export const cycleDashboardView = z.object({ cycle: cycleView, units: z.array(unitCompletionView) });

export type CycleDashboard = z.infer<typeof cycleDashboardView>;
