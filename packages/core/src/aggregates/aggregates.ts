import { competencies, standardLevels } from "../competencies/competencies";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { evaluationId } from "../evaluations/evaluations";
import { unitByCode } from "../forum-answers/deadlines";
import { NO_SUPERVISOR } from "../staff/staff.entity";
import { ANSWER_DAYS } from "../topics/topics";
import { writeTogether } from "../transaction";
import { DAY_MS, witaMonth, witaYear } from "../time";
import type { PositionLevel } from "../values";

// The dashboards' aggregates. A subject's figures are derived from its facts (Queries, never a
// Scan) by `deriveStaff` / `deriveTopic`; `refresh*` writes them when they changed, and moves its
// unit's counters by the difference of the old and new contribution in the same transaction,
// under version conditions. Refreshing is idempotent: an event delivered twice, or a rebuild of
// everything, leaves the same figures.

export type StaffFigures = Item<"staffFigures">;
export type TopicFigures = Item<"topicFigures">;
export type UnitFigures = Item<"unitFigures">;
export type Counters = Record<string, number>;

/** The quarters kept per person (two years). */
const QUARTERS_KEPT = 8;
/** Months of mentoring sessions kept per person. */
const MONTHS_KEPT = 12;
/** JP above this share one histogram bucket (the median reads "60 or more"). */
export const JP_BUCKET_CAP = 60;
/** Days to a first answer above this share one bucket. */
export const ANSWER_DAYS_CAP = 60;

const competencyName = new Map(competencies.map((c) => [c.id, c.name]));

// ---- Counter names ----------------------------------------------------------------------------

/** Every counter a unit keeps, by name; the read side uses the same names. */
export const counter = {
  staff: "staff",
  level: (level: string) => `level:${level}`,
  jpBucket: (year: number, jp: number) => `jp:${year}:h:${Math.min(Math.max(0, Math.floor(jp)), JP_BUCKET_CAP)}`,
  categoryPeople: (year: number, category: string) => `cat:${year}:${category}:people`,
  categoryJp: (year: number, category: string) => `cat:${year}:${category}:jp`,
  evaluations: (cycleId: string) => `ev:${cycleId}:n`,
  evaluationPart: (cycleId: string, part: "self" | "supervisor" | "peers" | "final") => `ev:${cycleId}:${part}`,
  rating: (cycleId: string, rating: string) => `ev:${cycleId}:r:${rating}`,
  gapSum: (competencyId: string) => `gap:${competencyId}:sum`,
  gapPeople: (competencyId: string) => `gap:${competencyId}:n`,
  pelaksana: "mentoring:pelaksana",
  covered: "mentoring:covered",
  sessions: (month: string) => `sessions:${month}`,
  topics: "forum:topics",
  openTopics: "forum:open",
  answered: "forum:answered",
  onTime: "forum:ontime",
  answerDays: (days: number) => `forum:fa:${Math.min(days, ANSWER_DAYS_CAP)}`,
};

/** a + sign x b, without zero entries (so equal sums compare equal). */
export function addCounters(a: Counters, b: Counters, sign = 1): Counters {
  const out: Counters = { ...a };
  for (const [name, value] of Object.entries(b)) {
    const next = (out[name] ?? 0) + sign * value;
    if (Math.abs(next) < 1e-9) delete out[name];
    else out[name] = Math.round(next * 1e6) / 1e6;
  }
  return out;
}

// ---- What one person adds to their unit -------------------------------------------------------

/** One quarter of a person's figures: their reviews' progress, final rating and plan. */
export interface ReviewProgress {
  self: string | null;
  supervisor: string | null;
  peersSubmitted: number;
  peersTotal: number;
  finalRating: string | null;
  planStatus: string;
}

type Derived = Omit<StaffFigures, "version" | "refreshedAt">;

export function staffContribution(row: Omit<Derived, "contribution">): Counters {
  const c: Counters = { [counter.staff]: 1, [counter.level(row.positionLevel)]: 1 };
  const bump = (name: string, by = 1) => (c[name] = (c[name] ?? 0) + by);
  for (const [year, jp] of Object.entries(row.jpByYear as Record<string, number>)) bump(counter.jpBucket(Number(year), jp));
  for (const [category, jp] of Object.entries(row.categories as Record<string, number>)) {
    bump(counter.categoryPeople(row.year, category));
    bump(counter.categoryJp(row.year, category), jp);
  }
  for (const [cycleId, r] of Object.entries(row.reviews as Record<string, ReviewProgress>)) {
    bump(counter.evaluations(cycleId));
    if (r.self === "submitted") bump(counter.evaluationPart(cycleId, "self"));
    if (r.supervisor === "submitted") bump(counter.evaluationPart(cycleId, "supervisor"));
    if (r.peersTotal > 0 && r.peersSubmitted >= r.peersTotal) bump(counter.evaluationPart(cycleId, "peers"));
    if (r.finalRating) {
      bump(counter.evaluationPart(cycleId, "final"));
      bump(counter.rating(cycleId, r.finalRating));
    }
  }
  for (const [competencyId, gap] of Object.entries(row.gaps as Record<string, number>)) {
    bump(counter.gapSum(competencyId), gap);
    bump(counter.gapPeople(competencyId));
  }
  if (row.positionLevel === "pelaksana") {
    bump(counter.pelaksana);
    if (row.mentoring) bump(counter.covered);
  }
  for (const [month, sessions] of Object.entries(row.sessionsByMonth as Record<string, number>)) bump(counter.sessions(month), sessions);
  return addCounters({}, c);
}

// ---- Deriving a person's figures from their facts ----------------------------------------------

/** Staff records read while deriving many people (a rebuild): each supervisor is read once. */
export type StaffCache = Map<string, Item<"staff"> | null>;

async function staffRecord(ctx: AppContext, id: string, cache?: StaffCache) {
  if (cache?.has(id)) return cache.get(id)!;
  const { data } = await ctx.db.entities.staff.get({ id }).go();
  cache?.set(id, data ?? null);
  return data ?? null;
}

/** "/top/.../supervisor/id/", walking up the supervisors (a loop is cut where it closes). */
async function pathOf(ctx: AppContext, staff: Item<"staff">, cache?: StaffCache): Promise<string> {
  const chain = [staff.id];
  let supervisorId = staff.supervisorId;
  while (supervisorId && supervisorId !== NO_SUPERVISOR && !chain.includes(supervisorId) && chain.length < 20) {
    const supervisor = await staffRecord(ctx, supervisorId, cache);
    if (!supervisor) break;
    chain.unshift(supervisor.id);
    supervisorId = supervisor.supervisorId;
  }
  return `/${chain.join("/")}/`;
}

/**
 * A person's figures now, from their staff record, learning ledger, enrollments, evaluations
 * and mentoring relations; null for someone inactive or gone (they leave every figure).
 */
export async function deriveStaff(ctx: AppContext, staffId: string, cache?: StaffCache): Promise<Derived | null> {
  const staff = await staffRecord(ctx, staffId, cache);
  if (!staff || !staff.active) return null;
  const now = ctx.now();
  const nowIso = now.toISOString();
  const year = witaYear(now);
  const e = ctx.db.entities;
  const [ledger, enrollments, evaluations, asMentee, asMentor, path] = await Promise.all([
    e.ledgerEntry.query.byStaff({ staffId }).gte({ year: year - 1 }).go({ pages: "all" }),
    e.enrollment.query.byStaff({ staffId }).gte({ courseStartsAt: String(year - 1) }).go({ pages: "all" }),
    e.evaluation.query.byStaff({ staffId }).go({ order: "desc", limit: QUARTERS_KEPT }),
    e.mentorship.query.byMentee({ menteeId: staffId }).go({ pages: "all" }),
    e.mentorship.query.byMentor({ mentorId: staffId }).go({ pages: "all" }),
    pathOf(ctx, staff, cache),
  ]);

  const approved = ledger.data.filter((entry) => entry.status === "approved");
  const jpByYear: Record<string, number> = { [year - 1]: 0, [year]: 0 };
  for (const entry of approved) jpByYear[entry.year] = (jpByYear[entry.year] ?? 0) + entry.jp;

  // Courses: the categories of this year's credited ones, the JP of the seats still ahead.
  const open = enrollments.data.filter((en) => en.status === "enrolled" || en.status === "waitlisted");
  const courseIds = [...new Set([...approved.filter((en) => en.year === year && en.courseId).map((en) => en.courseId!), ...open.map((en) => en.courseId)])];
  const [courses, waitlists] = await Promise.all([
    courseIds.length ? e.course.get(courseIds.map((id) => ({ id }))).go({ attributes: ["id", "category", "jp", "status"] }) : { data: [] },
    Promise.all(
      open
        .filter((en) => en.status === "waitlisted")
        .map(async (en) => {
          const { data } = await e.enrollment.query.byCourseStatus({ courseId: en.courseId, status: "waitlisted" }).go({ pages: "all", attributes: ["staffId"] });
          return [en.courseId, data.findIndex((w) => w.staffId === staffId) + 1] as const;
        }),
    ),
  ]);
  const courseOf = new Map(courses.data.map((c) => [c.id, c]));
  const categories: Record<string, number> = {};
  for (const entry of approved) {
    if (entry.year !== year) continue;
    const category = entry.courseId ? courseOf.get(entry.courseId)?.category : undefined;
    const key = category ?? (entry.source === "course" ? "other" : entry.source);
    categories[key] = (categories[key] ?? 0) + entry.jp;
  }
  const live = open.filter((en) => courseOf.get(en.courseId)?.status !== "cancelled");
  const position = new Map(waitlists);
  const upcoming = live
    .map((en) => ({
      courseId: en.courseId,
      title: en.courseTitle,
      startsAt: en.courseStartsAt,
      status: en.status,
      jp: courseOf.get(en.courseId)?.jp ?? 0,
      waitlistPosition: en.status === "waitlisted" ? (position.get(en.courseId) ?? null) || null : null,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.courseId.localeCompare(b.courseId));
  const planned = upcoming.filter((c) => c.status === "enrolled").reduce((sum, c) => sum + c.jp, 0);

  // Evaluations: each quarter's review progress, rating and plan; the open items of the latest plan.
  const reviews: Record<string, ReviewProgress> = {};
  for (const ev of evaluations.data) {
    const progress = ev.progress as Record<string, string>;
    const peers = Object.entries(progress).filter(([id]) => id.startsWith("peer-"));
    reviews[ev.cycleId] = {
      self: progress.self ?? null,
      supervisor: progress.supervisor ?? null,
      peersSubmitted: peers.filter(([, state]) => state === "submitted").length,
      peersTotal: peers.length,
      finalRating: ev.finalRating ?? null,
      planStatus: ev.planStatus,
    };
  }
  const withPlan = evaluations.data.find((ev) => ev.planStatus !== "none" && Array.isArray(ev.plan) && ev.plan.length);
  const planItems = ((withPlan?.plan as { id: string; competencyId: string; action: string; targetDate: string; status: string }[] | undefined) ?? [])
    .filter((item) => item.status === "planned" || item.status === "in_progress")
    .map((item) => ({
      evaluationId: evaluationId(withPlan!.cycleId, staffId),
      itemId: item.id,
      competencyId: item.competencyId,
      competencyName: competencyName.get(item.competencyId) ?? item.competencyId,
      action: item.action,
      targetDate: item.targetDate,
      status: item.status,
    }))
    .sort((a, b) => a.targetDate.localeCompare(b.targetDate));

  // Mentoring: the active relation as mentee, sessions to come and open actions on either side,
  // and the sessions held as mentee by month.
  const relations = [...asMentee.data.map((r) => ({ r, mentee: true })), ...asMentor.data.map((r) => ({ r, mentee: false }))];
  const active = relations.filter(({ r }) => r.status === "active");
  const since = witaMonth(new Date(now.getTime() - (MONTHS_KEPT - 1) * 31 * DAY_MS));
  const recentAsMentee = asMentee.data.filter((r) => r.status === "active" || r.status === "completed" || r.status === "cancelled").filter((r) => !r.endedAt || witaMonth(r.endedAt) >= since);
  const sessionsOf = new Map(
    await Promise.all(
      [...new Set([...active.map(({ r }) => r.id), ...recentAsMentee.map((r) => r.id)])].map(
        async (id) => [id, (await e.mentorshipSession.query.byMentorship({ mentorshipId: id }).go({ pages: "all" })).data] as const,
      ),
    ),
  );
  const upcomingSessions: { mentorshipId: string; date: string; withName: string }[] = [];
  const openActions: { mentorshipId: string; sessionId: string; text: string; withName: string }[] = [];
  for (const { r, mentee } of active) {
    const withName = mentee ? r.mentorName : r.menteeName;
    for (const s of sessionsOf.get(r.id) ?? []) {
      if (s.date >= nowIso && s.status !== "disputed") upcomingSessions.push({ mentorshipId: r.id, date: s.date, withName });
      for (const action of s.actions as { id: string; text: string; doneAt: string | null }[]) {
        if (!action.doneAt) openActions.push({ mentorshipId: r.id, sessionId: s.id, text: action.text, withName });
      }
    }
  }
  upcomingSessions.sort((a, b) => a.date.localeCompare(b.date));
  const sessionsByMonth: Record<string, number> = {};
  for (const r of recentAsMentee) {
    for (const s of sessionsOf.get(r.id) ?? []) {
      if (s.status === "disputed" || s.date > nowIso) continue;
      const month = witaMonth(s.date);
      if (month >= since) sessionsByMonth[month] = (sessionsByMonth[month] ?? 0) + 1;
    }
  }
  const mentoring = active.find(({ mentee }) => mentee)?.r.kind;

  const standard = standardLevels[staff.positionLevel as PositionLevel];
  const gaps = Object.fromEntries(Object.entries(staff.competencyLevels as Record<string, number>).map(([id, level]) => [id, level - standard]));

  const row = {
    staffId,
    unitId: staff.unitId,
    unitName: staff.unitName,
    name: staff.name,
    position: staff.position,
    positionLevel: staff.positionLevel,
    supervisorId: staff.supervisorId,
    path,
    year,
    jp: jpByYear[year] ?? 0,
    jpWhole: Math.floor(jpByYear[year] ?? 0),
    planned,
    jpByYear,
    categories,
    courses: upcoming,
    reviews,
    planItems,
    ...(mentoring ? { mentoring } : {}),
    upcomingSessions,
    openActions,
    gaps,
    sessionsByMonth,
  };
  return { ...row, contribution: staffContribution(row) };
}

// ---- A topic's part in its owner unit's responsiveness ----------------------------------------

/** What a topic adds to its owner unit (by the unit's id). */
export function topicFigures(topic: Item<"topic">, unitId: string): Omit<TopicFigures, "version" | "refreshedAt"> {
  const c: Counters = { [counter.topics]: 1 };
  if (topic.status !== "selesai" && topic.status !== "ditolak") c[counter.openTopics] = 1;
  if (topic.firstAnsweredAt) {
    const waited = (Date.parse(topic.firstAnsweredAt) - Date.parse(topic.createdAt)) / DAY_MS;
    c[counter.answered] = 1;
    if (waited <= ANSWER_DAYS) c[counter.onTime] = 1;
    c[counter.answerDays(Math.max(0, Math.floor(waited)))] = 1;
  }
  return { topicId: topic.id, unitId, contribution: c };
}

export async function deriveTopic(ctx: AppContext, topicId: string): Promise<Omit<TopicFigures, "version" | "refreshedAt"> | null> {
  const { data: topic } = await ctx.db.entities.topic.get({ id: topicId }).go();
  const unit = topic ? await unitByCode(ctx, topic.ownerUnitCode) : null;
  return topic && unit ? topicFigures(topic, unit.id) : null;
}

// ---- Writing: figures and their unit's counters together -----------------------------------------

class FiguresChanged extends Error {}

/** Values compared by content (stored maps come back in any key order). */
export function sameValue(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown) =>
    JSON.stringify(value, (_key, v) =>
      v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as object).sort(([x], [y]) => x.localeCompare(y))) : v,
    );
  return canonical(a) === canonical(b);
}

/** Whether stored figures say what was derived, their version and time aside. */
export function sameFigures(stored: { version?: number; refreshedAt?: string } | null | undefined, derived: object | null): boolean {
  if (!stored) return derived === null;
  const { version: _v, refreshedAt: _r, ...rest } = stored;
  return sameValue(rest, derived);
}

async function readUnits(ctx: AppContext, unitIds: string[]): Promise<Map<string, UnitFigures>> {
  const ids = [...new Set(unitIds)];
  if (!ids.length) return new Map();
  const { data } = await ctx.db.entities.unitFigures.get(ids.map((unitId) => ({ unitId }))).go();
  return new Map(data.map((u) => [u.unitId, u]));
}

type Kind = "staffFigures" | "topicFigures";
type Figures<K extends Kind> = K extends "staffFigures" ? StaffFigures : TopicFigures;

/**
 * Writes a subject's new figures (or removes them) and moves the counters of the unit(s) it
 * leaves and joins, all in one transaction under version conditions; a concurrent change of
 * any of them makes the caller read and derive again.
 */
async function commit<K extends Kind>(ctx: AppContext, kind: K, key: Record<string, string>, current: Figures<K> | null, next: Omit<Figures<K>, "version" | "refreshedAt"> | null) {
  const now = ctx.now().toISOString();
  const leaving = current ? { unitId: current.unitId, contribution: current.contribution as Counters } : null;
  const joining = next ? { unitId: next.unitId, contribution: next.contribution as Counters } : null;
  const units = await readUnits(ctx, [leaving?.unitId, joining?.unitId].filter((id): id is string => Boolean(id)));
  const counters = new Map([...units].map(([id, u]) => [id, u.counters as Counters]));
  if (leaving) counters.set(leaving.unitId, addCounters(counters.get(leaving.unitId) ?? {}, leaving.contribution, -1));
  if (joining) counters.set(joining.unitId, addCounters(counters.get(joining.unitId) ?? {}, joining.contribution));
  await writeTogether(
    ctx,
    (entities) => {
      const figures = entities[kind] as unknown as {
        put: (item: object) => { where: (fn: (attr: any, op: any) => string) => { commit: () => any } };
        delete: (key: object) => { where: (fn: (attr: any, op: any) => string) => { commit: () => any } };
      };
      const version = (attr: any, op: any) => (current ? op.eq(attr.version, current.version) : op.notExists(attr.version));
      const subject = next
        ? figures.put({ ...next, version: (current?.version ?? 0) + 1, refreshedAt: now }).where(version).commit()
        : figures.delete(key).where(version).commit();
      const unitWrites = [...counters].map(([unitId, values]) => {
        const stored = units.get(unitId);
        return entities.unitFigures
          .put({ unitId, counters: values, version: (stored?.version ?? 0) + 1, updatedAt: now })
          .where((attr, op) => (stored ? op.eq(attr.version, stored.version) : op.notExists(attr.version)))
          .commit();
      });
      return [subject, ...unitWrites];
    },
    () => new FiguresChanged(),
  );
}

/** Derives and writes until the write lands on what was read (a few rounds under contention). */
async function refresh<K extends Kind>(
  ctx: AppContext,
  kind: K,
  key: Record<string, string>,
  derive: () => Promise<Omit<Figures<K>, "version" | "refreshedAt"> | null>,
): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const entity = ctx.db.entities[kind] as unknown as { get: (key: object) => { go: () => Promise<{ data: Figures<K> | null }> } };
    const [{ data: current }, next] = await Promise.all([entity.get(key).go(), derive()]);
    if (sameFigures(current, next)) return false;
    try {
      await commit(ctx, kind, key, current, next);
      return true;
    } catch (error) {
      if (!(error instanceof FiguresChanged)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** attempt));
    }
  }
  throw new Error("The dashboard figures kept changing under this refresh; the event is retried");
}

/** Brings one person's figures up to date; true when anything changed. */
export const refreshStaff = (ctx: AppContext, staffId: string, cache?: StaffCache) =>
  refresh(ctx, "staffFigures", { staffId }, () => deriveStaff(ctx, staffId, cache));

/** Brings one topic's part in its unit's responsiveness up to date. */
export const refreshTopic = (ctx: AppContext, topicId: string) => refresh(ctx, "topicFigures", { topicId }, () => deriveTopic(ctx, topicId));

/** Everyone below a person in the hierarchy (their paths change with theirs). */
export async function descendantsOf(ctx: AppContext, staffId: string): Promise<string[]> {
  const found: string[] = [];
  let level = [staffId];
  while (level.length && found.length < 20_000) {
    const next = await Promise.all(level.map((id) => ctx.db.entities.staff.query.bySupervisor({ supervisorId: id }).go({ pages: "all", attributes: ["id"] })));
    level = next.flatMap((r) => r.data.map((s) => s.id)).filter((id) => id !== staffId && !found.includes(id));
    found.push(...level);
  }
  return found;
}
