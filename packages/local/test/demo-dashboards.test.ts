import { rebuildFigures } from "@kompeten/core/aggregates/rebuild";
import { quarter, quarterOf } from "@kompeten/core/time";
import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "./support";

type Evaluations = { cycleId: string; total: number; self: number; supervisor: number; peers: number; final: number; ratings: Record<string, number> };
type Unit = { unitId: string; code: string; staff: number; jp: { atTarget: number; shareAtTarget: number; median: number; atRisk: number }; evaluations: Evaluations; trend: Evaluations[]; mentoring: { pelaksana: number; covered: number; sessionsByMonth: { sessions: number }[] }; forum: { answered: number } };
type City = { cycleId: string; units: Unit[]; totals: Unit };

/** The quarters before the one `now` is in, oldest first. */
function pastQuarters(now: Date, count: number) {
  const current = quarterOf(now);
  return Array.from({ length: count }, (_, i) => {
    const index = current.year * 4 + current.quarter - 1 - (count - i);
    return quarter(Math.floor(index / 4), (index % 4) + 1);
  });
}

const completion = (e: Evaluations) => (e.self + e.supervisor + e.peers) / (3 * e.total);

describe("the demo's dashboards", () => {
  let api: TestApi;
  let admin: string;
  let past: ReturnType<typeof pastQuarters>;
  let city: City;

  beforeAll(async () => {
    api = await createTestApi({ forum: true, dashboards: true });
    await rebuildFigures(api.ctx);
    admin = await api.signIn(DEMO.admin);
    past = pastQuarters(api.clock.now(), 4);
    const last = past.at(-1)!;
    city = (await api.request(`/api/dashboards/city?year=${last.year}&quarter=${last.quarter}`, { cookie: admin })).data;
  });

  it("has a closed cycle in each of the last four quarters, with completion and final ratings in every one", async () => {
    const cycles = (await api.request("/api/cycles", { cookie: admin })).data.items as { id: string; status: string; evaluations: number }[];
    for (const q of past) expect(cycles.find((c) => c.id === q.id), q.id).toMatchObject({ status: "closed" });
    // The current quarter's cycle is the quarterly job's to open.
    expect(cycles.some((c) => c.id === quarterOf(api.clock.now()).id)).toBe(false);

    expect(city.totals.trend.map((e) => e.cycleId)).toEqual(past.map((q) => q.id));
    for (const e of city.totals.trend) {
      expect(e.total, e.cycleId).toBe(city.totals.staff);
      expect(e.self, e.cycleId).toBeGreaterThan(0);
      expect(e.self, e.cycleId).toBeLessThan(e.total);
      expect(e.supervisor, e.cycleId).toBeGreaterThan(0);
      expect(e.final, e.cycleId).toBeGreaterThan(0);
      expect(e.final, e.cycleId).toBeLessThanOrEqual(e.supervisor);
      expect(Object.values(e.ratings).reduce((a, b) => a + b, 0), e.cycleId).toBe(e.final);
      expect(Object.values(e.ratings).filter((n) => n > 0).length, e.cycleId).toBeGreaterThanOrEqual(3);
    }
    // Reviewing improves quarter by quarter, and units differ in it and in their ratings.
    const trend = city.totals.trend;
    expect(completion(trend.at(-1)!)).toBeGreaterThan(completion(trend[0]!));
    const latest = city.units.filter((u) => u.evaluations.total > 0).map((u) => u.evaluations);
    expect(new Set(latest.map((e) => Math.round((e.final / e.total) * 100))).size).toBeGreaterThanOrEqual(3);
    const bestShare = (e: Evaluations) => (e.final ? Math.round((e.ratings.sangat_baik! / e.final) * 100) : -1);
    expect(new Set(latest.map(bestShare)).size).toBeGreaterThanOrEqual(3);
  });

  it("keeps reviews, final ratings, plans and assessed levels consistent with each other", async () => {
    const staff = await api.signIn(DEMO.staff);
    const mine = (await api.request("/api/evaluations/mine", { cookie: staff })).data.items as { id: string; cycleId: string; status: string; finalRating: string | null; planStatus: string }[];
    expect(mine.map((e) => e.cycleId).sort()).toEqual(past.map((q) => q.id));
    expect(mine.every((e) => e.status === "finalized" && e.finalRating)).toBe(true);
    const latest = mine.find((e) => e.cycleId === past.at(-1)!.id)!;
    expect(latest.planStatus).toBe("approved");
    // The levels on her record are the ones her supervisor's latest review scored.
    const result = (await api.request(`/api/evaluations/${encodeURIComponent(latest.id)}/result`, { cookie: staff })).data as { items: { id: string; kind: string; supervisor: number | null }[] };
    const me = (await api.request("/api/me", { cookie: staff })).data as { id: string };
    const record = (await api.request(`/api/staff/${me.id}`, { cookie: staff })).data as { competencyLevels: Record<string, number> };
    const scored = result.items.filter((i) => i.kind === "competency");
    expect(scored.length).toBeGreaterThan(5);
    for (const item of scored) expect(record.competencyLevels[item.id], item.id).toBe(item.supervisor);

    // Every finalized evaluation of the latest quarter had its supervisor's review in.
    const q = past.at(-1)!.id;
    const { data: evaluations } = await api.ctx.db.entities.evaluation.query.byCycle({ cycleId: q }).go({ pages: "all" });
    const finalized = evaluations.filter((e) => e.status === "finalized");
    expect(finalized.length).toBeGreaterThan(evaluations.length / 2);
    for (const e of finalized) expect((e.progress as Record<string, string>).supervisor, e.staffId).toBe("submitted");
    expect(new Set(evaluations.map((e) => e.planStatus))).toEqual(new Set(["none", "draft", "submitted", "approved"]));
  });

  it("spreads this year's JP: people at 20 and more, people part-way, people at none and behind the pace, by unit", async () => {
    const now = (await api.request("/api/dashboards/city", { cookie: admin })).data as City;
    expect(now.totals.jp.atTarget).toBeGreaterThanOrEqual(10);
    expect(now.totals.jp.atRisk).toBeGreaterThanOrEqual(10);
    expect(now.totals.jp.median).toBeGreaterThan(0);
    expect(new Set(now.units.map((u) => u.jp.shareAtTarget)).size).toBeGreaterThanOrEqual(4);
    // A unit where no one has any JP yet next to one where most are past 20.
    const behind = now.units.find((u) => u.jp.median === 0)!;
    expect(behind).toBeDefined();
    const unit = (await api.request(`/api/dashboards/units/${behind.unitId}`, { cookie: admin })).data as { atRisk: { jp: number }[] };
    expect(unit.atRisk.some((p) => p.jp === 0)).toBe(true);
    expect(now.units.some((u) => u.jp.shareAtTarget >= 0.5)).toBe(true);
    // Last year too, for the year before on the dashboards.
    const lastYear = (await api.request(`/api/dashboards/city?year=${quarterOf(api.clock.now()).year - 1}`, { cookie: admin })).data as City;
    expect(lastYear.totals.jp.atTarget).toBeGreaterThan(0);
    expect(lastYear.totals.jp.median).toBeGreaterThan(0);
  });

  it("shows gaps that differ by unit in the heat map, small groups hidden", async () => {
    const gaps = (await api.request("/api/dashboards/gaps", { cookie: admin })).data as { units: { unitId: string; cells: { competencyId: string; people: number; meanGap: number | null; hidden: boolean }[] }[] };
    const visible = gaps.units.filter((u) => u.cells.some((c) => c.meanGap !== null));
    expect(visible.length).toBeGreaterThanOrEqual(3);
    for (const u of visible) for (const c of u.cells.filter((c) => c.meanGap !== null)) expect(c.people).toBeGreaterThanOrEqual(5);
    // The same competency has different means in different units.
    const means = (competencyId: string) => new Set(visible.map((u) => u.cells.find((c) => c.competencyId === competencyId)?.meanGap).filter((m) => m !== null && m !== undefined));
    const spread = ["integritas", "komunikasi", "pelayanan-publik", "literasi-digital"].filter((id) => means(id).size >= 3);
    expect(spread.length).toBeGreaterThanOrEqual(3);
    expect(gaps.units.some((u) => u.cells.some((c) => c.hidden))).toBe(true);
  });

  it("shows pegawai@ behind the pace with her plan's items, and atasan@ a team member at risk", async () => {
    const staff = await api.signIn(DEMO.staff);
    const me = (await api.request("/api/dashboards/me", { cookie: staff })).data;
    expect(me.jp.earned).toBeGreaterThan(0);
    expect(me.jp.atRisk || Math.abs(me.jp.earned - me.jp.expectedByNow) <= 5).toBe(true);
    expect(me.planItems.length).toBeGreaterThan(0);
    const supervisor = await api.signIn(DEMO.supervisor);
    const team = (await api.request("/api/dashboards/team", { cookie: supervisor })).data;
    expect(team.members.some((m: { jp: { atRisk: boolean } }) => m.jp.atRisk)).toBe(true);
    expect(team.members[0].attention).toContain("jp_at_risk");
  });

  it("has mentoring coverage and forum responsiveness on the city dashboard", async () => {
    const now = (await api.request("/api/dashboards/city", { cookie: admin })).data as City;
    expect(now.totals.mentoring.pelaksana).toBeGreaterThan(0);
    expect(now.totals.mentoring.covered).toBeGreaterThan(0);
    expect(now.totals.mentoring.sessionsByMonth.some((m) => m.sessions > 0)).toBe(true);
    expect(now.totals.forum.answered).toBeGreaterThan(0);
  });
});
