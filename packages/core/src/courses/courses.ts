import type { Item } from "../db";
import { auditEntry } from "../audit/audit";
import { isAdmin, type Actor } from "../actor";
import type { AppContext } from "../context";
import { AppError, conflict, notFound } from "../errors";
import { getInstitution } from "../institutions/institutions";
import { notify } from "../notifications/notifications";
import { pageWith } from "../paging";
import { writeTogether } from "../transaction";
import type { courseStatuses } from "../values";
import { isClassical, type Course, type CreateCourseInput, type ListCoursesQuery, type UpdateCourseInput } from "./courses.schemas";

export type CourseRecord = Item<"course">;
type CourseStatus = (typeof courseStatuses)[number];
type SessionInput = CreateCourseInput["sessions"][number];
type Session = SessionInput & { id: string };

/** Sessions in time order, each with an id that stays put as long as its start does (attendance is keyed by it). */
function withIds(sessions: SessionInput[]): Session[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const seen = new Map<string, number>();
  return sorted.map((session) => {
    const base = `s${session.startsAt.replace(/[-:]/g, "").slice(0, 13)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...session, id: n === 1 ? base : `${base}-${n}` };
  });
}

/** Completion without a course-level minimum needs every session attended. */
export const EVERY_SESSION = 100;

/** Sessions a participant must have attended to complete: the course's share of them, at least one. */
export function sessionsToAttend(course: { sessions: unknown; minAttendancePercent?: number }): number {
  const count = (course.sessions as unknown[]).length;
  const percent = course.minAttendancePercent ?? EVERY_SESSION;
  // count × percent is a whole number, so a whole result of the division is exact.
  return Math.min(count, Math.max(1, Math.ceil((count * percent) / 100)));
}

/** When the last session ends (sessions are ordered by start; one may run longer than a later one). */
export function courseEndsAt(sessions: { endsAt: string }[]): string {
  return sessions.reduce((last, s) => (s.endsAt > last ? s.endsAt : last), "");
}

export function toCourse(record: CourseRecord): Course {
  return {
    id: record.id,
    code: record.code,
    year: record.year,
    title: record.title,
    description: record.description,
    category: record.category,
    form: record.form,
    formType: isClassical(record.form) ? "klasikal" : "non_klasikal",
    competencies: record.competencies as Course["competencies"],
    jp: record.jp,
    institutionId: record.institutionId,
    institutionName: record.institutionName,
    capacity: record.capacity,
    enrolled: record.enrolled,
    waitlisted: record.waitlisted,
    seatsLeft: Math.max(0, record.capacity - record.enrolled),
    sessions: record.sessions as Course["sessions"],
    enrollOpensAt: record.enrollOpensAt,
    enrollClosesAt: record.enrollClosesAt,
    eligibility: record.eligibility as Course["eligibility"],
    minAttendancePercent: record.minAttendancePercent ?? EVERY_SESSION,
    sessionsToAttend: sessionsToAttend(record),
    status: record.status,
    startsAt: record.startsAt,
    endsAt: courseEndsAt(record.sessions as Course["sessions"]),
  };
}

export async function getCourseRecord(ctx: AppContext, id: string): Promise<CourseRecord> {
  const { data } = await ctx.db.entities.course.get({ id }).go();
  if (!data) throw notFound("Course");
  return data;
}

/** Staff see courses once published; drafts only admins. */
export function assertVisible(actor: Actor, course: { status: CourseStatus }) {
  if (course.status === "draft" && !isAdmin(actor)) throw notFound("Course");
}

export async function createCourse(ctx: AppContext, actor: Actor, input: CreateCourseInput): Promise<Course> {
  const institution = await getInstitution(ctx, input.institutionId).catch((error) => {
    throw error instanceof AppError && error.status === 404 ? new AppError(400, "invalid_institution", "The institution does not exist") : error;
  });
  const sessions = withIds(input.sessions);
  const now = ctx.now().toISOString();
  const record = {
    ...input,
    id: input.code.toLowerCase(),
    competencyIds: input.competencies.map((c) => c.competencyId),
    institutionName: institution.name,
    sessions,
    startsAt: sessions[0]!.startsAt,
    status: "draft" as const,
    enrolled: 0,
    waitlisted: 0,
    waitlistCounter: 0,
    createdAt: now,
    updatedAt: now,
  };
  await writeTogether(
    ctx,
    ({ course, audit }) => [
      course.create(record).commit(),
      audit.create(auditEntry(ctx, actor, { action: "course.create", targetType: "course", targetId: record.id, after: input })).commit(),
    ],
    () => conflict(`A course with code ${input.code} already exists`, { field: "code" }),
  );
  return toCourse(record);
}

export async function updateCourse(ctx: AppContext, actor: Actor, id: string, patch: UpdateCourseInput): Promise<Course> {
  const current = await getCourseRecord(ctx, id);
  if (current.status === "completed" || current.status === "cancelled") {
    throw new AppError(409, "course_closed", "A completed or cancelled course cannot be changed");
  }
  if (patch.code && patch.code.toLowerCase() !== current.id) throw new AppError(400, "code_fixed", "The code of a course cannot change");
  if (patch.capacity !== undefined && patch.capacity < current.enrolled) {
    throw new AppError(409, "capacity_below_enrolled", `${current.enrolled} people are already enrolled`);
  }
  const institution = patch.institutionId && patch.institutionId !== current.institutionId ? await getInstitution(ctx, patch.institutionId) : null;
  const sessions = patch.sessions ? withIds(patch.sessions) : (current.sessions as Session[]);
  const { code: _code, ...changes } = patch;
  const next = {
    ...changes,
    ...(patch.competencies ? { competencyIds: patch.competencies.map((c) => c.competencyId) } : {}),
    ...(institution ? { institutionName: institution.name } : {}),
    sessions,
    startsAt: sessions[0]!.startsAt,
    updatedAt: ctx.now().toISOString(),
  };
  if ((next.enrollClosesAt ?? current.enrollClosesAt) <= (next.enrollOpensAt ?? current.enrollOpensAt)) {
    throw new AppError(400, "validation_failed", "The enrollment window must close after it opens");
  }
  await writeTogether(
    ctx,
    ({ course, audit }) => [
      course
        .patch({ id })
        .set({ ...next, status: current.status })
        // Seats may have been taken meanwhile: never below what is enrolled, never over a changed record.
        .where(({ updatedAt, enrolled }, { eq, lte }) =>
          patch.capacity === undefined ? eq(updatedAt, current.updatedAt) : `${eq(updatedAt, current.updatedAt)} AND ${lte(enrolled, patch.capacity)}`,
        )
        .commit(),
      audit.create(auditEntry(ctx, actor, { action: "course.update", targetType: "course", targetId: id, before: toCourse(current), after: patch })).commit(),
    ],
    () => conflict("The course changed meanwhile; reload and try again"),
  );
  return toCourse({ ...current, ...next } as CourseRecord);
}

const transitions: Record<CourseStatus, CourseStatus[]> = {
  draft: ["published", "cancelled"],
  published: ["ongoing", "cancelled"],
  ongoing: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
};

/** draft -> published -> ongoing -> completed, or cancelled on the way; each step once. */
export async function setCourseStatus(ctx: AppContext, actor: Actor, id: string, status: CourseStatus): Promise<Course> {
  const current = await getCourseRecord(ctx, id);
  if (current.status === status) return toCourse(current);
  if (!transitions[current.status].includes(status)) {
    throw new AppError(409, "invalid_transition", `A ${current.status} course cannot become ${status}`);
  }
  if (status === "completed") assertFinished(ctx, current);
  await writeTogether(
    ctx,
    ({ course, audit }) => [
      course
        .patch({ id })
        .set({ status, startsAt: current.startsAt, updatedAt: ctx.now().toISOString() })
        .where(({ status: s }, { eq }) => eq(s, current.status))
        .commit(),
      audit.create(auditEntry(ctx, actor, { action: `course.${status}`, targetType: "course", targetId: id, before: { status: current.status }, after: { status } })).commit(),
    ],
    () => conflict("The course changed meanwhile; reload and try again"),
  );
  if (status === "cancelled") await tellParticipantsOfCancellation(ctx, current);
  return toCourse({ ...current, status });
}

/** A course is over once its last session has ended; nothing is completed before. */
export function assertFinished(ctx: AppContext, course: CourseRecord) {
  const endsAt = courseEndsAt(course.sessions as Course["sessions"]);
  if (ctx.now().toISOString() < endsAt) {
    throw new AppError(409, "course_not_finished", "The course is not over yet: completion is possible once its last session has ended", { endsAt });
  }
}

async function tellParticipantsOfCancellation(ctx: AppContext, course: CourseRecord) {
  const { data } = await ctx.db.entities.enrollment.query.byCourse({ courseId: course.id }).go({ pages: "all" });
  await Promise.all(
    data
      .filter((e) => e.status === "enrolled" || e.status === "waitlisted")
      .map((e) =>
        notify(ctx, {
          staffId: e.staffId,
          id: `cancelled:${course.id}`,
          type: "course_cancelled",
          params: { course: course.title },
          link: `/kursus/${course.id}`,
        }),
      ),
  );
}

/** Next year's edition of a yearly course, as a draft: same content, dates a year (52 weeks, same weekday) later. */
export async function copyCourse(ctx: AppContext, actor: Actor, id: string, year: number): Promise<Course> {
  const source = await getCourseRecord(ctx, id);
  const shift = (iso: string) => new Date(new Date(iso).getTime() + (year - source.year) * 364 * 86400_000).toISOString();
  const base = source.code.replace(/-\d{4}$/, "");
  return createCourse(ctx, actor, {
    code: `${base}-${year}`,
    year,
    title: source.title.replace(String(source.year), String(year)),
    description: source.description,
    category: source.category,
    form: source.form,
    competencies: source.competencies as CreateCourseInput["competencies"],
    jp: source.jp,
    institutionId: source.institutionId,
    capacity: source.capacity,
    sessions: (source.sessions as Session[]).map(({ id: _id, ...s }) => ({ ...s, startsAt: shift(s.startsAt), endsAt: shift(s.endsAt) })),
    enrollOpensAt: shift(source.enrollOpensAt),
    enrollClosesAt: shift(source.enrollClosesAt),
    eligibility: source.eligibility as CreateCourseInput["eligibility"],
    ...(source.minAttendancePercent !== undefined ? { minAttendancePercent: source.minAttendancePercent } : {}),
  });
}

/** The catalog: courses of one status by start date, narrowed by category, competency, form, month and open seats. */
export async function listCourses(ctx: AppContext, actor: Actor, query: ListCoursesQuery) {
  assertVisible(actor, { status: query.status });
  const { course } = ctx.db.entities;
  const page = await pageWith(query.cursor, (cursor) => {
    const byStatus = course.query.byStatus({ status: query.status });
    const inMonth = query.month
      ? byStatus.between({ startsAt: witaMonthStart(query.month, 0) }, { startsAt: witaMonthStart(query.month, 1) })
      : byStatus;
    const filtered = query.category || query.form || query.competencyId || query.openSeats;
    const options = filtered ? { count: query.limit, cursor } : { limit: query.limit, cursor };
    return inMonth
      .where((attr, { eq, contains, name }) =>
        [
          query.category ? eq(attr.category, query.category) : "",
          query.form ? eq(attr.form, query.form) : "",
          query.competencyId ? contains(attr.competencyIds, query.competencyId) : "",
          query.openSeats ? `${name(attr.enrolled)} < ${name(attr.capacity)}` : "",
        ]
          .filter(Boolean)
          .join(" AND "),
      )
      .go(options);
  });
  return { items: page.data.map(toCourse), cursor: page.cursor };
}

/** The first moment of a WITA month, `add` months later, in UTC. */
function witaMonthStart(month: string, add: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + add, 1) - 8 * 3600_000).toISOString();
}
