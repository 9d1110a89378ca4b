import type { AppContext } from "@kompeten/core/context";
import type { Unit } from "@kompeten/core/units/units";
import { batchPutTasks, interleave, runPool } from "./batch";
import { BENCH_YEAR, positiveInt, seconds } from "./common";
import { seedCourses, type SeededCourse } from "./courses";
import { planEnrollments } from "./enrollments";
import { generator } from "./random";
import { planStaff } from "./staff";

export interface YearOptions {
  staff: number;
  courses: number;
  enrollments: number;
  /** Parallel BatchWriteItem calls while seeding. */
  concurrency: number;
  /** Seed of the pseudo-random generator: the same options give the same data. */
  seed: number;
}

/** parseArgs options every benchmark that seeds a year shares. */
export const yearOptionSpecs = {
  staff: { type: "string", default: "5000" },
  courses: { type: "string", default: "100" },
  enrollments: { type: "string", default: "20000" },
  concurrency: { type: "string", default: "8" },
  seed: { type: "string", default: "1" },
} as const;
export const yearOptionsUsage = "[--staff 5000] [--courses 100] [--enrollments 20000] [--concurrency 8] [--seed 1]";

export interface YearFixture {
  now: Date;
  year: number;
  adminId: string;
  /** The demo staff member (pegawai@…), given completed, ongoing, published and waitlisted courses. */
  staffMemberId: string;
  /** A published course the staff member is enrolled in, and one they are waitlisted in. */
  staffEnrolledCourseId: string;
  staffWaitlistedCourseId: string | null;
  units: (Unit & { members: number })[];
  courses: SeededCourse[];
  /** Items written per entity (batch writes and domain calls). */
  items: Record<string, number>;
  /** Seconds per phase. */
  timings: Record<string, number>;
}

/**
 * The demo data, then a year of it: staff in every demo unit, a catalog of courses in
 * every state, and enrollments with what completing them writes (ledger entries,
 * certificates, notifications). Bulk items go in as ElectroDB batch puts of items built by
 * core's own builders; courses and institutions go through the domain functions themselves (there are few).
 */
export async function seedYear(ctx: AppContext, options: YearOptions, log: (line: string) => void = console.log): Promise<YearFixture> {
  const r = generator(options.seed);
  const year = BENCH_YEAR;
  const now = ctx.now().getTime();
  const timings: Record<string, number> = {};
  const items: Record<string, number> = {};
  const count = (entity: string, n: number) => (items[entity] = (items[entity] ?? 0) + n);

  const { units, admin, staffMember, adminActor, newStaff, logins, nameWords, audits, allStaff, generationStarted } = await planStaff(ctx, options.staff, year, r, timings);
  let t = generationStarted;

  // ---- institutions (the demo's, and a few more) and courses, through the domain functions
  const { plans, courses, institutionsCreated } = await seedCourses(ctx, adminActor, options, year, units, r);
  count("institution", institutionsCreated);
  count("course", courses.length);
  timings["staff + courses (generate; courses via domain)"] = seconds(t);

  // ---- enrollments
  t = performance.now();
  const { enrollments, ledger, certificates, notifications, seeded, bookedIndex, waitlistIndex } = planEnrollments(
    ctx,
    { courses, plans, allStaff, staffMember, adminActor, enrollments: options.enrollments, coursesAsked: options.courses },
    r,
  );

  // ---- write it all, in parallel batches
  const tasks = interleave([
    batchPutTasks("staff", newStaff, (chunk) => ctx.db.entities.staff.put(chunk).go()),
    batchPutTasks("staffLogin", logins, (chunk) => ctx.db.entities.staffLogin.put(chunk).go()),
    batchPutTasks("staffNameWord", nameWords, (chunk) => ctx.db.entities.staffNameWord.put(chunk).go()),
    batchPutTasks("audit", audits, (chunk) => ctx.db.entities.audit.put(chunk).go()),
    batchPutTasks("enrollment", enrollments, (chunk) => ctx.db.entities.enrollment.put(chunk).go()),
    batchPutTasks("ledgerEntry", ledger, (chunk) => ctx.db.entities.ledgerEntry.put(chunk).go()),
    batchPutTasks("certificate", certificates, (chunk) => ctx.db.entities.certificate.put(chunk).go()),
    batchPutTasks("notification", notifications, (chunk) => ctx.db.entities.notification.put(chunk).go()),
  ]);
  const generated = seconds(t);
  t = performance.now();
  const cpuBefore = process.cpuUsage();
  await runPool(tasks, options.concurrency);
  // Seat counters as the enrollment transactions would have left them.
  await runPool(
    seeded.map((c) => async () => {
      const seated = (c.byStatus.enrolled ?? 0) + (c.byStatus.completed ?? 0) + (c.byStatus.absent ?? 0);
      const waiting = c.byStatus.waitlisted ?? 0;
      await ctx.db.entities.course.patch({ id: c.id }).set({ enrolled: seated, waitlisted: waiting, waitlistCounter: waiting }).go();
    }),
    options.concurrency,
  );
  timings["enrollments etc. (generate)"] = generated;
  timings["batch writes"] = seconds(t);
  count("staff", newStaff.length);
  count("staffLogin", logins.length);
  count("staffNameWord", nameWords.length);
  count("audit", audits.length);
  count("enrollment", enrollments.length);
  count("ledgerEntry", ledger.length);
  count("certificate", certificates.length);
  count("notification", notifications.length);
  const cpu = process.cpuUsage(cpuBefore);
  log(
    `  ${tasks.length} BatchWriteItem calls of up to 25 items, ${options.concurrency} at a time, in ${timings["batch writes"]!.toFixed(1)} s ` +
      `(this process busy ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of it; the rest is DynamoDB Local)`,
  );

  const members = new Map<string, number>();
  for (const s of allStaff) members.set(s.unitId, (members.get(s.unitId) ?? 0) + 1);
  return {
    now: new Date(now),
    year,
    adminId: admin.id,
    staffMemberId: staffMember.id,
    staffEnrolledCourseId: courses[bookedIndex]!.id,
    staffWaitlistedCourseId: waitlistIndex === undefined ? null : courses[waitlistIndex]!.id,
    units: units.map((u) => ({ ...u, members: members.get(u.id) ?? 0 })),
    courses: seeded,
    items,
    timings,
  };
}

/** Checks a run's size options before anything starts. */
export function yearOptionsFrom(values: Record<string, string | boolean | undefined>): YearOptions {
  return {
    staff: positiveInt(values, "staff", 0),
    courses: positiveInt(values, "courses", 1),
    enrollments: positiveInt(values, "enrollments", 0),
    concurrency: positiveInt(values, "concurrency", 1),
    seed: positiveInt(values, "seed", 0),
  };
}
