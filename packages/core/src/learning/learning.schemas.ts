import * as z from "../zod";
import { courseView } from "../courses/courses.schemas";
import { ledgerSources, ledgerStatuses } from "../values";

export const ledgerEntryView = z.object({
  id: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  year: z.number(),
  source: z.enum(ledgerSources),
  title: z.string(),
  institution: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  jp: z.number(),
  evidence: z.optional(z.string()),
  status: z.enum(ledgerStatuses),
  decidedBy: z.optional(z.string()),
  note: z.optional(z.string()),
  certificateCode: z.optional(z.string()),
  courseId: z.optional(z.string()),
});

export type LedgerEntry = z.infer<typeof ledgerEntryView>;

const isoDate = z.iso.date("Use a date as YYYY-MM-DD");

export const externalTrainingInput = z.object({
  title: z.string().check(z.trim(), z.minLength(3), z.maxLength(200)),
  institution: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
  source: z.enum(["external", "self_study"]),
  startDate: isoDate,
  endDate: isoDate,
  jp: z.number().check(z.positive("JP must be a positive number"), z.lte(200), z.twoDecimals("JP has at most two decimals")),
  evidence: z.string().check(z.trim(), z.minLength(3, "Describe or link the evidence (certificate, letter, report)"), z.maxLength(1000)),
}).check(z.refine((t) => t.endDate >= t.startDate, { message: "The end date is before the start date", path: ["endDate"] }));

export const decisionInput = z.object({ approve: z.boolean(), note: z.optional(z.string().check(z.trim(), z.maxLength(500))) });

export const currentEnrollmentView = z.object({
  courseId: z.string(),
  courseTitle: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  jp: z.number(),
  status: z.enum(["enrolled", "waitlisted"]),
  position: z.optional(z.number()),
  phase: z.enum(["upcoming", "ongoing", "awaiting_completion"]),
  nominatedBy: z.optional(z.string()),
  nominatedByName: z.optional(z.string()),
});

export const reportQuery = z.object({
  year: z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100)),
  unitId: z.string().check(z.minLength(1)),
});

export const allUnitsReportQuery = z.object({ year: z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100)) });

export const csvReportQuery = z.object({ year: z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100)), unitId: z.optional(z.string().check(z.minLength(1))) });

export const unitSummaryView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  staff: z.number(),
  reached: z.number(),
  /** Share of the unit's staff with at least 20 JP, 0-1 (0 for a unit without staff). */
  share: z.number(),
  medianJp: z.number(),
});

export type UnitSummary = z.infer<typeof unitSummaryView>;

export type ExternalTraining = z.input<typeof externalTrainingInput>;
export type CurrentEnrollment = z.infer<typeof currentEnrollmentView>;

export const learningQuery = z.object({
  staffId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  year: z.optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100))),
});

export const learningSummaryView = z.object({
  year: z.number(),
  totalJp: z.number(),
  pendingJp: z.number(),
  targetJp: z.number(),
  /** JP the year's enrollments will add once completed, apart from `totalJp`. */
  upcomingJp: z.number(),
  entries: z.array(ledgerEntryView),
  /** Enrollments, waitlist places and nominations not yet finished. */
  enrollments: z.array(currentEnrollmentView),
});
export type LearningSummary = z.infer<typeof learningSummaryView>;

export const ledgerEntryList = z.object({ items: z.array(ledgerEntryView) });
export const entryParam = z.object({ staffId: z.string().check(z.minLength(1), z.maxLength(64)), entryId: z.string().check(z.minLength(1), z.maxLength(80)) });

export const jpReportRowView = z.object({
  staffId: z.string(),
  name: z.string(),
  nip: z.string(),
  position: z.string(),
  totalJp: z.number(),
  belowTarget: z.boolean(),
});
export type JpReportRow = z.infer<typeof jpReportRowView>;

export const jpReportView = z.object({ year: z.number(), unitId: z.string(), targetJp: z.number(), items: z.array(jpReportRowView) });
export type JpReport = z.infer<typeof jpReportView>;

/** One unit's line in the all-units JP report. */
export type UnitJpSummary = UnitSummary;
export const allUnitsReportView = z.object({ year: z.number(), targetJp: z.number(), items: z.array(unitSummaryView) });
export type AllUnitsJpReport = z.infer<typeof allUnitsReportView>;

export const recommendationsQuery = z.object({ staffId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) });

export const recommendationView = z.object({
  course: courseView,
  competencyId: z.string(),
  standardLevel: z.number(),
  currentLevel: z.number(),
  gapToStandard: z.number().register(z.globalRegistry, { description: "currentLevel minus standardLevel: negative, the shortfall the course addresses" }),
  /** Why it is offered: "Standar kompetensi jabatan" (the position's standard) or "Program layanan: <title>" (a service program of the unit needs the level). */
  reason: z.string(),
  /** Every reason it is offered for, the first being `reason`. */
  reasons: z.array(z.string()),
  /** The level a service program of the unit needs, when one does (the highest of them). */
  neededLevel: z.nullable(z.number()),
});
export type Recommendation = z.infer<typeof recommendationView>;
export const recommendationList = z.object({ items: z.array(recommendationView) });
