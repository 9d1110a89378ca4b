import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

const DAY = 86400_000;

describe("courses, enrollment, the JP ledger and certificates", () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let staff: string;
  let ids: { admin: string; supervisor: string; staff: string };
  let institutionId: string;
  let allStaffIds: string[];

  const now = () => api.clock.now().getTime();
  const at = (ms: number) => new Date(now() + ms).toISOString();
  const courseInput = (code: string, over: Record<string, unknown> = {}) => ({
    code,
    year: 2026,
    title: `Pelatihan ${code}`,
    description: "Manajemen proyek untuk ASN Kota Mataram",
    category: "project_management",
    form: "course",
    competencies: [{ competencyId: "manajemen-proyek", targetLevel: 3 }],
    jp: 12,
    institutionId,
    capacity: 10,
    sessions: [
      { startsAt: at(10 * DAY), endsAt: at(10 * DAY + 4 * 3600_000), place: "Aula BKPSDM" },
      { startsAt: at(11 * DAY), endsAt: at(11 * DAY + 4 * 3600_000), onlineUrl: "https://zoom.example/j/1" },
    ],
    enrollOpensAt: at(-DAY),
    enrollClosesAt: at(7 * DAY),
    ...over,
  });
  async function publishedCourse(code: string, over: Record<string, unknown> = {}) {
    const created = await api.request("/api/courses", { method: "POST", cookie: admin, json: courseInput(code, over) });
    expect(created.status).toBe(201);
    const published = await api.request(`/api/courses/${created.data.id}/status`, { method: "POST", cookie: admin, json: { status: "published" } });
    expect(published.data.status).toBe("published");
    return created.data.id as string;
  }
  const enrollAs = (cookie: string, courseId: string, staffId?: string) =>
    api.request(`/api/courses/${courseId}/enrollments`, { method: "POST", cookie, json: staffId ? { staffId } : {} });

  beforeAll(async () => {
    api = await createTestApi();
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    const me = async (cookie: string) => (await api.request("/api/me", { cookie })).data.id as string;
    ids = { admin: await me(admin), supervisor: await me(supervisor), staff: await me(staff) };
    const inst = await api.request("/api/institutions", { method: "POST", cookie: admin, json: { name: "Universitas Mataram", kind: "university", contact: "lppm@unram.ac.id" } });
    institutionId = inst.data.id;
    const page = await api.request("/api/staff?limit=100", { cookie: admin });
    allStaffIds = page.data.items.map((s: { id: string }) => s.id);
  });

  it("fills exactly the capacity under 50 concurrent enrollments and waitlists the rest in order", async () => {
    const courseId = await publishedCourse("PM-RUSH");
    const people = allStaffIds.slice(0, 50);
    const answers = await Promise.all(people.map((id) => enrollAs(admin, courseId, id)));
    expect(answers.every((a) => a.status === 201)).toBe(true);
    const enrolled = answers.filter((a) => a.data.status === "enrolled");
    const waitlisted = answers.filter((a) => a.data.status === "waitlisted");
    expect(enrolled).toHaveLength(10);
    expect(waitlisted).toHaveLength(40);

    const roster = (await api.request(`/api/courses/${courseId}/enrollments`, { cookie: admin })).data.items as { staffId: string; status: string; position?: number }[];
    expect(roster).toHaveLength(50);
    expect(new Set(roster.map((e) => e.staffId)).size).toBe(50);
    expect(roster.filter((e) => e.status === "enrolled")).toHaveLength(10);
    const positions = roster.filter((e) => e.status === "waitlisted").map((e) => e.position);
    expect([...positions].sort((a, b) => a! - b!)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    // Each answer gave the place at that moment: never past the final one (someone with an
    // earlier number may still have been joining), never below 1.
    const finalPlace = new Map(roster.map((e) => [e.staffId, e.position]));
    waitlisted.forEach((answer) => {
      const staffId = people[answers.indexOf(answer)]!;
      expect(answer.data.position).toBeGreaterThanOrEqual(1);
      expect(answer.data.position).toBeLessThanOrEqual(finalPlace.get(staffId)!);
    });

    const { course } = (await api.request(`/api/courses/${courseId}`, { cookie: admin })).data;
    expect(course).toMatchObject({ enrolled: 10, waitlisted: 40, seatsLeft: 0, capacity: 10 });

    // A withdrawal frees the seat for the first on the waitlist, who is told so.
    const first = roster.find((e) => e.position === 1)!;
    const leaver = roster.find((e) => e.status === "enrolled")!;
    const withdrawn = await api.request(`/api/courses/${courseId}/enrollments/${leaver.staffId}`, { method: "DELETE", cookie: admin });
    expect(withdrawn.data).toEqual({ status: "withdrawn", promoted: [first.staffId] });
    const after = (await api.request(`/api/courses/${courseId}/enrollments`, { cookie: admin })).data.items as typeof roster;
    expect(after.find((e) => e.staffId === first.staffId)!.status).toBe("enrolled");
    expect(after.filter((e) => e.status === "enrolled")).toHaveLength(10);
    expect(after.filter((e) => e.status === "waitlisted").map((e) => e.position).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 39 }, (_, i) => i + 1));
    // A waitlisted person's course page shows their current place (the promoted one left the queue).
    const second = roster.find((e) => e.position === 2)!;
    const secondPage = await api.request(`/api/courses/${courseId}`, { cookie: await api.signIn((await api.request(`/api/staff/${second.staffId}`, { cookie: admin })).data.email) });
    expect(secondPage.data.myEnrollment).toMatchObject({ status: "waitlisted", position: 1 });
    const firstNotes = await api.ctx.db.entities.notification.query.byStaff({ staffId: first.staffId }).go();
    expect(firstNotes.data.map((n) => n.type)).toContain("waitlist_promoted");
  });

  it("refuses enrollment outside the window, for the ineligible, twice, and in a cancelled course", async () => {
    const later = await publishedCourse("PM-LATER", { enrollOpensAt: at(2 * DAY), enrollClosesAt: at(5 * DAY) });
    expect(await enrollAs(staff, later)).toMatchObject({ status: 422, data: { error: { code: "enrollment_closed" } } });

    const elsewhere = await publishedCourse("PM-RSUD", { eligibility: { unitIds: ["rsud"], positionLevels: [] } });
    expect(await enrollAs(staff, elsewhere)).toMatchObject({ status: 403, data: { error: { code: "not_eligible" } } });
    const seniors = await publishedCourse("PM-ADM", { eligibility: { unitIds: [], positionLevels: ["administrator"] } });
    expect(await enrollAs(staff, seniors)).toMatchObject({ status: 403, data: { error: { code: "not_eligible" } } });
    expect((await enrollAs(supervisor, seniors)).data).toEqual({ status: "enrolled" });

    const open = await publishedCourse("PM-TWICE");
    expect((await enrollAs(staff, open)).data).toEqual({ status: "enrolled" });
    expect(await enrollAs(staff, open)).toMatchObject({ status: 409, data: { error: { code: "already_enrolled" } } });
    // Withdrawn, one may enroll again.
    await api.request(`/api/courses/${open}/enrollments/${ids.staff}`, { method: "DELETE", cookie: staff });
    expect((await enrollAs(staff, open)).data).toEqual({ status: "enrolled" });

    const cancelled = await publishedCourse("PM-CANCEL");
    expect((await enrollAs(supervisor, cancelled)).data.status).toBe("enrolled");
    await api.request(`/api/courses/${cancelled}/status`, { method: "POST", cookie: admin, json: { status: "cancelled" } });
    expect(await enrollAs(staff, cancelled)).toMatchObject({ status: 409, data: { error: { code: "course_cancelled" } } });
    const notes = await api.request("/api/notifications", { cookie: supervisor });
    expect(notes.data.items.map((n: { type: string }) => n.type)).toContain("course_cancelled");

    const draft = (await api.request("/api/courses", { method: "POST", cookie: admin, json: courseInput("PM-DRAFT") })).data.id;
    expect((await enrollAs(staff, draft)).status).toBe(404);
  });

  it("lets a supervisor nominate their team, and nobody else's", async () => {
    const courseId = await publishedCourse("PM-NOMINATE");
    expect((await enrollAs(supervisor, courseId, ids.staff)).data).toEqual({ status: "enrolled" });
    expect(await enrollAs(supervisor, courseId, ids.admin)).toMatchObject({ status: 403 });
    expect(await enrollAs(staff, courseId, ids.supervisor)).toMatchObject({ status: 403 });
    // The supervisor's roster shows their own team only.
    await enrollAs(admin, courseId, ids.admin);
    const roster = await api.request(`/api/courses/${courseId}/enrollments`, { cookie: supervisor });
    expect(roster.data.items.map((e: { staffId: string }) => e.staffId)).toEqual([ids.staff]);
  });

  it("lists my seats, waitlist places and nominations in my learning, and my standing on each catalog card", async () => {
    type Current = { courseId: string; status: string; position?: number; phase: string; jp: number; nominatedBy?: string; nominatedByName?: string };
    const before = (await api.request("/api/learning?year=2026", { cookie: staff })).data;
    const full = await publishedCourse("MY-FULL", { capacity: 1, jp: 6 });
    const seat = await publishedCourse("MY-SEAT", { jp: 8 });
    const nominated = await publishedCourse("MY-NOMINATED", { jp: 4 });
    const other = await publishedCourse("MY-OTHER");
    await enrollAs(admin, full, ids.admin);
    expect((await enrollAs(staff, full)).data).toEqual({ status: "waitlisted", position: 1 });
    expect((await enrollAs(staff, seat)).data).toEqual({ status: "enrolled" });
    expect((await enrollAs(supervisor, nominated, ids.staff)).data).toEqual({ status: "enrolled" });

    const learning = (await api.request("/api/learning?year=2026", { cookie: staff })).data;
    const mine = new Map((learning.enrollments as Current[]).map((e) => [e.courseId, e]));
    expect(mine.get(full)).toMatchObject({ status: "waitlisted", position: 1, phase: "upcoming", jp: 6 });
    expect(mine.get(seat)).toMatchObject({ status: "enrolled", phase: "upcoming", jp: 8 });
    expect(mine.get(seat)!.nominatedBy).toBeUndefined();
    const supervisorName = (await api.request("/api/me", { cookie: supervisor })).data.name;
    expect(mine.get(nominated)).toMatchObject({ status: "enrolled", nominatedBy: ids.supervisor, nominatedByName: supervisorName, jp: 4 });
    expect(mine.has(other)).toBe(false);
    // Seats add their JP once completed; a waitlist place adds nothing yet; nothing is earned before.
    expect(learning.upcomingJp).toBe(before.upcomingJp + 8 + 4);
    expect(learning.totalJp).toBe(before.totalJp);
    // The supervisor sees the same for their team member.
    const seen = (await api.request(`/api/learning?staffId=${ids.staff}&year=2026`, { cookie: supervisor })).data;
    expect(seen.enrollments.map((e: Current) => e.courseId)).toEqual(expect.arrayContaining([full, seat, nominated]));

    // The catalog: the session, the page of courses, one Query of the person's enrollments for the
    // whole page (not one per card), and one more per waitlist on it.
    api.requests.reset();
    const catalog = (await api.request("/api/courses?limit=100", { cookie: staff })).data.items as { id: string; myEnrollment: unknown }[];
    const waiting = catalog.filter((c) => (c.myEnrollment as { status?: string } | null)?.status === "waitlisted").length;
    expect(catalog.length).toBeGreaterThan(5);
    expect(api.requests.count).toBeLessThanOrEqual(3 + waiting);
    expect(api.requests.commands).not.toContain("ScanCommand");
    const card = (id: string) => catalog.find((c) => c.id === id)!.myEnrollment;
    expect(card(full)).toEqual({ status: "waitlisted", position: 1 });
    expect(card(seat)).toEqual({ status: "enrolled" });
    expect(card(nominated)).toEqual({ status: "enrolled" });
    expect(card(other)).toBeNull();
    // Someone else's standing is their own.
    const forSupervisor = (await api.request("/api/courses?limit=100", { cookie: supervisor })).data.items as typeof catalog;
    expect(forSupervisor.find((c) => c.id === seat)!.myEnrollment).toBeNull();
    // The demo's finished course shows as completed.
    const completed = (await api.request("/api/courses?status=completed", { cookie: staff })).data.items as typeof catalog;
    expect(completed.find((c) => c.id === "spbe-2026")!.myEnrollment).toEqual({ status: "completed" });

    // Left, cancelled: no longer current.
    await api.request(`/api/courses/${full}/enrollments/${ids.staff}`, { method: "DELETE", cookie: staff });
    await api.request(`/api/courses/${nominated}/status`, { method: "POST", cookie: admin, json: { status: "cancelled" } });
    const after = (await api.request("/api/learning?year=2026", { cookie: staff })).data;
    expect(after.enrollments.map((e: Current) => e.courseId)).not.toContain(full);
    expect(after.enrollments.map((e: Current) => e.courseId)).not.toContain(nominated);
    expect(after.enrollments.map((e: Current) => e.courseId)).toContain(seat);
    expect(after.upcomingJp).toBe(before.upcomingJp + 8);
    expect((await api.request("/api/courses?limit=100", { cookie: staff })).data.items.find((c: { id: string }) => c.id === full).myEnrollment).toBeNull();
    await api.request(`/api/courses/${seat}/enrollments/${ids.staff}`, { method: "DELETE", cookie: staff });
  });

  /** Moves the clock past a course's last session; sessions last 12 hours, so everyone signs in again. */
  async function afterTheEnd(courseId: string) {
    const { course } = (await api.request(`/api/courses/${courseId}`, { cookie: admin })).data;
    api.clock.advance(new Date(course.endsAt).getTime() - now() + 60_000);
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
  }
  const attend = (courseId: string, sessionId: string, present = true) =>
    api.request(`/api/courses/${courseId}/enrollments/${ids.staff}/attendance`, { method: "PUT", cookie: admin, json: { sessionId, present } });
  const completion = (courseId: string, json: Record<string, unknown> = { attended: true }) =>
    api.request(`/api/courses/${courseId}/enrollments/${ids.staff}/completion`, { method: "POST", cookie: admin, json });

  it("completes nobody before the last session has ended, nor without the attendance the course requires", async () => {
    // Four sessions, half of them to attend.
    const sessions = [2, 3, 4, 5].map((d) => ({ startsAt: at(d * DAY), endsAt: at(d * DAY + 3 * 3600_000), place: "Aula BKPSDM" }));
    const courseId = await publishedCourse("PM-HALF", { sessions, minAttendancePercent: 50 });
    await enrollAs(staff, courseId);
    const { course } = (await api.request(`/api/courses/${courseId}`, { cookie: staff })).data;
    expect(course).toMatchObject({ minAttendancePercent: 50, sessionsToAttend: 2, endsAt: sessions[3]!.endsAt });
    await attend(courseId, course.sessions[0].id);
    await attend(courseId, course.sessions[1].id);

    // Weeks ahead, with attendance ticked: no JP, no certificate, no absence, no finished course.
    const early = await completion(courseId, { attended: true, score: 90 });
    expect(early).toMatchObject({ status: 409, data: { error: { code: "course_not_finished", details: { endsAt: sessions[3]!.endsAt } } } });
    expect(await completion(courseId, { attended: false })).toMatchObject({ status: 409, data: { error: { code: "course_not_finished" } } });
    await api.request(`/api/courses/${courseId}/status`, { method: "POST", cookie: admin, json: { status: "ongoing" } });
    expect(await api.request(`/api/courses/${courseId}/status`, { method: "POST", cookie: admin, json: { status: "completed" } })).toMatchObject({
      status: 409,
      data: { error: { code: "course_not_finished" } },
    });
    const ledger = (await api.request("/api/learning?year=2026", { cookie: staff })).data.entries;
    expect(ledger.filter((e: { courseId?: string }) => e.courseId === courseId)).toEqual([]);
    expect((await api.request(`/api/courses/${courseId}`, { cookie: staff })).data.myEnrollment.status).toBe("enrolled");

    await afterTheEnd(courseId);
    // One of four sessions is below half.
    await attend(courseId, course.sessions[1].id, false);
    expect(await completion(courseId)).toMatchObject({
      status: 409,
      data: { error: { code: "attendance_insufficient", details: { attended: 1, required: 2, sessions: 4, minAttendancePercent: 50 } } },
    });
    await attend(courseId, course.sessions[2].id);
    const done = await completion(courseId);
    expect(done).toMatchObject({ status: 200, data: { status: "completed", jp: 12 } });
    // Dated when the training ended, never later than today.
    const entry = (await api.request("/api/learning?year=2026", { cookie: staff })).data.entries.find((e: { courseId?: string }) => e.courseId === courseId);
    const today = new Date(now() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(entry.endDate <= today).toBe(true);
    expect(entry.endDate).toBe(new Date(new Date(sessions[3]!.endsAt).getTime() + 8 * 3600_000).toISOString().slice(0, 10));
    expect((await api.request(`/api/courses/${courseId}/status`, { method: "POST", cookie: admin, json: { status: "completed" } })).data.status).toBe("completed");
  });

  it("needs every session attended when the course sets no minimum", async () => {
    const courseId = await publishedCourse("PM-ALL");
    const bad = await api.request("/api/courses", { method: "POST", cookie: admin, json: courseInput("PM-ZERO", { minAttendancePercent: 0 }) });
    expect(bad).toMatchObject({ status: 400, data: { error: { code: "validation_failed" } } });
    await enrollAs(staff, courseId);
    const { course } = (await api.request(`/api/courses/${courseId}`, { cookie: staff })).data;
    expect(course).toMatchObject({ minAttendancePercent: 100, sessionsToAttend: 2 });
    await afterTheEnd(courseId);
    await attend(courseId, course.sessions[0].id);
    expect(await completion(courseId)).toMatchObject({ status: 409, data: { error: { code: "attendance_insufficient", details: { attended: 1, required: 2 } } } });
    // Marking someone absent needs no attendance, once the course is over.
    expect((await completion(courseId, { attended: false })).data).toEqual({ status: "absent" });
  });

  it("completes once: JP in the ledger, a certificate anyone can verify, nothing private on it", async () => {
    const courseId = await publishedCourse("PM-COMPLETE");
    await enrollAs(staff, courseId);
    const course = (await api.request(`/api/courses/${courseId}`, { cookie: staff })).data.course;
    const attendance = await attend(courseId, course.sessions[0].id);
    expect(attendance.data.attendance).toEqual({ [course.sessions[0].id]: true });
    await afterTheEnd(courseId);
    await attend(courseId, course.sessions[1].id);
    expect((await api.request(`/api/courses/${courseId}/enrollments/${ids.staff}/completion`, { method: "POST", cookie: staff, json: { attended: true } })).status).toBe(403);

    const [first, second] = await Promise.all([
      api.request(`/api/courses/${courseId}/enrollments/${ids.staff}/completion`, { method: "POST", cookie: admin, json: { attended: true, score: 88 } }),
      api.request(`/api/courses/${courseId}/enrollments/${ids.staff}/completion`, { method: "POST", cookie: admin, json: { attended: true, score: 88 } }),
    ]);
    expect(first.data).toMatchObject({ status: "completed", jp: 12 });
    expect(second.data.certificateCode).toBe(first.data.certificateCode);
    const code = first.data.certificateCode as string;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{16}$/);

    const learning = await api.request("/api/learning?year=2026", { cookie: staff });
    const credits = learning.data.entries.filter((e: { courseId?: string }) => e.courseId === courseId);
    expect(credits).toHaveLength(1);
    expect(credits[0]).toMatchObject({ source: "course", jp: 12, status: "approved", certificateCode: code, institution: "Universitas Mataram" });
    expect(learning.data).toMatchObject({ year: 2026, targetJp: 20 });
    expect(learning.data.totalJp).toBeGreaterThanOrEqual(12);

    const publicCheck = await api.request(`/public/certificates/${code}`);
    expect(publicCheck.status).toBe(200);
    expect(publicCheck.data).toEqual({
      code,
      displayCode: expect.stringMatching(/^(\w{4}-){3}\w{4}$/),
      courseTitle: "Pelatihan PM-COMPLETE",
      holderName: expect.any(String),
      institutionName: "Universitas Mataram",
      completedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      jp: 12,
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const me = (await api.request("/api/me", { cookie: staff })).data;
    expect(publicCheck.data.holderName).toBe(me.name);
    expect(JSON.stringify(publicCheck.data)).not.toContain(me.nip);
    expect(JSON.stringify(publicCheck.data)).not.toContain(me.email);
    expect(await api.request(`/public/certificates/${"a".repeat(20)}`)).toMatchObject({ status: 404, data: { error: { code: "not_found" } } });
    expect(await api.request("/public/certificates/not-a-code")).toMatchObject({ status: 404, data: { error: { code: "not_found" } } });
  });

  it("rate-limits certificate checks", async () => {
    const answers = [];
    for (let i = 0; i < 32; i++) answers.push((await api.request(`/public/certificates/${"b".repeat(20)}`, { headers: { "x-forwarded-for": "203.0.113.7" } })).status);
    expect(answers.slice(0, 29).every((s) => s === 404)).toBe(true);
    expect(answers.at(-1)).toBe(429);
  });

  it("counts external training once the supervisor approves it", async () => {
    const reported = await api.request("/api/learning/external", {
      method: "POST",
      cookie: staff,
      json: { title: "Webinar Keamanan Siber", institution: "BSSN", source: "external", startDate: "2026-11-02", endDate: "2026-11-02", jp: 4, evidence: "https://bssn.go.id/sertifikat/123" },
    });
    expect(reported).toMatchObject({ status: 201, data: { status: "pending" } });
    const before = (await api.request("/api/learning?year=2026", { cookie: staff })).data;
    expect(before.pendingJp).toBe(4);

    const queue = await api.request("/api/learning/approvals", { cookie: supervisor });
    expect(queue.data.items.map((e: { id: string }) => e.id)).toContain(reported.data.id);
    expect((await api.request(`/api/learning/${ids.staff}/entries/${reported.data.id}/decision`, { method: "POST", cookie: staff, json: { approve: true } })).status).toBe(403);
    const decided = await api.request(`/api/learning/${ids.staff}/entries/${reported.data.id}/decision`, { method: "POST", cookie: supervisor, json: { approve: true } });
    expect(decided.data.status).toBe("approved");
    expect((await api.request(`/api/learning/${ids.staff}/entries/${reported.data.id}/decision`, { method: "POST", cookie: supervisor, json: { approve: false } })).status).toBe(409);
    const after = (await api.request("/api/learning?year=2026", { cookie: staff })).data;
    expect(after.totalJp).toBe(before.totalJp + 4);
    expect(after.pendingJp).toBe(0);

    // The supervisor may read their team member's ledger; others may not.
    expect((await api.request(`/api/learning?staffId=${ids.staff}&year=2026`, { cookie: supervisor })).status).toBe(200);
    expect((await api.request(`/api/learning?staffId=${ids.admin}&year=2026`, { cookie: staff })).status).toBe(403);
  });

  it("reports a unit's year with who is below 20 JP, and exports it as CSV", async () => {
    const report = await api.request("/api/learning/report?year=2026&unitId=diskominfo", { cookie: admin });
    const row = report.data.items.find((i: { staffId: string }) => i.staffId === ids.staff);
    expect(row.totalJp).toBeGreaterThanOrEqual(16);
    expect(row.belowTarget).toBe(row.totalJp < 20);
    expect(report.data.items.some((i: { belowTarget: boolean }) => i.belowTarget)).toBe(true);
    const csv = await api.request("/api/learning/report.csv?year=2026&unitId=diskominfo", { cookie: admin });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = String(csv.data).trim().split("\n");
    expect(lines[0]).toBe("nama,nip,nama_diklat,penyelenggara,tanggal_mulai,tanggal_selesai,jumlah_jp,jenis,nomor_sertifikat");
    expect(lines.some((l) => l.includes("Webinar Keamanan Siber") && l.includes(",4,"))).toBe(true);
    expect((await api.request("/api/learning/report?year=2026&unitId=diskominfo", { cookie: staff })).status).toBe(403);

    // Someone who moved unit this year brings the hours they earned before into the new unit's report.
    api.requests.reset();
    await api.request("/api/learning/report?year=2026&unitId=dinsos", { cookie: admin });
    const plainQueries = api.requests.count;
    await api.request(`/api/staff/${ids.staff}`, { method: "PATCH", cookie: admin, json: { unitId: "dinsos" } });
    const moved = await api.request("/api/learning/report?year=2026&unitId=dinsos", { cookie: admin });
    expect(moved.data.items.find((i: { staffId: string }) => i.staffId === ids.staff).totalJp).toBe(row.totalJp);
    expect(plainQueries).toBeLessThanOrEqual(3);
    await api.request(`/api/staff/${ids.staff}`, { method: "PATCH", cookie: admin, json: { unitId: "diskominfo" } });
  });

  it("recommends published courses that close a gap to the position's standard", async () => {
    const courseId = await publishedCourse("PM-RECO", { competencies: [{ competencyId: "komunikasi", targetLevel: 4 }] });
    // The supervisor is an Administrator (standard 3); unassessed competencies count as level 1.
    const reco = await api.request("/api/learning/recommendations", { cookie: supervisor });
    expect(reco.data.items.find((r: { course: { id: string } }) => r.course.id === courseId)).toMatchObject({ competencyId: "komunikasi", standardLevel: 3, currentLevel: 1, gapToStandard: -2 });
    await api.request(`/api/staff/${ids.supervisor}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { komunikasi: 3 } } });
    const after = await api.request("/api/learning/recommendations", { cookie: supervisor });
    expect(after.data.items.find((r: { course: { id: string } }) => r.course.id === courseId)).toBeUndefined();
    // A pelaksana (standard 1) has no gap to close.
    expect((await api.request("/api/learning/recommendations", { cookie: staff })).data.items).toEqual([]);
  });

  it("lists the catalog by start date with filters and open seats", async () => {
    const a = await publishedCourse("DIG-A", { category: "digital", form: "e_learning", competencies: [{ competencyId: "literasi-digital", targetLevel: 2 }], capacity: 1 });
    await enrollAs(staff, a);
    const digital = await api.request("/api/courses?category=digital", { cookie: staff });
    expect(digital.data.items.map((c: { id: string }) => c.id)).toContain(a);
    expect(digital.data.items.every((c: { category: string }) => c.category === "digital")).toBe(true);
    const byCompetency = await api.request("/api/courses?competencyId=literasi-digital", { cookie: staff });
    expect(byCompetency.data.items.map((c: { id: string }) => c.id)).toContain(a);
    expect((await api.request("/api/courses?openSeats=true&category=digital", { cookie: staff })).data.items.map((c: { id: string }) => c.id)).not.toContain(a);
    const month = new Date(now() + 10 * DAY + 8 * 3600_000).toISOString().slice(0, 7);
    const inMonth = await api.request(`/api/courses?month=${month}`, { cookie: staff });
    expect(inMonth.data.items.length).toBeGreaterThan(0);
    expect((await api.request("/api/courses?month=2030-01", { cookie: staff })).data.items).toEqual([]);
    const all = (await api.request("/api/courses?limit=100", { cookie: staff })).data.items as { startsAt: string; formType: string }[];
    expect(all.map((c) => c.startsAt)).toEqual([...all.map((c) => c.startsAt)].sort());
    expect((await api.request("/api/courses?status=draft", { cookie: staff })).status).toBe(404);
  });

  it("copies a yearly course into next year's draft, once", async () => {
    const copy = await api.request("/api/courses/pm-complete/copy", { method: "POST", cookie: admin, json: { year: 2027 } });
    expect(copy.status).toBe(201);
    expect(copy.data).toMatchObject({ id: "pm-complete-2027", year: 2027, status: "draft", enrolled: 0, jp: 12 });
    const source = (await api.request("/api/courses/pm-complete", { cookie: admin })).data.course;
    const shifted = new Date(copy.data.sessions[0].startsAt).getTime() - new Date(source.sessions[0].startsAt).getTime();
    expect(shifted).toBe(364 * DAY);
    expect((await api.request("/api/courses/pm-complete/copy", { method: "POST", cookie: admin, json: { year: 2027 } })).status).toBe(409);
  });

  it("validates course input and never lets capacity drop below the enrolled", async () => {
    const bad = await api.request("/api/courses", { method: "POST", cookie: admin, json: courseInput("PM-BAD", { jp: 0, sessions: [] }) });
    expect(bad).toMatchObject({ status: 400, data: { error: { code: "validation_failed" } } });
    expect(bad.data.error.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["jp", "sessions"]));
    expect((await api.request("/api/courses/pm-rush", { method: "PATCH", cookie: admin, json: { capacity: 5 } })).data.error.code).toBe("capacity_below_enrolled");
    const grown = await api.request("/api/courses/pm-rush", { method: "PATCH", cookie: admin, json: { capacity: 12 } });
    expect(grown.data.capacity).toBe(12);
    expect((await api.request("/api/courses", { method: "POST", cookie: staff, json: courseInput("PM-STAFF") })).status).toBe(403);
  });

  it("answers a course page with at most three DynamoDB requests, my learning with four and one per waitlist place", async () => {
    api.requests.reset();
    expect((await api.request("/api/courses/pm-complete", { cookie: staff })).status).toBe(200);
    expect(api.requests.count).toBeLessThanOrEqual(3);
    api.requests.reset();
    expect((await api.request("/api/courses/pm-rush", { cookie: admin })).status).toBe(200);
    expect(api.requests.count).toBeLessThanOrEqual(3);
    api.requests.reset();
    const learning = await api.request("/api/learning?year=2026", { cookie: staff });
    expect(learning.status).toBe(200);
    // The session, the ledger, the person's enrollments, one batched read of their courses, each waitlist's place.
    const waiting = learning.data.enrollments.filter((e: { status: string }) => e.status === "waitlisted").length;
    expect(api.requests.count).toBeLessThanOrEqual(4 + waiting);
    expect(api.requests.commands).not.toContain("ScanCommand");
  });

  it("keeps the bell: unread count, read one, read all", async () => {
    const bell = await api.request("/api/notifications", { cookie: staff });
    expect(bell.data.unreadCount).toBeGreaterThan(0);
    const one = bell.data.items[0];
    expect((await api.request(`/api/notifications/${encodeURIComponent(one.id)}/read`, { method: "POST", cookie: staff })).status).toBe(204);
    expect((await api.request("/api/notifications", { cookie: staff })).data.unreadCount).toBe(bell.data.unreadCount - 1);
    await api.request("/api/notifications/read-all", { method: "POST", cookie: staff });
    expect((await api.request("/api/notifications", { cookie: staff })).data.unreadCount).toBe(0);
    expect((await api.request("/api/notifications/nope/read", { method: "POST", cookie: staff })).status).toBe(404);
  });
});
