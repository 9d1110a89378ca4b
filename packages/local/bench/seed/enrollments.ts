import type { Actor } from "@kompeten/core/actor";
import { newCertificateCode } from "@kompeten/core/certificates/certificates";
import type { AppContext } from "@kompeten/core/context";
import type { CourseRecord } from "@kompeten/core/courses/courses";
import type { CreateCourseInput } from "@kompeten/core/courses/courses.schemas";
import { completionItems, enrollmentItem } from "@kompeten/core/enrollments/enrollments";
import type { Item } from "@kompeten/core/db";
import type { StaffRecord } from "@kompeten/core/staff/staff";
import { NO_SUPERVISOR } from "@kompeten/core/staff/staff.entity";
import { at, HOUR, iso, UsageError } from "./common";
import type { CoursePlan, SeededCourse } from "./courses";
import { apportion, type Random } from "./random";

// Enrollments: who joined which course, and for completed courses what completing wrote
// (ledger entry, certificate, notification), built by core's own builders.

export interface SeededEnrollments {
  enrollments: Item<"enrollment">[];
  ledger: Item<"ledgerEntry">[];
  certificates: Item<"certificate">[];
  notifications: Item<"notification">[];
  seeded: SeededCourse[];
  /** The published course the demo staff member is seated in, and the one they wait for. */
  bookedIndex: number;
  waitlistIndex: number | undefined;
}

/**
 * About `enrollments` enrollments over the courses, filling each by its state (popular
 * published ones overflow into a waitlist); the demo staff member gets three completed
 * courses, one running, one booked and one waitlisted place.
 */
export function planEnrollments(
  ctx: AppContext,
  input: { courses: CourseRecord[]; plans: CoursePlan[]; allStaff: StaffRecord[]; staffMember: StaffRecord; adminActor: Actor; enrollments: number; coursesAsked: number },
  r: Random,
): SeededEnrollments {
  const { courses, plans, allStaff, staffMember, adminActor } = input;
  const options = { enrollments: input.enrollments, courses: input.coursesAsked };
  const now = ctx.now().getTime();
  const nameOf = new Map(allStaff.map((s) => [s.id, s.name]));
  const eligible = (course: CourseRecord, s: StaffRecord) => {
    const { unitIds, positionLevels } = course.eligibility as CreateCourseInput["eligibility"];
    return (!unitIds.length || unitIds.includes(s.unitId)) && (!positionLevels.length || positionLevels.includes(s.positionLevel));
  };
  const pools = courses.map((course) => allStaff.filter((s) => eligible(course, s)));
  // How full each course gets: popular published courses overflow into a waitlist.
  const fill = plans.map((plan) =>
    plan.status === "published" ? (r.chance(0.45) ? r.between(1.05, 1.35) : r.between(0.35, 0.95)) : plan.status === "ongoing" ? r.between(0.75, 1) : r.between(0.8, 1.08),
  );
  const sizes = apportion(
    Math.min(options.enrollments, pools.reduce((a, p) => a + p.length, 0)),
    courses.map((c, i) => c.capacity * fill[i]!),
  );
  // Never more than can take part; what does not fit goes to courses with room.
  let deficit = 0;
  sizes.forEach((n, i) => {
    if (n > pools[i]!.length) (deficit += n - pools[i]!.length), (sizes[i] = pools[i]!.length);
  });
  for (let i = 0; deficit > 0; i = (i + 1) % sizes.length) if (sizes[i]! < pools[i]!.length) sizes[i]!++, deficit--;

  // The demo staff member's year: three courses done, one running, one booked and one waitlisted.
  const openToStaffMember = courses.map((c, i) => i).filter((i) => eligible(courses[i]!, staffMember));
  const byStatus = (status: SeededCourse["status"]) => openToStaffMember.filter((i) => plans[i]!.status === status);
  const overflowing = byStatus("published").filter((i) => sizes[i]! > courses[i]!.capacity);
  const waitlistIndex = overflowing.sort((a, b) => sizes[b]! - courses[b]!.capacity - (sizes[a]! - courses[a]!.capacity))[0];
  const forced = new Map<number, "seated" | "waitlisted">();
  for (const i of byStatus("completed").slice(0, 3)) forced.set(i, "seated");
  for (const i of byStatus("ongoing").slice(0, 1)) forced.set(i, "seated");
  const bookedIndex = byStatus("published").find((i) => i !== waitlistIndex);
  if (bookedIndex !== undefined) forced.set(bookedIndex, "seated");
  if (waitlistIndex !== undefined) forced.set(waitlistIndex, "waitlisted");
  if (bookedIndex === undefined) throw new UsageError(`--courses ${options.courses} leaves no published course open to the demo staff member; use more`);

  const enrollments: Item<"enrollment">[] = [];
  const ledger: Item<"ledgerEntry">[] = [];
  const certificates: Item<"certificate">[] = [];
  const notifications: Item<"notification">[] = [];
  const seeded: SeededCourse[] = [];

  courses.forEach((course, i) => {
    const plan = plans[i]!;
    const sessions = course.sessions as { id: string; startsAt: string; endsAt: string }[];
        const windowEnd = Math.min(Date.parse(course.enrollClosesAt), now - HOUR);
    let people = r.sample(pools[i]!, sizes[i]!);
    const force = forced.get(i);
    if (force && !people.some((p) => p.id === staffMember.id)) people = [...people.slice(0, Math.max(0, people.length - 1)), staffMember];
    const joined = people
      .map((s) => ({
        s,
        at:
          s.id === staffMember.id && force === "seated"
            ? Date.parse(course.enrollOpensAt) + HOUR
            : s.id === staffMember.id && force === "waitlisted"
              ? windowEnd
              : r.between(Date.parse(course.enrollOpensAt), windowEnd),
      }))
      .sort((a, b) => a.at - b.at);
    // A few withdraw again (seats they freed went to the next in line, so withdrawn ones simply drop out).
    const withdrawn = new Set(joined.filter((j) => j.s.id !== staffMember.id && r.chance(0.04)).map((j) => j.s.id));
    let seat = 0;
    let waitlistSeq = 0;
    const tally: Record<string, number> = {};
    for (const { s, at: enrolledAt } of joined) {
      // As enroll() writes it: by the person, or nominated by their supervisor.
      const nominatedBy = s.supervisorId !== NO_SUPERVISOR && r.chance(0.3) ? s.supervisorId : undefined;
      const by = nominatedBy ? { id: nominatedBy, name: nameOf.get(nominatedBy) ?? nominatedBy } : s;
      const base = enrollmentItem(at(ctx, enrolledAt), course, s, by);
      let record: Item<"enrollment">;
      if (withdrawn.has(s.id)) {
        record = { ...base, status: "withdrawn", waitlistSeq: 0, attendance: {}, updatedAt: iso(r.between(enrolledAt, windowEnd)) };
      } else if (seat >= course.capacity) {
        waitlistSeq++;
        record = { ...base, status: "waitlisted", waitlistSeq, attendance: {}, updatedAt: iso(enrolledAt) };
      } else {
        seat++;
        if (plan.status === "published") {
          record = { ...base, status: "enrolled", waitlistSeq: 0, attendance: {}, updatedAt: iso(enrolledAt) };
        } else if (plan.status === "ongoing") {
          const attendance = Object.fromEntries(sessions.filter((x) => Date.parse(x.endsAt) < now).map((x) => [x.id, r.chance(0.93)]));
          record = { ...base, status: "enrolled", waitlistSeq: 0, attendance, updatedAt: iso(now - r.int(1, 48) * HOUR) };
        } else {
          const completedAt = Date.parse(sessions[sessions.length - 1]!.endsAt) + r.int(1, 48) * HOUR;
          const attended = s.id === staffMember.id || r.chance(0.9);
          const attendance = Object.fromEntries(sessions.map((x) => [x.id, attended ? r.chance(0.97) : r.chance(0.3)]));
          if (!attended) {
            record = { ...base, status: "absent", waitlistSeq: 0, attendance, updatedAt: iso(completedAt) };
          } else {
            const code = newCertificateCode();
            const completed = iso(completedAt);
            const score = r.chance(0.7) ? r.int(60, 100) : undefined;
            record = { ...base, status: "completed", waitlistSeq: 0, attendance, certificateCode: code, ...(score !== undefined ? { score } : {}), updatedAt: completed };
            // What completeEnrollment writes in its transaction, by the same builder.
            const written = completionItems(at(ctx, completedAt), adminActor, course, s, code);
            ledger.push(written.ledgerEntry);
            certificates.push(written.certificate);
            notifications.push(written.notification);
          }
        }
      }
      tally[record.status] = (tally[record.status] ?? 0) + 1;
      enrollments.push(record);
    }
    seeded.push({
      id: course.id,
      title: course.title,
      status: plan.status,
      capacity: course.capacity,
      eligibilityOpen: eligible(course, staffMember),
      total: joined.length,
      byStatus: tally,
    });
  });
  return { enrollments, ledger, certificates, notifications, seeded, bookedIndex, waitlistIndex };
}
