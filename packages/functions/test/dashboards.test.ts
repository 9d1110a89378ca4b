import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@kompeten/core/actor";
import { applyChanges } from "@kompeten/core/aggregates/changes";
import { rebuildFigures } from "@kompeten/core/aggregates/rebuild";
import { cityDashboard, gapsDashboard, myDashboard, teamDashboard, unitDashboard } from "@kompeten/core/dashboards/dashboards";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";
import { evaluationId } from "@kompeten/core/evaluations/evaluations";
import { quarterOf } from "@kompeten/core/time";
import { postTopic, signInCitizen } from "./support/forum";

// The dashboards on a known data set: a unit of seven people with set JP and competency levels,
// on top of the demo. The figures are checked through the API after the stream has been applied.

const PASSWORD = "uji-dasbor-2026";

type Person = { id: string; cookie: string; actor: Actor };

describe("dashboards", () => {
  let api: TestApi;
  let admin: string;
  let head: Person;
  let team: Person[];
  let serial = 0;

  async function person(positionLevel: string, supervisorId: string | null, roles = ["staff"]): Promise<Person> {
    const n = ++serial;
    const created = await api.request("/api/staff", {
      method: "POST",
      cookie: admin,
      json: {
        nip: `19900101201503${n % 2 ? 1 : 2}${String(100 + n).padStart(3, "0")}`,
        name: `Uji ${String.fromCharCode(64 + n)} Dasbor`,
        email: `uji${n}@dasbor.example.org`,
        unitId: "uji",
        position: positionLevel === "pelaksana" ? "Pengelola Layanan" : "Kepala Unit Uji",
        positionLevel,
        supervisorId,
        roles,
        initialPassword: PASSWORD,
      },
    });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    const id: string = created.data.id;
    await api.ctx.db.entities.staff.patch({ id }).set({ mustChangePassword: false }).go();
    return { id, cookie: await api.signIn(created.data.nip, PASSWORD), actor: { id, name: created.data.name, roles: roles as Actor["roles"], unitId: "uji", supervisorId } };
  }

  /** External training reported by the person and approved by their supervisor. */
  async function credit(who: Person, jp: number) {
    const reported = await api.request("/api/learning/external", {
      method: "POST",
      cookie: who.cookie,
      json: { title: "Pelatihan Layanan Prima", institution: "BPSDM NTB", source: "external", startDate: "2026-10-05", endDate: "2026-10-06", jp, evidence: "Sertifikat nomor 12/2026" },
    });
    expect(reported.status).toBe(201);
    const decided = await api.request(`/api/learning/${who.id}/entries/${reported.data.id}/decision`, { method: "POST", cookie: head.cookie, json: { approve: true } });
    expect(decided.status).toBe(200);
  }

  beforeAll(async () => {
    api = await createTestApi({ aggregates: true });
    admin = await api.signIn(DEMO.admin);
    expect((await api.request("/api/units", { method: "POST", cookie: admin, json: { code: "UJI", name: "Unit Uji Dasbor", kind: "badan" } })).status).toBe(201);
    head = await person("administrator", null, ["staff", "supervisor"]);
    team = [];
    for (let i = 0; i < 6; i++) team.push(await person("pelaksana", head.id));
    // JP this year: 25, 12, 3 and nothing for the rest (and the head).
    await credit(team[0]!, 25);
    await credit(team[1]!, 12);
    await credit(team[2]!, 3);
    // Integritas assessed for all six (standard 1 for pelaksana): gaps 0, 1, 1, 2, 0, 0. Komunikasi for three only.
    const levels = [1, 2, 2, 3, 1, 1];
    for (const [i, p] of team.entries()) {
      const competencyLevels = { integritas: levels[i]!, ...(i < 3 ? { komunikasi: 2 } : {}) };
      expect((await api.request(`/api/staff/${p.id}`, { method: "PATCH", cookie: admin, json: { competencyLevels } })).status).toBe(200);
    }
    await api.settle();
  });

  it("shows the unit's JP compliance, the pace and the at-risk people to BKPSDM", async () => {
    const city = await api.request("/api/dashboards/city", { cookie: admin });
    expect(city.status).toBe(200);
    const uji = city.data.units.find((u: { code: string }) => u.code === "UJI");
    // 27 November: the pace asks for 20 x (share of the year gone)^2, about 16.5 JP.
    expect(city.data.cycleId).toBe("2026-Q4");
    expect(uji).toMatchObject({ staff: 7, jp: { atTarget: 1, median: 0, atRisk: 6, forecastAtTarget: 1 } });
    expect(uji.jp.shareAtTarget).toBeCloseTo(1 / 7, 3);
    expect(uji.mentoring).toMatchObject({ pelaksana: 6, covered: 0 });
    // The city's totals are the sum of its rows.
    const sum = (pick: (u: any) => number) => city.data.units.reduce((total: number, u: any) => total + pick(u), 0);
    expect(city.data.totals.staff).toBe(sum((u) => u.staff));
    expect(city.data.totals.jp.atRisk).toBe(sum((u) => u.jp.atRisk));
    expect(Date.parse(city.data.asOf)).not.toBeNaN();

    const csv = await api.request("/api/dashboards/city.csv", { cookie: admin });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(String(csv.data).split("\n").find((line) => line.startsWith("UJI,"))).toMatch(/^UJI,Unit Uji Dasbor,7,1,/);
  });

  it("keeps each dashboard to its scope", async () => {
    const pelaksana = team[3]!;
    expect((await api.request("/api/dashboards/city", { cookie: head.cookie })).status).toBe(403);
    expect((await api.request("/api/dashboards/city", { cookie: pelaksana.cookie })).status).toBe(403);
    // The head (the unit's highest position level) sees their unit, not another; its staff see neither.
    const unit = await api.request("/api/dashboards/units/uji", { cookie: head.cookie });
    expect(unit.status).toBe(200);
    expect(unit.data.atRisk.map((p: { staffId: string }) => p.staffId).sort()).toEqual([head.id, ...team.slice(1).map((p) => p.id)].sort());
    expect(unit.data.atRisk.find((p: { staffId: string }) => p.staffId === team[1]!.id)).toMatchObject({ jp: 12 });
    expect((await api.request("/api/dashboards/units/diskominfo", { cookie: head.cookie })).status).toBe(403);
    expect((await api.request("/api/dashboards/units/uji", { cookie: pelaksana.cookie })).status).toBe(403);
    expect((await api.request("/api/dashboards/units/uji", { cookie: admin })).status).toBe(200);
    expect((await api.request("/api/dashboards/units/nope", { cookie: admin })).status).toBe(404);
    // A supervisor sees their subtree only; a staff member has no team dashboard.
    const mine = await api.request("/api/dashboards/team", { cookie: head.cookie });
    expect(mine.data.members.map((m: { staffId: string }) => m.staffId).sort()).toEqual(team.map((p) => p.id).sort());
    const other = await api.request("/api/dashboards/team", { cookie: await api.signIn(DEMO.supervisor) });
    expect(other.status).toBe(200);
    expect(other.data.members.some((m: { staffId: string }) => team.some((p) => p.id === m.staffId))).toBe(false);
    expect((await api.request("/api/dashboards/team", { cookie: pelaksana.cookie })).status).toBe(403);
    // The person's own dashboard is theirs alone.
    const me = await api.request("/api/dashboards/me", { cookie: team[0]!.cookie });
    expect(me.data.jp).toMatchObject({ earned: 25, atRisk: false, target: 20 });
    expect((await api.request("/api/dashboards/me", { cookie: team[2]!.cookie })).data.jp).toMatchObject({ earned: 3, atRisk: true });
    // The heat map: admins every unit and one unit's people; the head their own row only.
    expect((await api.request("/api/dashboards/gaps?unitId=uji", { cookie: head.cookie })).status).toBe(403);
    const own = await api.request("/api/dashboards/gaps", { cookie: head.cookie });
    expect(own.data.units.map((u: { unitId: string }) => u.unitId)).toEqual(["uji"]);
    expect((await api.request("/api/dashboards/gaps", { cookie: pelaksana.cookie })).status).toBe(403);
  });

  it("puts the team member who needs attention first, with the approvals waiting", async () => {
    const pending = await api.request("/api/learning/external", {
      method: "POST",
      cookie: team[4]!.cookie,
      json: { title: "Kursus Daring Arsip", institution: "ANRI", source: "external", startDate: "2026-11-02", endDate: "2026-11-02", jp: 2, evidence: "Sertifikat daring" },
    });
    expect(pending.status).toBe(201);
    await api.settle();
    const board = await api.request("/api/dashboards/team", { cookie: head.cookie });
    expect(board.data.approvals.externalTraining).toBe(1);
    const order = board.data.members.map((m: { staffId: string }) => m.staffId);
    // Everyone behind the pace first (fewest JP first), the one at 25 JP last.
    expect(order.at(-1)).toBe(team[0]!.id);
    expect(board.data.members[0]).toMatchObject({ depth: 1, jp: { atRisk: true }, attention: expect.arrayContaining(["jp_at_risk"]) });
    expect(board.data.totals).toMatchObject({ members: 6, atRisk: 5, atTarget: 1 });
    const csv = await api.request("/api/dashboards/team.csv", { cookie: head.cookie });
    expect(String(csv.data).trim().split("\n")).toHaveLength(7);
    // The unit's CSV twin answers its head too (its route must not be taken for /units/{unitId}).
    const unit = await api.request("/api/dashboards/units/uji", { cookie: head.cookie });
    const unitCsv = await api.request("/api/dashboards/units/uji.csv", { cookie: head.cookie });
    expect(unitCsv.status, JSON.stringify(unitCsv.data)).toBe(200);
    expect(unitCsv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(String(unitCsv.data)).toContain(unit.data.unit.name);
  });

  it("hides heat map cells of fewer than five people", async () => {
    const gaps = await api.request("/api/dashboards/gaps", { cookie: admin });
    const uji = gaps.data.units.find((u: { unitId: string }) => u.unitId === "uji");
    const cell = (id: string) => uji.cells.find((c: { competencyId: string }) => c.competencyId === id);
    expect(cell("integritas")).toEqual({ competencyId: "integritas", people: 6, meanGap: 0.67, hidden: false });
    expect(cell("komunikasi")).toEqual({ competencyId: "komunikasi", people: 3, meanGap: null, hidden: true });
    const list = await api.request("/api/dashboards/gaps?unitId=uji", { cookie: admin });
    expect(list.data.people).toHaveLength(7);
    expect(list.data.people.find((p: { staffId: string }) => p.staffId === team[3]!.id).gaps).toMatchObject({ integritas: 2 });
  });

  it("reads each dashboard in at most five DynamoDB requests", async () => {
    const adminActor: Actor = { id: "demo-1", name: "Admin", roles: ["staff", "admin"], unitId: "bkpsdm", supervisorId: null };
    const cost = async (read: () => Promise<unknown>) => {
      api.requests.reset();
      await read();
      return api.requests.count;
    };
    expect(await cost(() => myDashboard(api.ctx, team[0]!.actor))).toBeLessThanOrEqual(5);
    expect(await cost(() => teamDashboard(api.ctx, head.actor))).toBeLessThanOrEqual(5);
    expect(await cost(() => cityDashboard(api.ctx, adminActor, {}))).toBeLessThanOrEqual(5);
    expect(await cost(() => unitDashboard(api.ctx, head.actor, "uji", {}))).toBeLessThanOrEqual(5);
    expect(await cost(() => gapsDashboard(api.ctx, adminActor, { unitId: "uji" }))).toBeLessThanOrEqual(5);
  });

  it("reads only the people behind the pace for a unit's at-risk list, none of the unit's ledger entries", async () => {
    const returned: number[] = [];
    const name = "countUnitJpItems";
    api.ctx.client.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const input = args.input as { IndexName?: string; ExpressionAttributeValues?: Record<string, unknown> };
        if (input.IndexName === "gsi1" && JSON.stringify(input.ExpressionAttributeValues ?? {}).includes("unitid_uji#year_")) returned.push((result.output as { Count?: number }).Count ?? 0);
        return result;
      },
      { step: "build", name },
    );
    try {
      const unit = await unitDashboard(api.ctx, head.actor, "uji", {});
      // Three of the unit's people have approved ledger entries this year, in the same index partition.
      expect(unit.atRisk).toHaveLength(6);
      expect(returned).toEqual([6]);
    } finally {
      api.ctx.client.middlewareStack.remove(name);
    }
  });

  it("keeps the maintained aggregates equal to a rebuild from the facts after a realistic run of events", async () => {
    // A course with a seat for one of the team (planned JP), a coaching relation, this quarter's
    // reviews, a move to another unit, a new supervisor for one, someone leaving, and a forum topic
    // answered by its owner unit.
    const mover = team[5]!;
    const leaver = team[4]!;
    const before = (await api.request("/api/dashboards/city", { cookie: admin })).data;
    const dinkesBefore = before.units.find((u: { code: string }) => u.code === "DINKES").forum;

    // This quarter's cycle: the first of the team reviews themself, and the head reviews them.
    const cycle = quarterOf(api.clock.now());
    const opened = await api.request("/api/cycles", { method: "POST", cookie: admin, json: { year: cycle.year, quarter: cycle.quarter } });
    expect(opened.status, JSON.stringify(opened.data)).toBeLessThan(300);
    const review = async (reviewId: string, cookie: string) => {
      const path = `/api/evaluations/${encodeURIComponent(evaluationId(cycle.id, team[0]!.id))}/reviews/${reviewId}`;
      const form = await api.request(path, { cookie });
      expect(form.status, JSON.stringify(form.data)).toBe(200);
      const ratings = Object.fromEntries(form.data.items.map((i: { id: string }) => [i.id, { score: 4 }]));
      const saved = await api.request(path, { method: "PUT", cookie, json: { ratings, submit: true } });
      expect(saved.status, JSON.stringify(saved.data)).toBe(200);
    };
    await review("self", team[0]!.cookie);
    await review("supervisor", head.cookie);

    // A citizen's topic for the health office, answered officially by one of its supervisors.
    const topic = await postTopic(api, await signInCitizen(api));
    const { data: dinkes } = await api.request("/api/staff?unitId=dinkes&limit=100", { cookie: admin });
    const responder = (await Promise.all(dinkes.items.map(async (s: { id: string }) => (await api.request(`/api/staff/${s.id}`, { cookie: admin })).data))).find(
      (s: { roles: string[] }) => s.roles.includes("supervisor"),
    );
    const answered = await api.request(`/api/forum/topics/${topic.id}/answers`, { method: "POST", cookie: await api.signIn(responder.nip), json: { body: "Kami tambah loket antrean daring mulai bulan depan.", status: "ditinjau" } });
    expect(answered.status, JSON.stringify(answered.data)).toBe(201);
    const { data: course } = await api.request("/api/courses?limit=50", { cookie: admin });
    const open = course.items.find((c: { status: string; enrollOpensAt: string; enrollClosesAt: string }) => c.status === "published" && c.enrollOpensAt <= api.clock.now().toISOString() && c.enrollClosesAt > api.clock.now().toISOString());
    if (open) await api.request(`/api/courses/${open.id}/enrollments`, { method: "POST", cookie: team[2]!.cookie });
    expect((await api.request("/api/mentorships", { method: "POST", cookie: head.cookie, json: { kind: "coaching", menteeId: team[1]!.id, competencyIds: ["integritas"], goals: [{ competencyId: "integritas", text: "Memimpin apel pagi" }], weeks: 6 } })).status).toBe(201);
    expect((await api.request(`/api/staff/${mover.id}`, { method: "PATCH", cookie: admin, json: { unitId: "diskominfo" } })).status).toBe(200);
    expect((await api.request(`/api/staff/${team[3]!.id}`, { method: "PATCH", cookie: admin, json: { supervisorId: team[0]!.id } })).status).toBe(200);
    expect((await api.request(`/api/staff/${leaver.id}`, { method: "PATCH", cookie: admin, json: { active: false } })).status).toBe(200);
    await credit(team[0]!, 4);
    await api.settle();

    const city = (await api.request("/api/dashboards/city", { cookie: admin })).data;
    expect(city.units.find((u: { code: string }) => u.code === "UJI")).toMatchObject({ staff: 5, mentoring: { pelaksana: 4, covered: 1 } });
    // The reviews count in the unit's completion for the quarter; the answered topic in the health office's figures.
    const uji = city.units.find((u: { code: string }) => u.code === "UJI");
    expect(uji.evaluations).toMatchObject({ cycleId: cycle.id, self: 1, supervisor: 1 });
    const dinkesAfter = city.units.find((u: { code: string }) => u.code === "DINKES").forum;
    expect(dinkesAfter.answered).toBe(dinkesBefore.answered + 1);
    expect(dinkesAfter.medianDaysToFirstAnswer).not.toBeNull();
    const board = (await api.request("/api/dashboards/team", { cookie: head.cookie })).data;
    // The one under a new supervisor is still in the head's subtree, one level further down.
    expect(board.members.find((m: { staffId: string }) => m.staffId === team[3]!.id)).toMatchObject({ depth: 2 });
    // Someone who left is gone; someone moved to another unit stays in their supervisor's subtree.
    expect(board.members.some((m: { staffId: string }) => m.staffId === leaver.id)).toBe(false);
    expect(board.members.find((m: { staffId: string }) => m.staffId === mover.id)).toMatchObject({ unitName: "Dinas Komunikasi dan Informatika" });
    if (open) expect((await api.request("/api/dashboards/me", { cookie: team[2]!.cookie })).data.courses.map((c: { courseId: string }) => c.courseId)).toContain(open.id);

    const rebuilt = await rebuildFigures(api.ctx);
    expect(rebuilt.changed).toEqual({ staff: 0, topics: 0, units: 0 });
    // The same changes delivered again change nothing.
    const again = await applyChanges(api.ctx, [{ newImage: { __edb_e__: "staff", id: mover.id } }, { newImage: { __edb_e__: "ledgerEntry", staffId: team[0]!.id } }]);
    expect(again.changed).toBe(0);
  });

  it("rebuilds figures that went wrong, and a second rebuild changes nothing", async () => {
    const { data: stored } = await api.ctx.db.entities.unitFigures.get({ unitId: "uji" }).go();
    await api.ctx.db.entities.unitFigures.put({ ...stored!, counters: { staff: 99 } }).go();
    await api.ctx.db.entities.staffFigures.delete({ staffId: team[0]!.id }).go();
    const first = await rebuildFigures(api.ctx);
    expect(first.changed.units).toBeGreaterThanOrEqual(1);
    expect(first.changed.staff).toBeGreaterThanOrEqual(1);
    expect((await rebuildFigures(api.ctx)).changed).toEqual({ staff: 0, topics: 0, units: 0 });
    const city = (await api.request("/api/dashboards/city", { cookie: admin })).data;
    expect(city.units.find((u: { code: string }) => u.code === "UJI").staff).toBe(5);
  });
});
