import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { sendMentoringNudges } from "@kompeten/core/mentorships/mentorships";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";
import { mentoringHarness, type MentoringHarness, type StaffDetail } from "./support/mentoring";

const DAY = 86400_000;
const HOUR = 3600_000;

describe("mentoring: sessions, learning hours, feedback and the daily nudges", () => {
  let api: TestApi;
  let admin: string;
  let h: MentoringHarness;

  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.signIn(DEMO.admin);
    h = await mentoringHarness(api, admin);
  });

  /** A mentor and a mentee (another unit) with an accepted mentoring relation. */
  async function running(mentorLevel = "administrator", menteeLevel = "pelaksana") {
    const mentor = h.pick(mentorLevel);
    const mentee = h.pick(menteeLevel, (s) => s.supervisorId === mentor.id || s.unitId === mentor.unitId);
    await h.offer(mentor.id);
    const { data: request } = await h.ask(mentee.id, mentor.id);
    expect((await h.act(request.id, "accept", mentor.id)).data.status).toBe("active");
    return { mentor, mentee, id: request.id as string };
  }
  const at = (ms: number) => new Date(api.ctx.now().getTime() + ms).toISOString();
  const log = async (id: string, who: StaffDetail, json: Record<string, unknown>) =>
    api.request(`/api/mentorships/${id}/sessions`, { method: "POST", cookie: await h.as(who.id), json: { mode: "tatap_muka", notes: "", ...json } });
  const answer = async (id: string, sessionId: string, action: "confirm" | "dispute", who: StaffDetail, json?: unknown) =>
    api.request(`/api/mentorships/${id}/sessions/${sessionId}/${action}`, { method: "POST", cookie: await h.as(who.id), ...(json ? { json } : {}) });
  const sessions = async (id: string, who: StaffDetail) => (await api.request(`/api/mentorships/${id}/sessions`, { cookie: await h.as(who.id) })).data;
  const ledger = async (staffId: string) => (await api.ctx.db.entities.ledgerEntry.query.byStaff({ staffId }).go()).data;
  const notices = async (staffId: string, type: string) =>
    (await api.ctx.db.entities.notification.query.byStaff({ staffId }).go({ pages: "all" })).data.filter((n) => n.type === type);

  it("logs sessions by either party; the other confirms or disputes; unanswered ones count after 14 days", async () => {
    const { mentor, mentee, id } = await running();
    const outsider = h.pick("pelaksana");

    const first = await log(id, mentor, { date: at(-2 * HOUR), minutes: 90, notes: "Menyusun kerangka kajian", actions: [{ text: "Baca Perwali 12/2025", dueDate: "2026-12-10" }] });
    expect(first.status, JSON.stringify(first.data)).toBe(201);
    expect(first.data).toMatchObject({ status: "pending", autoConfirmed: false, loggedBy: { id: mentor.id }, actions: [{ id: "a1", text: "Baca Perwali 12/2025", doneAt: null }] });
    expect(await notices(mentee.id, "mentorship_session_logged")).toHaveLength(1);
    // Each viewer is told what they may do with it: the logger take it back, the mentee confirm, dispute and tick its action.
    expect(first.data.can).toEqual(["withdraw"]);
    expect((await sessions(id, mentee)).items[0].can).toEqual(["confirm", "dispute", "tick"]);
    // The same start logged again (a retry) is the same session.
    const again = await log(id, mentor, { date: first.data.date, minutes: 90 });
    expect(again).toMatchObject({ status: 201, data: { id: first.data.id } });
    expect((await log(id, mentee, { date: first.data.date, minutes: 60 })).data.error.code).toBe("session_exists");

    // Only the other party confirms, once it has taken place.
    expect((await answer(id, first.data.id, "confirm", mentor)).status).toBe(403);
    expect((await answer(id, first.data.id, "confirm", outsider)).status).toBe(403);
    const confirmed = await answer(id, first.data.id, "confirm", mentee);
    expect(confirmed).toMatchObject({ status: 200, data: { status: "confirmed", autoConfirmed: false, answerBy: null } });
    expect((await answer(id, first.data.id, "confirm", mentee)).data.status).toBe("confirmed");
    expect((await answer(id, first.data.id, "dispute", mentee, { reason: "Salah catat" })).data.error.code).toBe("invalid_transition");

    const planned = await log(id, mentee, { date: at(3 * DAY), minutes: 60 });
    expect(planned.status).toBe(201);
    expect((await answer(id, planned.data.id, "confirm", mentor)).data.error.code).toBe("session_not_held");

    const doubted = await log(id, mentee, { date: at(-DAY), minutes: 120 });
    const disputed = await answer(id, doubted.data.id, "dispute", mentor, { reason: "Sesi ini batal" });
    expect(disputed.data).toMatchObject({ status: "disputed", disputeReason: "Sesi ini batal" });
    expect(await notices(mentee.id, "mentorship_session_disputed")).toHaveLength(1);
    expect((await answer(id, doubted.data.id, "confirm", mentor)).data.error.code).toBe("invalid_transition");

    const unanswered = await log(id, mentor, { date: at(-3 * HOUR), minutes: 45 });
    let list = await sessions(id, mentee);
    expect(list).toMatchObject({ confirmedMinutes: 90, jp: 2, pendingMinutes: 45, creditedJp: null });
    // Oldest first.
    expect(list.items.map((s: { id: string }) => s.id)).toEqual([doubted.data.id, unanswered.data.id, first.data.id, planned.data.id]);

    api.clock.advance(14 * DAY + HOUR);
    h.cookies.clear();
    list = await sessions(id, mentee);
    const auto = list.items.find((s: { id: string }) => s.id === unanswered.data.id);
    expect(auto).toMatchObject({ status: "confirmed", autoConfirmed: true, answerBy: null });
    // The planned one has taken place meanwhile and waits for its own 14 days.
    expect(list).toMatchObject({ confirmedMinutes: 135, jp: 3, pendingMinutes: 60 });
    expect((await answer(id, unanswered.data.id, "dispute", mentee, { reason: "Terlambat" })).data.error.code).toBe("invalid_transition");

    // Bad input: 4xx in the error shape, nothing written.
    const before = (await api.ctx.db.entities.mentorshipSession.query.byMentorship({ mentorshipId: id }).go()).data.length;
    for (const bad of [{ date: at(-HOUR), minutes: 10 }, { date: "kemarin", minutes: 60 }, { date: at(-HOUR), minutes: 60, mode: "telepon" }, { date: at(200 * DAY), minutes: 60 }, { date: "2020-01-01T00:00:00Z", minutes: 60 }]) {
      const refused = await log(id, mentor, bad);
      expect([400, 422]).toContain(refused.status);
      expect(refused.data.error.code).toMatch(/validation_failed|invalid_session_date/);
    }
    expect((await log(id, outsider, { date: at(-HOUR), minutes: 60 })).status).toBe(403);
    expect((await api.ctx.db.entities.mentorshipSession.query.byMentorship({ mentorshipId: id }).go()).data.length).toBe(before);
  });

  it("refuses overlapping sessions, lets the logger take one back, and completes only once every held session is answered", async () => {
    const { mentor, mentee, id } = await running();
    const { data: s } = await log(id, mentor, { date: at(-3 * HOUR), minutes: 120 });
    // Overlapping it, even logged by the other party or at once: refused.
    const [a, b] = await Promise.all([log(id, mentee, { date: at(-2 * HOUR), minutes: 60 }), log(id, mentor, { date: at(-150 * 60_000), minutes: 30 })]);
    expect([a.status, b.status]).toEqual([409, 409]);
    expect(a.data.error.code).toBe("session_overlaps");
    const racing = await Promise.all([log(id, mentee, { date: at(-10 * HOUR), minutes: 60 }), log(id, mentor, { date: at(-10 * HOUR + 30 * 60_000), minutes: 60 })]);
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    const kept = racing.find((r) => r.status === 201)!.data;

    // Completing waits for the answers: both held sessions are still pending.
    const early = await h.act(id, "complete", mentee.id);
    expect(early).toMatchObject({ status: 409, data: { error: { code: "sessions_pending" } } });
    expect(early.data.error.details.sessions.sort()).toEqual([s.id, kept.id].sort());

    // The logger takes theirs back while it waits; nobody else may.
    const byOther = kept.loggedBy.id === mentor.id ? mentee : mentor;
    const byLogger = kept.loggedBy.id === mentor.id ? mentor : mentee;
    const withdraw = async (sessionId: string, who: StaffDetail) => api.request(`/api/mentorships/${id}/sessions/${sessionId}`, { method: "DELETE", cookie: await h.as(who.id) });
    expect((await withdraw(kept.id, byOther)).status).toBe(403);
    expect((await withdraw(kept.id, byLogger)).status).toBe(204);
    expect((await withdraw(kept.id, byLogger)).status).toBe(404);
    await answer(id, s.id, "confirm", mentee);
    expect((await withdraw(s.id, mentor)).data.error.code).toBe("invalid_transition");
    expect((await h.act(id, "complete", mentee.id)).data).toMatchObject({ status: "completed", creditedJp: 2 });
  });

  it("lets only the mentee tick actions, on top of concurrent changes", async () => {
    const { mentor, mentee, id } = await running();
    const { data: s } = await log(id, mentor, {
      date: at(-HOUR),
      minutes: 60,
      actions: [
        { text: "Susun draf telaahan", dueDate: "2026-12-05" },
        { text: "Wawancara dua OPD", dueDate: "2026-12-12" },
      ],
    });
    const tick = async (actionId: string, who: StaffDetail, done: boolean) =>
      api.request(`/api/mentorships/${id}/sessions/${s.id}/actions/${actionId}`, { method: "PUT", cookie: await h.as(who.id), json: { done } });
    expect((await tick("a1", mentor, true)).status).toBe(403);
    expect((await tick("a9", mentee, true)).status).toBe(404);
    // Ticking both and confirming at once loses nothing.
    const [one, two] = await Promise.all([tick("a1", mentee, true), tick("a2", mentee, true), answer(id, s.id, "confirm", mentee)]);
    expect([one.status, two.status]).toEqual([200, 200]);
    const after = (await sessions(id, mentor)).items[0];
    expect(after.status).toBe("confirmed");
    expect(after.actions.map((a: { doneAt: string | null }) => a.doneAt !== null)).toEqual([true, true]);
    expect((await tick("a2", mentee, false)).data.actions[1].doneAt).toBeNull();
  });

  it("credits the mentee's confirmed minutes to the JP ledger once on completion, and marks a linked plan item done", async () => {
    const { mentor, mentee, id } = await running("pengawas");
    // A plan item whose action is mentoring, in this quarter's evaluation.
    expect((await api.request("/api/cycles", { method: "POST", cookie: await api.signIn(DEMO.admin), json: { year: 2026, quarter: 4 } })).status).toBe(201);
    const evaluationId = `2026-Q4~${mentee.id}`;
    const plan = await api.request(`/api/evaluations/${encodeURIComponent(evaluationId)}/plan`, {
      method: "PUT",
      cookie: await h.as(mentee.id),
      json: { items: [{ competencyId: "komunikasi", action: "mentorship", description: "Belajar presentasi kebijakan", targetDate: "2027-03-31" }, { competencyId: "komunikasi", action: "self_study", targetDate: "2027-03-31" }] },
    });
    expect(plan.status, JSON.stringify(plan.data)).toBe(200);
    const [mentoringItem, otherItem] = plan.data.items;
    const link = async (itemId: string) =>
      api.request(`/api/mentorships/${id}/plan-item`, { method: "PUT", cookie: await h.as(mentee.id), json: { evaluationId, itemId } });
    expect((await link(otherItem.id)).data.error.code).toBe("invalid_plan_item");
    expect((await api.request(`/api/mentorships/${id}/plan-item`, { method: "PUT", cookie: await h.as(mentor.id), json: { evaluationId, itemId: mentoringItem.id } })).status).toBe(403);
    expect((await link(mentoringItem.id)).data.planItem).toEqual({ evaluationId, itemId: mentoringItem.id });

    // 100 + 50 confirmed minutes = 150 = 3 JP (rounded down); a disputed one and one still planned count nothing.
    for (const [hoursAgo, minutes, outcome] of [[20, 100, "confirm"], [15, 50, "confirm"], [10, 240, "dispute"], [-5, 60, null]] as const) {
      const { status, data: s } = await log(id, mentor, { date: at(-hoursAgo * HOUR), minutes });
      expect(status).toBe(201);
      if (outcome) await answer(id, s.id, outcome, mentee, outcome === "dispute" ? { reason: "Tidak hadir" } : undefined);
    }
    // Both complete at once: one completion, one ledger entry.
    const [a, b] = await Promise.all([h.act(id, "complete", mentee.id), h.act(id, "complete", mentor.id)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const done = a.status === 200 ? a.data : b.data;
    expect(done).toMatchObject({ status: "completed", creditedJp: 3, can: [] });
    expect((await h.act(id, "complete", mentee.id)).data.error.code).toBe("invalid_transition");
    const entries = (await ledger(mentee.id)).filter((e) => e.id === `mentorship-${id}`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ source: "mentoring", jp: 3, status: "approved", year: 2026 });
    // "Pembelajaran saya" shows it like any other entry.
    const learning = await api.request("/api/learning", { cookie: await h.as(mentee.id) });
    expect(learning.data.entries.find((e: { id: string }) => e.id === `mentorship-${id}`)).toMatchObject({ source: "mentoring", jp: 3 });
    const planAfter = await api.request(`/api/evaluations/${encodeURIComponent(evaluationId)}/plan`, { cookie: await h.as(mentee.id) });
    expect(planAfter.data.items.map((i: { status: string }) => i.status)).toEqual(["done", "planned"]);
    expect((await sessions(id, mentee)).creditedJp).toBe(3);
    // Sessions end with the relation.
    expect((await log(id, mentor, { date: at(-HOUR), minutes: 60 })).data.error.code).toBe("mentorship_not_active");
  });

  it("credits coaching as coaching, in the WITA year of the last session", async () => {
    // Coaching is started by the direct supervisor.
    const member = h.pick("pengawas", (s) => !s.supervisorId || h.used.has(s.supervisorId));
    const supervisor = h.detail(member.supervisorId!);
    h.used.add(supervisor.id);
    const started = await api.request("/api/mentorships", {
      method: "POST",
      cookie: await h.as(supervisor.id),
      json: { kind: "coaching", menteeId: member.id, competencyIds: ["orientasi-hasil"], goals: [{ competencyId: "orientasi-hasil", text: "Target kinerja triwulan" }], weeks: 4 },
    });
    expect(started.status, JSON.stringify(started.data)).toBe(201);
    // 31 Dec 23:00 WITA is 2026 in Mataram (15:00 UTC); it was logged at 90 minutes.
    api.clock.advance(Date.parse("2027-01-01T02:00:00.000Z") - api.ctx.now().getTime());
    h.cookies.clear();
    const { data: s } = await log(started.data.id, supervisor, { date: "2026-12-31T23:00:00+08:00", minutes: 90 });
    await answer(started.data.id, s.id, "confirm", member);
    expect((await h.act(started.data.id, "complete", member.id)).data.creditedJp).toBe(2);
    const [entry] = (await ledger(member.id)).filter((e) => e.id === `mentorship-${started.data.id}`);
    expect(entry).toMatchObject({ source: "coaching", jp: 2, year: 2026 });
  });

  it("keeps each side's feedback hidden until both answered or 14 days passed; the mentor's average for admins only", async () => {
    const mentor = h.pick("jpt_pratama");
    await h.offer(mentor.id, { capacity: 5, competencies: [{ competencyId: "komunikasi", level: 4 }] });
    const relations: { mentee: StaffDetail; id: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const mentee = h.pick("pelaksana", (s) => s.supervisorId === mentor.id);
      const { data: request } = await h.ask(mentee.id, mentor.id);
      await h.act(request.id, "accept", mentor.id);
      relations.push({ mentee, id: request.id });
    }
    const give = async (id: string, who: string, rating: number, comment = "") =>
      api.request(`/api/mentorships/${id}/feedback`, { method: "POST", cookie: await h.as(who), json: { rating, comment } });
    const read = async (id: string, who: string) => (await api.request(`/api/mentorships/${id}/feedback`, { cookie: await h.as(who) })).data;
    const [first, second, third] = relations;

    expect((await give(first!.id, first!.mentee.id, 5)).data.error.code).toBe("feedback_not_open");
    for (const r of relations) expect((await h.act(r.id, "complete", r.mentee.id)).status).toBe(200);
    expect(await notices(mentor.id, "mentorship_feedback_requested")).toHaveLength(3);

    expect((await give(first!.id, first!.mentee.id, 6)).status).toBe(400);
    const mine = await give(first!.id, first!.mentee.id, 5, "Sangat membantu");
    expect(mine).toMatchObject({ status: 201, data: { entries: [{ from: "mentee", rating: 5 }], given: ["mentee"], canGive: false } });
    // The other side sees that it was given, not what.
    expect(await read(first!.id, mentor.id)).toMatchObject({ entries: [], given: ["mentee"], canGive: true });
    expect(mine.data.revealsAt).toBeTruthy();
    // A retry of the same answer changes nothing; another answer is refused.
    expect((await give(first!.id, first!.mentee.id, 5, "Sangat membantu")).status).toBe(201);
    expect((await give(first!.id, first!.mentee.id, 3, "Berubah pikiran")).data.error.code).toBe("feedback_given");
    await give(first!.id, mentor.id, 4, "Mentee aktif");
    expect((await read(first!.id, first!.mentee.id)).entries.map((e: { from: string }) => e.from).sort()).toEqual(["mentee", "mentor"]);
    // Nobody else rates.
    expect((await give(first!.id, second!.mentee.id, 1)).status).toBe(403);

    await give(second!.id, second!.mentee.id, 4);
    const profile = async (cookie: string) => (await api.request(`/api/mentors/${mentor.id}`, { cookie })).data.rating;
    const admin = await api.signIn(DEMO.admin); // sessions last 12 hours: a fresh one
    expect(await profile(admin)).toBeNull(); // two ratings: not yet
    await give(third!.id, third!.mentee.id, 3);
    expect(await profile(admin)).toEqual({ average: 4, count: 3 });
    expect(await profile(await h.as(mentor.id))).toBeNull();
    expect(await profile(await h.as(first!.mentee.id))).toBeNull();

    // Fourteen days after completion the one side's answer shows anyway, and feedback closes: no rating after reading the other's.
    expect((await read(second!.id, mentor.id)).entries).toEqual([]);
    api.clock.advance(14 * DAY + HOUR);
    h.cookies.clear();
    expect(await read(second!.id, mentor.id)).toMatchObject({ entries: [{ from: "mentee", rating: 4 }], canGive: false });
    expect((await give(second!.id, mentor.id, 2)).data.error.code).toBe("feedback_closed");
  });

  it("exports the sessions as an iCalendar file that a calendar parser reads", async () => {
    const { mentor, mentee, id } = await running();
    await log(id, mentor, { date: at(-2 * HOUR), minutes: 60, notes: "Bahas rencana; draf, revisi\nlalu kirim", actions: [{ text: "Kirim draf", dueDate: "2026-12-20" }] });
    await log(id, mentee, { date: at(7 * DAY), minutes: 90, mode: "daring" });
    const response = await api.request(`/api/mentorships/${id}/sessions.ics`, { cookie: await h.as(mentee.id) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = response.data as string;
    expect(text.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe(new Date(Date.parse(at(-2 * HOUR))).toISOString().replace(/\.\d{3}Z$/, ".000Z"));
    expect(events[0]!.duration.toSeconds()).toBe(3600);
    expect(events[0]!.description).toBe("Bahas rencana; draf, revisi\nlalu kirim\n- Kirim draf (2026-12-20)");
    expect(events[1]!.location).toBe("Daring");
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    expect((await api.request(`/api/mentorships/${id}/sessions.ics`, { cookie: await h.as(h.pick("pelaksana").id) })).status).toBe(403);
  });

  it("nudges once each, however often and at once the daily job runs: waiting requests, quiet relations, relations past their end", async () => {
    const mentor = h.pick("administrator");
    const mentee = h.pick("pelaksana", (s) => s.supervisorId === mentor.id);
    const other = h.pick("pelaksana", (s) => s.supervisorId === mentor.id);
    await h.offer(mentor.id, { capacity: 3 });
    const { data: waiting } = await h.ask(mentee.id, mentor.id);
    const { data: quiet } = await h.ask(other.id, mentor.id);
    await h.act(quiet.id, "accept", mentor.id);
    const run = async (times: number) => {
      const runs = await Promise.all(Array.from({ length: times }, () => sendMentoringNudges(api.ctx)));
      return runs.reduce((sum, r) => ({ waiting: sum.waiting + r.waiting, expired: sum.expired + r.expired, noSession: sum.noSession + r.noSession, due: sum.due + r.due }), { waiting: 0, expired: 0, noSession: 0, due: 0 });
    };
    // Earlier relations' nudges go first; nothing is due for these two yet.
    await run(2);
    expect(await notices(mentor.id, "mentorship_request_waiting")).toHaveLength(0);
    expect(await notices(other.id, "mentorship_no_session")).toHaveLength(0);
    api.clock.advance(3 * DAY + HOUR);
    const day3 = await run(3);
    expect(day3.waiting).toBeGreaterThanOrEqual(1);
    expect(await notices(mentor.id, "mentorship_request_waiting")).toHaveLength(1);
    expect((await run(2)).waiting).toBe(0);

    // 30 days without a session: both parties, once.
    api.clock.advance(27 * DAY);
    const day30 = await run(3);
    expect(day30.noSession).toBeGreaterThanOrEqual(1);
    expect(await notices(other.id, "mentorship_no_session")).toHaveLength(1);
    expect((await notices(mentor.id, "mentorship_no_session")).filter((n) => n.id.includes(quiet.id))).toHaveLength(1);
    expect((await run(2)).noSession).toBe(0);
    // The waiting request expired on the way (its 14 days passed).
    expect((await api.request(`/api/mentorships/${waiting.id}`, { cookie: await api.signIn(DEMO.admin) })).data.status).toBe("expired");

    // A session resets the quiet clock; the end date (8 weeks) passes: both asked to complete, once.
    await log(quiet.id, other, { date: at(-HOUR), minutes: 60 });
    api.clock.advance(26 * DAY);
    h.cookies.clear();
    const end = await run(3);
    expect(end.due).toBeGreaterThanOrEqual(1);
    expect((await notices(other.id, "mentorship_due")).filter((n) => n.id.includes(quiet.id))).toHaveLength(1);
    expect((await notices(mentor.id, "mentorship_due")).filter((n) => n.id.includes(quiet.id))).toHaveLength(1);
    expect((await notices(other.id, "mentorship_no_session")).filter((n) => n.id.includes(quiet.id))).toHaveLength(1);
    expect((await run(2)).due).toBe(0);
    // Each notice went out by e-mail once.
    expect(api.mail.filter((m) => m.text.includes(`/mentoring/${quiet.id}`) && m.text.includes("telah berakhir"))).toHaveLength(2);
    expect(api.mail.filter((m) => m.text.includes(`/mentoring/${waiting.id}`) && m.text.includes("menunggu jawaban"))).toHaveLength(1);
  });

  it("shows admins the city's mentoring: active relations per unit, mentors at capacity, quiet relations", async () => {
    const { mentor, id } = await running();
    const mentee2 = h.pick("pelaksana", (s) => s.supervisorId === mentor.id);
    const { data: second } = await h.ask(mentee2.id, mentor.id);
    await h.act(second.id, "accept", mentor.id);
    expect((await api.request("/api/mentoring/overview", { cookie: await h.as(mentor.id) })).status).toBe(403);
    api.clock.advance(31 * DAY);
    h.cookies.clear();
    const overview = await api.request("/api/mentoring/overview", { cookie: await api.signIn(DEMO.admin) });
    expect(overview.status).toBe(200);
    expect(overview.data.mentorsAtCapacity.map((m: { staffId: string }) => m.staffId)).toContain(mentor.id);
    expect(overview.data.quiet.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining([id, second.id]));
    const total = overview.data.byUnit.reduce((sum: number, u: { mentoring: number; coaching: number }) => sum + u.mentoring + u.coaching, 0);
    const active = (await api.ctx.db.entities.mentorship.query.byStatusWatch({ status: "active" }).go({ pages: "all" })).data.length;
    expect(total).toBe(active);
  });
});
