import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import { enrollmentView } from "../enrollments/enrollments.schemas";
import { classicalForms, courseCategories, courseForms, courseStatuses, enrollmentStatuses, formTypes, positionLevels } from "../values";

const isoMoment = z.pipe(z.iso.datetime({ offset: true, message: "Use an ISO-8601 date and time" }), z.transform((value) => new Date(value).toISOString()));

export const sessionInput = z.object({
  startsAt: isoMoment,
  endsAt: isoMoment,
  place: z.optional(z.string().check(z.trim(), z.maxLength(200))),
  onlineUrl: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(500))),
}).check(
  z.refine((s) => s.endsAt > s.startsAt, { message: "A session must end after it starts", path: ["endsAt"] }),
  z.refine((s) => s.place || s.onlineUrl, { message: "Give a place or an online link", path: ["place"] }),
);

export const courseCompetency = z.object({
  competencyId: z.enum(competencyIds as [string, ...string[]]),
  targetLevel: z.number().check(z.int(), z.gte(1), z.lte(5)),
});

export const eligibility = z.object({
  unitIds: z._default(z.array(z.string().check(z.minLength(1))).check(z.maxLength(100)), []),
  positionLevels: z._default(z.array(z.enum(positionLevels)), []),
});

const courseFields = z.object({
  code: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{2,40}$/, "Code: 2-40 letters, digits or dashes")),
  year: z.number().check(z.int(), z.gte(2020), z.lte(2100)),
  title: z.string().check(z.trim(), z.minLength(3), z.maxLength(200)),
  description: z._default(z.string().check(z.trim(), z.maxLength(5000)), ""),
  category: z.enum(courseCategories),
  form: z.enum(courseForms),
  competencies: z._default(z.array(courseCompetency).check(z.maxLength(12)), []),
  jp: z.number().check(z.positive("JP must be a positive number"), z.lte(1000), z.twoDecimals("JP has at most two decimals")),
  institutionId: z.string().check(z.minLength(1)),
  capacity: z.number().check(z.int(), z.gte(1), z.lte(100_000)),
  sessions: z.array(sessionInput).check(z.minLength(1, "Add at least one session"), z.maxLength(100)),
  enrollOpensAt: isoMoment,
  enrollClosesAt: isoMoment,
  eligibility: z._default(eligibility, { unitIds: [], positionLevels: [] }),
  /** Completion needs at least this share of the sessions attended; without it, every session. */
  minAttendancePercent: z.optional(z.number().check(z.int(), z.gte(1, "At least 1%"), z.lte(100, "At most 100%"))),
});

const windowIsOrdered = (c: { enrollOpensAt?: string; enrollClosesAt?: string }) =>
  !c.enrollOpensAt || !c.enrollClosesAt || c.enrollClosesAt > c.enrollOpensAt;
const windowMessage = { message: "The enrollment window must close after it opens", path: ["enrollClosesAt"] };

export const createCourseInput = courseFields.check(z.refine(windowIsOrdered, windowMessage));
export type CreateCourseInput = z.infer<typeof createCourseInput>;
/** What the course form sends. */
export type CourseInput = z.input<typeof createCourseInput>;

export const updateCourseInput = z.partial(courseFields).check(z.refine((patch) => Object.keys(patch).length > 0, "Nothing to change"), z.refine(windowIsOrdered, windowMessage));
export type UpdateCourseInput = z.infer<typeof updateCourseInput>;

export const courseSessionView = z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), place: z.optional(z.string()), onlineUrl: z.optional(z.string()) });
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
  status: z._default(z.enum(courseStatuses), "published"),
  category: z.optional(z.enum(courseCategories)),
  competencyId: z.optional(z.string()),
  form: z.optional(z.enum(courseForms)),
  month: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/, "month as YYYY-MM"))),
  openSeats: z.optional(z.pipe(z.enum(["true", "false"]), z.transform((v) => v === "true"))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
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
  status: z.enum(z.without(enrollmentStatuses, ["withdrawn"])),
  position: z.optional(z.number()),
});
export type MyCourseStatus = z.infer<typeof myCourseStatus>;
export const catalogItem = z.extend(courseView, { myEnrollment: z.nullable(myCourseStatus) });
export type CatalogCourse = z.infer<typeof catalogItem>;
export const catalogPage = z.object({ items: z.array(catalogItem), cursor: z.nullable(z.string()) });

export const courseDetailView = z.object({ course: courseView, myEnrollment: z.nullable(enrollmentView) });
export type CourseDetail = z.infer<typeof courseDetailView>;
export const courseParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
export const courseStatusInput = z.object({ status: z.enum(z.without(courseStatuses, ["draft"])) });
export const copyCourseInput = z.object({ year: z.number().check(z.int(), z.gte(2020), z.lte(2100)) });
export const isClassical = (form: string) => (classicalForms as readonly string[]).includes(form);
