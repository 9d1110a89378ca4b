import { beforeAll, describe, expect, it } from "vitest";
import { competencyIds } from "@kompeten/core/competencies/competencies";
import { sendMentoringNudges } from "@kompeten/core/mentorships/mentorships";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";
import { mentoringHarness, type MentoringHarness, type StaffDetail } from "./support/mentoring";

const DAY = 86400_000;

describe("mentoring: mentors, suggestions and the relation", () => {
  let api: TestApi;
  let admin: string;
  let h: MentoringHarness;
  const as = (id: string) => h.as(id);
  const offer = (id: string, over?: Record<string, unknown>) => h.offer(id, over);
  const ask = (menteeId: string, mentorId: string, over?: Record<string, unknown>) => h.ask(menteeId, mentorId, over);
  const act = (id: string, action: string, who: string, json?: unknown) => h.act(id, action, who, json);
  const pick = (level: string, avoid?: Parameters<MentoringHarness["pick"]>[1]) => h.pick(level, avoid);

  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.signIn(DEMO.admin);
    h = await mentoringHarness(api, admin);
  });

  it("keeps a mentor profile: a default first, then the offer; levels at least 3 and not above the assessed level", async () => {
    const person = pick("administrator");
    const cookie = await as(person.id);
    expect((await api.request("/api/mentors/me", { cookie })).data).toMatchObject({ offered: false, available: false, capacity: 2, competencies: [] });

    const low = await api.request("/api/mentors/me", { method: "PUT", cookie, json: { available: true, competencies: [{ competencyId: "komunikasi", level: 2 }], modes: ["daring"] } });
    expect(low).toMatchObject({ status: 400, data: { error: { code: "validation_failed" } } });
    const twice = await api.request("/api/mentors/me", {
      method: "PUT",
      cookie,
      json: { available: true, competencies: [{ competencyId: "komunikasi", level: 3 }, { competencyId: "komunikasi", level: 4 }], modes: ["daring"] },
    });
    expect(twice.status).toBe(400);
    const tooMany = await api.request("/api/mentors/me", { method: "PUT", cookie, json: { available: true, capacity: 6, competencies: [], modes: ["daring"] } });
    expect(tooMany.status).toBe(400);

    await api.request(`/api/staff/${person.id}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { komunikasi: 3 } } });
    const above = await api.request("/api/mentors/me", { method: "PUT", cookie, json: { available: true, competencies: [{ competencyId: "komunikasi", level: 4 }], modes: ["daring"] } });
    expect(above).toMatchObject({ status: 422, data: { error: { code: "invalid_mentor_level" } } });

    const saved = await offer(person.id, { competencies: [{ competencyId: "komunikasi", level: 3 }, { competencyId: "analisis-kebijakan", level: 5 }] });
    expect(saved).toMatchObject({ offered: true, available: true, capacity: 2, taken: 0, modes: ["tatap_muka", "daring"] });
    // Dropping a competency removes it from the mentor index.
    await offer(person.id, { competencies: [{ competencyId: "analisis-kebijakan", level: 5 }] });
    const index = await api.ctx.db.entities.mentorCompetency.query.byMentor({ staffId: person.id }).go();
    expect(index.data.map((i) => i.competencyId)).toEqual(["analisis-kebijakan"]);
    expect((await api.request("/api/mentors/me", { cookie })).data.competencies).toEqual([{ competencyId: "analisis-kebijakan", level: 5 }]);
  });

  it("gives a 2-seat mentor exactly 2 active mentorships when 6 requests are accepted at once", async () => {
    const mentor = pick("jpt_pratama");
    await offer(mentor.id, { capacity: 2 });
    const mentees = Array.from({ length: 6 }, () => pick("pelaksana", (s) => s.supervisorId === mentor.id));
    const requests = await Promise.all(mentees.map((m) => ask(m.id, mentor.id)));
    expect(requests.map((r) => r.status)).toEqual(Array(6).fill(201));
    expect(requests.every((r) => r.data.status === "requested")).toBe(true);

    const answers = await Promise.all(requests.map((r) => act(r.data.id, "accept", mentor.id)));
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted).toHaveLength(2);
    expect(accepted.every((a) => a.data.status === "active" && a.data.endsAt)).toBe(true);
    const refused = answers.filter((a) => a.status !== 200);
    expect(refused).toHaveLength(4);
    for (const answer of refused) expect(answer).toMatchObject({ status: 409, data: { error: { code: "mentor_full" } } });

    const cookie = await as(mentor.id);
    const active = await api.request("/api/mentorships?as=mentor&status=active", { cookie });
    expect(active.data.items).toHaveLength(2);
    expect((await api.request("/api/mentors/me", { cookie })).data).toMatchObject({ capacity: 2, taken: 2 });
    const index = await api.ctx.db.entities.mentorCompetency.get({ staffId: mentor.id, competencyId: "komunikasi" }).go();
    expect(index.data).toMatchObject({ taken: 2, capacity: 2 });
    // Capacity cannot drop below the seats taken.
    const shrink = await api.request("/api/mentors/me", { method: "PUT", cookie, json: { available: true, capacity: 1, competencies: [{ competencyId: "komunikasi", level: 4 }], modes: ["daring"] } });
    expect(shrink).toMatchObject({ status: 409, data: { error: { code: "capacity_below_mentees" } } });

    // Completing one frees its seat: a waiting request can now be accepted.
    const first = accepted[0]!.data.id;
    const completed = await act(first, "complete", accepted[0]!.data.mentee.id);
    expect(completed).toMatchObject({ status: 200, data: { status: "completed" } });
    expect((await api.request("/api/mentors/me", { cookie })).data.taken).toBe(1);
    const waiting = requests.find((r) => !accepted.some((a) => a.data.id === r.data.id))!;
    expect((await act(waiting.data.id, "accept", mentor.id)).data.status).toBe("active");
    const notes = await api.ctx.db.entities.notification.query.byStaff({ staffId: waiting.data.mentee.id }).go();
    expect(notes.data.map((n) => n.type)).toContain("mentorship_accepted");
  });

  it("refuses self-mentoring, one's own supervisor, a second request to the same mentor and a fourth open request", async () => {
    const mentee = pick("pelaksana");
    const mentors = [pick("jpt_pratama"), pick("jpt_pratama"), pick("jpt_pratama"), pick("jpt_pratama")].filter((m) => m.id !== mentee.supervisorId);
    for (const m of mentors) await offer(m.id);
    await offer(mentee.id, { competencies: [{ competencyId: "komunikasi", level: 3 }] });

    expect(await ask(mentee.id, mentee.id)).toMatchObject({ status: 422, data: { error: { code: "self_mentoring" } } });
    // pegawai@ (demo-3) reports to atasan@ (demo-2): guidance by the supervisor is coaching.
    await offer("demo-2");
    expect(await ask("demo-3", "demo-2")).toMatchObject({ status: 422, data: { error: { code: "supervisor_is_coach" } } });
    // Goals belong to the relation's competencies; weeks 4-24.
    const badGoal = await ask(mentee.id, mentors[0]!.id, { goals: [{ competencyId: "integritas", text: "Jujur" }] });
    expect(badGoal.status).toBe(400);
    expect(badGoal.data.error.details.issues.map((i: { path: string }) => i.path)).toContain("goals.0.competencyId");
    expect((await ask(mentee.id, mentors[0]!.id, { weeks: 30 })).status).toBe(400);
    expect(await ask(mentee.id, mentors[0]!.id, { competencyIds: ["integritas"], goals: [{ competencyId: "integritas", text: "Jujur selalu" }] })).toMatchObject({
      status: 422,
      data: { error: { code: "not_mentor_competency" } },
    });
    expect(await ask(mentee.id, "nobody")).toMatchObject({ status: 404, data: { error: { code: "not_found" } } });

    const opened = await Promise.all(mentors.slice(0, 3).map((m) => ask(mentee.id, m.id)));
    expect(opened.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(await ask(mentee.id, mentors[0]!.id)).toMatchObject({ status: 409, data: { error: { code: "request_limit" } } });
    expect(await ask(mentee.id, mentors[3]!.id)).toMatchObject({ status: 409, data: { error: { code: "request_limit" } } });
    // Withdrawing one frees a place; the same mentor twice is still refused.
    expect((await act(opened[0]!.data.id, "withdraw", mentee.id)).data.status).toBe("withdrawn");
    expect((await ask(mentee.id, mentors[1]!.id)).data.error.code).toBe("request_exists");
    const fourth = await ask(mentee.id, mentors[3]!.id);
    expect(fourth.status).toBe(201);
    expect((await api.request("/api/mentorships?status=requested", { cookie: await as(mentee.id) })).data.items).toHaveLength(3);

    // Accepting one withdraws the other open requests in the same competency and tells their mentors.
    expect((await act(opened[1]!.data.id, "accept", mentors[1]!.id)).status).toBe(200);
    const after = await api.request(`/api/mentorships/${opened[2]!.data.id}`, { cookie: await as(mentee.id) });
    expect(after.data.status).toBe("withdrawn");
    expect((await api.request(`/api/mentorships/${fourth.data.id}`, { cookie: await as(mentee.id) })).data.status).toBe("withdrawn");
    const told = await api.ctx.db.entities.notification.query.byStaff({ staffId: mentors[2]!.id }).go();
    expect(told.data.map((n) => n.type)).toEqual(expect.arrayContaining(["mentorship_requested", "mentorship_withdrawn"]));
    // One active mentorship per competency: another mentor in it is refused.
    expect(await ask(mentee.id, mentors[2]!.id)).toMatchObject({ status: 409, data: { error: { code: "competency_in_mentorship" } } });
  });

  it("holds the limit of three open requests when a mentee sends five at once", async () => {
    const mentee = pick("pelaksana");
    const mentors = Array.from({ length: 5 }, () => pick("administrator", (s) => s.id === mentee.supervisorId));
    for (const m of mentors) await offer(m.id);
    const answers = await Promise.all(mentors.map((m) => ask(mentee.id, m.id)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    for (const refused of answers.filter((a) => a.status !== 201)) expect(refused).toMatchObject({ status: 409, data: { error: { code: "request_limit" } } });
    expect((await api.request("/api/mentorships?status=requested", { cookie: await as(mentee.id) })).data.items).toHaveLength(3);
  });

  it("lets only the right party move a relation on, and only from the right state", async () => {
    const mentor = pick("jpt_pratama");
    const mentee = pick("pelaksana", (s) => s.supervisorId === mentor.id);
    const stranger = pick("pelaksana");
    await offer(mentor.id);
    const { data: request } = await ask(mentee.id, mentor.id);

    expect((await act(request.id, "accept", mentee.id)).status).toBe(403);
    expect((await act(request.id, "withdraw", mentor.id)).status).toBe(403);
    expect(await act(request.id, "accept", stranger.id)).toMatchObject({ status: 403, data: { error: { code: "forbidden" } } });
    expect(await act("no-such-id", "accept", mentor.id)).toMatchObject({ status: 404, data: { error: { code: "not_found" } } });
    expect((await api.request(`/api/mentorships/${request.id}`, { cookie: await as(stranger.id) })).status).toBe(403);
    expect((await api.request(`/api/mentorships/${request.id}`, { cookie: admin })).status).toBe(200);
    if (mentee.supervisorId) expect((await api.request(`/api/mentorships/${request.id}`, { cookie: await as(mentee.supervisorId) })).status).toBe(200);
    expect((await act(request.id, "complete", mentee.id)).data.error.code).toBe("invalid_transition");
    // Declining needs a reason.
    expect((await act(request.id, "decline", mentor.id)).status).toBe(400);
    const declined = await act(request.id, "decline", mentor.id, { reason: "Jadwal saya penuh bulan ini" });
    expect(declined.data).toMatchObject({ status: "declined", reason: "Jadwal saya penuh bulan ini" });
    expect(await act(request.id, "accept", mentor.id)).toMatchObject({ status: 409, data: { error: { code: "invalid_transition" } } });

    // Declined, the pair may try again; an active relation is cancelled with a reason by either side.
    api.clock.advance(1000);
    const { data: again } = await ask(mentee.id, mentor.id);
    expect((await act(again.id, "accept", mentor.id)).data.status).toBe("active");
    expect((await act(again.id, "withdraw", mentee.id)).data.error.code).toBe("invalid_transition");
    expect((await act(again.id, "cancel", stranger.id, { reason: "Tidak terkait" })).status).toBe(403);
    const cancelled = await act(again.id, "cancel", mentee.id, { reason: "Pindah tugas" });
    expect(cancelled.data).toMatchObject({ status: "cancelled", reason: "Pindah tugas" });
    expect((await api.request("/api/mentors/me", { cookie: await as(mentor.id) })).data.taken).toBe(0);
    const notes = await api.ctx.db.entities.notification.query.byStaff({ staffId: mentor.id }).go();
    expect(notes.data.map((n) => n.type)).toContain("mentorship_cancelled");

    // Lists page by cursor, newest first.
    const first = await api.request("/api/mentorships?as=mentee&limit=1", { cookie: await as(mentee.id) });
    expect(first.data.items).toHaveLength(1);
    expect(first.data.items[0].id).toBe(again.id);
    const second = await api.request(`/api/mentorships?as=mentee&limit=1&cursor=${first.data.cursor}`, { cookie: await as(mentee.id) });
    expect(second.data.items[0].id).toBe(request.id);
    expect((await api.request("/api/mentorships?as=someone", { cookie: admin })).status).toBe(400);
  });

  it("lets a direct supervisor start coaching a team member, active at once, the member told", async () => {
    // atasan@ (demo-2) supervises pegawai@ (demo-3).
    const started = await api.request("/api/mentorships", {
      method: "POST",
      cookie: await as("demo-2"),
      json: { kind: "coaching", menteeId: "demo-3", competencyIds: ["literasi-digital"], goals: [{ competencyId: "literasi-digital", text: "Mengelola aplikasi layanan" }], weeks: 6 },
    });
    expect(started.status).toBe(201);
    expect(started.data).toMatchObject({ kind: "coaching", status: "active", mentor: { id: "demo-2" }, mentee: { id: "demo-3" } });
    const notes = await api.ctx.db.entities.notification.query.byStaff({ staffId: "demo-3" }).go();
    expect(notes.data.map((n) => n.type)).toContain("coaching_started");
    // Not one's own team member: refused.
    const other = pick("pelaksana", (s) => s.supervisorId === "demo-2");
    const refused = await api.request("/api/mentorships", {
      method: "POST",
      cookie: await as("demo-2"),
      json: { kind: "coaching", menteeId: other.id, competencyIds: ["komunikasi"], goals: [{ competencyId: "komunikasi", text: "Komunikasi tim" }], weeks: 6 },
    });
    expect(refused).toMatchObject({ status: 403, data: { error: { code: "forbidden" } } });
    expect((await api.request("/api/mentorships?as=mentor&status=active", { cookie: await as("demo-2") })).data.items.map((m: { id: string }) => m.id)).toContain(started.data.id);
  });

  it("keeps a mentor's name, unit and position in the suggestions in step with a staff edit", async () => {
    const mentor = pick("administrator");
    const person = pick("pelaksana", (s) => s.supervisorId === mentor.id || s.unitId === mentor.unitId);
    await offer(mentor.id);
    const edited = await api.request(`/api/staff/${mentor.id}`, { method: "PATCH", cookie: await api.signIn(DEMO.admin), json: { name: "Lalu Mentor Baru", position: "Perencana Ahli Utama" } });
    expect(edited.status, JSON.stringify(edited.data)).toBe(200);
    const { data } = await api.request("/api/mentors?competencyId=komunikasi", { cookie: await as(person.id) });
    expect(data.items.find((s: { mentorId: string }) => s.mentorId === mentor.id)).toMatchObject({ name: "Lalu Mentor Baru", position: "Perencana Ahli Utama" });
  });

  it("ranks suggestions by the documented score with reasons, leaving out self, full, unavailable and one's own supervisor", async () => {
    // An administrator (standard 3) assessed at 3 everywhere but Pelayanan Publik, at 1: gap -2.
    const person = h.everyone.find((s) => s.positionLevel === "administrator" && s.supervisorId && !h.used.has(s.id) && h.everyone.some((c) => c.unitId === s.unitId && c.positionLevel === "pelaksana" && !h.used.has(c.id)))!;
    h.used.add(person.id);
    await api.request(`/api/staff/${person.id}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { ...Object.fromEntries(competencyIds.map((id) => [id, 3])), "pelayanan-publik": 1 } } });
    const supervisor = h.detail(person.supervisorId!);
    h.used.add(supervisor.id);
    const sameUnit = (s: StaffDetail) => s.unitId === person.unitId;
    const far = pick("jpt_pratama", (s) => sameUnit(s) || s.id === supervisor.id);
    const near = pick("pelaksana", sameUnit);
    const colleague = h.everyone.find((s) => sameUnit(s) && s.positionLevel === "pelaksana" && !h.used.has(s.id))!;
    h.used.add(colleague.id);
    const unavailable = pick("administrator");
    const full = pick("administrator");
    await offer(far.id, { competencies: [{ competencyId: "pelayanan-publik", level: 5 }], capacity: 2 });
    await offer(near.id, { competencies: [{ competencyId: "pelayanan-publik", level: 3 }], capacity: 3 });
    await offer(colleague.id, { competencies: [{ competencyId: "pelayanan-publik", level: 3 }], capacity: 1 });
    await offer(unavailable.id, { available: false, competencies: [{ competencyId: "pelayanan-publik", level: 5 }] });
    await offer(full.id, { competencies: [{ competencyId: "pelayanan-publik", level: 5 }], capacity: 1 });
    await offer(supervisor.id, { competencies: [{ competencyId: "pelayanan-publik", level: 5 }] });
    await offer(person.id, { competencies: [{ competencyId: "analisis-kebijakan", level: 3 }] });
    const taker = pick("pelaksana", (s) => s.supervisorId === full.id);
    const { data: taken } = await ask(taker.id, full.id, { competencyIds: ["pelayanan-publik"], goals: [{ competencyId: "pelayanan-publik", text: "Standar pelayanan" }] });
    expect((await act(taken.id, "accept", full.id)).status).toBe(200);

    api.requests.reset();
    const { status, data } = await api.request("/api/mentors?competencyId=pelayanan-publik", { cookie: await as(person.id) });
    expect(status).toBe(200);
    const ids = data.items.map((s: { mentorId: string }) => s.mentorId);
    for (const left of [person.id, supervisor.id, unavailable.id, full.id]) expect(ids).not.toContain(left);
    // far: cover 1, gap 2/4, spare 1, senior, other unit = 50 + 7.5 + 20 + 10 + 5 = 92.5
    // near: cover 1 (level 3 covers the 2 levels), gap 2/4, spare 1, not senior, other unit = 82.5
    // colleague: the same but in the same unit = 77.5
    expect(data.items.map((s: { mentorId: string; score: number }) => [s.mentorId, s.score])).toEqual([
      [far.id, 93],
      [near.id, 83],
      [colleague.id, 78],
    ]);
    expect(data.items[0]).toMatchObject({ name: far.name, unitName: far.unitName, competencyId: "pelayanan-publik", level: 5 });
    expect(data.items[0].reasons).toEqual(["Kompetensi Pelayanan Publik level 5, gap Anda -2", "0 dari 2 kursi terisi", "Jabatan lebih tinggi: JPT Pratama", `Unit lain (${far.unitName}): belajar lintas OPD`]);
    // The person's record and one Query of the mentor index (plus the session's read).
    expect(api.requests.commands.filter((c) => c === "QueryCommand")).toHaveLength(1);
    expect(api.requests.commands.filter((c) => c === "ScanCommand")).toHaveLength(0);

    // Without a competency: the largest gaps (here the only one).
    const broad = await api.request("/api/mentors", { cookie: await as(person.id) });
    expect(broad.data).toEqual(data);
    // A competency never assessed counts as level 1: for a pengawas (standard 2) every gap is -1.
    const fresh = h.everyone.find((s) => s.positionLevel === "pengawas" && !h.used.has(s.id))!;
    const forFresh = await api.request("/api/mentors?competencyId=pelayanan-publik", { cookie: await as(fresh.id) });
    expect(forFresh.data.items.find((s: { mentorId: string }) => s.mentorId === far.id).reasons[0]).toBe("Kompetensi Pelayanan Publik level 5, gap Anda -1");
    expect((await api.request("/api/mentors?competencyId=nope", { cookie: await as(person.id) })).status).toBe(400);
  });
  it("expires a request after 14 days, when read and by the daily job, once", async () => {
    const mentor = pick("jpt_pratama");
    const mentee = pick("pelaksana", (s) => s.supervisorId === mentor.id);
    await offer(mentor.id);
    const { data: request } = await ask(mentee.id, mentor.id);
    expect(request.answerBy).toBe(new Date(Date.parse(request.requestedAt) + 14 * DAY).toISOString());
    api.clock.advance(14 * DAY + 60_000);
    h.cookies.clear(); // sessions last 12 hours
    const cookie = await as(mentee.id);
    expect((await api.request(`/api/mentorships/${request.id}`, { cookie })).data.status).toBe("expired");
    expect((await api.request("/api/mentorships?status=expired", { cookie })).data.items.map((m: { id: string }) => m.id)).toEqual([request.id]);
    expect((await api.request("/api/mentorships?status=requested", { cookie })).data.items).toEqual([]);

    // Every stale request (this one and those left waiting above) is expired once, however the job runs.
    const stale = (await api.ctx.db.entities.mentorship.query.byStatusWatch({ status: "requested" }).go({ pages: "all" })).data.length;
    expect(stale).toBeGreaterThanOrEqual(1);
    const expired = (runs: { expired: number }[]) => runs.reduce((sum, run) => sum + run.expired, 0);
    expect(expired(await Promise.all([sendMentoringNudges(api.ctx), sendMentoringNudges(api.ctx)]))).toBe(stale);
    expect(expired([await sendMentoringNudges(api.ctx)])).toBe(0);
    expect(await act(request.id, "accept", mentor.id)).toMatchObject({ status: 409, data: { error: { code: "invalid_transition" } } });
    const notes = await api.ctx.db.entities.notification.query.byStaff({ staffId: mentee.id }).go();
    expect(notes.data.filter((n) => n.type === "mentorship_expired")).toHaveLength(1);
    // Its place is free again: the same mentor may be asked anew.
    const { data: next } = await ask(mentee.id, mentor.id);
    expect(next.status).toBe("requested");

    // A request found stale when answered is recorded as expired then.
    api.clock.advance(14 * DAY + 60_000);
    h.cookies.clear();
    expect(await act(next.id, "accept", mentor.id)).toMatchObject({ status: 409, data: { error: { code: "request_expired" } } });
    expect((await api.ctx.db.entities.mentorship.get({ id: next.id }).go()).data!.status).toBe("expired");
  });
});
