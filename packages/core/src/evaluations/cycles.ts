import type { Entity, EntityItem } from "electrodb";
import * as z from "zod";
import { competencies } from "../competencies/framework";
import { inParallel } from "../concurrency";
import type { AppContext } from "../context";
import { AppError, notFound } from "../errors";
import { notificationItem } from "../notifications/notifications";
import { NO_SUPERVISOR } from "../staff/staff.entity";
import type { StaffRecord } from "../staff/staff";
import { isConditionFailure } from "../transaction";
import type { cycleSchema, evaluationSchema, reviewSchema } from "./evaluation.entity";
import { endOfWitaDay, quarter, quarterOf, type Quarter } from "./quarters";

export type CycleRecord = EntityItem<Entity<string, string, string, typeof cycleSchema>>;
export type EvaluationRecord = EntityItem<Entity<string, string, string, typeof evaluationSchema>>;
export type ReviewRecord = EntityItem<Entity<string, string, string, typeof reviewSchema>>;

/** Deadlines count in WITA days from the opening day and end at 23:59 WITA, whatever the minute the cycle opened. */
export const PEER_CHANGE_DAYS = 7;
export const DUE_DAYS = 21;
export const CLOSE_DAYS = 28;

export const cycleView = z.object({
  id: z.string(),
  year: z.number(),
  quarter: z.number(),
  status: z.enum(["opening", "open", "closed"]),
  openedAt: z.string(),
  peersLockedAt: z.string(),
  dueAt: z.string(),
  closesAt: z.string(),
  evaluations: z.number(),
  reviews: z.number(),
});
export type Cycle = z.infer<typeof cycleView>;

const toCycle = (c: CycleRecord): Cycle => ({
  id: c.id,
  year: c.year,
  quarter: c.quarter,
  status: c.status,
  openedAt: c.openedAt,
  peersLockedAt: c.peersLockedAt,
  dueAt: c.dueAt,
  closesAt: c.closesAt,
  evaluations: c.evaluations,
  reviews: c.reviews,
});

export async function getCycle(ctx: AppContext, id: string): Promise<CycleRecord> {
  const { data } = await ctx.db.entities.cycle.get({ id }).go();
  if (!data) throw notFound("Evaluation cycle");
  return data;
}

export async function listCycles(ctx: AppContext): Promise<Cycle[]> {
  const { data } = await ctx.db.entities.cycle.query.all({}).go({ pages: "all", order: "desc" });
  return data.map(toCycle);
}

/** The competencies on someone's form: managerial, socio-cultural, digital skills, and technical ones on their profile. */
export function formCompetencies(staff: Pick<StaffRecord, "competencyLevels">): string[] {
  const onProfile = Object.keys((staff.competencyLevels ?? {}) as Record<string, number>);
  return competencies.filter((c) => c.type !== "teknis" || c.id === "literasi-digital" || onProfile.includes(c.id)).map((c) => c.id);
}

/**
 * Peers suggested from the same unit: never the person, never their supervisor. Each
 * person gets the next two or three colleagues in a fixed ring order (the unit sorted by
 * id, rotated by quarter), so the choice is the same however often the job runs.
 * `unit` is sorted once per unit and `indexOf` maps an id to its place, so a whole
 * cycle costs time linear in staff.
 */
export function suggestPeers(person: StaffRecord, unit: StaffRecord[], indexOf: Map<string, number>, rotation: number): string[] {
  const excluded = (m: StaffRecord) => m.id === person.id || m.id === person.supervisorId;
  const candidates = unit.length - 1 - (indexOf.has(person.supervisorId) ? 1 : 0);
  const wanted = Math.min(3, candidates);
  const peers: string[] = [];
  const start = (indexOf.get(person.id) ?? 0) + 1 + (candidates > 3 ? rotation : 0);
  for (let step = 0; peers.length < wanted && step < unit.length + 3; step++) {
    const member = unit[(start + step) % unit.length]!;
    if (!excluded(member) && !peers.includes(member.id)) peers.push(member.id);
  }
  return peers;
}

export function reviewItem(ctx: AppContext, cycle: CycleRecord, subject: StaffRecord, kind: "self" | "supervisor" | "peer", reviewerId: string): ReviewRecord {
  return {
    cycleId: cycle.id,
    subjectId: subject.id,
    reviewId: kind === "peer" ? `peer-${reviewerId}` : kind,
    kind,
    reviewerId,
    subjectName: subject.name,
    unitId: subject.unitId,
    state: "outstanding",
    draft: false,
    ratings: {},
    dueAt: cycle.dueAt,
    updatedAt: ctx.now().toISOString(),
  };
}

/** BatchWrite (ElectroDB sends 25 items a request), a few requests at a time, retrying what DynamoDB leaves unprocessed. */
async function putAll<T>(put: (items: T[]) => Promise<{ unprocessed: unknown[] }>, items: T[]) {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  await inParallel(chunks, WRITE_CONCURRENCY, async (chunk) => {
    let pending = chunk;
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 10) throw new Error("DynamoDB kept items unprocessed after retries");
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
      pending = (await put(pending)).unprocessed as T[];
    }
  });
}

const WRITE_CONCURRENCY = 8;

/**
 * Opens the evaluation cycle of a quarter (the current one by default): for every active
 * staff member an evaluation with self, supervisor and peer reviews. Scheduled at 00:00 WITA
 * on the first day of each quarter; run later it catches up; run twice, or twice at once,
 * it creates nothing twice: the cycle is claimed with a conditional write, and every
 * evaluation and review has a key made of the cycle and the people.
 */
export async function openCycle(ctx: AppContext, openedBy: string, which?: { year: number; quarter: number }) {
  const now = ctx.now();
  const current = quarterOf(now);
  const q: Quarter = which ? quarter(which.year, which.quarter) : current;
  if (q.id !== current.id) {
    throw new AppError(422, "not_current_quarter", `Only the current quarter (${current.id}) can be opened`);
  }
  const openedAt = now.toISOString();
  const fresh: CycleRecord = {
    id: q.id,
    year: q.year,
    quarter: q.quarter,
    status: "opening",
    openedAt,
    peersLockedAt: endOfWitaDay(now, PEER_CHANGE_DAYS).toISOString(),
    dueAt: endOfWitaDay(now, DUE_DAYS).toISOString(),
    closesAt: endOfWitaDay(now, CLOSE_DAYS).toISOString(),
    openedBy,
    evaluations: 0,
    reviews: 0,
  };
  let cycle = fresh;
  let claimed = true;
  try {
    await ctx.db.entities.cycle.create(fresh).go();
  } catch (error) {
    claimed = false;
    if (!isConditionFailure(error)) throw error;
    cycle = await getCycle(ctx, q.id);
    // Open already, or closed: nothing to do. Still opening: an earlier run stopped half-way; finish it.
    if (cycle.status !== "opening") return { cycle: toCycle(cycle), created: false };
  }

  const { data: everyone } = await ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
  const staff = everyone.filter((s) => s.active);
  const active = new Set(staff.map((s) => s.id));
  const byUnit = new Map<string, StaffRecord[]>();
  for (const s of staff) {
    const members = byUnit.get(s.unitId) ?? [];
    members.push(s);
    byUnit.set(s.unitId, members);
  }
  const ringIndex = new Map<string, number>();
  for (const members of byUnit.values()) {
    members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    members.forEach((m, index) => ringIndex.set(m.id, index));
  }
  const evaluations: EvaluationRecord[] = [];
  const reviews: ReviewRecord[] = [];
  for (const person of staff) {
    const peers = suggestPeers(person, byUnit.get(person.unitId)!, ringIndex, q.quarter);
    const supervisorId = person.supervisorId !== NO_SUPERVISOR && active.has(person.supervisorId) ? person.supervisorId : NO_SUPERVISOR;
    const own = [
      reviewItem(ctx, cycle, person, "self", person.id),
      ...(supervisorId !== NO_SUPERVISOR ? [reviewItem(ctx, cycle, person, "supervisor", supervisorId)] : []),
      ...peers.map((peerId) => reviewItem(ctx, cycle, person, "peer", peerId)),
    ];
    reviews.push(...own);
    evaluations.push({
      cycleId: cycle.id,
      staffId: person.id,
      staffName: person.name,
      unitId: person.unitId,
      unitName: person.unitName,
      supervisorId,
      positionLevel: person.positionLevel,
      competencyIds: formCompetencies(person),
      peerIds: peers,
      progress: Object.fromEntries(own.map((r) => [r.reviewId, "outstanding"])),
      status: "open",
      planStatus: "none",
      createdAt: cycle.openedAt,
      updatedAt: cycle.openedAt,
    });
  }
  await putAll((items) => ctx.db.entities.evaluation.put(items).go({ unprocessed: "raw" }), evaluations);
  await putAll((items) => ctx.db.entities.review.put(items).go({ unprocessed: "raw" }), reviews);
  // Written before the cycle shows as open, so a run that stops half-way writes them when resumed.
  await putAll((items) => ctx.db.entities.notification.put(items).go({ unprocessed: "raw" }), cycleOpenedNotifications(ctx, cycle, reviews));
  const { data: opened } = await ctx.db.entities.cycle
    .patch({ id: cycle.id })
    .set({ status: "open", evaluations: evaluations.length, reviews: reviews.length })
    .where(({ status }, { eq }) => eq(status, "opening"))
    .go({ response: "all_new" })
    .catch(async (error) => {
      if (!isConditionFailure(error)) throw error;
      return { data: await getCycle(ctx, cycle.id) }; // a parallel run finished first
    });
  // Only the run that claimed the cycle reports it as created; a resumed or parallel run wrote the same items.
  return { cycle: toCycle({ ...cycle, ...opened }), created: claimed };
}

/**
 * One in-app notification per person with a review task in the cycle, linking to their
 * tasks. The id and the time are the cycle's, so a second or parallel run writes the very
 * same items (a BatchWrite put) and nobody is told twice.
 */
export function cycleOpenedNotifications(ctx: AppContext, cycle: CycleRecord, reviews: ReviewRecord[]) {
  const tasks = new Map<string, number>();
  for (const review of reviews) tasks.set(review.reviewerId, (tasks.get(review.reviewerId) ?? 0) + 1);
  const at: AppContext = { ...ctx, now: () => new Date(cycle.openedAt) };
  return [...tasks].map(([staffId, count]) =>
    notificationItem(at, {
      staffId,
      id: `cycle-open:${cycle.id}`,
      type: "cycle_opened",
      params: { cycleId: cycle.id, dueAt: cycle.dueAt, tasks: count },
      link: "/evaluasi",
    }),
  );
}

/**
 * Closes every open cycle whose time is up: outstanding reviews become missed and open
 * evaluations closed. Each write is conditional, so a second run changes nothing.
 */
export async function closeDueCycles(ctx: AppContext) {
  const now = ctx.now().toISOString();
  const { data: open } = await ctx.db.entities.cycle.query.byStatus({ status: "open" }).go({ pages: "all" });
  const closed: string[] = [];
  for (const cycle of open.filter((c) => c.closesAt <= now)) {
    const { data: outstanding } = await ctx.db.entities.review.query.byCycleState({ cycleId: cycle.id, state: "outstanding" }).go({ pages: "all" });
    await inParallel(outstanding, WRITE_CONCURRENCY, async (review) => {
      await ctx.db.entities.review
        .patch({ cycleId: review.cycleId, subjectId: review.subjectId, reviewId: review.reviewId })
        .set({ state: "missed", reviewerId: review.reviewerId, updatedAt: now })
        .where(({ state }, { eq }) => eq(state, "outstanding"))
        .go()
        .catch((error) => {
          if (!isConditionFailure(error)) throw error;
        });
    });
    const { data: evaluations } = await ctx.db.entities.evaluation.query.byCycle({ cycleId: cycle.id }).go({ pages: "all" });
    // Open evaluations close; one rated before every review was in keeps its rating, its missing reviews become missed.
    const outstandingIn = (e: EvaluationRecord) => Object.values(e.progress as Record<string, string>).includes("outstanding");
    const toClose = evaluations.filter((e) => e.status === "open" || (e.status === "finalized" && outstandingIn(e)));
    await inParallel(toClose, WRITE_CONCURRENCY, async (evaluation) => {
      const progress = Object.fromEntries(
        Object.entries(evaluation.progress as Record<string, string>).map(([id, state]) => [id, state === "outstanding" ? "missed" : state]),
      );
      const was = evaluation.status;
      await ctx.db.entities.evaluation
        .patch({ cycleId: cycle.id, staffId: evaluation.staffId })
        .set({ status: was === "open" ? "closed" : was, progress, updatedAt: now })
        .where(({ status }, { eq }) => eq(status, was))
        .go()
        .catch((error) => {
          if (!isConditionFailure(error)) throw error;
        });
    });
    await ctx.db.entities.cycle
      .patch({ id: cycle.id })
      .set({ status: "closed", closedAt: now })
      .where(({ status }, { eq }) => eq(status, "open"))
      .go()
      .catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
    closed.push(cycle.id);
  }
  return { closed };
}

/** Completion per unit: how many reviews are submitted, outstanding, missed; how many evaluations are finalized. */
export async function cycleDashboard(ctx: AppContext, cycleId: string) {
  const cycle = await getCycle(ctx, cycleId);
  const { data } = await ctx.db.entities.evaluation.query.byCycle({ cycleId }).go({ pages: "all" });
  const units = new Map<string, { unitId: string; unitName: string; evaluations: number; finalized: number; submitted: number; outstanding: number; missed: number }>();
  for (const e of data) {
    const unit = units.get(e.unitId) ?? { unitId: e.unitId, unitName: e.unitName, evaluations: 0, finalized: 0, submitted: 0, outstanding: 0, missed: 0 };
    unit.evaluations++;
    if (e.status === "finalized") unit.finalized++;
    for (const state of Object.values(e.progress as Record<string, "outstanding" | "submitted" | "missed">)) unit[state]++;
    units.set(e.unitId, unit);
  }
  const rows = [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName));
  return { cycle: toCycle(cycle), units: rows.map((u) => ({ ...u, completion: Math.round((u.submitted / Math.max(1, u.submitted + u.outstanding + u.missed)) * 100) })) };
}
