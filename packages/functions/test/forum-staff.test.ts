import { beforeAll, describe, expect, it } from "vitest";
import { sendForumDeadlines } from "@kompeten/core/forum-answers/deadlines";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";
import { postTopic, sampleTopic as topic, signInCitizen } from "./support/forum";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Person = { id: string; nip: string; name: string; unitId: string; positionLevel: string; roles: string[] };

describe("forum, staff side: the queue, official answers, states, deadlines and moderation", () => {
  let api: TestApi;
  let admin: string;
  let dinkes: Person[];
  let responders: Person[];
  let head: Person;
  const cookies = new Map<string, string>();
  const as = async (p: Person) => {
    if (!cookies.has(p.id)) cookies.set(p.id, await api.signIn(p.nip));
    return cookies.get(p.id)!;
  };

  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.signIn(DEMO.admin);
    const page = await api.request("/api/staff?unitId=dinkes&limit=100", { cookie: admin });
    dinkes = await Promise.all(page.data.items.map(async (s: { id: string }) => (await api.request(`/api/staff/${s.id}`, { cookie: admin })).data));
    responders = dinkes.filter((s) => s.roles.includes("supervisor"));
    head = dinkes.find((s) => s.positionLevel === "jpt_pratama")!;
    expect(responders.length).toBeGreaterThanOrEqual(2);
  });

  /** A topic by a new citizen, followed by them (authors follow on posting) and by `followers` more. */
  async function followedTopic(followers = 1) {
    const author = await signInCitizen(api);
    const { id } = await postTopic(api, author);
    const people = [author, ...(await Promise.all(Array.from({ length: followers }, () => signInCitizen(api))))];
    for (const p of people.slice(1)) expect((await api.request(`/public/topics/${id}/follow`, { method: "PUT", cookie: p.cookie })).status).toBe(200);
    return { id, author, people };
  }
  const notices = async (citizenId: string) => (await api.ctx.db.entities.citizenNotice.query.byCitizen({ citizenId }).go()).data;
  const mailsTo = (email: string) => api.mail.filter((m) => m.to === email && !/Kode masuk/.test(m.subject));

  it("opens the queue to the owner unit's responders and to admins only", async () => {
    const { id } = await followedTopic(0);
    const responder = await as(responders[0]!);
    const mine = await api.request("/api/forum/topics", { cookie: responder });
    expect(mine.status, JSON.stringify(mine.data)).toBe(200);
    expect(mine.data.items.map((t: { id: string }) => t.id)).toContain(id);
    expect(mine.data.items[0]).toMatchObject({ status: "baru", deadlines: { waitedDays: 0, answerOverdue: false, overdue: false } });
    expect((await api.request("/api/forum/topics?unitId=dinkes", { cookie: admin })).data.items.map((t: { id: string }) => t.id)).toContain(id);
    expect((await api.request("/api/forum/topics?unitId=dinsos", { cookie: admin })).data.items.map((t: { id: string }) => t.id)).not.toContain(id);

    // A supervisor of another unit, staff without the role, and nobody signed in.
    const atasan = await api.signIn(DEMO.supervisor);
    expect((await api.request("/api/forum/topics?unitId=dinkes", { cookie: atasan })).status).toBe(403);
    expect((await api.request("/api/forum/topics", { cookie: await api.signIn(DEMO.staff) })).status).toBe(403);
    expect((await api.request("/api/forum/topics")).status).toBe(401);
    expect((await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie: atasan, json: { body: "Bukan unit kami" } })).status).toBe(403);
    expect((await api.request("/api/forum/topics?status=bogus", { cookie: responder })).status).toBe(400);
    expect((await api.request("/api/forum/topics?unitId=nothing", { cookie: admin })).status).toBe(404);
  });

  it("answers officially with name, position and unit, moves the state in the same event and tells each follower once", async () => {
    const { id, people } = await followedTopic(2);
    const who = responders[1]!;
    const cookie = await as(who);
    const request = { body: "Mulai bulan depan puskesmas Ampenan memakai antrean daring.", status: "ditinjau" };
    const answered = await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie, json: request });
    expect(answered.status, JSON.stringify(answered.data)).toBe(201);
    expect(answered.data).toMatchObject({ status: "ditinjau", answers: [{ official: true, name: who.name, unitName: "Dinas Kesehatan", version: 1, versions: [] }] });
    expect(answered.data.answers[0].position).toBeTruthy();
    expect(answered.data.history.map((h: { status: string }) => h.status)).toEqual(["baru", "ditinjau"]);
    expect(answered.data.deadlines.answeredAt).toBeTruthy();
    // No staff id or NIP in what is stored in the public partition's answers, nor in the answer.
    const { data: stored } = await api.ctx.db.entities.topic.get({ id }).go();
    for (const text of [JSON.stringify(stored!.answers), JSON.stringify(stored!.history), JSON.stringify(answered.data)]) {
      expect(text).not.toContain(who.id);
      expect(text).not.toContain(who.nip);
    }

    // One notice and one e-mail per follower for the answer and its state change together.
    for (const p of people) {
      expect(await notices(p.id)).toMatchObject([{ topicId: id, type: "answered", params: { status: "ditinjau" } }]);
      expect(mailsTo(p.email)).toHaveLength(1);
      expect(mailsTo(p.email)[0]!.subject).toMatch(/Jawaban resmi/);
    }
    // The same request again (a double click, a retry) writes nothing and tells nobody.
    const again = await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie, json: request });
    expect(again.status).toBe(201);
    expect(again.data.answers).toHaveLength(1);
    for (const p of people) {
      expect(await notices(p.id)).toHaveLength(1);
      expect(mailsTo(p.email)).toHaveLength(1);
    }

    // A state change alone is one more event; repeating it is refused and tells nobody.
    const moved = await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "ditindaklanjuti" } });
    expect(moved).toMatchObject({ status: 200, data: { status: "ditindaklanjuti" } });
    const twice = await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "ditindaklanjuti" } });
    expect(twice).toMatchObject({ status: 409, data: { error: { code: "invalid_transition" } } });
    for (const p of people) {
      expect((await notices(p.id)).map((n) => n.type).sort()).toEqual(["answered", "status_changed"]);
      expect(mailsTo(p.email)).toHaveLength(2);
    }
    // Allowed moves only, and a rejection says why.
    expect((await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "baru" } })).data.error.code).toBe("invalid_transition");
    const noReason = await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "ditolak" } });
    expect(noReason).toMatchObject({ status: 400, data: { error: { code: "validation_failed" } } });
    const rejected = await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "ditolak", reason: "Sudah ditangani lewat program lain" } });
    expect(rejected.data.history.at(-1)).toMatchObject({ status: "ditolak", reason: "Sudah ditangani lewat program lain" });
    expect((await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie, json: { body: "x".repeat(4001) } })).status).toBe(400);
  });

  it("tells each viewer the states they may move the topic to now: the next ones to its responders, none once it is closed", async () => {
    const { id } = await followedTopic(0);
    const cookie = await as(responders[0]!);
    expect((await api.request(`/api/forum/topics/${id}`, { cookie })).data.can).toEqual(["ditinjau", "ditolak"]);
    expect((await api.request(`/api/forum/topics/${id}`, { cookie: admin })).data.can).toEqual(["ditinjau", "ditolak"]);
    const queued = (await api.request("/api/forum/topics", { cookie })).data.items.find((t: { id: string }) => t.id === id);
    expect(queued.can).toEqual(["ditinjau", "ditolak"]);
    // A moderator reads it without answering for it.
    const moderator = await api.signIn("moderator@demo.mataramkota.go.id");
    expect((await api.request(`/api/forum/topics/${id}`, { cookie: moderator })).data.can).toEqual([]);

    const answered = await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie, json: { body: "Kami tinjau minggu ini.", status: "ditinjau" } });
    expect(answered.data.can).toEqual(["ditindaklanjuti", "ditolak"]);
    const acted = await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "ditindaklanjuti" } });
    expect(acted.data.can).toEqual(["selesai", "ditolak"]);
    const done = await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie, json: { status: "selesai" } });
    expect(done.data).toMatchObject({ status: "selesai", can: [] });
    expect((await api.request(`/api/forum/topics/${id}`, { cookie: admin })).data.can).toEqual([]);

    const other = await followedTopic(0);
    const rejected = await api.request(`/api/forum/topics/${other.id}/status`, { method: "POST", cookie, json: { status: "ditolak", reason: "Bukan kewenangan dinas" } });
    expect(rejected.data).toMatchObject({ status: "ditolak", can: [] });
    expect((await api.request(`/api/forum/topics/${other.id}`, { cookie })).data.can).toEqual([]);
  });

  it("keeps every earlier wording of an edited answer and refuses an edit made on an old version", async () => {
    const { id, people } = await followedTopic(0);
    const cookie = await as(responders[0]!);
    const { data } = await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie, json: { body: "Kami cek minggu ini." } });
    const answerId = data.answers[0].id;
    const edited = await api.request(`/api/forum/topics/${id}/answers/${answerId}`, { method: "PUT", cookie, json: { body: "Kami cek hari Senin.", version: 1 } });
    expect(edited.status, JSON.stringify(edited.data)).toBe(200);
    expect(edited.data.answers[0]).toMatchObject({ body: "Kami cek hari Senin.", version: 2, versions: [{ version: 1, body: "Kami cek minggu ini." }] });
    expect(edited.data.answers[0].editedAt).toBeTruthy();
    const stale = await api.request(`/api/forum/topics/${id}/answers/${answerId}`, { method: "PUT", cookie, json: { body: "Versi lama", version: 1 } });
    expect(stale).toMatchObject({ status: 409, data: { error: { code: "answer_changed" } } });
    // Two edits at once on the same version: one wins, the other is told the answer changed.
    const both = await Promise.all(["Senin pagi.", "Senin sore."].map((body) => api.request(`/api/forum/topics/${id}/answers/${answerId}`, { method: "PUT", cookie, json: { body, version: 2 } })));
    expect(both.map((b) => b.status).sort()).toEqual([200, 409]);
    const third = await api.request(`/api/forum/topics/${id}/answers/${answerId}`, { method: "PUT", cookie, json: { body: "Senin malam." } });
    expect(third.data.answers[0].versions.map((v: { body: string }) => v.body)).toEqual(["Kami cek minggu ini.", "Kami cek hari Senin.", expect.stringMatching(/^Senin/)]);
    // Another responder does not edit someone else's answer; an unknown answer is 404. Edits tell nobody.
    expect((await api.request(`/api/forum/topics/${id}/answers/${answerId}`, { method: "PUT", cookie: await as(responders[1]!), json: { body: "Bukan punya saya" } })).status).toBe(403);
    expect((await api.request(`/api/forum/topics/${id}/answers/nope`, { method: "PUT", cookie, json: { body: "x" } })).status).toBe(404);
    expect(await notices(people[0]!.id)).toHaveLength(1);
  });

  it("records the LAPOR! ticket, and lets moderators give a topic to another unit, with an audit entry", async () => {
    const { id } = await followedTopic(0);
    const responder = await as(responders[0]!);
    const ticket = await api.request(`/api/forum/topics/${id}/lapor`, { method: "PUT", cookie: responder, json: { ticket: "LPR-2026-0012345" } });
    expect(ticket).toMatchObject({ status: 200, data: { laporTicket: "LPR-2026-0012345" } });
    expect((await api.request(`/api/forum/topics/${id}/lapor`, { method: "PUT", cookie: responder, json: { ticket: "<script>" } })).status).toBe(400);

    const moderator = await api.signIn("moderator@demo.mataramkota.go.id");
    expect((await api.request(`/api/forum/topics/${id}/owner`, { method: "PUT", cookie: responder, json: { unitCode: "DINSOS" } })).status).toBe(403);
    expect((await api.request(`/api/forum/topics/${id}/owner`, { method: "PUT", cookie: moderator, json: { unitCode: "NOPE" } })).data.error.code).toBe("invalid_unit");
    const moved = await api.request(`/api/forum/topics/${id}/owner`, { method: "PUT", cookie: moderator, json: { unitCode: "DINSOS" } });
    expect(moved).toMatchObject({ status: 200, data: { ownerUnit: { code: "DINSOS", name: "Dinas Sosial" } } });
    // Now in the other unit's queue, and no longer the old unit's to answer.
    expect((await api.request("/api/forum/topics?unitId=dinsos", { cookie: admin })).data.items.map((t: { id: string }) => t.id)).toContain(id);
    expect((await api.request("/api/forum/topics", { cookie: responder })).data.items.map((t: { id: string }) => t.id)).not.toContain(id);
    expect((await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie: responder, json: { body: "Kami jawab" } })).status).toBe(403);
    const audit = await api.request(`/api/audit?targetType=topic&targetId=${id}`, { cookie: admin });
    expect(audit.data.items).toMatchObject([{ action: "topic.owner", before: { ownerUnitCode: "DINKES" }, after: { ownerUnitCode: "DINSOS" } }]);
  });

  it("moderates: hides and restores topics through the queue, blocks and unblocks citizens, each with an audit entry", async () => {
    const { id, author } = await followedTopic(0);
    const moderator = await api.signIn("moderator@demo.mataramkota.go.id");
    const staff = await api.signIn(DEMO.staff);
    expect((await api.request("/api/moderation/queue", { cookie: staff })).status).toBe(403);
    expect((await api.request(`/api/moderation/topics/${id}/hide`, { method: "POST", cookie: staff })).status).toBe(403);

    const hidden = await api.request(`/api/moderation/topics/${id}/hide`, { method: "POST", cookie: moderator, json: { reason: "Memuat data pribadi" } });
    expect(hidden).toMatchObject({ status: 200, data: { targetType: "topic", targetId: id, hidden: true } });
    const queue = await api.request("/api/moderation/queue", { cookie: moderator });
    expect(queue.data.items).toContainEqual(expect.objectContaining({ targetType: "topic", targetId: id, hidden: true, hiddenBy: "moderator", reason: "Memuat data pribadi" }));
    // Hiding again changes nothing; restoring empties the queue; admins moderate too.
    await api.request(`/api/moderation/topics/${id}/hide`, { method: "POST", cookie: moderator });
    expect((await api.request(`/api/moderation/topics/${id}/restore`, { method: "POST", cookie: admin })).data.hidden).toBe(false);
    expect((await api.request("/api/moderation/queue", { cookie: moderator })).data.items.map((i: { targetId: string }) => i.targetId)).not.toContain(id);
    expect((await api.request(`/api/moderation/topics/nope/hide`, { method: "POST", cookie: moderator })).status).toBe(404);

    expect((await api.request(`/api/moderation/citizens/${author.id}/block`, { method: "POST", cookie: moderator, json: { reason: "Spam berulang" } })).data.blocked).toBe(true);
    expect((await api.request("/public/topics", { method: "POST", cookie: author.cookie, json: topic })).status).toBe(403);
    expect((await api.request(`/api/moderation/citizens/${author.id}/unblock`, { method: "POST", cookie: moderator })).data.blocked).toBe(false);
    expect((await api.request("/public/topics", { method: "POST", cookie: author.cookie, json: topic })).status).toBe(201);

    const topicAudit = await api.request(`/api/audit?targetType=topic&targetId=${id}`, { cookie: admin });
    expect(topicAudit.data.items.map((e: { action: string }) => e.action).sort()).toEqual(["topic.hide", "topic.restore"]);
    const citizenAudit = await api.request(`/api/audit?targetType=citizen&targetId=${author.id}`, { cookie: admin });
    expect(citizenAudit.data.items.map((e: { action: string }) => e.action).sort()).toEqual(["citizen.block", "citizen.unblock"]);
    expect(JSON.stringify(citizenAudit.data)).not.toContain(author.email);
  });

  it("queues a comment hidden by three reports with its author, dismisses the reports as unfounded, and hides and restores comments", async () => {
    const { id } = await followedTopic(0);
    const writer = await signInCitizen(api);
    const posted = await api.request(`/public/topics/${id}/comments`, { method: "POST", cookie: writer.cookie, json: { body: "Komentar yang dilaporkan warga." } });
    expect(posted.status).toBe(201);
    const target = `${id}:${posted.data.comment.id}`;
    const reporters = await Promise.all([signInCitizen(api), signInCitizen(api), signInCitizen(api)]);
    for (const r of reporters) await api.request("/public/reports", { method: "POST", cookie: r.cookie, json: { targetType: "comment", targetId: target, reason: "offensive" } });
    const moderator = await api.signIn("moderator@demo.mataramkota.go.id");
    const queued = (await api.request("/api/moderation/queue", { cookie: moderator })).data.items.find((i: { targetId: string }) => i.targetId === target);
    expect(queued).toMatchObject({ targetType: "comment", topicId: id, hiddenBy: "reports", authorId: writer.id, excerpt: "Komentar yang dilaporkan warga." });
    const commentOf = async () => (await api.request(`/public/topics/${id}/comments`)).data.items.find((c: { id: string }) => c.id === posted.data.comment.id);
    expect((await commentOf()).hidden).toBe(true);

    // Dismissed: shown again, out of the queue, its reports no longer open, counted afresh.
    const staff = await api.signIn(DEMO.staff);
    expect((await api.request(`/api/moderation/comments/${target}/dismiss`, { method: "POST", cookie: staff })).status).toBe(403);
    expect((await api.request(`/api/moderation/comments/${target}/dismiss`, { method: "POST", cookie: moderator, json: { reason: "Kritik wajar" } })).data.hidden).toBe(false);
    expect((await commentOf()).hidden).toBe(false);
    expect((await api.request("/api/moderation/queue", { cookie: moderator })).data.items.map((i: { targetId: string }) => i.targetId)).not.toContain(target);
    const open = await api.ctx.db.entities.topicReport.query.byStatus({ status: "open" }).go({ pages: "all" });
    expect(open.data.filter((r) => r.targetId === posted.data.comment.id)).toEqual([]);
    // Dismissing again changes nothing and leaves no second entry.
    await api.request(`/api/moderation/comments/${target}/dismiss`, { method: "POST", cookie: moderator });

    // A moderator hides and restores a comment directly.
    expect((await api.request(`/api/moderation/comments/${target}/hide`, { method: "POST", cookie: moderator })).data.hidden).toBe(true);
    expect((await commentOf()).body).toBe("");
    expect((await api.request(`/api/moderation/comments/${target}/restore`, { method: "POST", cookie: moderator })).data.hidden).toBe(false);
    expect((await api.request(`/api/moderation/comments/${id}:nope/hide`, { method: "POST", cookie: moderator })).status).toBe(404);
    expect((await api.request(`/api/moderation/comments/not-a-comment/hide`, { method: "POST", cookie: moderator })).status).toBe(400);

    const audit = await api.request(`/api/audit?targetType=comment&targetId=${encodeURIComponent(target)}`, { cookie: admin });
    expect(audit.data.items.map((e: { action: string }) => e.action).sort()).toEqual(["comment.dismiss_reports", "comment.hide", "comment.restore"]);
  });

  // Moves the clock: last in the file.
  it("reminds the responders at half time and escalates to the unit's head at the deadline, once each, and shows the wait", async () => {
    const { id } = await followedTopic(0);
    const job = () => sendForumDeadlines(api.ctx);
    // Sessions last 12 hours: a new one after the clock moved.
    const fresh = () => api.signIn(responders[0]!.nip);
    const told = async (staffId: string) =>
      (await api.ctx.db.entities.notification.query.byStaff({ staffId }).go()).data.filter((n) => n.id.startsWith(`forum:${id}:`)).map((n) => `${n.type}:${n.params.kind}`);

    api.clock.advance(DAY);
    await job();
    expect(await told(responders[0]!.id)).toEqual([]);

    api.clock.advance(13 * HOUR); // 1.5 days and more: half of the 3 days
    const first = await job();
    expect(first.reminders).toBeGreaterThanOrEqual(1);
    for (const r of responders) expect(await told(r.id)).toContain("forum_deadline_reminder:answer");
    const mails = api.mail.length;
    // A second run the same day, and two at once, send nothing more.
    await Promise.all([job(), job()]);
    expect(api.mail.length).toBe(mails);
    for (const r of responders) expect((await told(r.id)).filter((t) => t === "forum_deadline_reminder:answer")).toHaveLength(1);

    api.clock.advance(2 * DAY); // past 3 days: escalated to the head, once
    await job();
    await job();
    expect((await told(head.id)).filter((t) => t === "forum_deadline_escalated:answer")).toHaveLength(1);
    const view = await api.request(`/api/forum/topics/${id}`, { cookie: await fresh() });
    expect(view.data.deadlines).toMatchObject({ waitedDays: 3, answerOverdue: true, progressOverdue: false, overdue: true });
    const overdue = await api.request("/api/forum/topics?overdue=true", { cookie: await fresh() });
    expect(overdue.data.items.map((t: { id: string }) => t.id)).toContain(id);
    expect(overdue.data.items.every((t: { deadlines: { overdue: boolean } }) => t.deadlines.overdue)).toBe(true);
    const all = await api.request("/api/forum/topics", { cookie: await fresh() });
    const flags = all.data.items.map((t: { deadlines: { overdue: boolean } }) => t.deadlines.overdue);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    expect((await api.request("/api/forum/topics?overdue=false", { cookie: await fresh() })).data.items.map((t: { id: string }) => t.id)).not.toContain(id);

    // Answered now: the answer steps are done; the 14-day one goes on until the state moves past ditinjau.
    await api.request(`/api/forum/topics/${id}/answers`, { method: "POST", cookie: await fresh(), json: { body: "Maaf terlambat, kami tangani." } });
    api.clock.advance(4 * DAY); // day 7 and more
    await job();
    for (const r of responders) expect(await told(r.id)).toContain("forum_deadline_reminder:progress");
    await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie: await fresh(), json: { status: "ditinjau" } });
    await api.request(`/api/forum/topics/${id}/status`, { method: "POST", cookie: await fresh(), json: { status: "ditindaklanjuti" } });
    // Nothing is left for the job to do for it.
    expect((await api.ctx.db.entities.topicDeadline.get({ topicId: id }).go()).data).toBeNull();
    api.clock.advance(8 * DAY);
    await job();
    // The head (a responder too) was escalated to once, for the answer only.
    expect((await told(head.id)).filter((t) => t.startsWith("forum_deadline_escalated"))).toEqual(["forum_deadline_escalated:answer"]);
    const due = await api.ctx.db.entities.topicDeadline.query.byDue({}).go();
    expect(due.data.map((check) => check.topicId)).not.toContain(id);
  });
});
