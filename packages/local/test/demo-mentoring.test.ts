import { competencyIds } from "@kompeten/core/competencies/competencies";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/demo-data";
import { createTestApi, DEMO, type TestApi } from "./support";

type Relation = { id: string; kind: string; status: string; mentee: { id: string; name: string }; mentor: { id: string }; creditedJp: number | null; competencyIds: string[] };

describe("the demo's mentoring and coaching", () => {
  let api: TestApi;
  let admin: string;
  let mentor: string;
  let staff: string;
  let mentorId: string;

  beforeAll(async () => {
    // With the evaluations' history: the levels it assesses keep every mentor's offer valid.
    api = await createTestApi({ dashboards: true });
    [admin, mentor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.mentor), api.signIn(DEMO.staff)]);
    mentorId = (await api.request("/api/me", { cookie: mentor })).data.id;
  });

  const list = async (cookie: string, as: "mentee" | "mentor") => (await api.request(`/api/mentorships?as=${as}&limit=100`, { cookie })).data.items as Relation[];

  it("seeds once: a second run finds the data and writes nothing", async () => {
    api.requests.reset();
    expect(await seedDemoData(api.ctx)).toBe(false);
    expect(api.requests.commands.filter((c) => !/Query|Get/.test(c))).toEqual([]);
  });

  it("has at least 8 mentors across units, mentor@ among them, each level at least 3 and never above an assessed level", async () => {
    const staffPage = (await api.request("/api/staff?limit=100", { cookie: admin })).data.items as { id: string }[];
    const offers: { staffId: string; unitId: string; competencies: { competencyId: string; level: number }[] }[] = [];
    for (const { id } of staffPage) {
      const { data: record } = await api.ctx.db.entities.mentor.get({ staffId: id }).go();
      if (!record) continue;
      const person = (await api.request(`/api/staff/${id}`, { cookie: admin })).data as { unitId: string; competencyLevels: Record<string, number> };
      const competencies = record.competencies as { competencyId: string; level: number }[];
      for (const c of competencies) {
        expect(c.level, `${id} ${c.competencyId}`).toBeGreaterThanOrEqual(3);
        if (person.competencyLevels[c.competencyId] !== undefined) expect(c.level, `${id} ${c.competencyId}`).toBeLessThanOrEqual(person.competencyLevels[c.competencyId]!);
      }
      offers.push({ staffId: id, unitId: person.unitId, competencies });
    }
    expect(offers.length).toBeGreaterThanOrEqual(8);
    expect(new Set(offers.map((o) => o.unitId)).size).toBeGreaterThanOrEqual(6);
    expect(offers.map((o) => o.staffId)).toContain(mentorId);
    const mine = (await api.request("/api/mentors/me", { cookie: mentor })).data;
    expect(mine).toMatchObject({ offered: true, available: true, capacity: 3, taken: 1 });
  });

  it("shows mentor@ a running mentorship with confirmed sessions, one waiting and an action done, and a request to answer", async () => {
    const relations = await list(mentor, "mentor");
    const running = relations.filter((r) => r.status === "active");
    const requested = relations.filter((r) => r.status === "requested");
    expect(running).toHaveLength(1);
    expect(requested).toHaveLength(1);
    const request = (await api.request(`/api/mentorships/${requested[0]!.id}`, { cookie: mentor })).data;
    expect(request.can).toEqual(expect.arrayContaining(["accept", "decline"]));

    const sessions = (await api.request(`/api/mentorships/${running[0]!.id}/sessions`, { cookie: mentor })).data;
    expect(sessions.items.map((s: { status: string }) => s.status)).toEqual(["confirmed", "confirmed", "pending"]);
    expect(sessions).toMatchObject({ confirmedMinutes: 150, jp: 3, pendingMinutes: 60, creditedJp: null });
    const actions = sessions.items.flatMap((s: { actions: { doneAt: string | null }[] }) => s.actions);
    expect(actions.filter((a: { doneAt: string | null }) => a.doneAt !== null)).toHaveLength(1);
    expect(actions.length).toBeGreaterThan(1);
    // The mentee is the one asked to confirm the latest session.
    const notes = await api.ctx.db.entities.notification.query.byStaff({ staffId: running[0]!.mentee.id }).go({ pages: "all" });
    expect(notes.data.filter((n) => n.type === "mentorship_session_logged")).toHaveLength(2);
    const bell = await api.ctx.db.entities.notification.query.byStaff({ staffId: mentorId }).go({ pages: "all" });
    expect(bell.data.map((n) => n.type)).toContain("mentorship_requested");
  });

  it("has a completed mentorship whose JP are in the mentee's ledger once, with both sides' feedback", async () => {
    const all = (await api.ctx.db.entities.mentorship.query.byStatusWatch({ status: "completed" }).go({ pages: "all" })).data;
    expect(all).toHaveLength(1);
    const done = all[0]!;
    expect(done.creditedJp).toBe(5);
    const ledger = (await api.ctx.db.entities.ledgerEntry.query.byStaff({ staffId: done.menteeId }).go({ pages: "all" })).data;
    expect(ledger.filter((e) => e.id === `mentorship-${done.id}`)).toMatchObject([{ jp: 5, source: "mentoring", status: "approved" }]);
    const menteeCookie = await api.signIn((await api.request(`/api/staff/${done.menteeId}`, { cookie: admin })).data.nip);
    const feedback = (await api.request(`/api/mentorships/${done.id}/feedback`, { cookie: menteeCookie })).data;
    expect(feedback.entries.map((e: { from: string }) => e.from).sort()).toEqual(["mentee", "mentor"]);
    expect(feedback.canGive).toBe(false);
    const learning = (await api.request(`/api/learning?year=${ledger[0]!.year}`, { cookie: menteeCookie })).data;
    expect(JSON.stringify(learning)).toContain(`mentorship-${done.id}`);
    const seat = (await api.ctx.db.entities.mentor.get({ staffId: done.mentorId }).go()).data!;
    expect(seat.taken).toBe(0);
  });

  it("has coaching that atasan@ started for the moderator of his team", async () => {
    const supervisor = await api.signIn(DEMO.supervisor);
    const coaching = (await list(supervisor, "mentor")).filter((r) => r.kind === "coaching");
    expect(coaching).toMatchObject([{ status: "active", mentee: { id: "demo-5" } }]);
    const sessions = (await api.request(`/api/mentorships/${coaching[0]!.id}/sessions`, { cookie: supervisor })).data;
    expect(sessions.items.every((s: { status: string }) => s.status === "confirmed")).toBe(true);
  });

  it("leaves pegawai@ free to find mentor@ and ask: no relation of hers, mentor@ suggested with seats to spare", async () => {
    expect(await list(staff, "mentee")).toEqual([]);
    expect(await list(staff, "mentor")).toEqual([]);
    const suggestions = (await api.request("/api/mentors?competencyId=analisis-kebijakan", { cookie: staff })).data.items as { mentorId: string; reasons: string[] }[];
    const found = suggestions.find((s) => s.mentorId === mentorId);
    expect(found?.reasons).toContain("1 dari 3 kursi terisi");
    expect(competencyIds).toContain("analisis-kebijakan");
  });
});
