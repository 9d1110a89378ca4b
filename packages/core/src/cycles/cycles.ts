import type { Item } from "../db";
import { competencies } from "../competencies/competencies";
import { inParallel } from "../concurrency";
import type { AppContext } from "../context";
import { isAdmin, type Actor } from "../actor";
import { AppError, forbidden, notFound } from "../errors";
import { notificationItem } from "../notifications/notifications";
import { NO_SUPERVISOR } from "../staff/staff.entity";
import type { StaffRecord } from "../staff/staff";
import { isConditionFailure } from "../transaction";
import { cycleView, type Cycle, type CycleDashboard, type OpenCycleResult } from "./cycles.schemas";
import type { ReviewState } from "../values";
import { endOfWitaDay, quarter, quarterOf, type Quarter } from "../time";

export type CycleRecord = Item<"cycle">;
export type EvaluationRecord = Item<"evaluation">;
export type ReviewRecord = Item<"review">;

/** Deadlines count in WITA days from the opening day and end at 23:59 WITA, whatever the minute the cycle opened. */
export { cycleView, type Cycle };

export const PEER_CHANGE_DAYS = 7;
export const DUE_DAYS = 21;
export const CLOSE_DAYS = 28;

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

/** The cycle, or an open-looking stand-in when there is none (nothing derived from a closing then). */
export async function findCycle(ctx: AppContext, id: string): Promise<Pick<CycleRecord, "status"> & Partial<CycleRecord>> {
  const { data } = await ctx.db.entities.cycle.get({ id }).go();
  return data ?? { status: "open" };
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

export function reviewItem(
  ctx: AppContext,
  cycle: CycleRecord,
  subject: Pick<StaffRecord, "id" | "name" | "unitId">,
  kind: "self" | "supervisor" | "peer",
  reviewerId: string,
): ReviewRecord {
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
 * evaluation and review has a key made of the cycle and the people. An admin opens it, or
 * the scheduler as `systemActor`.
 */
export async function openCycle(ctx: AppContext, actor: Actor, which?: { year: number; quarter: number }) {
  if (!isAdmin(actor)) throw forbidden("Only an admin opens an evaluation cycle");
  const now = ctx.now();
  const current = quarterOf(now);
  const q: Quarter = which ? quarter(which.year, which.quarter) : current;
  if (q.id !== current.id) {
    throw new AppError(422, "not_current_quarter", `Only the current quarter (${current.id}) can be opened`);
  }
  const fresh = newCycleRecord(q, now, actor.id, "opening");
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
  const { evaluations, reviews } = cycleEvaluations(ctx, cycle, everyone.filter((s) => s.active));
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

/** A quarter's cycle opened at `openedAt`, its deadlines counted from that day (WITA). */
export function newCycleRecord(q: Quarter, openedAt: Date, openedBy: string, status: CycleRecord["status"]): CycleRecord {
  return {
    id: q.id,
    year: q.year,
    quarter: q.quarter,
    status,
    openedAt: openedAt.toISOString(),
    peersLockedAt: endOfWitaDay(openedAt, PEER_CHANGE_DAYS).toISOString(),
    dueAt: endOfWitaDay(openedAt, DUE_DAYS).toISOString(),
    closesAt: endOfWitaDay(openedAt, CLOSE_DAYS).toISOString(),
    openedBy,
    evaluations: 0,
    reviews: 0,
  };
}

/**
 * What a cycle holds for its active staff: an evaluation each, with its self, supervisor and
 * peer reviews (peers suggested within the unit, rotating by quarter). The keys are the cycle's
 * and the people's, so writing them again writes the same items.
 */
export function cycleEvaluations(ctx: AppContext, cycle: CycleRecord, staff: StaffRecord[]) {
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
    const peers = suggestPeers(person, byUnit.get(person.unitId)!, ringIndex, cycle.quarter);
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
  return { evaluations, reviews };
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
 * What a review and an evaluation are as of their cycle. A review not submitted by the
 * time its cycle closed is missed, and an evaluation still open then is closed: both follow
 * from the cycle, so closing writes neither and every reader derives them here. (Reviews
 * and evaluations closed before this rule still hold "missed"/"closed"; they read the same.)
 */
export function asOfCycle(cycle: Pick<CycleRecord, "status">) {
  const closed = cycle.status === "closed";
  const review = (state: ReviewState): ReviewState => (closed && state !== "submitted" ? "missed" : state);
  return {
    closed,
    review,
    /** An evaluation's status and its review states by review id. */
    evaluation: <E extends Pick<EvaluationRecord, "status" | "progress">>(e: E): Omit<E, "status" | "progress"> & { status: EvaluationRecord["status"]; progress: Record<string, ReviewState> } => ({
      ...e,
      status: closed && e.status === "open" ? ("closed" as const) : e.status,
      progress: Object.fromEntries(Object.entries(e.progress as Record<string, ReviewState>).map(([id, state]) => [id, review(state)])) as Record<string, ReviewState>,
    }),
  };
}
export type { ReviewState };

/**
 * Closes every open cycle whose time is up: one conditional write per cycle, whatever the
 * staff count. Its outstanding reviews are missed and its open evaluations closed from then
 * on (derived by `asOfCycle`), and no review can be submitted any more. A second run changes nothing.
 */
export async function closeDueCycles(ctx: AppContext) {
  const now = ctx.now().toISOString();
  const { data: open } = await ctx.db.entities.cycle.query.byStatus({ status: "open" }).go({ pages: "all" });
  const closed: string[] = [];
  for (const cycle of open.filter((c) => c.closesAt <= now)) {
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
export async function cycleDashboard(ctx: AppContext, cycleId: string): Promise<CycleDashboard> {
  const cycle = await getCycle(ctx, cycleId);
  const { data } = await ctx.db.entities.evaluation.query.byCycle({ cycleId }).go({ pages: "all" });
  const units = new Map<string, { unitId: string; unitName: string; evaluations: number; finalized: number; submitted: number; outstanding: number; missed: number }>();
  const asOf = asOfCycle(cycle);
  for (const stored of data) {
    const e = asOf.evaluation(stored);
    const unit = units.get(e.unitId) ?? { unitId: e.unitId, unitName: e.unitName, evaluations: 0, finalized: 0, submitted: 0, outstanding: 0, missed: 0 };
    unit.evaluations++;
    if (e.status === "finalized") unit.finalized++;
    for (const state of Object.values(e.progress)) unit[state]++;
    units.set(e.unitId, unit);
  }
  const rows = [...units.values()].sort((a, b) => a.unitName.localeCompare(b.unitName));
  return { cycle: toCycle(cycle), units: rows.map((u) => ({ ...u, completion: Math.round((u.submitted / Math.max(1, u.submitted + u.outstanding + u.missed)) * 100) })) };
}
