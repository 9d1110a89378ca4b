import * as z from "zod";
import { competencyIds } from "../competencies/competencies";
import { classicalForms, courseCategories, courseForms, courseStatuses, enrollmentStatuses, formTypes, positionLevels } from "../values";

const isoMoment = z.iso.datetime({ offset: true, message: "Use an ISO-8601 date and time" }).transform((value) => new Date(value).toISOString());

export const sessionInput = z
  .object({
    startsAt: isoMoment,
    endsAt: isoMoment,
    place: z.string().trim().max(200).optional(),
    onlineUrl: z.url({ protocol: /^https?$/ }).max(500).optional(),
  })
  .refine((s) => s.endsAt > s.startsAt, { message: "A session must end after it starts", path: ["endsAt"] })
  .refine((s) => s.place || s.onlineUrl, { message: "Give a place or an online link", path: ["place"] });

export const courseCompetency = z.object({
  competencyId: z.enum(competencyIds as [string, ...string[]]),
  targetLevel: z.number().int().min(1).max(5),
});

export const eligibility = z.object({
  unitIds: z.array(z.string().min(1)).max(100).default([]),
  positionLevels: z.array(z.enum(positionLevels)).default([]),
});

const courseFields = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{2,40}$/, "Code: 2-40 letters, digits or dashes"),
  year: z.number().int().min(2020).max(2100),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(""),
  category: z.enum(courseCategories),
  form: z.enum(courseForms),
  competencies: z.array(courseCompetency).max(12).default([]),
  jp: z.number().positive("JP must be a positive number").max(1000),
  institutionId: z.string().min(1),
  capacity: z.number().int().min(1).max(100_000),
  sessions: z.array(sessionInput).min(1, "Add at least one session").max(100),
  enrollOpensAt: isoMoment,
  enrollClosesAt: isoMoment,
  eligibility: eligibility.default({ unitIds: [], positionLevels: [] }),
  /** Completion needs at least this share of the sessions attended; without it, every session. */
  minAttendancePercent: z.number().int().min(1, "At least 1%").max(100, "At most 100%").optional(),
});

const windowIsOrdered = (c: { enrollOpensAt?: string; enrollClosesAt?: string }) =>
  !c.enrollOpensAt || !c.enrollClosesAt || c.enrollClosesAt > c.enrollOpensAt;
const windowMessage = { message: "The enrollment window must close after it opens", path: ["enrollClosesAt"] };

export const createCourseInput = courseFields.refine(windowIsOrdered, windowMessage);
export type CreateCourseInput = z.infer<typeof createCourseInput>;
/** What the course form sends. */
export type CourseInput = z.input<typeof createCourseInput>;

export const updateCourseInput = courseFields
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Nothing to change")
  .refine(windowIsOrdered, windowMessage);
export type UpdateCourseInput = z.infer<typeof updateCourseInput>;

export const courseSessionView = z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), place: z.string().optional(), onlineUrl: z.string().optional() });
export type CourseSession = z.infer<typeof courseSessionView>;
export type CourseCompetency = z.infer<typeof courseCompetency>;

/** Who may enroll: empty lists let everyone in. */
export const eligibilityView = z.object({ unitIds: z.array(z.string()), positionLevels: z.array(z.enum(positionLevels)) });
export type Eligibility = z.infer<typeof eligibilityView>;

export const courseView = z.object({
  id: z.string(),
  code: z.string(),
  year: z.number(),
  title: z.string(),
  description: z.string(),
  category: z.enum(courseCategories),
  form: z.enum(courseForms),
  formType: z.enum(formTypes),
  competencies: z.array(courseCompetency),
  jp: z.number(),
  institutionId: z.string(),
  institutionName: z.string(),
  capacity: z.number(),
  enrolled: z.number(),
  waitlisted: z.number(),
  seatsLeft: z.number(),
  sessions: z.array(courseSessionView),
  enrollOpensAt: z.string(),
  enrollClosesAt: z.string(),
  eligibility: eligibilityView,
  /** Share of the sessions to attend for completion (100: every session). */
  minAttendancePercent: z.number(),
  /** Sessions a participant must have attended to complete (from the percentage, at least one). */
  sessionsToAttend: z.number(),
  status: z.enum(courseStatuses),
  startsAt: z.string(),
  /** End of the last session: completion is possible from then on. */
  endsAt: z.string(),
});
export type Course = z.infer<typeof courseView>;

export const listCoursesQuery = z.object({
  status: z.enum(courseStatuses).default("published"),
  category: z.enum(courseCategories).optional(),
  competencyId: z.string().optional(),
  form: z.enum(courseForms).optional(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, "month as YYYY-MM")
    .optional(),
  openSeats: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).optional(),
});
export type ListCoursesQuery = z.infer<typeof listCoursesQuery>;
/** The catalog's filters as the web holds them; `openSeats` goes out as "true"/"false". */
export type CourseFilter = Omit<z.input<typeof listCoursesQuery>, "status" | "category" | "form" | "openSeats" | "limit" | "cursor"> & {
  status?: string;
  category?: string;
  form?: string;
  openSeats?: boolean;
  limit?: number;
  cursor?: string | null;
};

/** The signed-in person's place in a course, as the catalog shows it on each card. */
export const myCourseStatus = z.object({
  status: z.enum(enrollmentStatuses).exclude(["withdrawn"]),
  position: z.number().optional(),
});
export type MyCourseStatus = z.infer<typeof myCourseStatus>;
export const catalogItem = courseView.extend({ myEnrollment: myCourseStatus.nullable() });
export type CatalogCourse = z.infer<typeof catalogItem>;
export const catalogPage = z.object({ items: z.array(catalogItem), cursor: z.string().nullable() });

export const enrollmentView = z.object({
  courseId: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  staffNip: z.string(),
  unitName: z.string(),
  status: z.enum(enrollmentStatuses),
  position: z.number().optional(),
  attendance: z.record(z.string(), z.boolean()),
  score: z.number().optional(),
  certificateCode: z.string().optional(),
  nominatedBy: z.string().optional(),
  nominatedByName: z.string().optional(),
  enrolledAt: z.string(),
});
export type Enrollment = z.infer<typeof enrollmentView>;

export const courseDetailView = z.object({ course: courseView, myEnrollment: enrollmentView.nullable() });
export type CourseDetail = z.infer<typeof courseDetailView>;
export const enrollmentList = z.object({ items: z.array(enrollmentView) });

export const courseParam = z.object({ id: z.string().min(1).max(64) });
export const enrollmentParam = courseParam.extend({ staffId: z.string().min(1).max(64) });
export const courseStatusInput = z.object({ status: z.enum(courseStatuses).exclude(["draft"]) });
export const copyCourseInput = z.object({ year: z.number().int().min(2020).max(2100) });
export const enrollInput = z.object({ staffId: z.string().min(1).max(64).optional() });
export const attendanceInput = z.object({ sessionId: z.string().min(1).max(64), present: z.boolean() });
export const completionInput = z.object({ attended: z.boolean(), score: z.number().min(0).max(100).optional() });
export type CompletionInput = z.infer<typeof completionInput>;

export const enrollResultView = z.union([z.object({ status: z.literal("enrolled") }), z.object({ status: z.literal("waitlisted"), position: z.number() })]);
export type EnrollResult = z.infer<typeof enrollResultView>;

/** Withdrawn; `promoted` lists who moved up from the waitlist into the freed seat. */
export const withdrawResultView = z.object({ status: z.literal("withdrawn"), promoted: z.array(z.string()) });
export type WithdrawResult = z.infer<typeof withdrawResultView>;

export const completionResultView = z.union([
  z.object({ status: z.literal("completed"), certificateCode: z.string(), jp: z.number() }),
  z.object({ status: z.literal("absent") }),
]);
export type CompletionResult = z.infer<typeof completionResultView>;

export const isClassical = (form: string) => (classicalForms as readonly string[]).includes(form);
