import type { Item } from "../db";
import { isAdmin, type Actor } from "../actor";
import { getAllByKeys } from "../batch";
import { newCertificateCode, signatoryOf } from "../certificates/certificates";
import type { AppContext } from "../context";
import { AppError, forbidden, notFound } from "../errors";
import { markPlannedCourseDone } from "../plans/plans";
import { getInstitution } from "../institutions/institutions";
import { notificationItem } from "../notifications/notifications";
import { getStaffRecord, type StaffRecord } from "../staff/staff";
import { witaDate, witaYear } from "../time";
import { writeTogether, type CancellationCodes } from "../transaction";
import { assertFinished, assertVisible, courseEndsAt, EVERY_SESSION, getCourseRecord, listCourses, sessionsToAttend, toCourse, type CourseRecord } from "../courses/courses";
import type { CatalogCourse, Course, CourseDetail, ListCoursesQuery, MyCourseStatus } from "../courses/courses.schemas";
import type { CompletionResult, Enrollment, EnrollResult, WithdrawResult } from "./enrollments.schemas";
import type { CurrentEnrollment } from "../learning/learning.schemas";
import type { Page } from "../staff/staff.schemas";

export type { CompletionResult, CurrentEnrollment, EnrollResult, MyCourseStatus };

type EnrollmentRecord = Item<"enrollment">;

export function toEnrollment(record: EnrollmentRecord, position?: number): Enrollment {
  return {
    courseId: record.courseId,
    staffId: record.staffId,
    staffName: record.staffName,
    staffNip: record.staffNip,
    unitName: record.unitName,
    status: record.status,
    ...(position ? { position } : {}),
    attendance: record.attendance as Record<string, boolean>,
    ...(record.score !== undefined ? { score: record.score } : {}),
    ...(record.certificateCode ? { certificateCode: record.certificateCode } : {}),
    ...(record.nominatedBy ? { nominatedBy: record.nominatedBy } : {}),
    ...(record.nominatedByName ? { nominatedByName: record.nominatedByName } : {}),
    enrolledAt: record.enrolledAt,
  };
}

/** Self, the person's supervisor, or an admin may act on someone's enrollment. */
function assertMayActFor(actor: Actor, staff: StaffRecord) {
  if (actor.id !== staff.id && staff.supervisorId !== actor.id && !isAdmin(actor)) {
    throw forbidden("Only the person, their supervisor or an admin may do this");
  }
}

function assertEligible(course: CourseRecord, staff: StaffRecord) {
  const { unitIds, positionLevels } = course.eligibility as Course["eligibility"];
  if ((unitIds.length && !unitIds.includes(staff.unitId)) || (positionLevels.length && !positionLevels.includes(staff.positionLevel))) {
    throw new AppError(403, "not_eligible", "This course is open to other units or position levels");
  }
}

/** A new enrollment (seated; the waitlist sets its place): by the person, or a nomination by `by`. */
export function enrollmentItem(ctx: AppContext, course: CourseRecord, staff: StaffRecord, by: Pick<Actor, "id" | "name">): EnrollmentRecord {
  const now = ctx.now().toISOString();
  return {
    courseId: course.id,
    staffId: staff.id,
    status: "enrolled",
    waitlistSeq: 0,
    staffName: staff.name,
    staffNip: staff.nip,
    unitId: staff.unitId,
    unitName: staff.unitName,
    supervisorId: staff.supervisorId,
    courseTitle: course.title,
    courseStartsAt: course.startsAt,
    attendance: {},
    ...(by.id !== staff.id ? { nominatedBy: by.id, nominatedByName: by.name } : {}),
    enrolledAt: now,
    updatedAt: now,
  };
}

/**
 * What completing a course writes besides the enrollment: the approved ledger entry (its JP
 * count in the year of the last session, WITA), the certificate and the in-app notification.
 */
export function completionItems(
  ctx: AppContext,
  actor: Pick<Actor, "id" | "name">,
  course: CourseRecord,
  staff: Pick<StaffRecord, "id" | "name" | "nip" | "unitId" | "supervisorId">,
  code: string,
  institution?: Parameters<typeof signatoryOf>[0],
): { ledgerEntry: Item<"ledgerEntry">; certificate: Item<"certificate">; notification: Item<"notification"> } {
  const now = ctx.now().toISOString();
  const sessions = course.sessions as Course["sessions"];
  const lastEnd = courseEndsAt(sessions);
  return {
    ledgerEntry: {
      staffId: staff.id,
      id: `course-${course.id}`,
      year: witaYear(lastEnd),
      staffName: staff.name,
      staffNip: staff.nip,
      unitId: staff.unitId,
      supervisorId: staff.supervisorId,
      source: "course",
      title: course.title,
      institution: course.institutionName,
      startDate: witaDate(sessions[0]!.startsAt),
      endDate: witaDate(lastEnd),
      jp: course.jp,
      status: "approved",
      decidedBy: actor.id,
      decidedByName: actor.name,
      decidedAt: now,
      certificateCode: code,
      courseId: course.id,
      createdAt: now,
    },
    certificate: {
      code,
      courseId: course.id,
      courseTitle: course.title,
      staffId: staff.id,
      holderName: staff.name,
      institutionName: course.institutionName,
      completedOn: witaDate(lastEnd),
      jp: course.jp,
      issuedAt: now,
      ...signatoryOf(institution),
    },
    notification: notificationItem(ctx, {
      staffId: staff.id,
      id: `completed:${course.id}`,
      type: "course_completed",
      params: { course: course.title, jp: course.jp },
      link: `/sertifikat/${code}`,
    }),
  };
}

const alreadyEnrolled = () => new AppError(409, "already_enrolled", "This person is already enrolled or on the waitlist");
const courseClosedToEnrollment = (course: CourseRecord) =>
  course.status === "cancelled"
    ? new AppError(409, "course_cancelled", "This course has been cancelled")
    : new AppError(409, "course_not_open", "This course does not take enrollments now");

/** Where someone stands on the waitlist: one plus those waiting with a lower number (one Query). */
async function waitlistPosition(ctx: AppContext, courseId: string, seq: number): Promise<number> {
  // Both bounds stay inside the waitlisted part of the course's index: keys there end in
  // "#staffid_...", so the upper bound (the person's own number, no suffix) excludes them.
  const { data } = await ctx.db.entities.enrollment.query
    .byCourseStatus({ courseId, status: "waitlisted" })
    .between({ waitlistSeq: 0 }, { waitlistSeq: seq })
    .go({ pages: "all", attributes: ["staffId", "waitlistSeq"] });
  return data.filter((e) => e.waitlistSeq < seq).length + 1;
}


/**
 * Enrolls someone (themselves, or nominated by their supervisor or an admin). The seat is
 * taken in the same transaction that writes the enrollment, on the condition that one is
 * left, so capacity holds under any concurrency. A full course puts the person on the
 * waitlist, in the order the requests arrived.
 */
export async function enroll(ctx: AppContext, actor: Actor, courseId: string, staffId = actor.id): Promise<EnrollResult> {
  const [course, staff, existing] = await Promise.all([
    getCourseRecord(ctx, courseId),
    getStaffRecord(ctx, staffId),
    ctx.db.entities.enrollment.get({ courseId, staffId }).go(),
  ]);
  assertVisible(actor, course);
  assertMayActFor(actor, staff);
  if (course.status !== "published") throw courseClosedToEnrollment(course);
  const now = ctx.now().toISOString();
  if (now < course.enrollOpensAt || now > course.enrollClosesAt) {
    throw new AppError(422, "enrollment_closed", "Enrollment for this course is not open now", {
      opensAt: course.enrollOpensAt,
      closesAt: course.enrollClosesAt,
    });
  }
  assertEligible(course, staff);
  if (existing.data && existing.data.status !== "withdrawn") throw alreadyEnrolled();

  const record = enrollmentItem(ctx, course, staff, actor);

  // A withdrawn enrollment may be taken up again; anything else means a second enrollment.
  const seatTaken = await writeTogether(
    ctx,
    ({ course: courses, enrollment }) => [
      courses
        .patch({ id: courseId })
        .add({ enrolled: 1 })
        .where(({ enrolled, capacity, status }, { name, eq }) => `${name(enrolled)} < ${name(capacity)} AND ${eq(status, "published")}`)
        .commit(),
      enrollment
        .put(record)
        .where(({ status }, { notExists, eq }) => `(${notExists(status)} OR ${eq(status, "withdrawn")})`)
        .commit(),
    ],
    (codes) => new EnrollmentCancelled(codes),
  ).then(
    () => true,
    (error) => {
      if (!(error instanceof EnrollmentCancelled)) throw error;
      if (error.codes[1] === "ConditionalCheckFailed") throw alreadyEnrolled();
      return false; // no seat left (or the course just closed): try the waitlist
    },
  );
  if (seatTaken) return { status: "enrolled" };
  return joinWaitlist(ctx, course, record);
}

class EnrollmentCancelled extends Error {
  constructor(readonly codes: CancellationCodes) {
    super("enrollment transaction cancelled");
  }
}

async function joinWaitlist(ctx: AppContext, course: CourseRecord, record: EnrollmentRecord): Promise<EnrollResult> {
  // Take a number first (an atomic counter), then join with it; a gap in the numbers is harmless.
  const { data } = await ctx.db.entities.course
    .patch({ id: course.id })
    .add({ waitlistCounter: 1 })
    .where(({ status }, { eq }) => eq(status, "published"))
    .go({ response: "all_new" })
    .catch((error) => {
      throw (error as { cause?: { name?: string } }).cause?.name === "ConditionalCheckFailedException" ? courseClosedToEnrollment(course) : error;
    });
  const seq = data.waitlistCounter;
  await writeTogether(
    ctx,
    ({ course: courses, enrollment }) => [
      courses.patch({ id: course.id }).add({ waitlisted: 1 }).commit(),
      enrollment
        .put({ ...record, status: "waitlisted", waitlistSeq: seq })
        .where(({ status }, { notExists, eq }) => `(${notExists(status)} OR ${eq(status, "withdrawn")})`)
        .commit(),
    ],
    () => alreadyEnrolled(),
  );
  // A seat may have been freed between the full course and joining the waitlist.
  await promoteFromWaitlist(ctx, course.id);
  const now = (await ctx.db.entities.enrollment.get({ courseId: course.id, staffId: record.staffId }).go()).data;
  if (now?.status === "enrolled") return { status: "enrolled" };
  return { status: "waitlisted", position: await waitlistPosition(ctx, course.id, seq) };
}

/**
 * Moves the first on the waitlist into each free seat, telling them in the same
 * transaction. Safe to run any number of times, from anywhere, at once.
 */
export async function promoteFromWaitlist(ctx: AppContext, courseId: string): Promise<string[]> {
  const promoted: string[] = [];
  for (let round = 0; round < 100; round++) {
    const { data } = await ctx.db.entities.enrollment.query.byCourseStatus({ courseId, status: "waitlisted" }).go({ limit: 1 });
    const first = data[0];
    if (!first) break;
    const result = await writeTogether(
      ctx,
      ({ course, enrollment, notification }) => [
        course
          .patch({ id: courseId })
          .add({ enrolled: 1, waitlisted: -1 })
          .where(({ enrolled, capacity, status }, { name, eq }) => `${name(enrolled)} < ${name(capacity)} AND (${eq(status, "published")} OR ${eq(status, "ongoing")})`)
          .commit(),
        enrollment
          .patch({ courseId, staffId: first.staffId })
          .set({ status: "enrolled", waitlistSeq: 0, updatedAt: ctx.now().toISOString() })
          .where(({ status }, { eq }) => eq(status, "waitlisted"))
          .commit(),
        notification
          .put(
            notificationItem(ctx, {
              staffId: first.staffId,
              id: `promoted:${courseId}`,
              type: "waitlist_promoted",
              params: { course: first.courseTitle },
              link: `/kursus/${courseId}`,
            }),
          )
          .commit(),
      ],
      (codes) => new EnrollmentCancelled(codes),
    ).then(
      () => "promoted" as const,
      (error) => {
        if (!(error instanceof EnrollmentCancelled)) throw error;
        return error.codes[0] === "ConditionalCheckFailed" ? ("full" as const) : ("raced" as const);
      },
    );
    if (result === "full") break;
    if (result === "promoted") promoted.push(first.staffId);
  }
  return promoted;
}

/** Withdraws an enrollment or leaves the waitlist; a freed seat goes to the first waiting. */
export async function withdraw(ctx: AppContext, actor: Actor, courseId: string, staffId: string): Promise<WithdrawResult> {
  const [staff, { data: current }] = await Promise.all([getStaffRecord(ctx, staffId), ctx.db.entities.enrollment.get({ courseId, staffId }).go()]);
  assertMayActFor(actor, staff);
  if (!current || current.status === "withdrawn") throw notFound("Enrollment");
  if (current.status === "completed" || current.status === "absent") {
    throw new AppError(409, "already_completed", "A completed course cannot be withdrawn from");
  }
  const wasEnrolled = current.status === "enrolled";
  await writeTogether(
    ctx,
    ({ course, enrollment }) => [
      course
        .patch({ id: courseId })
        .add(wasEnrolled ? { enrolled: -1 } : { waitlisted: -1 })
        .commit(),
      enrollment
        .patch({ courseId, staffId })
        .set({ status: "withdrawn", waitlistSeq: 0, updatedAt: ctx.now().toISOString() })
        .where(({ status }, { eq }) => eq(status, current.status))
        .commit(),
    ],
    () => new AppError(409, "conflict", "The enrollment changed meanwhile; reload and try again"),
  );
  const promoted = wasEnrolled ? await promoteFromWaitlist(ctx, courseId) : [];
  return { status: "withdrawn" as const, promoted };
}

/** A course and, in the same request, the signed-in person's enrollment in it. */
export async function getCoursePage(ctx: AppContext, actor: Actor, courseId: string): Promise<CourseDetail> {
  const { data } = await ctx.db.transaction
    .get(({ course, enrollment }) => [course.get({ id: courseId }).commit(), enrollment.get({ courseId, staffId: actor.id }).commit()])
    .go();
  const course = data[0].item;
  if (!course) throw notFound("Course");
  assertVisible(actor, course);
  const mine = data[1].item;
  const position = mine?.status === "waitlisted" ? await waitlistPosition(ctx, courseId, mine.waitlistSeq) : undefined;
  return { course: toCourse(course), myEnrollment: mine ? toEnrollment(mine, position) : null };
}

/** The roster: everyone for an admin, a supervisor's own team members otherwise. */
export async function listEnrollments(ctx: AppContext, actor: Actor, courseId: string): Promise<Enrollment[]> {
  const { data } = await ctx.db.entities.enrollment.query.byCourse({ courseId }).go({ pages: "all" });
  const visible = isAdmin(actor) ? data : data.filter((e) => e.supervisorId === actor.id);
  if (!isAdmin(actor) && visible.length === 0 && !data.some((e) => e.staffId === actor.id)) {
    throw forbidden("The roster is for the course's admins and the participants' supervisors");
  }
  const waiting = data.filter((e) => e.status === "waitlisted").sort((a, b) => a.waitlistSeq - b.waitlistSeq);
  const positions = new Map(waiting.map((e, index) => [e.staffId, index + 1]));
  return visible
    .map((e) => toEnrollment(e, positions.get(e.staffId)))
    .sort((a, b) => a.status.localeCompare(b.status) || (a.position ?? 0) - (b.position ?? 0) || a.staffName.localeCompare(b.staffName));
}

async function enrolledRecord(ctx: AppContext, courseId: string, staffId: string) {
  const { data } = await ctx.db.entities.enrollment.get({ courseId, staffId }).go();
  if (!data || data.status === "withdrawn") throw notFound("Enrollment");
  return data;
}

/** An admin records whether an enrolled participant attended one session. */
export async function setAttendance(ctx: AppContext, actor: Actor, courseId: string, staffId: string, sessionId: string, present: boolean) {
  if (!isAdmin(actor)) throw forbidden("Only an admin records attendance");
  const course = await getCourseRecord(ctx, courseId);
  if (!(course.sessions as { id: string }[]).some((s) => s.id === sessionId)) {
    throw new AppError(400, "invalid_session", "This course has no such session");
  }
  const current = await enrolledRecord(ctx, courseId, staffId);
  if (current.status !== "enrolled" && current.status !== "completed") {
    throw new AppError(409, "not_enrolled", "Only enrolled participants have attendance");
  }
  const attendance = { ...(current.attendance as Record<string, boolean>), [sessionId]: present };
  const { data } = await ctx.db.entities.enrollment
    .patch({ courseId, staffId })
    .set({ attendance, updatedAt: ctx.now().toISOString() })
    .go({ response: "all_new" });
  return toEnrollment({ ...current, ...data });
}

function assertAttendedEnough(course: CourseRecord, enrollment: EnrollmentRecord) {
  const sessions = course.sessions as Course["sessions"];
  const attendance = enrollment.attendance as Record<string, boolean>;
  const attended = sessions.filter((s) => attendance[s.id] === true).length;
  const required = sessionsToAttend(course);
  if (attended < required) {
    throw new AppError(409, "attendance_insufficient", `Attendance is recorded for ${attended} of ${sessions.length} sessions; completion needs ${required}`, {
      attended,
      required,
      sessions: sessions.length,
      minAttendancePercent: course.minAttendancePercent ?? EVERY_SESSION,
    });
  }
}

/** The course's institution for its signatory; a certificate is still issued if it was removed. */
const signingInstitution = (ctx: AppContext, id: string) =>
  getInstitution(ctx, id).catch((error) => {
    if (error instanceof AppError && error.status === 404) return undefined;
    throw error;
  });


/**
 * Marks a participant's completion, once the last session has ended. Attended (with the
 * attendance the course requires recorded): the course's JP go to the learning ledger and a
 * certificate is issued, together with the status change in one transaction, so completing
 * twice credits once.
 */
export async function completeEnrollment(
  ctx: AppContext,
  actor: Actor,
  courseId: string,
  staffId: string,
  input: { attended: boolean; score?: number },
): Promise<CompletionResult> {
  const [course, current] = await Promise.all([getCourseRecord(ctx, courseId), enrolledRecord(ctx, courseId, staffId)]);
  if (current.status === "completed") return { status: "completed", certificateCode: current.certificateCode!, jp: course.jp };
  if (current.status === "absent" && !input.attended) return { status: "absent" };
  if (current.status === "waitlisted") throw new AppError(409, "not_enrolled", "Someone on the waitlist cannot complete the course");
  if (course.status === "draft" || course.status === "cancelled") {
    throw new AppError(409, "course_not_running", "Completion needs a published, ongoing or completed course");
  }
  // Nothing is judged before the training is over (the last session has ended).
  assertFinished(ctx, course);
  const now = ctx.now().toISOString();
  if (!input.attended) {
    await ctx.db.entities.enrollment
      .patch({ courseId, staffId })
      .set({ status: "absent", waitlistSeq: 0, updatedAt: now })
      .where(({ status }, { eq }) => eq(status, "enrolled"))
      .go();
    return { status: "absent" };
  }
  assertAttendedEnough(course, current);

  const [staff, institution] = await Promise.all([getStaffRecord(ctx, staffId), signingInstitution(ctx, course.institutionId)]);
  const code = newCertificateCode();
  const written = completionItems(ctx, actor, course, staff, code, institution);
  await writeTogether(
    ctx,
    ({ enrollment, ledgerEntry, certificate, notification }) => [
      enrollment
        .patch({ courseId, staffId })
        .set({ status: "completed", waitlistSeq: 0, certificateCode: code, ...(input.score !== undefined ? { score: input.score } : {}), updatedAt: now })
        // Judged on the attendance just read: a change meanwhile cancels the completion.
        .where(({ status, updatedAt }, { eq }) => `(${eq(status, "enrolled")} OR ${eq(status, "absent")}) AND ${eq(updatedAt, current.updatedAt)}`)
        .commit(),
      ledgerEntry.create(written.ledgerEntry).commit(),
      certificate.create(written.certificate).commit(),
      notification.put(written.notification).commit(),
    ],
    (codes) => new EnrollmentCancelled(codes),
  ).catch(async (error) => {
    if (!(error instanceof EnrollmentCancelled)) throw error;
    // Completed by a parallel request: answer with what that one wrote.
    const again = await enrolledRecord(ctx, courseId, staffId);
    if (again.status === "completed") return;
    throw new AppError(409, "conflict", "The enrollment changed meanwhile; reload and try again");
  });
  const final = await enrolledRecord(ctx, courseId, staffId);
  await markPlannedCourseDone(ctx, staffId, courseId);
  return { status: "completed", certificateCode: final.certificateCode!, jp: course.jp };
}

/** All of one person's enrollments, by their own key (one Query, whatever the number of courses). */
async function enrollmentsOf(ctx: AppContext, staffId: string): Promise<EnrollmentRecord[]> {
  const { data } = await ctx.db.entities.enrollment.query.byStaff({ staffId }).go({ pages: "all" });
  return data;
}


/** The person's standing in each of the given courses, with the place for a waitlist (one Query per waitlist). */
async function standings(ctx: AppContext, mine: EnrollmentRecord[], courseIds: string[]): Promise<Map<string, MyCourseStatus>> {
  const wanted = new Set(courseIds);
  const entries = await Promise.all(
    mine
      .filter((e) => wanted.has(e.courseId) && e.status !== "withdrawn")
      .map(async (e): Promise<[string, MyCourseStatus]> => {
        const status = e.status as MyCourseStatus["status"];
        return [e.courseId, status === "waitlisted" ? { status, position: await waitlistPosition(ctx, e.courseId, e.waitlistSeq) } : { status }];
      }),
  );
  return new Map(entries);
}

/**
 * The catalog, each course with the signed-in person's standing in it (enrolled, waitlisted
 * with the place, completed, absent). Their enrollments come in one Query by their own key,
 * read alongside the page of courses, not one read per course.
 */
export async function listCatalog(ctx: AppContext, actor: Actor, query: ListCoursesQuery): Promise<Page<CatalogCourse>> {
  const [page, mine] = await Promise.all([listCourses(ctx, actor, query), enrollmentsOf(ctx, actor.id)]);
  const mineByCourse = await standings(ctx, mine, page.items.map((c) => c.id));
  return { items: page.items.map((course) => ({ ...course, myEnrollment: mineByCourse.get(course.id) ?? null })), cursor: page.cursor };
}


/**
 * What someone is signed up for and has not finished: enrollments and waitlist places (their
 * own or by nomination) in courses that are neither cancelled nor, for the waitlist, over.
 * One Query of the person's enrollments, one batched read of those courses, and one Query
 * per waitlist for the place.
 */
export async function currentEnrollments(ctx: AppContext, staffId: string): Promise<CurrentEnrollment[]> {
  const open = (await enrollmentsOf(ctx, staffId)).filter((e) => e.status === "enrolled" || e.status === "waitlisted");
  if (open.length === 0) return [];
  const courses = await getAllByKeys(
    [...new Set(open.map((e) => e.courseId))].map((id) => ({ id })),
    (keys) => ctx.db.entities.course.get(keys).go({ unprocessed: "item" }),
  );
  const byId = new Map(courses.map((c) => [c.id, c]));
  const now = ctx.now().toISOString();
  const items = await Promise.all(
    open.map(async (e): Promise<CurrentEnrollment | null> => {
      const course = byId.get(e.courseId);
      if (!course || course.status === "cancelled" || course.status === "draft") return null;
      if (e.status === "waitlisted" && course.status === "completed") return null;
      const endsAt = courseEndsAt(course.sessions as Course["sessions"]);
      const phase = now < course.startsAt ? "upcoming" : now < endsAt ? "ongoing" : "awaiting_completion";
      return {
        courseId: course.id,
        courseTitle: course.title,
        startsAt: course.startsAt,
        endsAt,
        jp: course.jp,
        status: e.status as CurrentEnrollment["status"],
        ...(e.status === "waitlisted" ? { position: await waitlistPosition(ctx, e.courseId, e.waitlistSeq) } : {}),
        phase,
        ...(e.nominatedBy ? { nominatedBy: e.nominatedBy } : {}),
        ...(e.nominatedByName ? { nominatedByName: e.nominatedByName } : {}),
      };
    }),
  );
  return items.filter((i): i is CurrentEnrollment => i !== null).sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.courseId.localeCompare(b.courseId));
}
