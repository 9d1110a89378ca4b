import { systemActor } from "@kompeten/core/actor";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDueCycles, openCycle } from "@kompeten/core/cycles/cycles";
import { sendReminders } from "@kompeten/core/reminders/reminders";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

const DAY = 86400_000;

describe("quarterly evaluation cycles", () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let staff: string;
  let ids: { admin: string; supervisor: string; staff: string };
  let evaluationId: string;
  const get = (path: string, cookie: string) => api.request(path, { cookie });
  const put = (path: string, cookie: string, json: unknown) => api.request(path, { method: "PUT", cookie, json });
  const post = (path: string, cookie: string, json: unknown = {}) => api.request(path, { method: "POST", cookie, json });

  async function formRatings(evalId: string, reviewId: string, cookie: string, score = 4) {
    const review = await get(`/api/evaluations/${evalId}/reviews/${reviewId}`, cookie);
    expect(review.status).toBe(200);
    return Object.fromEntries(review.data.items.map((i: { id: string }) => [i.id, { score }]));
  }

  beforeAll(async () => {
    api = await createTestApi();
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    const me = async (cookie: string) => (await get("/api/me", cookie)).data.id as string;
    ids = { admin: await me(admin), supervisor: await me(supervisor), staff: await me(staff) };
  });

  it("opens the quarter's cycle once, even when asked twice at the same moment", async () => {
    expect((await post("/api/cycles", staff, { year: 2026, quarter: 4 })).status).toBe(403);
    expect(await post("/api/cycles", admin, { year: 2027, quarter: 1 })).toMatchObject({ status: 422, data: { error: { code: "not_current_quarter" } } });
    const [a, b] = await Promise.all([post("/api/cycles", admin, { year: 2026, quarter: 4 }), openCycle(api.ctx, systemActor)]);
    expect(a.status).toBe(a.data.created ? 201 : 200);
    expect([a.data.created, b.created].filter(Boolean)).toHaveLength(1);
    expect((await post("/api/cycles", admin, { year: 2026, quarter: 4 })).status).toBe(200);
    const again = await openCycle(api.ctx, systemActor);
    expect(again.created).toBe(false);
    expect(again.cycle).toMatchObject({ id: "2026-Q4", status: "open" });

    const staffCount = (await api.ctx.db.entities.staff.query.byName({}).go({ pages: "all" })).data.filter((s) => s.active).length;
    const evaluations = await api.ctx.db.entities.evaluation.query.byCycle({ cycleId: "2026-Q4" }).go({ pages: "all" });
    expect(evaluations.data).toHaveLength(staffCount);
    expect(again.cycle.evaluations).toBe(staffCount);
    // Opened at 09:00 WITA on 27 November: peers until the end of 4 December, due at the end of
    // 18 December (21 days on), closed at the end of 25 December (28 days on), all at 23:59 WITA.
    expect(again.cycle.openedAt).toBe("2026-11-27T01:00:00.000Z");
    expect(again.cycle.peersLockedAt).toBe("2026-12-04T15:59:59.999Z");
    expect(again.cycle.dueAt).toBe("2026-12-18T15:59:59.999Z");
    expect(again.cycle.closesAt).toBe("2026-12-25T15:59:59.999Z");
    evaluationId = `2026-Q4~${ids.staff}`;
  });

  it("suggests two or three peers from the same unit, never the person or their supervisor", async () => {
    const { data } = await api.ctx.db.entities.evaluation.query.byCycle({ cycleId: "2026-Q4" }).go({ pages: "all" });
    const people = new Map((await api.ctx.db.entities.staff.query.byName({}).go({ pages: "all" })).data.map((s) => [s.id, s]));
    for (const e of data) {
      const peers = e.peerIds as string[];
      expect(peers).not.toContain(e.staffId);
      expect(peers).not.toContain(e.supervisorId);
      for (const p of peers) expect(people.get(p)!.unitId).toBe(e.unitId);
      const colleagues = [...people.values()].filter((s) => s.unitId === e.unitId && s.id !== e.staffId && s.id !== e.supervisorId).length;
      expect(peers.length).toBe(Math.min(3, colleagues));
    }
  });

  it("lists the reviews I owe with their due date", async () => {
    const tasks = await get("/api/evaluations/tasks", staff);
    const own = tasks.data.items.find((t: { kind: string }) => t.kind === "self");
    expect(own).toMatchObject({ evaluationId, reviewId: "self", dueAt: expect.any(String) });
    const supervisorTasks = await get("/api/evaluations/tasks", supervisor);
    expect(supervisorTasks.data.items.some((t: { kind: string; subjectId: string }) => t.kind === "supervisor" && t.subjectId === ids.staff)).toBe(true);
  });

  it("lets the supervisor change peers in the first 7 days only", async () => {
    const evaluation = await get(`/api/evaluations/${evaluationId}`, supervisor);
    const unit = (await api.request("/api/staff?unitId=diskominfo&limit=50", { cookie: admin })).data.items.map((s: { id: string }) => s.id);
    const choice = unit.filter((id: string) => id !== ids.staff && id !== ids.supervisor).slice(0, 2);
    expect((await put(`/api/evaluations/${evaluationId}/peers`, staff, { peerIds: choice })).status).toBe(403);
    expect((await put(`/api/evaluations/${evaluationId}/peers`, supervisor, { peerIds: [ids.staff, choice[0]] })).data.error.code).toBe("invalid_peer");
    expect((await put(`/api/evaluations/${evaluationId}/peers`, supervisor, { peerIds: [ids.supervisor, choice[0]] })).data.error.code).toBe("invalid_peer");
    const changed = await put(`/api/evaluations/${evaluationId}/peers`, supervisor, { peerIds: choice });
    expect(changed.data.peerIds).toEqual(choice);
    const { data: reviews } = await api.ctx.db.entities.review.query.byEvaluation({ cycleId: "2026-Q4", subjectId: ids.staff }).go();
    expect(reviews.filter((r) => r.kind === "peer").map((r) => r.reviewerId).sort()).toEqual([...choice].sort());
    expect(evaluation.data.peerIds.length).toBeGreaterThanOrEqual(2);
    const named = (await get(`/api/evaluations/${evaluationId}`, supervisor)).data.peers;
    expect(named.map((p: { id: string }) => p.id)).toEqual(choice);
    expect(named.every((p: { id: string; name: string }) => p.name !== p.id)).toBe(true);
    expect((await put(`/api/evaluations/${evaluationId}/peers`, supervisor, { peerIds: [choice[0]] })).data.error.details.issues[0].path).toBe("peerIds");
  });

  it("takes drafts and submits only from the assigned reviewer, complete, once", async () => {
    expect((await get(`/api/evaluations/${evaluationId}/reviews/self`, supervisor)).status).toBe(403);
    const draft = await put(`/api/evaluations/${evaluationId}/reviews/self`, staff, { ratings: { akuntabel: { score: 4, comment: "Tepat waktu" } }, strengths: "Teliti" });
    expect(draft.data).toEqual({ state: "outstanding", draft: true });
    expect((await get(`/api/evaluations/${evaluationId}/reviews/self`, staff)).data).toMatchObject({ draft: true, strengths: "Teliti", ratings: { akuntabel: { score: 4 } } });
    expect((await put(`/api/evaluations/${evaluationId}/reviews/self`, supervisor, { ratings: {} })).status).toBe(403);
    expect(await put(`/api/evaluations/${evaluationId}/reviews/self`, staff, { submit: true })).toMatchObject({ status: 400, data: { error: { code: "incomplete_review" } } });
    expect((await put(`/api/evaluations/${evaluationId}/reviews/self`, staff, { ratings: { akuntabel: { score: 9 } } })).status).toBe(400);

    // Before the subject submits, the supervisor sees no self scores.
    const before = await get(`/api/evaluations/${evaluationId}/result`, supervisor);
    expect(before.data.items.every((i: { self: number | null }) => i.self === null)).toBe(true);

    const ratings = await formRatings(evaluationId, "self", staff, 3);
    expect((await put(`/api/evaluations/${evaluationId}/reviews/self`, staff, { ratings, submit: true })).data).toEqual({ state: "submitted", draft: false });
    expect(await put(`/api/evaluations/${evaluationId}/reviews/self`, staff, { ratings })).toMatchObject({ status: 409, data: { error: { code: "already_submitted" } } });
    const after = await get(`/api/evaluations/${evaluationId}/result`, supervisor);
    expect(after.data.items.every((i: { self: number | null }) => i.self === 3)).toBe(true);
  });

  it("shows peers only as an average of at least two, and never who wrote what", async () => {
    const evaluation = await get(`/api/evaluations/${evaluationId}`, supervisor);
    const [first, second] = evaluation.data.peerIds as string[];
    const peerCookie = async (peerId: string) => {
      const person = (await get(`/api/staff/${peerId}`, admin)).data;
      return api.signIn(person.email);
    };
    const firstCookie = await peerCookie(first!);
    const secondCookie = await peerCookie(second!);
    // A peer cannot read the result.
    expect((await get(`/api/evaluations/${evaluationId}/result`, firstCookie)).status).toBe(403);

    await put(`/api/evaluations/${evaluationId}/reviews/peer-${first}`, firstCookie, { ratings: await formRatings(evaluationId, `peer-${first}`, firstCookie, 5), submit: true });
    const one = await get(`/api/evaluations/${evaluationId}/result`, staff);
    expect(one.data.peerAverageShown).toBe(false);
    expect(one.data.items.every((i: { peerAverage: number | null }) => i.peerAverage === null)).toBe(true);

    await put(`/api/evaluations/${evaluationId}/reviews/peer-${second}`, secondCookie, { ratings: await formRatings(evaluationId, `peer-${second}`, secondCookie, 2), submit: true });
    const two = await get(`/api/evaluations/${evaluationId}/result`, staff);
    expect(two.data.peerAverageShown).toBe(true);
    expect(two.data.items.every((i: { peerAverage: number | null }) => i.peerAverage === 3.5)).toBe(true);
    const text = JSON.stringify(two.data);
    expect(text).not.toContain(first!);
    expect(text).not.toContain(second!);
    // The subject does not learn who their peers are.
    expect((await get(`/api/evaluations/${evaluationId}`, staff)).data.peerIds).toEqual([]);
  });

  it("lets the supervisor set the final rating after their review; it sets the current competency levels", async () => {
    expect(await post(`/api/evaluations/${evaluationId}/final`, supervisor, { rating: "baik" })).toMatchObject({ status: 409, data: { error: { code: "supervisor_review_missing" } } });
    const ratings = await formRatings(evaluationId, "supervisor", supervisor, 2);
    await put(`/api/evaluations/${evaluationId}/reviews/supervisor`, supervisor, { ratings, strengths: "Cepat belajar", improvements: "Manajemen waktu", submit: true });
    expect((await post(`/api/evaluations/${evaluationId}/final`, staff, { rating: "sangat_baik" })).status).toBe(403);
    expect((await post(`/api/evaluations/${evaluationId}/final`, supervisor, { rating: "luar_biasa" })).status).toBe(400);
    // Two peer reviews are in: no confirmation needed.
    const finalized = await post(`/api/evaluations/${evaluationId}/final`, supervisor, { rating: "baik" });
    expect(finalized.data).toMatchObject({ status: "finalized", finalRating: "baik" });
    expect(finalized.data.levelsSet).toMatchObject({ integritas: 2, "literasi-digital": 2 });
    const result = await get(`/api/evaluations/${evaluationId}/result`, staff);
    expect(result.data).toMatchObject({ finalRating: "baik", strengths: "Cepat belajar" });
    // The gap is the level minus the standard: the supervisor's 2 against a standard of 1 is one above it.
    const integrity = result.data.items.find((i: { id: string }) => i.id === "integritas");
    expect(integrity).toMatchObject({ self: 3, supervisor: 2, peerAverage: 3.5, standard: 1, gapToStandard: 1 });
    expect(integrity).not.toHaveProperty("gap");
    const me = await get("/api/me", staff);
    expect(me.data.competencyLevels).toMatchObject({ integritas: 2, "literasi-digital": 2 });
  });

  it("asks the supervisor to confirm a final rating with fewer than two peer reviews in; levels come only from the form's rated competencies", async () => {
    // The Kepala Bidang (an Administrator, standard 3) is reviewed by the head of the unit.
    const subject = (await get(`/api/staff/${ids.supervisor}`, admin)).data;
    const head = (await get(`/api/staff/${subject.supervisorId}`, admin)).data;
    const headCookie = await api.signIn(head.email);
    const subjectEvaluation = `2026-Q4~${ids.supervisor}`;
    // A level on the profile for a competency that is not on this quarter's form.
    const { data: onForm } = await api.ctx.db.entities.evaluation.get({ cycleId: "2026-Q4", staffId: ids.supervisor }).go();
    const offForm = ["manajemen-proyek", "analisis-kebijakan"].find((c) => !(onForm!.competencyIds as string[]).includes(c))!;
    expect(offForm).toBeDefined();
    await api.request(`/api/staff/${ids.supervisor}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { ...subject.competencyLevels, [offForm]: 4 } } });

    expect(await post(`/api/evaluations/${subjectEvaluation}/final`, headCookie, { rating: "baik" })).toMatchObject({
      status: 409,
      data: { error: { code: "supervisor_review_missing" } },
    });
    const ratings = await formRatings(subjectEvaluation, "supervisor", headCookie, 2);
    await put(`/api/evaluations/${subjectEvaluation}/reviews/supervisor`, headCookie, { ratings, submit: true });
    const peerIds = (await get(`/api/evaluations/${subjectEvaluation}`, headCookie)).data.peerIds as string[];
    expect(peerIds.length).toBeGreaterThanOrEqual(2);

    const none = await post(`/api/evaluations/${subjectEvaluation}/final`, headCookie, { rating: "baik" });
    expect(none).toMatchObject({ status: 409, data: { error: { code: "few_peer_reviews", details: { peersSubmitted: 0, peersTotal: peerIds.length, minimum: 2 } } } });
    const peer = await api.signIn((await get(`/api/staff/${peerIds[0]}`, admin)).data.email);
    await put(`/api/evaluations/${subjectEvaluation}/reviews/peer-${peerIds[0]}`, peer, { ratings: await formRatings(subjectEvaluation, `peer-${peerIds[0]}`, peer, 5), submit: true });
    const one = await post(`/api/evaluations/${subjectEvaluation}/final`, headCookie, { rating: "baik", confirmFewPeers: false });
    expect(one).toMatchObject({ status: 409, data: { error: { code: "few_peer_reviews", details: { peersSubmitted: 1 } } } });
    expect((await get(`/api/evaluations/${subjectEvaluation}`, headCookie)).data.status).toBe("open");

    const confirmed = await post(`/api/evaluations/${subjectEvaluation}/final`, headCookie, { rating: "butuh_perbaikan", confirmFewPeers: true });
    expect(confirmed.status).toBe(200);
    const competencyIds = onForm!.competencyIds as string[];
    expect(confirmed.data.levelsSet).toEqual(Object.fromEntries(competencyIds.map((c) => [c, 2])));
    const profile = (await get(`/api/staff/${ids.supervisor}`, admin)).data.competencyLevels;
    expect(profile).toMatchObject({ ...Object.fromEntries(competencyIds.map((c) => [c, 2])), [offForm]: 4 });

    // Below the standard shows as a negative gap, in the result and as the plan's gaps.
    const result = await get(`/api/evaluations/${subjectEvaluation}/result`, headCookie);
    const integrity = result.data.items.find((i: { id: string }) => i.id === "integritas");
    expect(integrity).toMatchObject({ supervisor: 2, standard: 3, gapToStandard: -1 });
    const plan = await get(`/api/evaluations/${subjectEvaluation}/plan`, headCookie);
    expect(plan.data.gaps).toContainEqual({ competencyId: "integritas", name: "Integritas", gapToStandard: -1 });
    expect(plan.data.gaps.every((g: { gapToStandard: number }) => g.gapToStandard < 0)).toBe(true);
  });

  it("drafts, submits and approves a development plan; a course completed through it marks the item done", async () => {
    const course = await post("/api/courses", admin, {
      code: "PLAN-1",
      year: 2026,
      title: "Komunikasi Efektif",
      category: "leadership",
      form: "workshop",
      competencies: [{ competencyId: "komunikasi", targetLevel: 2 }],
      jp: 6,
      institutionId: "unram",
      capacity: 20,
      // Held earlier today (completion needs it over), enrollment still open.
      sessions: [{ startsAt: new Date(api.clock.now().getTime() - 3 * 3600_000).toISOString(), endsAt: new Date(api.clock.now().getTime() - 2 * 3600_000).toISOString(), place: "Aula" }],
      enrollOpensAt: new Date(api.clock.now().getTime() - DAY).toISOString(),
      enrollClosesAt: new Date(api.clock.now().getTime() + DAY).toISOString(),
    });
    expect(course.status).toBe(201);
    await post("/api/courses/plan-1/status", admin, { status: "published" });
    const plan = await get(`/api/evaluations/${evaluationId}/plan`, staff);
    expect(plan.data.gaps.length).toBeGreaterThanOrEqual(0);
    const items = [
      { competencyId: "komunikasi", action: "course", courseId: "plan-1", targetDate: "2026-12-31" },
      { competencyId: "manajemen-proyek", action: "self_study", description: "Membaca PMBOK bab 1-3", targetDate: "2027-01-31" },
    ];
    expect((await put(`/api/evaluations/${evaluationId}/plan`, supervisor, { items })).status).toBe(403);
    expect((await put(`/api/evaluations/${evaluationId}/plan`, staff, { items: [{ ...items[0], courseId: undefined }] })).status).toBe(400);
    expect((await put(`/api/evaluations/${evaluationId}/plan`, staff, { items })).data.status).toBe("draft");
    expect((await post(`/api/evaluations/${evaluationId}/plan/approve`, supervisor)).data.error.code).toBe("plan_not_submitted");
    const submitted = await put(`/api/evaluations/${evaluationId}/plan`, staff, { items, submit: true });
    expect(submitted.data.status).toBe("submitted");
    expect((await post(`/api/evaluations/${evaluationId}/plan/approve`, staff)).status).toBe(403);
    expect((await post(`/api/evaluations/${evaluationId}/plan/approve`, supervisor)).data.status).toBe("approved");
    // Approved: progress may be recorded (status only), the content may not change.
    const stored = (await get(`/api/evaluations/${evaluationId}/plan`, staff)).data.items;
    const progressed = stored.map((i: { action: string }) => (i.action === "self_study" ? { ...i, status: "in_progress" } : i));
    expect((await put(`/api/evaluations/${evaluationId}/plan`, staff, { items: progressed })).status).toBe(200);
    const rewritten = stored.map((i: { action: string }) => (i.action === "self_study" ? { ...i, description: "Lain" } : i));
    expect(await put(`/api/evaluations/${evaluationId}/plan`, staff, { items: rewritten })).toMatchObject({ status: 409, data: { error: { code: "plan_approved" } } });

    await post("/api/courses/plan-1/enrollments", staff);
    const [session] = (await get("/api/courses/plan-1", staff)).data.course.sessions;
    await put(`/api/courses/plan-1/enrollments/${ids.staff}/attendance`, admin, { sessionId: session.id, present: true });
    expect((await post(`/api/courses/plan-1/enrollments/${ids.staff}/completion`, admin, { attended: true })).data.status).toBe("completed");
    const after = await get(`/api/evaluations/${evaluationId}/plan`, staff);
    expect(after.data.status).toBe("approved");
    expect(after.data.items.find((i: { courseId?: string }) => i.courseId === "plan-1").status).toBe("done");
    expect(after.data.items.find((i: { action: string }) => i.action === "self_study").status).toBe("in_progress");
  });

  it("reminds each reviewer 7, 3 and 1 days before the due date, once, and escalates the day after", async () => {
    const cycle = (await get("/api/cycles", admin)).data.items[0];
    const due = new Date(cycle.dueAt).getTime();
    const at = (ms: number) => {
      const target = ms - api.clock.now().getTime();
      api.clock.advance(target);
    };
    // 8 days before: nothing.
    at(due - 8 * DAY);
    expect(await sendReminders(api.ctx)).toMatchObject({ reminders: 0, escalations: 0 });

    at(due - 7 * DAY);
    const seven = await sendReminders(api.ctx);
    expect(seven.reminders).toBeGreaterThan(0);
    expect(seven.emails).toBe(seven.reminders);
    const outstandingReviewers = new Set(
      (await api.ctx.db.entities.review.query.byCycleState({ cycleId: cycle.id, state: "outstanding" }).go({ pages: "all" })).data.map((r) => r.reviewerId),
    );
    expect(seven.reminders).toBe(outstandingReviewers.size);
    // The staff member submitted everything they owe? Then no reminder for them.
    const mailBefore = api.mail.length;
    const [again, parallel] = await Promise.all([sendReminders(api.ctx), sendReminders(api.ctx)]);
    expect(again.reminders + parallel.reminders).toBe(0);
    expect(api.mail.length).toBe(mailBefore);
    expect(api.mail.at(-1)!.subject).toMatch(/7 hari lagi/);

    at(due - 3 * DAY);
    expect((await sendReminders(api.ctx)).reminders).toBe(outstandingReviewers.size);
    at(due - DAY);
    expect((await sendReminders(api.ctx)).reminders).toBe(outstandingReviewers.size);
    at(due - 12 * 3600_000); // due day itself (due at its end, 23:59 WITA): nothing
    expect(await sendReminders(api.ctx)).toMatchObject({ reminders: 0, escalations: 0 });
    at(due + 12 * 3600_000); // the day after
    const late = await sendReminders(api.ctx);
    expect(late.escalations).toBeGreaterThan(0);
    expect((await sendReminders(api.ctx)).escalations).toBe(0);
    // Days have passed: sessions (12 hours) have expired, so sign in again.
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    const bell = await get("/api/notifications", supervisor);
    expect(bell.data.items.some((n: { type: string }) => n.type === "review_overdue" || n.type === "review_reminder")).toBe(true);
  });

  it("closes the cycle after 28 days: missing reviews are missed, nothing more can be submitted", async () => {
    const cycle = (await get("/api/cycles", admin)).data.items[0];
    api.clock.advance(new Date(cycle.closesAt).getTime() - api.clock.now().getTime() - 1000);
    expect((await closeDueCycles(api.ctx)).closed).toEqual([]);
    api.clock.advance(2000);
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    const tasks = (await get("/api/evaluations/tasks", supervisor)).data.items;
    const pending = tasks[0];
    expect(await put(`/api/evaluations/${pending.evaluationId}/reviews/${pending.reviewId}`, supervisor, { ratings: {} })).toMatchObject({
      status: 409,
      data: { error: { code: "cycle_closed" } },
    });
    expect((await closeDueCycles(api.ctx)).closed).toEqual(["2026-Q4"]);
    expect((await closeDueCycles(api.ctx)).closed).toEqual([]);
    expect((await get("/api/evaluations/tasks", supervisor)).data.items).toEqual([]);
    const dashboard = await get("/api/cycles/2026-Q4/dashboard", admin);
    expect(dashboard.data.cycle.status).toBe("closed");
    // No review is outstanding any more: every one not submitted is missed, in every unit.
    type UnitRow = { outstanding: number; missed: number; submitted: number };
    expect(dashboard.data.units.every((u: UnitRow) => u.outstanding === 0)).toBe(true);
    expect(dashboard.data.units.reduce((sum: number, u: UnitRow) => sum + u.missed, 0)).toBeGreaterThan(0);
    // The review the supervisor still owed reads as missed to them, and their team view shows it.
    const owed = await get(`/api/evaluations/${pending.evaluationId}/reviews/${pending.reviewId}`, supervisor);
    expect(owed.data.state).toBe("missed");
    const team = (await get("/api/cycles/2026-Q4/team", supervisor)).data.items;
    const states = team.flatMap((e: { self: string | null; supervisor: string | null }) => [e.self, e.supervisor]).filter(Boolean);
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((state: string) => state === "submitted" || state === "missed")).toBe(true);
    expect(states).toContain("missed");
    expect(team.every((e: { status: string }) => e.status === "finalized" || e.status === "closed")).toBe(true);
    const diskominfo = dashboard.data.units.find((u: { unitId: string }) => u.unitId === "diskominfo");
    expect(diskominfo.submitted).toBeGreaterThanOrEqual(4);
    expect(diskominfo.outstanding).toBe(0);
    // Rated before every review was in: the rating stays, the reviews that never came are missed.
    const ratedEarly = (await get(`/api/evaluations/2026-Q4~${ids.supervisor}`, admin)).data;
    expect(ratedEarly).toMatchObject({ status: "finalized", finalRating: "butuh_perbaikan", progress: { self: "missed" } });
  });

  it("opens next quarter's cycle by catch-up, showing last quarter's plan and its progress", async () => {
    api.clock.advance(new Date("2027-01-09T03:00:00Z").getTime() - api.clock.now().getTime());
    const opened = await openCycle(api.ctx, systemActor);
    expect(opened).toMatchObject({ created: true, cycle: { id: "2027-Q1", status: "open" } });
    staff = await api.signIn(DEMO.staff);
    const plan = await get(`/api/evaluations/2027-Q1~${ids.staff}/plan`, staff);
    expect(plan.data.previous).toMatchObject({ cycleId: "2026-Q4", status: "approved", done: 1 });
    expect(plan.data.items).toEqual([]);
  });
});

describe("closing a cycle", () => {
  it("issues the same few requests however many evaluations the cycle holds", async () => {
    const api = await createTestApi();
    /** Opens the current quarter's cycle, closes it once its time is up, and counts closing's DynamoDB requests. */
    async function closingRequests() {
      const { cycle } = await openCycle(api.ctx, systemActor);
      api.clock.advance(new Date(cycle.closesAt).getTime() - api.clock.now().getTime() + 1000);
      api.requests.reset();
      expect((await closeDueCycles(api.ctx)).closed).toEqual([cycle.id]);
      return { requests: api.requests.count, evaluations: cycle.evaluations };
    }
    const small = await closingRequests();
    // Next quarter, with 60 more people on the staff: 60 more evaluations and their reviews.
    const { data: demo } = await api.ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
    const model = demo.find((s) => s.active && s.unitId === "diskominfo")!;
    const extra = Array.from({ length: 60 }, (_, i) => ({ ...model, id: `extra-${i}`, nip: `1990010120100110${String(i).padStart(2, "0")}`, email: `extra-${i}@example.id`, name: `Pegawai Tambahan ${i}` }));
    await api.ctx.db.entities.staff.put(extra).go();
    api.clock.advance(new Date("2027-01-04T01:00:00Z").getTime() - api.clock.now().getTime());
    const large = await closingRequests();
    expect(large.evaluations).toBe(small.evaluations + 60);
    expect(large.requests).toBe(small.requests);
    expect(small.requests).toBeLessThanOrEqual(3);
  }, 120_000);
});

describe("review deadlines", () => {
  /** A time of day in WITA on a December day of 2026. */
  const wita = (day: number, hour: number, minute = 0) => Date.UTC(2026, 11, day, hour - 8, minute);

  it("are due at 23:59 WITA on the 21st day after the opening day, whatever the minute it opened; reminders and the escalation come once each", async () => {
    const api = await createTestApi();
    api.clock.advance(wita(2, 4, 18) - api.clock.now().getTime()); // 04:18 WITA on 2 December
    const { cycle } = await openCycle(api.ctx, systemActor);
    expect(cycle.openedAt).toBe("2026-12-01T20:18:00.000Z");
    expect(cycle.peersLockedAt).toBe("2026-12-09T15:59:59.999Z"); // 9 December, 23:59 WITA
    expect(cycle.dueAt).toBe("2026-12-23T15:59:59.999Z"); // 23 December, 23:59 WITA
    expect(cycle.closesAt).toBe("2026-12-30T15:59:59.999Z"); // 30 December, 23:59 WITA
    const staff = await api.signIn(DEMO.staff);
    const tasks = (await api.request("/api/evaluations/tasks", { cookie: staff })).data.items;
    expect(tasks.length).toBeGreaterThan(0);
    expect(tasks.every((t: { dueAt: string }) => t.dueAt === cycle.dueAt)).toBe(true);

    // The daily jobs from the day after opening to the day after closing: closing at 00:10 WITA, reminders at 08:00.
    const fired: string[] = [];
    let closedOn = 0;
    for (let day = 3; day <= 31; day++) {
      api.clock.advance(wita(day, 0, 10) - api.clock.now().getTime());
      if ((await closeDueCycles(api.ctx)).closed.includes(cycle.id)) closedOn = day;
      api.clock.advance(wita(day, 8) - api.clock.now().getTime());
      const sent = await sendReminders(api.ctx);
      if (sent.reminders) fired.push(`${day}: reminders`);
      if (sent.escalations) fired.push(`${day}: escalation`);
    }
    // 7, 3 and 1 days before 23 December, and the day after it.
    expect(fired).toEqual(["16: reminders", "20: reminders", "22: reminders", "24: escalation"]);
    // Closed by the first run after the end of 30 December.
    expect(closedOn).toBe(31);
  });
});
