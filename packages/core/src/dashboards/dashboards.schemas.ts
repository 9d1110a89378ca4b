import * as z from "../zod";
import { courseCategories, enrollmentStatuses, finalRatings, mentorshipKinds, planActions, planItemStatuses, planStatuses, reviewKinds, reviewStates } from "../values";

// What each dashboard shows. Every figure comes from the aggregates kept as the facts change
// (dashboards.ts); `asOf` says when the newest of the figures read was computed.

export const dashboardYearQuery = z.object({
  year: z.optional(z.coerce.number().check(z.int(), z.gte(2020), z.lte(2100))),
  quarter: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(4))),
});
export type DashboardYearQuery = z.infer<typeof dashboardYearQuery>;

export const unitDashboardParam = z.object({ unitId: z.string().check(z.minLength(1), z.maxLength(64)) });

export const gapsQuery = z.object({ unitId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) });
export type GapsQuery = z.infer<typeof gapsQuery>;

/** Learning hours against the yearly 20 JP, with the pace for the date. */
export const jpPaceView = z.object({
  earned: z.number(),
  /** JP of the courses the person holds a seat on and has not finished. */
  planned: z.number(),
  target: z.number(),
  /** What the pace asks for by today: 20 x (share of the year gone)^2, e.g. 5 JP at the end of June. */
  expectedByNow: z.number(),
  atRisk: z.boolean(),
  /** Earned plus planned reaches the target. */
  reachesTarget: z.boolean(),
});
export type JpPace = z.infer<typeof jpPaceView>;

export const myDashboardView = z.object({
  asOf: z.string(),
  year: z.number(),
  jp: jpPaceView,
  courses: z.array(
    z.object({
      courseId: z.string(),
      title: z.string(),
      startsAt: z.string(),
      status: z.enum(enrollmentStatuses),
      jp: z.number(),
      /** 1 = next in line; null when holding a seat. */
      waitlistPosition: z.nullable(z.number()),
    }),
  ),
  reviews: z.array(
    z.object({
      evaluationId: z.string(),
      reviewId: z.string(),
      kind: z.enum(reviewKinds),
      subjectName: z.string(),
      dueAt: z.string(),
    }),
  ),
  planItems: z.array(
    z.object({
      evaluationId: z.string(),
      itemId: z.string(),
      competencyId: z.string(),
      competencyName: z.string(),
      action: z.enum(planActions),
      targetDate: z.string(),
      status: z.enum(planItemStatuses),
    }),
  ),
  mentoring: z.object({
    nextSession: z.nullable(z.object({ mentorshipId: z.string(), date: z.string(), withName: z.string() })),
    openActions: z.array(z.object({ mentorshipId: z.string(), sessionId: z.string(), text: z.string(), withName: z.string() })),
  }),
  notifications: z.object({ unread: z.number() }),
});
export type MyDashboard = z.infer<typeof myDashboardView>;

/** One person's quarter as a team page shows it. */
export const reviewProgressView = z.object({
  cycleId: z.string(),
  self: z.nullable(z.enum(reviewStates)),
  supervisor: z.nullable(z.enum(reviewStates)),
  peersSubmitted: z.number(),
  peersTotal: z.number(),
  finalRating: z.nullable(z.enum(finalRatings)),
  planStatus: z.enum(planStatuses),
});

export const teamMemberView = z.object({
  staffId: z.string(),
  name: z.string(),
  position: z.string(),
  unitName: z.string(),
  /** 1 = a direct report, 2 = their report, ... */
  depth: z.number(),
  jp: jpPaceView,
  review: z.nullable(reviewProgressView),
  mentoring: z.nullable(z.enum(mentorshipKinds)),
  /** Why this person comes first (at risk, reviews outstanding, plan waiting), most urgent first. */
  attention: z.array(z.enum(["jp_at_risk", "self_outstanding", "supervisor_outstanding", "plan_submitted", "no_plan"])),
});
export type TeamMember = z.infer<typeof teamMemberView>;

export const teamDashboardView = z.object({
  asOf: z.string(),
  year: z.number(),
  cycleId: z.string(),
  members: z.array(teamMemberView),
  approvals: z.object({ externalTraining: z.number(), plans: z.number() }),
  totals: z.object({ members: z.number(), atRisk: z.number(), atTarget: z.number(), finalRated: z.number() }),
});
export type TeamDashboard = z.infer<typeof teamDashboardView>;

const ratingCounts = z.record(z.enum(finalRatings), z.number());

export const evaluationFiguresView = z.object({
  cycleId: z.string(),
  /** Evaluations in the cycle. */
  total: z.number(),
  self: z.number(),
  supervisor: z.number(),
  /** Evaluations whose peers have all submitted. */
  peers: z.number(),
  final: z.number(),
  ratings: ratingCounts,
});
export type EvaluationFigures = z.infer<typeof evaluationFiguresView>;

/** One unit's figures (or the sum over the rows in scope, for the totals). */
export const unitFiguresView = z.object({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  staff: z.number(),
  jp: z.object({
    atTarget: z.number(),
    /** Share at 20 JP or more, 0-1. */
    shareAtTarget: z.number(),
    median: z.number(),
    atRisk: z.number(),
    /** Staff on pace to reach 20 JP by the end of the year. */
    forecastAtTarget: z.number(),
    forecastShare: z.number(),
  }),
  /** Per course category: people with a course of it this year, and its JP. */
  categories: z.array(z.object({ category: z.enum(courseCategories), people: z.number(), jp: z.number() })),
  evaluations: evaluationFiguresView,
  /** The last four quarters, oldest first. */
  trend: z.array(evaluationFiguresView),
  mentoring: z.object({
    pelaksana: z.number(),
    covered: z.number(),
    share: z.number(),
    /** The last six months, oldest first: confirmed sessions of the unit's mentees. */
    sessionsByMonth: z.array(z.object({ month: z.string(), sessions: z.number() })),
  }),
  forum: z.object({
    open: z.number(),
    answered: z.number(),
    /** null until a topic has been answered. */
    medianDaysToFirstAnswer: z.nullable(z.number()),
    /** Of the answered topics, the share answered within the 3-day deadline. */
    shareOnTime: z.nullable(z.number()),
  }),
});
export type UnitFigures = z.infer<typeof unitFiguresView>;

export const programFiguresView = z.object({ id: z.string(), title: z.string(), unitName: z.string(), status: z.string(), progress: z.number() });

export const cityDashboardView = z.object({
  asOf: z.string(),
  year: z.number(),
  quarter: z.number(),
  cycleId: z.string(),
  units: z.array(unitFiguresView),
  totals: unitFiguresView,
  programs: z.array(programFiguresView),
});
export type CityDashboard = z.infer<typeof cityDashboardView>;

export const atRiskPersonView = z.object({ staffId: z.string(), name: z.string(), position: z.string(), jp: z.number(), planned: z.number() });

export const unitDashboardView = z.object({
  asOf: z.string(),
  year: z.number(),
  quarter: z.number(),
  cycleId: z.string(),
  unit: unitFiguresView,
  atRisk: z.array(atRiskPersonView),
  programs: z.array(programFiguresView),
});
export type UnitDashboard = z.infer<typeof unitDashboardView>;

/** One cell of the heat map: the mean of (level minus standard), hidden below 5 people. */
export const gapCellView = z.object({
  competencyId: z.string(),
  people: z.number(),
  /** null when hidden (fewer than 5 people) or nobody assessed. */
  meanGap: z.nullable(z.number()),
  hidden: z.boolean(),
});

export const gapsDashboardView = z.object({
  asOf: z.string(),
  competencies: z.array(z.object({ id: z.string(), name: z.string() })),
  units: z.array(z.object({ unitId: z.string(), name: z.string(), cells: z.array(gapCellView) })),
  /** With `unitId` (admins): the unit's people and their gaps. */
  people: z.nullable(
    z.array(z.object({ staffId: z.string(), name: z.string(), position: z.string(), gaps: z.record(z.string(), z.number()) })),
  ),
});
export type GapsDashboard = z.infer<typeof gapsDashboardView>;
