import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../local/test/support";
import { postTopic, signInCitizen, type SignedInCitizen } from "./support/forum";
import { publicOpenApiDocument } from "../src/public/openapi";

const HOUR = 3600_000;

const topic = {
  title: "Jalan berlubang di Cakranegara membahayakan pengendara",
  body: "Di depan pasar Cakranegara ada lubang besar di jalan; sudah dua orang jatuh dari motor minggu ini.",
  area: "infrastruktur",
  kecamatan: "cakranegara",
};

describe("the citizens' forum: lists, follows, comments, reports, limits, caching and privacy", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  async function open(who: SignedInCitizen, json: Record<string, unknown> = topic) {
    // Each a second after the last: "newest first" has an order to show.
    api.clock.advance(1000);
    return postTopic(api, who, json);
  }
  const support = (who: SignedInCitizen, id: string, method = "PUT") => api.request(`/public/topics/${id}/support`, { method, cookie: who.cookie });
  const comment = (who: SignedInCitizen, id: string, body: string, extra: Record<string, unknown> = {}) =>
    api.request(`/public/topics/${id}/comments`, { method: "POST", cookie: who.cookie, json: { body, ...extra } });
  const report = (who: SignedInCitizen, targetType: string, targetId: string, reason = "spam") =>
    api.request("/public/reports", { method: "POST", cookie: who.cookie, json: { targetType, targetId, reason } });
  const ids = (answer: { data: { items: { id: string }[] } }) => answer.data.items.map((t) => t.id);
  async function block(who: SignedInCitizen) {
    await api.ctx.db.entities.citizen.patch({ id: who.id }).set({ blocked: true }).go();
  }

  it("lists topics by supports, and filters by area, kecamatan and state", async () => {
    const author = await signInCitizen(api);
    const other = await signInCitizen(api);
    const [few, many, none] = [
      await open(author, { ...topic, area: "sosial", kecamatan: "ampenan" }),
      await open(author, { ...topic, area: "sosial", kecamatan: "mataram" }),
      await open(author, { ...topic, area: "sosial", kecamatan: "ampenan" }),
    ];
    const supporters = [await signInCitizen(api), await signInCitizen(api), await signInCitizen(api)];
    await Promise.all(supporters.map((s) => support(s, many.id)));
    await support(other, few.id);
    expect((await api.request(`/public/topics/${many.id}`)).data.supports).toBe(3);

    const bySupports = await api.request("/public/topics?sort=supports&area=sosial&limit=50");
    expect(bySupports.status).toBe(200);
    expect(ids(bySupports)).toEqual([many.id, few.id, none.id]);
    // Taking supports back moves the topic down at once; equal counts read newest first.
    await Promise.all(supporters.map((s) => support(s, many.id, "DELETE")));
    expect(ids(await api.request("/public/topics?sort=supports&area=sosial&limit=50"))).toEqual([few.id, none.id, many.id]);
    // Paged one at a time, the same order.
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { items: { id: string }[]; cursor: string | null } } = await api.request(
        `/public/topics?sort=supports&area=sosial&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
      );
      paged.push(...ids(page));
      cursor = page.data.cursor;
    } while (cursor);
    expect(paged).toEqual([few.id, none.id, many.id]);

    expect(ids(await api.request("/public/topics?area=sosial&kecamatan=ampenan&limit=50"))).toEqual([none.id, few.id]);
    expect(ids(await api.request("/public/topics?kecamatan=mataram&limit=50"))).toEqual([many.id]);
    expect(ids(await api.request("/public/topics?area=sosial&status=selesai&limit=50"))).toEqual([]);
    expect(ids(await api.request("/public/topics?area=sosial&status=baru&limit=50"))).toHaveLength(3);
    for (const bad of ["sort=popular", "kecamatan=kuta", "status=open", "limit=500"]) {
      expect((await api.request(`/public/topics?${bad}`)).data.error.code).toBe("validation_failed");
    }
  });

  it("offers similar topics of the same area while writing, by shared title words", async () => {
    const author = await signInCitizen(api);
    const a = await open(author, { ...topic, area: "kebersihan", title: "Sampah menumpuk di pasar Kebon Roek" });
    const b = await open(author, { ...topic, area: "kebersihan", title: "Sampah pasar Kebon Roek belum diangkut" });
    await open(author, { ...topic, area: "kebersihan", title: "Lampu taman kota mati sejak bulan lalu" });
    const similar = await api.request(`/public/topics/similar?area=kebersihan&title=${encodeURIComponent("Tolong angkut SAMPAH di pasar Kebon Roek")}`);
    expect(similar.status).toBe(200);
    expect(similar.data.items.map((t: { id: string }) => t.id).sort()).toEqual([a.id, b.id].sort());
    expect(similar.data.items[0]).toMatchObject({ sharedWords: 4, status: "baru" });
    // Stop words alone share nothing; another area is not offered.
    expect((await api.request(`/public/topics/similar?area=kebersihan&title=${encodeURIComponent("yang di dan untuk")}`)).data.items).toEqual([]);
    expect((await api.request(`/public/topics/similar?area=kesehatan&title=sampah`)).data.items).toEqual([]);
    expect((await api.request("/public/topics/similar?area=kebersihan")).status).toBe(400);
  });

  it("has authors and supporters follow, lists my topics, says what is mine, and reads and clears my notices", async () => {
    const author = await signInCitizen(api);
    const supporter = await signInCitizen(api);
    const mine = await open(author);
    const other = await open(supporter);
    const state = (who: SignedInCitizen, id: string) => api.request(`/public/topics/${id}/mine`, { cookie: who.cookie });
    expect((await state(author, mine.id)).data).toEqual({ supported: false, following: true });
    expect((await state(supporter, mine.id)).data).toEqual({ supported: false, following: false });
    api.clock.advance(1000);
    await support(supporter, mine.id);
    expect((await state(supporter, mine.id)).data).toEqual({ supported: true, following: true });

    const myTopics = await api.request("/public/me/topics", { cookie: supporter.cookie });
    expect(myTopics.data.items.map((i: { topic: { id: string }; mine: boolean }) => [i.topic.id, i.mine])).toEqual([
      [mine.id, false],
      [other.id, true],
    ]);
    // Unfollow and follow again; repeats change nothing.
    for (const method of ["DELETE", "DELETE"]) expect((await api.request(`/public/topics/${mine.id}/follow`, { method, cookie: supporter.cookie })).data).toEqual({ following: false });
    expect((await state(supporter, mine.id)).data).toEqual({ supported: true, following: false });
    for (const method of ["PUT", "PUT"]) expect((await api.request(`/public/topics/${mine.id}/follow`, { method, cookie: supporter.cookie })).data).toEqual({ following: true });
    const first = await api.request("/public/me/topics?limit=1", { cookie: supporter.cookie });
    expect(first.data.items).toHaveLength(1);
    const second = await api.request(`/public/me/topics?limit=1&cursor=${first.data.cursor}`, { cookie: supporter.cookie });
    expect(second.data.items).toHaveLength(1);
    expect((await api.request("/public/me/topics")).status).toBe(401);
    expect((await api.request("/public/topics/nothing/follow", { method: "PUT", cookie: author.cookie })).status).toBe(404);

    // Notices are written by the staff side when a followed topic is answered; here put directly.
    const notices = api.ctx.db.entities.citizenNotice;
    for (const [eventId, at] of [["e1", "2026-11-27T02:00:00.000Z"], ["e2", "2026-11-27T03:00:00.000Z"]] as const) {
      await notices
        .put({ citizenId: author.id, eventId, at, topicId: mine.id, topicTitle: mine.title, type: "answered", params: { unit: "Dinas PUPR" }, read: false })
        .go();
    }
    const listed = await api.request("/public/me/notices", { cookie: author.cookie });
    expect(listed.data.items.map((n: { eventId: string; read: boolean }) => [n.eventId, n.read])).toEqual([
      ["e2", false],
      ["e1", false],
    ]);
    expect(listed.data.items[0]).toMatchObject({ topicId: mine.id, type: "answered", params: { unit: "Dinas PUPR" } });
    expect((await api.request("/public/me/notices/read", { method: "POST", cookie: author.cookie })).data).toEqual({ marked: 2 });
    expect((await api.request("/public/me/notices", { cookie: author.cookie })).data.items.every((n: { read: boolean }) => n.read)).toBe(true);
    expect((await api.request("/public/me/notices/read", { method: "POST", cookie: author.cookie })).data).toEqual({ marked: 0 });
    expect((await api.request("/public/me/notices", { cookie: supporter.cookie })).data.items).toEqual([]);
  });

  it("publishes comments masked, oldest first, 10 an hour, not from blocked citizens or robots", async () => {
    const author = await signInCitizen(api, "Made");
    const { id } = await open(author);
    const first = await comment(author, id, "Hubungi saya di 081234567890 atau NIK 5271012304950001");
    expect(first.status).toBe(201);
    expect(first.data.masked.sort()).toEqual(["nik", "phone"]);
    expect(first.data.comment).toMatchObject({ topicId: id, author: { name: "Made" }, hidden: false });
    expect(first.data.comment.body).not.toMatch(/081234567890|5271012304950001/);
    for (let i = 2; i <= 10; i++) {
      api.clock.advance(1000);
      expect((await comment(author, id, `Komentar ke-${i}`)).status).toBe(201);
    }
    const limited = await comment(author, id, "Komentar ke-11");
    expect(limited).toMatchObject({ status: 429, data: { error: { code: "too_many_requests" } } });

    const page1 = await api.request(`/public/topics/${id}/comments?limit=6`);
    const page2 = await api.request(`/public/topics/${id}/comments?limit=6&cursor=${page1.data.cursor}`);
    const bodies = [...page1.data.items, ...page2.data.items].map((c: { body: string }) => c.body);
    expect(bodies).toHaveLength(10);
    expect(bodies.slice(1)).toEqual(Array.from({ length: 9 }, (_, i) => `Komentar ke-${i + 2}`));

    const someone = await signInCitizen(api);
    for (const bad of [{ body: "" }, { body: "x".repeat(1001) }, { body: "halo", website: "http://spam" }]) {
      expect((await api.request(`/public/topics/${id}/comments`, { method: "POST", cookie: someone.cookie, json: bad })).data.error.code).toBe("validation_failed");
    }
    expect((await comment(someone, "no-such-topic", "halo")).status).toBe(404);
    expect((await api.request(`/public/topics/${id}/comments`, { method: "POST", json: { body: "halo" } })).status).toBe(401);
    await block(someone);
    expect((await comment(someone, id, "halo")).status).toBe(403);
    // A new hour, new comments.
    api.clock.advance(HOUR);
    expect((await comment(author, id, "Satu jam kemudian")).status).toBe(201);
  });

  it("hides a topic and a comment at the third report from different citizens, counts a repeat once, and refuses the blocked", async () => {
    const author = await signInCitizen(api);
    const t = await open(author);
    const c = (await comment(author, t.id, "Komentar yang akan dilaporkan")).data.comment;
    const reporters = [await signInCitizen(api), await signInCitizen(api), await signInCitizen(api)];

    // Two reports (one of them sent twice at once) do not hide.
    const twice = await Promise.all([report(reporters[0]!, "topic", t.id), report(reporters[0]!, "topic", t.id), report(reporters[1]!, "topic", t.id, "offensive")]);
    expect(twice.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(twice.every((a) => a.data.hidden === false)).toBe(true);
    expect((await api.request(`/public/topics/${t.id}`)).data).toMatchObject({ hidden: false, title: topic.title });
    expect(ids(await api.request("/public/topics?limit=50"))).toContain(t.id);
    const blocked = await signInCitizen(api);
    await block(blocked);
    expect((await report(blocked, "topic", t.id)).status).toBe(403);
    expect((await api.request(`/public/topics/${t.id}`)).data.hidden).toBe(false);

    // The third hides it at once: gone from lists, read as hidden with neither title nor body.
    expect((await report(reporters[2]!, "topic", t.id)).data).toEqual({ reported: true, hidden: true });
    const hidden = await api.request(`/public/topics/${t.id}`);
    expect(hidden.data).toMatchObject({ id: t.id, hidden: true, title: "", body: "" });
    expect(ids(await api.request("/public/topics?limit=50"))).not.toContain(t.id);
    expect(ids(await api.request("/public/topics?sort=supports&limit=50"))).not.toContain(t.id);
    expect(ids(await api.request(`/public/topics?area=${topic.area}&limit=50`))).not.toContain(t.id);
    const { data: stored } = await api.ctx.db.entities.topic.get({ id: t.id }).go();
    expect(stored).toMatchObject({ reports: 3, hidden: true, hiddenReason: "reports" });

    // Comments, named "<topicId>:<commentId>", the same way, all three at once.
    const target = `${t.id}:${c.id}`;
    const three = await Promise.all(reporters.map((r) => report(r, "comment", target, "off_topic")));
    expect(three.map((a) => a.data.hidden).sort()).toEqual([false, false, true]);
    const comments = await api.request(`/public/topics/${t.id}/comments`);
    expect(comments.data.items).toEqual([expect.objectContaining({ id: c.id, hidden: true, body: "" })]);

    // Moderators find the open reports in one Query, newest first.
    const { data: openReports } = await api.ctx.db.entities.topicReport.query.byStatus({ status: "open" }).go({ order: "desc" });
    expect(openReports.filter((r) => r.topicId === t.id)).toHaveLength(6);
    expect(openReports.filter((r) => r.targetType === "comment" && r.targetId === c.id).map((r) => r.reason)).toEqual(["off_topic", "off_topic", "off_topic"]);

    for (const bad of [
      { targetType: "comment", targetId: t.id, reason: "spam" },
      { targetType: "topic", targetId: t.id, reason: "boring" },
      { targetType: "user", targetId: t.id, reason: "spam" },
    ]) {
      expect((await api.request("/public/reports", { method: "POST", cookie: author.cookie, json: bad })).status).toBe(400);
    }
    expect((await report(author, "comment", `${t.id}:nothing`)).status).toBe(404);
    expect((await report(author, "topic", "nothing")).status).toBe(404);
    expect((await api.request("/public/reports", { method: "POST", json: { targetType: "topic", targetId: t.id, reason: "spam" } })).status).toBe(401);
  });

  it("allows 60 support changes an hour", async () => {
    const author = await signInCitizen(api);
    const { id } = await open(author);
    const busy = await signInCitizen(api);
    for (let i = 0; i < 30; i++) {
      expect((await support(busy, id)).data).toEqual({ supported: true, supports: 1 });
      expect((await support(busy, id, "DELETE")).data).toEqual({ supported: false, supports: 0 });
    }
    expect(await support(busy, id)).toMatchObject({ status: 429, data: { error: { code: "too_many_requests" } } });
    expect((await api.request(`/public/topics/${id}`)).data.supports).toBe(0);
    // A repeat that changes nothing is not counted, and a new hour allows more.
    api.clock.advance(HOUR);
    expect((await support(busy, id)).data).toEqual({ supported: true, supports: 1 });
  });

  it("links every topic to SP4N-LAPOR!, with the ticket staff record", async () => {
    const author = await signInCitizen(api);
    const { id } = await open(author);
    expect((await api.request(`/public/topics/${id}`)).data).toMatchObject({ laporUrl: "https://www.lapor.go.id", laporTicket: null });
    await api.ctx.db.entities.topic.patch({ id }).set({ laporTicket: "2611270001" }).go();
    expect((await api.request(`/public/topics/${id}`)).data.laporTicket).toBe("2611270001");
  });

  it("lets caches keep anonymous lists and pages 10 seconds, and nothing personal", async () => {
    const author = await signInCitizen(api);
    const { id } = await open(author);
    for (const path of ["/public/topics", "/public/topics?sort=supports", `/public/topics/${id}`, `/public/topics/${id}/comments`, "/public/areas"]) {
      const answer = await api.request(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get("cache-control"), path).toBe("public, max-age=10");
    }
    // Errors are not kept.
    expect((await api.request("/public/topics/nothing")).headers.get("cache-control")).not.toBe("public, max-age=10");
    for (const path of [`/public/topics/${id}/mine`, "/public/me", "/public/me/topics", "/public/me/notices"]) {
      for (const cookie of [author.cookie, undefined]) {
        const answer = await api.request(path, { cookie });
        expect(answer.status, path).toBe(cookie ? 200 : 401);
        expect(answer.headers.get("cache-control"), path).toBe("private, no-store");
      }
    }
  });

  it("shows no e-mail, citizen id, NIP or staff id on any public GET route", async () => {
    const author = await signInCitizen(api, "Baiq Nur");
    const helper = await signInCitizen(api, "Lalu Ahmad");
    const t = await open(author, { ...topic, area: "lainnya", body: `${topic.body} Kirim ke ${author.email} ya.` });
    await support(helper, t.id);
    await comment(helper, t.id, `Saya setuju, tulis ke ${helper.email}`);
    await api.ctx.db.entities.citizenNotice
      .put({ citizenId: author.id, eventId: "walk", at: "2026-11-27T04:00:00.000Z", topicId: t.id, topicTitle: t.title, type: "answered", params: { unit: "Dinas Kominfo" }, read: false })
      .go();
    const { data: staff } = await api.ctx.db.entities.staff.query.byName({}).go({ limit: 20 });
    const citizenIds = [author.id, helper.id];
    const forbiddenStrings = [...citizenIds, ...staff.map((s) => s.id)];

    // Every GET of the public document, with its parameters filled in.
    const queries: Record<string, string> = { "/public/topics/similar": "?area=lainnya&title=jalan%20berlubang" };
    const params: Record<string, string> = { id: t.id, code: "NOCERT" };
    const doc = publicOpenApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const paths = Object.entries(doc.paths)
      .filter(([, item]) => "get" in item)
      .map(([path]) => path);
    expect(paths.length).toBeGreaterThan(8);
    let checked = 0;
    for (const template of paths) {
      const path = template.replaceAll(/{(\w+)}/g, (_, name: string) => {
        expect(params[name], `a value for {${name}} of ${template}`).toBeDefined();
        return params[name]!;
      });
      for (const cookie of [undefined, author.cookie, helper.cookie]) {
        const answer = await api.request(`${path}${queries[template] ?? ""}`, { cookie });
        expect(answer.status, template).toBeLessThan(500);
        if (answer.status === 200) checked++;
        const text = typeof answer.data === "string" ? answer.data : JSON.stringify(answer.data);
        expect(text, template).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
        expect(text, template).not.toMatch(/(?<!\d)\d{18}(?!\d)/);
        expect(text, template).not.toMatch(/\bdemo-\d+\b|authorId|citizenId|staffId/);
        for (const value of forbiddenStrings) expect(text, template).not.toContain(value);
        // Cursors are opaque, but they too hold no one else's id.
        const cursor = (answer.data as { cursor?: string | null } | null)?.cursor;
        if (cursor) {
          const decoded = Buffer.from(cursor, "base64url").toString("utf8");
          const own = cookie === author.cookie ? author.id : cookie === helper.cookie ? helper.id : null;
          for (const value of forbiddenStrings.filter((v) => v !== own)) expect(decoded, template).not.toContain(value);
        }
      }
    }
    expect(checked).toBeGreaterThan(paths.length);
    // Citizens appear by display name.
    const page = await api.request(`/public/topics/${t.id}`);
    expect(page.data.author).toEqual({ name: "Baiq Nur" });
    expect(page.data.body).toContain("[e-mail disamarkan]");
  });
});
