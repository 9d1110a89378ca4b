import { randomUUID } from "node:crypto";
import type { Item } from "../db";
import type * as z from "../zod";
import { isAdmin, type Actor, type PendingSession } from "../actor";
import type { AppContext } from "../context";
import { currentEnrollments } from "../enrollments/enrollments";
import { inParallel } from "../concurrency";
import { AppError, conflict, forbidden, notFound } from "../errors";
import { notificationItem } from "../notifications/notifications";
import { canRead, getStaffRecord, toStaff } from "../staff/staff";
import { NO_SUPERVISOR } from "../staff/staff.entity";
import { listUnits } from "../units/units";
import { witaYear } from "../time";
import { writeTogether } from "../transaction";
import type { ledgerEntrySchema } from "./learning.entity";
import {
  allUnitsReportQuery,
  csvReportQuery,
  currentEnrollmentView,
  decisionInput,
  externalTrainingInput,
  ledgerEntryView,
  reportQuery,
  unitSummaryView,
  type AllUnitsJpReport,
  type JpReport,
  type LearningSummary,
  type LedgerEntry,
  type Recommendation,
  type UnitSummary,
} from "./learning.schemas";
import { standardLevels } from "../competencies/competencies";
import { toCourse } from "../courses/courses";
import { programNeedsOfPerson } from "../programs/programs";

export { allUnitsReportQuery, csvReportQuery, currentEnrollmentView, decisionInput, externalTrainingInput, ledgerEntryView, reportQuery, unitSummaryView, type LedgerEntry, type Recommendation, type UnitSummary };

/** PP 11/2017 Pasal 203(4): at least 20 JP of competency development a year. */
export const TARGET_JP = 20;

type LedgerRecord = Item<"ledgerEntry">;

function toEntry(record: LedgerRecord): LedgerEntry {
  const { id, staffId, staffName, year, source, title, institution, startDate, endDate, jp, evidence, status, decidedBy, note, certificateCode, courseId } = record;
  return Object.fromEntries(
    Object.entries({ id, staffId, staffName, year, source, title, institution, startDate, endDate, jp, evidence, status, decidedBy, note, certificateCode, courseId }).filter(
      ([, value]) => value !== undefined,
    ),
  ) as LedgerEntry;
}

const sumJp = (entries: { jp: number }[]) => Math.round(entries.reduce((sum, e) => sum + e.jp, 0) * 100) / 100;

/** Someone's year: approved JP towards the target, what waits for approval, every entry (one Query). */
export async function learningSummary(ctx: AppContext, staffId: string, year: number) {
  const { data } = await ctx.db.entities.ledgerEntry.query.byStaff({ staffId }).begins({ year }).go({ pages: "all" });
  const entries = data.filter((e) => e.year === year).map(toEntry).sort((a, b) => b.endDate.localeCompare(a.endDate));
  return {
    year,
    totalJp: sumJp(entries.filter((e) => e.status === "approved")),
    pendingJp: sumJp(entries.filter((e) => e.status === "pending")),
    targetJp: TARGET_JP,
    entries,
  };
}

/**
 * "My learning": the year's ledger (as `learningSummary`), what the person is signed up for
 * and has not finished (enrollments, waitlist places, nominations), and the JP their
 * enrollments ending in that year will add once completed (`upcomingJp`, apart from
 * `totalJp` already earned; a waitlist place adds nothing until it becomes a seat).
 * Without a staff id it is the actor's own; without a year, the current one (WITA).
 * The reads start with the session's staff id, alongside the account check; nothing read
 * is returned before the actor is known and may see it.
 */
export async function learningOverview(ctx: AppContext, session: PendingSession, query: { staffId?: string; year?: number } = {}): Promise<LearningSummary> {
  const { staffId = session.staffId, year = witaYear(ctx.now()) } = query;
  const reading = Promise.all([learningSummary(ctx, staffId, year), currentEnrollments(ctx, staffId)]);
  // A refused session answers with its own error; the reads started for it are dropped.
  reading.catch(() => {});
  await assertMayReadLearning(ctx, await session.actor, staffId);
  const [summary, enrollments] = await reading;
  const upcomingJp = sumJp(enrollments.filter((e) => e.status === "enrolled" && witaYear(e.endsAt) === year));
  return { ...summary, upcomingJp, enrollments };
}

/** Reading someone's learning: themselves, their supervisor, an admin. */
export async function assertMayReadLearning(ctx: AppContext, actor: Actor, staffId: string) {
  if (staffId === actor.id || isAdmin(actor)) return;
  const staff = toStaff(await getStaffRecord(ctx, staffId));
  if (!canRead(actor, staff) || staff.supervisorId !== actor.id) throw forbidden("You may only see your own learning and your team's");
}

/** Staff report training done elsewhere; it counts once their supervisor approves it. */
export async function reportExternalTraining(ctx: AppContext, actor: Actor, input: z.infer<typeof externalTrainingInput>) {
  const staff = await getStaffRecord(ctx, actor.id);
  const now = ctx.now().toISOString();
  // Without a supervisor the BKPSDM admins decide (they see entries queued under "-").
  const record: LedgerRecord = {
    staffId: staff.id,
    id: randomUUID(),
    year: witaYear(`${input.endDate}T12:00:00+08:00`),
    staffName: staff.name,
    staffNip: staff.nip,
    unitId: staff.unitId,
    supervisorId: staff.supervisorId,
    source: input.source,
    title: input.title,
    institution: input.institution,
    startDate: input.startDate,
    endDate: input.endDate,
    jp: input.jp,
    evidence: input.evidence,
    status: "pending",
    createdAt: now,
  };
  await writeTogether(
    ctx,
    ({ ledgerEntry, notification }) => [
      ledgerEntry.create(record).commit(),
      ...(staff.supervisorId !== NO_SUPERVISOR
        ? [
            notification
              .put(
                notificationItem(ctx, {
                  staffId: staff.supervisorId,
                  id: `approval:${record.id}`,
                  type: "approval_requested",
                  params: { name: staff.name, title: input.title, jp: input.jp },
                  link: "/persetujuan",
                }),
              )
              .commit(),
          ]
        : []),
    ],
    () => conflict("This entry exists already"),
  );
  return toEntry(record);
}

/** Reported training waiting for the signed-in supervisor (or, for admins, for anyone without one). */
export async function pendingApprovals(ctx: AppContext, actor: Actor): Promise<LedgerEntry[]> {
  const queues = [actor.id, ...(isAdmin(actor) ? [NO_SUPERVISOR] : [])];
  const pages = await Promise.all(
    queues.map((supervisorId) => ctx.db.entities.ledgerEntry.query.bySupervisor({ supervisorId }).begins({ status: "pending" }).go({ pages: "all" })),
  );
  return pages.flatMap((page) => page.data).map(toEntry);
}

export async function decideEntry(ctx: AppContext, actor: Actor, staffId: string, entryId: string, input: z.infer<typeof decisionInput>) {
  const staff = await getStaffRecord(ctx, staffId);
  const mayDecide = staff.supervisorId === actor.id || (staff.supervisorId === NO_SUPERVISOR && isAdmin(actor));
  if (!mayDecide) throw forbidden("Only the person's supervisor decides on reported training");
  const { data: all } = await ctx.db.entities.ledgerEntry.query.byStaff({ staffId }).go({ pages: "all" });
  const entry = all.find((e) => e.id === entryId);
  if (!entry) throw notFound("Learning entry");
  if (entry.status !== "pending") throw new AppError(409, "already_decided", `This entry was ${entry.status} already`);
  const now = ctx.now().toISOString();
  const status = input.approve ? ("approved" as const) : ("rejected" as const);
  await writeTogether(
    ctx,
    ({ ledgerEntry, notification }) => [
      ledgerEntry
        .patch({ staffId, year: entry.year, id: entryId })
        // createdAt is part of the approval queue's key, which moves with the status.
        .set({ createdAt: entry.createdAt, status, decidedBy: actor.id, decidedByName: actor.name, decidedAt: now, ...(input.note ? { note: input.note } : {}) })
        .where(({ status: s }, { eq }) => eq(s, "pending"))
        .commit(),
      notification
        .put(
          notificationItem(ctx, {
            staffId,
            id: `decision:${entryId}`,
            type: `training_${status}`,
            params: { title: entry.title, jp: entry.jp, by: actor.name },
            link: "/belajar",
          }),
        )
        .commit(),
    ],
    () => new AppError(409, "already_decided", "This entry was decided meanwhile"),
  );
  return toEntry({ ...entry, status, decidedBy: actor.id, ...(input.note ? { note: input.note } : {}) });
}

/**
 * A unit's year: every current member's approved JP and who is below 20. Ledger entries
 * come by unit and year in one Query. Hours are filed under the unit the person was in when
 * they earned them, so only members who moved unit this year are read once more through
 * their own ledger.
 */
export async function unitReport(ctx: AppContext, query: z.infer<typeof reportQuery>): Promise<JpReport> {
  const [members, ledger] = await Promise.all([
    ctx.db.entities.staff.query.byUnit({ unitId: query.unitId }).go({ pages: "all" }),
    ctx.db.entities.ledgerEntry.query.byUnit({ unitId: query.unitId, year: query.year }).go({ pages: "all" }),
  ]);
  const jpByStaff = new Map<string, number>();
  for (const e of ledger.data) if (e.status === "approved") jpByStaff.set(e.staffId, (jpByStaff.get(e.staffId) ?? 0) + e.jp);
  const movedThisYear = (m: { unitChangedAt?: string }) => m.unitChangedAt !== undefined && witaYear(m.unitChangedAt) >= query.year;
  const items = await Promise.all(
    members.data
      .filter((m) => m.active)
      .map(async (m) => {
        const totalJp = movedThisYear(m) ? (await learningSummary(ctx, m.id, query.year)).totalJp : (jpByStaff.get(m.id) ?? 0);
        return { staffId: m.id, name: m.name, nip: m.nip, position: m.position, totalJp, belowTarget: totalJp < TARGET_JP };
      }),
  );
  return { year: query.year, unitId: query.unitId, targetJp: TARGET_JP, items };
}

/** Units read at the same time by the all-units report and its CSV (a few Queries each). */
const UNIT_CONCURRENCY = 6;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 100) / 100;
}

/**
 * Every unit's year in one table: staff, how many reached 20 JP, the share and the median JP.
 * Built from each unit's own report (Queries by unit and year), never a Scan of the table.
 */
export async function allUnitsReport(ctx: AppContext, query: z.infer<typeof allUnitsReportQuery>): Promise<AllUnitsJpReport> {
  const units = await listUnits(ctx);
  const items: UnitSummary[] = new Array(units.length);
  await inParallel(
    units.map((unit, index) => ({ unit, index })),
    UNIT_CONCURRENCY,
    async ({ unit, index }) => {
      const report = await unitReport(ctx, { year: query.year, unitId: unit.id });
      const jp = report.items.map((row) => row.totalJp);
      const reached = report.items.filter((row) => !row.belowTarget).length;
      items[index] = {
        unitId: unit.id,
        unitName: unit.name,
        staff: report.items.length,
        reached,
        share: report.items.length ? Math.round((reached / report.items.length) * 1000) / 1000 : 0,
        medianJp: median(jp),
      };
    },
  );
  return { year: query.year, targetJp: TARGET_JP, items };
}

const SIASN_HEADER = ["nama", "nip", "nama_diklat", "penyelenggara", "tanggal_mulai", "tanggal_selesai", "jumlah_jp", "jenis", "nomor_sertifikat"];

async function approvedRows(ctx: AppContext, unitId: string, year: number) {
  const { data } = await ctx.db.entities.ledgerEntry.query.byUnit({ unitId, year }).go({ pages: "all" });
  return data
    .filter((e) => e.status === "approved")
    .sort((a, b) => a.staffName.localeCompare(b.staffName) || a.startDate.localeCompare(b.startDate))
    .map((e) => [e.staffName, e.staffNip, e.title, e.institution, e.startDate, e.endDate, e.jp, e.source, e.certificateCode ?? ""]);
}

/**
 * Approved training of a year, with the fields of SIASN's training history (riwayat diklat):
 * one unit's, or without a unit every unit's, one after the other in the order of the unit list.
 */
export async function unitReportCsv(ctx: AppContext, query: z.infer<typeof csvReportQuery>): Promise<string> {
  // Loaded for the export only, so the staff Lambda starts without it.
  const { stringify } = await import("csv-stringify/sync");
  if (query.unitId) return stringify([SIASN_HEADER, ...(await approvedRows(ctx, query.unitId, query.year))]);
  const units = await listUnits(ctx);
  const perUnit: unknown[][][] = new Array(units.length);
  await inParallel(
    units.map((unit, index) => ({ unit, index })),
    UNIT_CONCURRENCY,
    async ({ unit, index }) => void (perUnit[index] = await approvedRows(ctx, unit.id, query.year)),
  );
  return stringify([SIASN_HEADER, ...perUnit.flat()]);
}


/** Why a course is offered when the position's standard asks for more. */
export const STANDARD_REASON = "Standar kompetensi jabatan";
export const programReason = (title: string) => `Program layanan: ${title}`;

/**
 * Published courses that develop a competency where the person's position expects more
 * than they have now, or where a service program of their unit (planned or running) needs a
 * higher level ("Program layanan: <title>"). A competency not yet assessed counts as level 1
 * (Paham). Courses the person already joined are left out. Queries: the person, the catalog,
 * their enrollments, then their unit and its programs (one Query of the programs' unit index).
 * The actor's own without a staff id; someone else's for their supervisor or an admin.
 */
export async function recommendCourses(ctx: AppContext, actor: Actor, staffId = actor.id): Promise<Recommendation[]> {
  await assertMayReadLearning(ctx, actor, staffId);
  const [staff, published, mine] = await Promise.all([
    getStaffRecord(ctx, staffId),
    ctx.db.entities.course.query.byStatus({ status: "published" }).go({ pages: "all" }),
    ctx.db.entities.enrollment.query.byStaff({ staffId }).go({ pages: "all", attributes: ["courseId", "status"] }),
  ]);
  const standard = standardLevels[staff.positionLevel];
  const levels = staff.competencyLevels as Record<string, number>;
  const levelOf = (competencyId: string) => levels[competencyId] ?? 1;
  const needs = await programNeedsOfPerson(ctx, staff.unitId, levelOf);
  const joined = new Set(mine.data.filter((e) => e.status !== "withdrawn").map((e) => e.courseId));
  const recommendations: Recommendation[] = [];
  for (const record of published.data) {
    if (joined.has(record.id)) continue;
    const course = toCourse(record);
    const eligible =
      (!course.eligibility.unitIds.length || course.eligibility.unitIds.includes(staff.unitId)) &&
      (!course.eligibility.positionLevels.length || course.eligibility.positionLevels.includes(staff.positionLevel));
    if (!eligible) continue;
    // The competency with the largest gap this course closes, to the standard or to what a program needs.
    const best = course.competencies
      .map((c) => {
        const currentLevel = levelOf(c.competencyId);
        const need = needs.get(c.competencyId);
        const reasons = [...(standard > currentLevel ? [STANDARD_REASON] : []), ...(need ? need.programs.map((p) => programReason(p.title)) : [])];
        return { competencyId: c.competencyId, currentLevel, targetLevel: c.targetLevel, need, reasons };
      })
      .filter((c) => c.reasons.length > 0 && c.targetLevel > c.currentLevel)
      .sort((a, b) => a.currentLevel - b.currentLevel || Number(Boolean(b.need)) - Number(Boolean(a.need)))[0];
    if (best) recommendations.push({
        course,
        competencyId: best.competencyId,
        standardLevel: standard,
        currentLevel: best.currentLevel,
        gapToStandard: best.currentLevel - standard,
        reason: best.reasons[0]!,
        reasons: best.reasons,
        neededLevel: best.need?.neededLevel ?? null,
      });
  }
  return recommendations.sort((a, b) => a.currentLevel - b.currentLevel || a.course.startsAt.localeCompare(b.course.startsAt));
}
