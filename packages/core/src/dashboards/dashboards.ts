import { isAdmin, hasRole, type Actor } from "../actor";
import { JP_BUCKET_CAP, ANSWER_DAYS_CAP, counter, addCounters, type Counters, type ReviewProgress, type StaffFigures } from "../aggregates/aggregates";
import { CLOSE_DAYS, DUE_DAYS } from "../cycles/cycles";
import { evaluationId } from "../evaluations/evaluations";
import { competencies } from "../competencies/competencies";
import type { AppContext } from "../context";
import { forbidden, notFound } from "../errors";
import { listNotifications } from "../notifications/notifications";
import { progressOf } from "../programs/programs";
import { DAY_MS, quarter, quarterOf, witaMonth, witaYear } from "../time";
import { courseCategories, finalRatings, positionLevels, type FinalRating } from "../values";
import type {
  CityDashboard,
  DashboardYearQuery,
  EvaluationFigures,
  GapsDashboard,
  GapsQuery,
  JpPace,
  MyDashboard,
  TeamDashboard,
  TeamMember,
  UnitDashboard,
  UnitFigures,
} from "./dashboards.schemas";

// The dashboards, read from the aggregates (packages/core/src/aggregates): each costs a handful
// of DynamoDB requests whatever the number of staff, and says when its figures were computed.

export const JP_TARGET = 20;
/** Cells of the heat map with fewer people than this are hidden. */
export const MIN_CELL_PEOPLE = 5;

// ---- The pace -----------------------------------------------------------------------------------

/** The share of the WITA year gone by `now`, 0-1. */
export function yearShare(now: Date): number {
  const year = witaYear(now);
  const start = Date.parse(quarter(year, 1).startsAt);
  const end = Date.parse(quarter(year + 1, 1).startsAt);
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)));
}

/**
 * What the pace asks for by `now`: 20 JP x (share of the year gone)^2, so 5 JP at the end of
 * June and 20 at the end of December. Courses run mostly in the second half of the year, so
 * the pace starts slow. For a past year the whole 20; for a year to come nothing.
 */
export function expectedJp(now: Date, year = witaYear(now)): number {
  const current = witaYear(now);
  if (year < current) return JP_TARGET;
  if (year > current) return 0;
  return Math.round(JP_TARGET * yearShare(now) ** 2 * 10) / 10;
}

export function jpPace(earned: number, planned: number, now: Date, year = witaYear(now)): JpPace {
  const expectedByNow = expectedJp(now, year);
  return { earned, planned, target: JP_TARGET, expectedByNow, atRisk: earned < expectedByNow, reachesTarget: earned + planned >= JP_TARGET };
}

// ---- Figures from counters ------------------------------------------------------------------------

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0);

/** The median of a histogram { value: count }, or null when it is empty. */
function medianOf(histogram: Map<number, number>): number | null {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (!total) return null;
  const values = [...histogram.keys()].sort((a, b) => a - b);
  const at = (rank: number) => {
    let seen = 0;
    for (const value of values) {
      seen += histogram.get(value)!;
      if (seen > rank) return value;
    }
    return values.at(-1)!;
  };
  return total % 2 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

function histogram(counters: Counters, prefix: string, cap: number): Map<number, number> {
  const out = new Map<number, number>();
  for (let value = 0; value <= cap; value++) {
    const count = counters[`${prefix}${value}`];
    if (count) out.set(value, count);
  }
  return out;
}

/** The quarters ending with `cycleId`, oldest first. */
function lastQuarters(cycleId: string, count: number): string[] {
  const [year, q] = cycleId.split("-Q").map(Number) as [number, number];
  const ids: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 4 + (q - 1) - i;
    ids.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
  }
  return ids;
}

/** "YYYY-MM" of the last `count` months up to `now`, oldest first. */
function lastMonths(now: Date, count: number): string[] {
  const [year, month] = witaMonth(now).split("-").map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const index = year * 12 + (month - 1) - i;
    out.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`);
  }
  return out;
}

function evaluationFigures(counters: Counters, cycleId: string): EvaluationFigures {
  const get = (name: string) => counters[name] ?? 0;
  return {
    cycleId,
    total: get(counter.evaluations(cycleId)),
    self: get(counter.evaluationPart(cycleId, "self")),
    supervisor: get(counter.evaluationPart(cycleId, "supervisor")),
    peers: get(counter.evaluationPart(cycleId, "peers")),
    final: get(counter.evaluationPart(cycleId, "final")),
    ratings: Object.fromEntries(finalRatings.map((r) => [r, get(counter.rating(cycleId, r))])) as Record<FinalRating, number>,
  };
}

interface Scope {
  year: number;
  cycleId: string;
  now: Date;
}

/** One unit's figures (or a scope's totals) from its counters. */
export function figuresOf(counters: Counters, unit: { unitId: string; code: string; name: string }, scope: Scope): UnitFigures {
  const get = (name: string) => counters[name] ?? 0;
  const staff = get(counter.staff);
  const jp = histogram(counters, `jp:${scope.year}:h:`, JP_BUCKET_CAP);
  const expected = expectedJp(scope.now, scope.year);
  let atTarget = 0;
  let atRisk = 0;
  for (const [value, count] of jp) {
    if (value >= JP_TARGET) atTarget += count;
    if (value < expected) atRisk += count;
  }
  const current = scope.year === witaYear(scope.now);
  const forecastAtTarget = current ? staff - atRisk : atTarget;
  const answerDays = histogram(counters, "forum:fa:", ANSWER_DAYS_CAP);
  const answered = get(counter.answered);
  return {
    ...unit,
    staff,
    jp: { atTarget, shareAtTarget: share(atTarget, staff), median: medianOf(jp) ?? 0, atRisk, forecastAtTarget, forecastShare: share(forecastAtTarget, staff) },
    categories: courseCategories.map((category) => ({ category, people: get(counter.categoryPeople(scope.year, category)), jp: get(counter.categoryJp(scope.year, category)) })),
    evaluations: evaluationFigures(counters, scope.cycleId),
    trend: lastQuarters(scope.cycleId, 4).map((id) => evaluationFigures(counters, id)),
    mentoring: {
      pelaksana: get(counter.pelaksana),
      covered: get(counter.covered),
      share: share(get(counter.covered), get(counter.pelaksana)),
      sessionsByMonth: lastMonths(scope.now, 6).map((month) => ({ month, sessions: get(counter.sessions(month)) })),
    },
    forum: {
      open: get(counter.openTopics),
      answered,
      medianDaysToFirstAnswer: medianOf(answerDays),
      shareOnTime: answered ? share(get(counter.onTime), answered) : null,
    },
  };
}

function scopeOf(ctx: AppContext, query: DashboardYearQuery): Scope {
  const now = ctx.now();
  const current = quarterOf(now);
  const year = query.year ?? current.year;
  const q = query.quarter ?? (year === current.year ? current.quarter : 4);
  return { now, year, cycleId: `${year}-Q${q}` };
}

const newest = (moments: (string | undefined)[], fallback: Date) =>
  moments.filter((m): m is string => Boolean(m)).sort().at(-1) ?? fallback.toISOString();

// ---- The person ---------------------------------------------------------------------------------

/** Beranda: three requests (the person's figures, their open reviews, their notifications). */
export async function myDashboard(ctx: AppContext, actor: Actor): Promise<MyDashboard> {
  const now = ctx.now();
  const year = witaYear(now);
  const [{ data: row }, { data: reviews }, notifications] = await Promise.all([
    ctx.db.entities.staffFigures.get({ staffId: actor.id }).go(),
    ctx.db.entities.review.query.byReviewer({ reviewerId: actor.id }).begins({ state: "outstanding" }).go({ pages: "all" }),
    listNotifications(ctx, actor.id),
  ]);
  const earned = (row?.jpByYear as Record<string, number> | undefined)?.[year] ?? 0;
  const nowIso = now.toISOString();
  // A review is open until its cycle closes, a week after it is due.
  const closesAfterDue = (CLOSE_DAYS - DUE_DAYS) * DAY_MS;
  return {
    asOf: row?.refreshedAt ?? nowIso,
    year,
    jp: jpPace(earned, row?.year === year ? row.planned : 0, now),
    courses: (row?.courses ?? []) as MyDashboard["courses"],
    reviews: reviews
      .filter((r) => Date.parse(r.dueAt) + closesAfterDue > now.getTime())
      .map((r) => ({ evaluationId: evaluationId(r.cycleId, r.subjectId), reviewId: r.reviewId, kind: r.kind, subjectName: r.subjectName, dueAt: r.dueAt }))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt)),
    planItems: (row?.planItems ?? []) as MyDashboard["planItems"],
    mentoring: {
      nextSession: ((row?.upcomingSessions ?? []) as NonNullable<MyDashboard["mentoring"]["nextSession"]>[]).find((s) => s.date >= nowIso) ?? null,
      openActions: (row?.openActions ?? []) as MyDashboard["mentoring"]["openActions"],
    },
    notifications: { unread: notifications.unreadCount },
  };
}

// ---- The supervisor's subtree -------------------------------------------------------------------

type ReviewStateOrNone = NonNullable<TeamMember["review"]>["self"];

const ATTENTION_ORDER: TeamMember["attention"] = ["jp_at_risk", "self_outstanding", "supervisor_outstanding", "plan_submitted", "no_plan"];

/** Tim saya: the supervisor's whole subtree, who needs attention first; five requests or fewer. */
export async function teamDashboard(ctx: AppContext, actor: Actor): Promise<TeamDashboard> {
  if (!hasRole(actor, "supervisor") && !isAdmin(actor)) throw forbidden("The team dashboard is for supervisors");
  const now = ctx.now();
  const year = witaYear(now);
  const cycleId = quarterOf(now).id;
  const e = ctx.db.entities;
  const [{ data: own }, pending, { data: plans }, { data: cycle }] = await Promise.all([
    e.staffFigures.get({ staffId: actor.id }).go(),
    e.ledgerEntry.query.bySupervisor({ supervisorId: actor.id }).begins({ status: "pending" }).go({ pages: "all", attributes: ["id"] }),
    e.evaluation.query.bySupervisor({ supervisorId: actor.id, cycleId }).go({ pages: "all", attributes: ["planStatus"] }),
    e.cycle.get({ id: cycleId }).go(),
  ]);
  const path = own?.path ?? `/${actor.id}/`;
  const { data: below } = await e.staffFigures.query.byPath({}).begins({ path }).go({ pages: "all" });
  const depthOf = (row: StaffFigures) => row.path.slice(path.length).split("/").filter(Boolean).length;
  const closed = cycle?.status === "closed";
  const members = below
    .filter((row) => row.staffId !== actor.id)
    .map((row): TeamMember => {
      const jp = jpPace((row.jpByYear as Record<string, number>)[year] ?? 0, row.year === year ? row.planned : 0, now);
      const r = (row.reviews as Record<string, ReviewProgress>)[cycleId];
      const state = (s: string | null) => (s && closed && s !== "submitted" ? "missed" : s) as ReviewStateOrNone;
      const review = r
        ? { cycleId, self: state(r.self), supervisor: state(r.supervisor), peersSubmitted: r.peersSubmitted, peersTotal: r.peersTotal, finalRating: (r.finalRating ?? null) as FinalRating | null, planStatus: r.planStatus as NonNullable<TeamMember["review"]>["planStatus"] }
        : null;
      const attention = ATTENTION_ORDER.filter((flag) => {
        if (flag === "jp_at_risk") return jp.atRisk;
        if (!review) return false;
        if (flag === "self_outstanding") return review.self === "outstanding";
        if (flag === "supervisor_outstanding") return review.supervisor === "outstanding";
        if (flag === "plan_submitted") return review.planStatus === "submitted";
        return Boolean(review.finalRating) && review.planStatus === "none";
      });
      return {
        staffId: row.staffId,
        name: row.name,
        position: row.position,
        unitName: row.unitName,
        depth: depthOf(row),
        jp,
        review,
        mentoring: (row.mentoring ?? null) as TeamMember["mentoring"],
        attention,
      };
    })
    .sort((a, b) => {
      const rank = (m: TeamMember) => (m.attention.length ? ATTENTION_ORDER.indexOf(m.attention[0]!) : ATTENTION_ORDER.length);
      return rank(a) - rank(b) || b.attention.length - a.attention.length || a.jp.earned - b.jp.earned || a.name.localeCompare(b.name);
    });
  return {
    asOf: newest(below.map((r) => r.refreshedAt), now),
    year,
    cycleId,
    members,
    approvals: { externalTraining: pending.data.length, plans: plans.filter((p) => p.planStatus === "submitted").length },
    totals: {
      members: members.length,
      atRisk: members.filter((m) => m.jp.atRisk).length,
      atTarget: members.filter((m) => m.jp.earned >= JP_TARGET).length,
      finalRated: members.filter((m) => m.review?.finalRating).length,
    },
  };
}

// ---- Units and the city -------------------------------------------------------------------------

async function programsOf(ctx: AppContext, unitCode?: string) {
  const e = ctx.db.entities.program;
  const { data } = unitCode ? await e.query.byUnit({ unitCode }).go({ pages: "all" }) : await e.query.recent({}).go({ order: "desc", pages: "all" });
  return data.map((p) => ({ id: p.id, title: p.title, unitName: p.unitName, status: p.status, progress: progressOf(p) }));
}

/** BKPSDM: every unit, and the city's totals summed from the same rows; three requests. */
export async function cityDashboard(ctx: AppContext, actor: Actor, query: DashboardYearQuery): Promise<CityDashboard> {
  if (!isAdmin(actor)) throw forbidden("The city dashboard is for BKPSDM (admins)");
  const scope = scopeOf(ctx, query);
  const [{ data: stored }, { data: units }, programs] = await Promise.all([
    ctx.db.entities.unitFigures.query.byUnit({}).go({ pages: "all" }),
    ctx.db.entities.unit.query.all({}).go({ pages: "all" }),
    programsOf(ctx),
  ]);
  const countersOf = new Map(stored.map((u) => [u.unitId, u.counters as Counters]));
  const rows = units
    .map((u) => figuresOf(countersOf.get(u.id) ?? {}, { unitId: u.id, code: u.code, name: u.name }, scope))
    .sort((a, b) => a.name.localeCompare(b.name));
  const total = units.reduce((sum, u) => addCounters(sum, countersOf.get(u.id) ?? {}), {} as Counters);
  return {
    asOf: newest(stored.map((u) => u.updatedAt), scope.now),
    year: scope.year,
    quarter: Number(scope.cycleId.slice(-1)),
    cycleId: scope.cycleId,
    units: rows,
    totals: figuresOf(total, { unitId: "", code: "", name: "Kota Mataram" }, scope),
    programs,
  };
}

/** Whether someone heads a unit: in it, at its highest position level (from its counters). */
function headsUnit(own: StaffFigures | null, unitId: string, counters: Counters): boolean {
  if (!own || own.unitId !== unitId) return false;
  const highest = [...positionLevels].reverse().find((level) => (counters[counter.level(level)] ?? 0) > 0);
  return highest === own.positionLevel;
}

/** One unit, for its head or an admin: its figures, the people behind the pace, its programs; five requests. */
export async function unitDashboard(ctx: AppContext, actor: Actor, unitId: string, query: DashboardYearQuery): Promise<UnitDashboard> {
  const scope = scopeOf(ctx, query);
  const e = ctx.db.entities;
  const [{ data: unit }, { data: stored }, { data: own }] = await Promise.all([
    e.unit.get({ id: unitId }).go(),
    e.unitFigures.get({ unitId }).go(),
    isAdmin(actor) ? Promise.resolve({ data: null }) : e.staffFigures.get({ staffId: actor.id }).go(),
  ]);
  const counters = (stored?.counters ?? {}) as Counters;
  if (!isAdmin(actor) && !headsUnit(own, unitId, counters)) throw forbidden("A unit's dashboard is for its head and for admins");
  if (!unit) throw notFound("No such unit");
  const expected = expectedJp(scope.now, scope.year);
  const [behind, programs] = await Promise.all([
    // Bounded below too: the unit's ledger entries of the year share the index partition and sort before its figures.
    e.staffFigures.query.byUnitJp({ unitId, year: witaYear(scope.now) }).between({ jpWhole: 0 }, { jpWhole: Math.ceil(expected) }).go({ pages: "all" }),
    programsOf(ctx, unit.code),
  ]);
  return {
    asOf: stored?.updatedAt ?? scope.now.toISOString(),
    year: scope.year,
    quarter: Number(scope.cycleId.slice(-1)),
    cycleId: scope.cycleId,
    unit: figuresOf(counters, { unitId, code: unit.code, name: unit.name }, scope),
    // The list is this year's: the index holds each person's current-year JP.
    atRisk: scope.year === witaYear(scope.now)
      ? behind.data.filter((row) => row.jp < expected).map((row) => ({ staffId: row.staffId, name: row.name, position: row.position, jp: row.jp, planned: row.planned }))
      : [],
    programs,
  };
}

// ---- The competency-gap heat map -------------------------------------------------------------------

/** Units down, competencies across; admins see every unit (and one unit's people), a unit head their own row. */
export async function gapsDashboard(ctx: AppContext, actor: Actor, query: GapsQuery): Promise<GapsDashboard> {
  const e = ctx.db.entities;
  const admin = isAdmin(actor);
  let rows: { unitId: string; name: string; counters: Counters; updatedAt?: string }[];
  if (admin) {
    const [{ data: stored }, { data: units }] = await Promise.all([e.unitFigures.query.byUnit({}).go({ pages: "all" }), e.unit.query.all({}).go({ pages: "all" })]);
    const byId = new Map(stored.map((u) => [u.unitId, u]));
    rows = units.map((u) => ({ unitId: u.id, name: u.name, counters: (byId.get(u.id)?.counters ?? {}) as Counters, updatedAt: byId.get(u.id)?.updatedAt })).sort((a, b) => a.name.localeCompare(b.name));
  } else {
    const { data: own } = await e.staffFigures.get({ staffId: actor.id }).go();
    if (!own) throw forbidden("The heat map is for admins and unit heads");
    const [{ data: stored }, { data: unit }] = await Promise.all([e.unitFigures.get({ unitId: own.unitId }).go(), e.unit.get({ id: own.unitId }).go()]);
    const counters = (stored?.counters ?? {}) as Counters;
    if (!headsUnit(own, own.unitId, counters) || query.unitId) throw forbidden("The heat map is for admins and unit heads (their own unit, without the list of people)");
    rows = [{ unitId: own.unitId, name: unit?.name ?? own.unitName, counters, updatedAt: stored?.updatedAt }];
  }
  const used = competencies.filter((c) => rows.some((r) => (r.counters[counter.gapPeople(c.id)] ?? 0) > 0));
  let people: GapsDashboard["people"] = null;
  if (admin && query.unitId) {
    const { data } = await e.staffFigures.query.byUnit({ unitId: query.unitId }).go({ pages: "all" });
    people = data.map((row) => ({ staffId: row.staffId, name: row.name, position: row.position, gaps: row.gaps as Record<string, number> }));
  }
  return {
    asOf: newest(rows.map((r) => r.updatedAt), ctx.now()),
    competencies: used.map((c) => ({ id: c.id, name: c.name })),
    units: rows.map((r) => ({
      unitId: r.unitId,
      name: r.name,
      cells: used.map((c) => {
        const n = r.counters[counter.gapPeople(c.id)] ?? 0;
        const hidden = n > 0 && n < MIN_CELL_PEOPLE;
        return { competencyId: c.id, people: n, meanGap: n >= MIN_CELL_PEOPLE ? Math.round(((r.counters[counter.gapSum(c.id)] ?? 0) / n) * 100) / 100 : null, hidden };
      }),
    })),
    people,
  };
}

// ---- The tables as CSV ------------------------------------------------------------------------------

const csv = async (rows: (string | number | null)[][]) => (await import("csv-stringify/sync")).stringify(rows);

export async function myDashboardCsv(d: MyDashboard): Promise<string> {
  return csv([
    ["kind", "title", "date", "status", "jp"],
    ["jp", `JP ${d.year}`, d.asOf, d.jp.atRisk ? "at_risk" : "on_pace", d.jp.earned],
    ["jp_planned", `JP ${d.year}`, d.asOf, "", d.jp.planned],
    ...d.courses.map((c) => ["course", c.title, c.startsAt, c.waitlistPosition ? `waitlist ${c.waitlistPosition}` : c.status, c.jp]),
    ...d.reviews.map((r) => ["review", `${r.kind}: ${r.subjectName}`, r.dueAt, "outstanding", null]),
    ...d.planItems.map((i) => ["plan_item", `${i.competencyName} (${i.action})`, i.targetDate, i.status, null]),
    ...(d.mentoring.nextSession ? [["mentoring_session", d.mentoring.nextSession.withName, d.mentoring.nextSession.date, "", null]] : []),
    ...d.mentoring.openActions.map((a) => ["mentoring_action", a.text, "", "open", null]),
  ]);
}

export async function teamDashboardCsv(d: TeamDashboard): Promise<string> {
  return csv([
    ["staff_id", "name", "position", "unit", "depth", "jp", "jp_planned", "at_risk", "cycle", "self", "supervisor", "peers_submitted", "peers_total", "final_rating", "plan_status", "mentoring"],
    ...d.members.map((m) => [
      m.staffId, m.name, m.position, m.unitName, m.depth, m.jp.earned, m.jp.planned, m.jp.atRisk ? "yes" : "no", d.cycleId,
      m.review?.self ?? "", m.review?.supervisor ?? "", m.review?.peersSubmitted ?? "", m.review?.peersTotal ?? "", m.review?.finalRating ?? "", m.review?.planStatus ?? "", m.mentoring ?? "",
    ]),
  ]);
}

const unitCsvHeader = [
  "unit_code", "unit", "staff", "jp_at_target", "share_at_target", "median_jp", "at_risk", "forecast_at_target", "cycle", "evaluations", "self", "supervisor", "peers", "final",
  ...finalRatings.map((r) => `rating_${r}`), "pelaksana", "pelaksana_mentored", "open_topics", "median_days_first_answer", "share_on_time",
];
const unitCsvRow = (u: UnitFigures) => [
  u.code, u.name, u.staff, u.jp.atTarget, u.jp.shareAtTarget, u.jp.median, u.jp.atRisk, u.jp.forecastAtTarget, u.evaluations.cycleId, u.evaluations.total, u.evaluations.self,
  u.evaluations.supervisor, u.evaluations.peers, u.evaluations.final, ...finalRatings.map((r) => u.evaluations.ratings[r] ?? 0), u.mentoring.pelaksana, u.mentoring.covered,
  u.forum.open, u.forum.medianDaysToFirstAnswer, u.forum.shareOnTime,
];

export async function cityDashboardCsv(d: CityDashboard): Promise<string> {
  return csv([unitCsvHeader, ...d.units.map(unitCsvRow), unitCsvRow({ ...d.totals, code: "TOTAL" })]);
}

export async function unitDashboardCsv(d: UnitDashboard): Promise<string> {
  return csv([
    unitCsvHeader,
    unitCsvRow(d.unit),
    [],
    ["staff_id", "name", "position", "jp", "jp_planned"],
    ...d.atRisk.map((p) => [p.staffId, p.name, p.position, p.jp, p.planned]),
  ]);
}

export async function gapsDashboardCsv(d: GapsDashboard): Promise<string> {
  return csv([
    ["unit", "competency", "people", "mean_gap"],
    ...d.units.flatMap((u) => u.cells.map((c) => [u.name, d.competencies.find((x) => x.id === c.competencyId)?.name ?? c.competencyId, c.people, c.hidden ? "hidden" : c.meanGap])),
  ]);
}
