import { registerCitizen } from "@kompeten/core/citizens/citizens";
import { AppError } from "@kompeten/core/errors";
import { forumAreas, kecamatanList, topicStatuses } from "@kompeten/core/values";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../src/demo-data";
import { demoCitizens } from "../src/demo-forum";
import { createTestApi, DEMO, type TestApi } from "./support";

type Answer = { name: string; position: string; unitName: string; official: boolean; body: string };
type Topic = {
  id: string;
  title: string;
  area: string;
  kecamatan: string;
  status: string;
  supports: number;
  createdAt: string;
  ownerUnit: { code: string; name: string };
  history: { status: string; reason: string | null }[];
  answers: Answer[];
  laporTicket: string | null;
  hidden: boolean;
};
type Comment = { id: string; body: string; hidden: boolean; author: { name: string } };

const DAY = 86400_000;

describe("the forum's demo data", () => {
  let api: TestApi;
  let topics: Topic[];
  /** Every public answer read, to look for personal data. */
  const publicJson: string[] = [];

  const read = async (path: string) => {
    const answer = await api.request(path);
    expect(answer.status, path).toBe(200);
    publicJson.push(JSON.stringify(answer.data));
    return answer.data;
  };

  beforeAll(async () => {
    api = await createTestApi({ forum: true });
    topics = [];
    let cursor: string | null = null;
    do {
      const page: { items: Topic[]; cursor: string | null } = await read(`/public/topics?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      topics.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
  });

  const commentsOf = async (id: string) => (await read(`/public/topics/${id}/comments?limit=50`)).items as Comment[];

  it("seeds once: a second run finds the data and writes nothing", async () => {
    api.requests.reset();
    expect(await seedDemoData(api.ctx)).toBe(false);
    expect(api.requests.commands.filter((c) => !/Query|Get/.test(c))).toEqual([]);
  });

  it("has 30+ topics from the last 40 days in every area, kecamatan and state, with supports from several citizens", () => {
    expect(topics.length).toBeGreaterThanOrEqual(30);
    expect(new Set(topics.map((t) => t.area))).toEqual(new Set(forumAreas));
    expect(new Set(topics.map((t) => t.kecamatan))).toEqual(new Set(kecamatanList));
    expect(new Set(topics.map((t) => t.status))).toEqual(new Set(topicStatuses));
    const now = api.ctx.now().getTime();
    for (const t of topics) {
      const age = now - Date.parse(t.createdAt);
      expect(age, t.title).toBeGreaterThan(0);
      expect(age, t.title).toBeLessThanOrEqual(41 * DAY);
      // Each state in the history the way the app writes it; a rejection says why.
      expect(t.history.at(-1)!.status, t.title).toBe(t.status);
      if (t.status === "ditolak") expect(t.history.at(-1)!.reason, t.title).toBeTruthy();
    }
    expect(topics.filter((t) => t.supports >= 3).length).toBeGreaterThanOrEqual(15);
    expect(Math.max(...topics.map((t) => t.supports))).toBeGreaterThanOrEqual(5);
  });

  it("has official answers by the owner units' responders, with name, position and unit; atasan@ answers for Diskominfo", async () => {
    const answered = topics.filter((t) => t.answers.length > 0);
    expect(answered.length).toBeGreaterThanOrEqual(20);
    for (const t of answered) {
      for (const a of t.answers) {
        expect(a).toMatchObject({ official: true });
        expect(a.name.length, t.title).toBeGreaterThan(2);
        expect(a.position.length, t.title).toBeGreaterThan(2);
        expect(a.unitName, t.title).toBe(t.ownerUnit.name);
      }
    }
    const atasan = (await api.request("/api/me", { cookie: await api.signIn(DEMO.supervisor) })).data as { name: string; position: string };
    const diskominfo = answered.filter((t) => t.ownerUnit.code === "DISKOMINFO");
    expect(diskominfo.length).toBeGreaterThan(0);
    for (const t of diskominfo) expect(t.answers.map((a) => a.name)).toEqual(t.answers.map(() => atasan.name));
    // Every topic past "baru" was moved by a responder of its unit.
    for (const t of topics) expect(t.status === "baru" || t.answers.length > 0, t.title).toBe(true);
  });

  it("has an overdue topic: posted more than 3 days ago, unanswered, first in its unit's queue and escalated by the daily job", async () => {
    const admin = await api.signIn(DEMO.admin);
    const overdue = [];
    for (const unitId of ["dinkes", "dikbud", "disdukcapil", "setda", "dpupr", "dinsos", "diskominfo"]) {
      const queue = await api.request(`/api/forum/topics?unitId=${unitId}&overdue=true`, { cookie: admin });
      expect(queue.status).toBe(200);
      overdue.push(...(queue.data.items as (Topic & { deadlines: { answerOverdue: boolean; waitedDays: number } })[]));
    }
    const unanswered = overdue.filter((t) => t.deadlines.answerOverdue);
    expect(unanswered.length).toBeGreaterThanOrEqual(1);
    const late = unanswered[0]!;
    expect(late.answers).toEqual([]);
    expect(late.deadlines.waitedDays).toBeGreaterThan(3);
    const { data: record } = await api.ctx.db.entities.topic.get({ id: late.id }).go();
    expect(record!.deadlineMarks).toEqual(expect.arrayContaining(["answer_half", "answer_due"]));
    // Escalated to the head of the owner unit, once.
    const { data: unit } = await api.ctx.db.entities.staff.query.byUnit({ unitId: late.ownerUnit.code.toLowerCase() }).go({ pages: "all" });
    const head = unit.find((s) => s.positionLevel === "jpt_pratama")!;
    const bell = (await api.ctx.db.entities.notification.query.byStaff({ staffId: head.id }).go({ pages: "all" })).data;
    expect(bell.filter((n) => n.type === "forum_deadline_escalated" && (n.params as { topicId?: string }).topicId === late.id)).toHaveLength(1);
  });

  it("has a comment hidden by 3 reports from different citizens, waiting in the moderation queue", async () => {
    const hidden: { topic: Topic; comment: Comment }[] = [];
    for (const topic of topics) for (const comment of await commentsOf(topic.id)) if (comment.hidden) hidden.push({ topic, comment });
    expect(hidden).toHaveLength(1);
    const [{ topic, comment }] = hidden as [{ topic: Topic; comment: Comment }];
    expect(comment.body).toBe("");
    const { data: record } = await api.ctx.db.entities.topicComment.get({ topicId: topic.id, id: comment.id }).go();
    expect(record).toMatchObject({ reports: 3, hidden: true, hiddenReason: "reports" });
    const { data: reports } = await api.ctx.db.entities.topicReport.query.byTarget({ topicId: topic.id }).go({ pages: "all" });
    const ofComment = reports.filter((r) => r.targetId === comment.id);
    expect(new Set(ofComment.map((r) => r.citizenId)).size).toBe(3);

    const moderator = await api.signIn("moderator@demo.mataramkota.go.id");
    const queue = await api.request("/api/moderation/queue", { cookie: moderator });
    expect(queue.data.items).toContainEqual(expect.objectContaining({ targetType: "comment", targetId: `${topic.id}:${comment.id}`, hiddenBy: "reports" }));
    // The other comments are there to read.
    const visible = (await Promise.all(topics.map((t) => commentsOf(t.id)))).flat().filter((c) => !c.hidden);
    expect(visible.length).toBeGreaterThanOrEqual(10);
  });

  it("has a topic with its SP4N-LAPOR! ticket", () => {
    expect(topics.filter((t) => t.laporTicket).map((t) => t.laporTicket)).toEqual(["LAPOR-2611-00417"]);
  });

  it("has Dinas PUPR's past dialogue on the Ampenan flooding with its minutes, and Dinas Kesehatan's next week", async () => {
    const page = (await read("/public/dialogs?limit=50")).items as { id: string; unit: { code: string }; past: boolean; startsAt: string; minutes: unknown }[];
    expect(page).toHaveLength(2);
    // Upcoming first.
    const [upcoming, past] = page as [(typeof page)[0], (typeof page)[0]];
    const now = api.ctx.now().getTime();
    expect(upcoming).toMatchObject({ unit: { code: "DINKES" }, past: false, minutes: null });
    expect(Date.parse(upcoming.startsAt) - now).toBeGreaterThan(5 * DAY);
    expect(Date.parse(upcoming.startsAt) - now).toBeLessThanOrEqual(8 * DAY);
    expect(past).toMatchObject({ unit: { code: "DPUPR" }, past: true });
    const held = await read(`/public/dialogs/${past.id}`);
    expect(held.minutes.minutes.length).toBeGreaterThan(100);
    expect(held.minutes.attendees).toBeGreaterThan(10);
    expect(held.minutes.outcomes.length).toBeGreaterThanOrEqual(3);
    expect(held.topics.map((t: { title: string }) => t.title)).toEqual([
      expect.stringMatching(/^Drainase tersumbat/),
      expect.stringMatching(/^Sampah menumpuk di TPS/),
    ]);
    const next = await read(`/public/dialogs/${upcoming.id}`);
    expect(next.topics.length).toBeGreaterThanOrEqual(1);
    for (const t of next.topics) expect(topics.find((x) => x.id === t.id)!.area).toBe("kesehatan");
  });

  it("has Dinas PUPR's running program from the two Ampenan topics: milestones, one done and told to followers, competency needs", async () => {
    const { items } = (await read("/public/programs?limit=50")) as { items: { id: string }[] };
    expect(items).toHaveLength(1);
    const program = await read(`/public/programs/${items[0]!.id}`);
    expect(program).toMatchObject({
      unit: { code: "DPUPR" },
      status: "running",
      progress: 0.25,
      competencyNeeds: [
        { competencyId: "pelayanan-publik", level: 3 },
        { competencyId: "manajemen-proyek", level: 2 },
      ],
    });
    expect(program.milestones).toHaveLength(4);
    expect(program.milestones.map((m: { done: boolean }) => m.done)).toEqual([true, false, false, false]);
    const linked = program.topics as { id: string; title: string }[];
    expect(linked.map((t) => t.title)).toEqual([expect.stringMatching(/^Drainase tersumbat/), expect.stringMatching(/^Sampah menumpuk di TPS/)]);
    // Each follower of the linked topics got the milestone's notice once, even following both.
    const followers = new Set<string>();
    for (const t of linked) {
      const { data } = await api.ctx.db.entities.topicFollow.query.byTopic({ topicId: t.id }).go({ pages: "all" });
      for (const f of data) followers.add(f.citizenId);
    }
    expect(followers.size).toBeGreaterThanOrEqual(5);
    for (const citizenId of followers) {
      const { data } = await api.ctx.db.entities.citizenNotice.query.byCitizen({ citizenId }).go({ pages: "all" });
      expect(data.filter((n) => n.type === "milestone_done"), citizenId).toHaveLength(1);
    }
  });

  it("lets a demo citizen sign in by the code e-mailed to them, and shows them the notices of their topics", async () => {
    const { email, displayName } = demoCitizens[0]!;
    expect((await api.request("/public/auth/code", { method: "POST", json: { email } })).status).toBe(200);
    const code = api.mail.filter((m) => m.to === email).at(-1)!.subject.match(/(\d{6})$/)![1];
    const signedIn = await api.request("/public/auth/verify", { method: "POST", json: { email, code } });
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect((await api.request("/public/me", { cookie })).data).toMatchObject({ displayName, kecamatan: "ampenan", email: "w***@demo.mataramkota.go.id" });
    const notices = (await api.request("/public/me/notices?limit=50", { cookie })).data.items as { type: string }[];
    expect(notices.map((n) => n.type)).toEqual(expect.arrayContaining(["answered", "status_changed", "milestone_done"]));
    const mine = (await api.request("/public/me/topics?limit=50", { cookie })).data.items as { mine: boolean }[];
    expect(mine.filter((t) => t.mine).length).toBeGreaterThanOrEqual(3);
  });

  it("registers a citizen only once per e-mail address", async () => {
    const taken = registerCitizen(api.ctx, { email: demoCitizens[1]!.email, displayName: "Orang Lain" });
    await expect(taken).rejects.toBeInstanceOf(AppError);
    await expect(taken).rejects.toMatchObject({ status: 409 });
  });

  it("shows no e-mail address, NIP or staff id on any public route", async () => {
    await read("/public/areas");
    for (const t of topics) {
      await read(`/public/topics/${t.id}`);
      await read(`/public/topics/similar?area=${t.area}&title=${encodeURIComponent(t.title)}`);
    }
    for (const status of topicStatuses) await read(`/public/topics?status=${status}&sort=supports&limit=50`);
    const all = publicJson.join("\n");
    expect(all.length).toBeGreaterThan(10_000);
    expect(all).not.toMatch(/@|mataramkota\.go\.id/);
    expect(all).not.toMatch(/demo-\d+/);
    expect(all).not.toMatch(/(?<!\d)\d{18}(?!\d)/);
  });
});
