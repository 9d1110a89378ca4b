import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";
import { postTopic, sampleTopic as topic, signInCitizen, type SignedInCitizen } from "./support/forum";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Person = { id: string; nip: string; name: string; unitId: string; positionLevel: string; roles: string[] };

describe("forum: public dialogues and service programs", () => {
  let api: TestApi;
  let admin: string;
  let dinkes: Person[];
  let responder: string;
  let plainDinkes: Person;
  const at = (ms: number) => new Date(api.clock.now().getTime() + ms).toISOString();

  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.signIn(DEMO.admin);
    const page = await api.request("/api/staff?unitId=dinkes&limit=100", { cookie: admin });
    dinkes = await Promise.all(page.data.items.map(async (s: { id: string }) => (await api.request(`/api/staff/${s.id}`, { cookie: admin })).data));
    responder = await api.signIn(dinkes.find((s) => s.roles.includes("supervisor"))!.nip);
    plainDinkes = dinkes.find((s) => !s.roles.includes("supervisor") && !s.roles.includes("admin") && s.positionLevel === "pelaksana")!;
    expect(plainDinkes).toBeDefined();
  });

  async function newTopic(followers: SignedInCitizen[] = []) {
    const author = await signInCitizen(api);
    const { id } = await postTopic(api, author);
    for (const p of followers) expect((await api.request(`/public/topics/${id}/follow`, { method: "PUT", cookie: p.cookie })).status).toBe(200);
    return { id, author };
  }
  const mailsTo = (email: string) => api.mail.filter((m) => m.to === email && !/Kode masuk/.test(m.subject));

  const dialogInput = (topicIds: string[]) => ({
    title: "Dialog publik antrean puskesmas",
    startsAt: at(2 * HOUR).replace("Z", "+00:00"),
    place: "Aula Kantor Camat Ampenan",
    agenda: "Mendengar warga tentang antrean dan menyepakati langkah perbaikan.",
    topicIds,
  });

  it("lets the owner unit's supervisors and admins announce, change before and minute after a dialogue; anyone reads it", async () => {
    const t = await newTopic();
    const created = await api.request("/api/forum/dialogs", { method: "POST", cookie: responder, json: dialogInput([t.id]) });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect(created.data).toMatchObject({ unit: { code: "DINKES" }, place: "Aula Kantor Camat Ampenan", onlineUrl: null, past: false, minutes: null, topics: [{ id: t.id, title: topic.title, status: "baru" }] });
    const id: string = created.data.id;

    // Who may: not a plain member, not another unit's supervisor (for this unit), not nobody.
    const plain = await api.signIn(plainDinkes.nip);
    expect((await api.request("/api/forum/dialogs", { method: "POST", cookie: plain, json: dialogInput([]) })).status).toBe(403);
    const atasan = await api.signIn(DEMO.supervisor);
    expect((await api.request("/api/forum/dialogs", { method: "POST", cookie: atasan, json: { ...dialogInput([]), unitCode: "DINKES" } })).status).toBe(403);
    expect((await api.request(`/api/forum/dialogs/${id}`, { method: "PUT", cookie: atasan, json: { title: "Diambil alih unit lain" } })).status).toBe(403);
    expect((await api.request("/api/forum/dialogs", { method: "POST", json: dialogInput([]) })).status).toBe(401);
    const byAdmin = await api.request("/api/forum/dialogs", { method: "POST", cookie: admin, json: { ...dialogInput([]), unitCode: "DINSOS", place: undefined, onlineUrl: "https://meet.example.org/dialog" } });
    expect(byAdmin).toMatchObject({ status: 201, data: { unit: { code: "DINSOS" }, onlineUrl: "https://meet.example.org/dialog", place: null } });

    // Bad input: 400 in the error shape.
    for (const bad of [
      { ...dialogInput([]), place: undefined },
      { ...dialogInput([]), startsAt: "tomorrow" },
      { ...dialogInput([]), startsAt: at(-HOUR) },
      { ...dialogInput(["no-such-topic"]) },
      { ...dialogInput([]), onlineUrl: "javascript:alert(1)" },
      { ...dialogInput([]), title: "" },
    ]) {
      const answer = await api.request("/api/forum/dialogs", { method: "POST", cookie: responder, json: bad });
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.data.error.code).toMatch(/validation_failed/);
    }
    expect((await api.request("/api/forum/dialogs", { method: "POST", cookie: admin, json: { ...dialogInput([]), unitCode: "NOPE" } })).data.error.code).toBe("invalid_unit");

    // Before it happens: changed; minutes refused.
    const changed = await api.request(`/api/forum/dialogs/${id}`, { method: "PUT", cookie: responder, json: { place: null, onlineUrl: "https://meet.example.org/ampenan" } });
    expect(changed).toMatchObject({ status: 200, data: { place: null, onlineUrl: "https://meet.example.org/ampenan" } });
    expect((await api.request(`/api/forum/dialogs/${id}`, { method: "PUT", cookie: responder, json: { onlineUrl: null } })).status).toBe(400);
    const minutes = { minutes: "Warga dan puskesmas sepakat menguji antrean daring selama sebulan.", attendees: 42, outcomes: ["Antrean daring diuji mulai Desember"] };
    expect((await api.request(`/api/forum/dialogs/${id}/minutes`, { method: "POST", cookie: responder, json: minutes })).status).toBe(409);

    // After it started: minutes published; no more changes.
    api.clock.advance(3 * HOUR);
    expect((await api.request(`/api/forum/dialogs/${id}`, { method: "PUT", cookie: responder, json: { title: "Terlambat diubah" } })).status).toBe(409);
    expect((await api.request(`/api/forum/dialogs/${id}/minutes`, { method: "POST", cookie: responder, json: { ...minutes, attendees: -1 } })).status).toBe(400);
    const published = await api.request(`/api/forum/dialogs/${id}/minutes`, { method: "POST", cookie: responder, json: minutes });
    expect(published).toMatchObject({ status: 200, data: { past: true, minutes: { attendees: 42, outcomes: minutes.outcomes } } });

    const read = await api.request(`/public/dialogs/${id}`);
    expect(read).toMatchObject({ status: 200, data: { id, minutes: { minutes: minutes.minutes }, topics: [{ id: t.id, title: topic.title, status: "baru" }] } });
    expect(read.headers.get("cache-control")).toBe("public, max-age=10");
    expect(JSON.stringify(read.data)).not.toMatch(/createdBy|staffId/);
    expect((await api.request("/public/dialogs/nothing")).status).toBe(404);
  });

  it("lists upcoming dialogues first (soonest first), then past ones (latest first), by cursor", async () => {
    const times = [5 * DAY, -2 * DAY, 1 * DAY, -5 * DAY, 3 * DAY];
    const ids = new Map<number, string>();
    for (const offset of times) {
      // Past ones are written as they were announced back then.
      const startsAt = at(offset);
      const id = `list-${offset}`;
      await api.ctx.db.entities.dialog
        .create({ id, title: `Dialog ${offset}`, unitCode: "DINKES", unitName: "Dinas Kesehatan", startsAt, place: "Aula", agenda: "Agenda dialog", topicIds: [], createdBy: "x", createdAt: startsAt, updatedAt: startsAt })
        .go();
      ids.set(offset, id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const answer = await api.request(`/public/dialogs?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(answer.status, JSON.stringify(answer.data)).toBe(200);
      seen.push(...answer.data.items.map((d: { id: string }) => d.id));
      cursor = answer.data.cursor;
    } while (cursor);
    const mine = seen.filter((id) => id.startsWith("list-"));
    expect(mine).toEqual([1, 3, 5, -2, -5].map((offset) => ids.get(offset * DAY)));
    // Upcoming ones all come before any past one.
    const all = (await api.request("/public/dialogs?limit=50")).data.items as { past: boolean }[];
    const firstPast = all.findIndex((d) => d.past);
    expect(firstPast).toBeGreaterThan(0);
    expect(all.slice(firstPast).every((d) => d.past)).toBe(true);
    expect((await api.request("/public/dialogs?cursor=bogus")).status).toBe(400);
    expect((await api.request("/public/dialogs?limit=0")).status).toBe(400);
  });

  const programInput = (topicIds: string[]) => ({
    title: "Antrean daring puskesmas",
    description: "Nomor antrean daring di semua puskesmas Kota Mataram.",
    unitCode: "DINKES",
    topicIds,
    milestones: [
      { title: "Uji coba di Ampenan", targetDate: "2026-12-31" },
      { title: "Semua puskesmas", targetDate: "2027-03-31" },
    ],
    competencyNeeds: [
      { competencyId: "pelayanan-publik", level: 3 },
      { competencyId: "literasi-digital", level: 2 },
    ],
  });

  it("turns topics into a program: progress by milestones, followers told once, topics show the program", async () => {
    const [both, onlyA, onlyB] = await Promise.all([signInCitizen(api), signInCitizen(api), signInCitizen(api)]);
    const a = await newTopic([both, onlyA]);
    const b = await newTopic([both, onlyB]);

    // Who may, and bad input.
    const plain = await api.signIn(plainDinkes.nip);
    expect((await api.request("/api/forum/programs", { method: "POST", cookie: plain, json: programInput([a.id]) })).status).toBe(403);
    expect((await api.request("/api/forum/programs", { method: "POST", cookie: await api.signIn(DEMO.supervisor), json: programInput([a.id]) })).status).toBe(403);
    for (const bad of [
      programInput([]),
      { ...programInput([a.id]), milestones: [] },
      { ...programInput([a.id]), milestones: [{ title: "Tanpa tanggal", targetDate: "besok" }] },
      { ...programInput([a.id]), competencyNeeds: [{ competencyId: "pelayanan-publik", level: 6 }] },
      { ...programInput([a.id]), competencyNeeds: [{ competencyId: "sulap", level: 2 }] },
      programInput(["no-such-topic"]),
    ]) {
      const answer = await api.request("/api/forum/programs", { method: "POST", cookie: responder, json: bad });
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.data.error.code).toBe("validation_failed");
    }

    const created = await api.request("/api/forum/programs", { method: "POST", cookie: responder, json: programInput([a.id, b.id]) });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect(created.data).toMatchObject({ status: "planned", progress: 0, unit: { code: "DINKES" }, competencyNeeds: [{ competencyId: "pelayanan-publik", name: "Pelayanan Publik", level: 3 }, { competencyId: "literasi-digital", level: 2 }] });
    const id: string = created.data.id;
    const [m1, m2] = created.data.milestones.map((m: { id: string }) => m.id);
    // A topic is in one program only.
    expect((await api.request("/api/forum/programs", { method: "POST", cookie: responder, json: programInput([a.id]) })).status).toBe(409);

    // The topic page shows the program and its progress.
    expect((await api.request(`/public/topics/${a.id}`)).data.program).toEqual({ id, title: "Antrean daring puskesmas", progress: 0 });

    const done = await api.request(`/api/forum/programs/${id}/milestones/${m1}/done`, { method: "POST", cookie: responder });
    expect(done).toMatchObject({ status: 200, data: { progress: 0.5, milestones: [{ id: m1, done: true }, { id: m2, done: false }] } });
    // Repeated: nothing changes and nobody is told twice, even who follows both topics.
    const again = await api.request(`/api/forum/programs/${id}/milestones/${m1}/done`, { method: "POST", cookie: responder });
    expect(again.data.milestones[0].doneAt).toBe(done.data.milestones[0].doneAt);
    for (const p of [both, onlyA, onlyB, a.author, b.author]) {
      const { data: notices } = await api.ctx.db.entities.citizenNotice.query.byCitizen({ citizenId: p.id }).go();
      expect(notices.filter((n) => n.type === "milestone_done"), p.email).toHaveLength(1);
      expect(mailsTo(p.email), p.email).toHaveLength(1);
      expect(mailsTo(p.email)[0]!.subject).toMatch(/Tahapan program selesai/);
    }
    expect((await api.request(`/api/forum/programs/${id}/milestones/nope/done`, { method: "POST", cookie: responder })).status).toBe(404);
    expect((await api.request(`/api/forum/programs/${id}/milestones/${m2}/done`, { method: "POST", cookie: plain })).status).toBe(403);

    expect((await api.request(`/public/topics/${b.id}`)).data.program).toEqual({ id, title: "Antrean daring puskesmas", progress: 0.5 });
    const listed = (await api.request("/public/topics?limit=50")).data.items.find((t: { id: string }) => t.id === a.id);
    expect(listed.program.progress).toBe(0.5);
    expect((await api.request("/public/topics?limit=50")).data.items.find((t: { program: unknown }) => t.program === null)).toBeDefined();

    // State.
    expect((await api.request(`/api/forum/programs/${id}`, { method: "PATCH", cookie: responder, json: { status: "running" } })).data.status).toBe("running");
    expect((await api.request(`/api/forum/programs/${id}`, { method: "PATCH", cookie: responder, json: { status: "paused" } })).status).toBe(400);
    expect((await api.request(`/api/forum/programs/${id}`, { method: "PATCH", cookie: plain, json: { status: "done" } })).status).toBe(403);
    expect((await api.request("/api/forum/programs/nothing", { method: "PATCH", cookie: responder, json: { status: "done" } })).status).toBe(404);

    // Public reads.
    const one = await api.request(`/public/programs/${id}`);
    expect(one).toMatchObject({ status: 200, data: { id, status: "running", progress: 0.5, topics: [{ id: a.id, title: topic.title }, { id: b.id }] } });
    expect(one.headers.get("cache-control")).toBe("public, max-age=10");
    expect(JSON.stringify(one.data)).not.toMatch(/createdBy|staffId/);
    expect((await api.request("/public/programs")).data.items.map((p: { id: string }) => p.id)).toContain(id);
    expect((await api.request("/public/programs/nothing")).status).toBe(404);

    // BKPSDM sees every program's needs; others do not.
    const needs = await api.request("/api/forum/programs/needs", { cookie: admin });
    expect(needs.status).toBe(200);
    expect(needs.data.items.find((p: { programId: string }) => p.programId === id)).toMatchObject({ title: "Antrean daring puskesmas", unit: { code: "DINKES" }, competencyNeeds: [{ competencyId: "pelayanan-publik", level: 3 }, { level: 2 }] });
    expect((await api.request("/api/forum/programs/needs", { cookie: responder })).status).toBe(403);
  });

  it("recommends the needed competencies' courses to the owner unit's staff below the level, with the program as reason", async () => {
    const { data: inst } = await api.request("/api/institutions", { method: "POST", cookie: admin, json: { name: "Universitas Mataram", kind: "university", contact: "lppm@unram.ac.id" } });
    const course = await api.request("/api/courses", {
      method: "POST",
      cookie: admin,
      json: {
        code: "PP-PROG",
        year: 2026,
        title: "Pelatihan Pelayanan Prima",
        description: "Pelayanan publik untuk ASN Kota Mataram",
        category: "project_management",
        form: "course",
        competencies: [{ competencyId: "pelayanan-publik", targetLevel: 3 }],
        jp: 12,
        institutionId: inst.id,
        capacity: 30,
        sessions: [{ startsAt: at(10 * DAY), endsAt: at(10 * DAY + 4 * HOUR), place: "Aula BKPSDM" }],
        enrollOpensAt: at(-DAY),
        enrollClosesAt: at(7 * DAY),
      },
    });
    expect(course.status, JSON.stringify(course.data)).toBe(201);
    expect((await api.request(`/api/courses/${course.data.id}/status`, { method: "POST", cookie: admin, json: { status: "published" } })).status).toBe(200);
    const t = await newTopic();
    const program = await api.request("/api/forum/programs", { method: "POST", cookie: admin, json: { ...programInput([t.id]), title: "Pelayanan puskesmas ramah" } });
    expect(program.status).toBe(201);

    // A pelaksana (standard 1) of the owner unit at level 1: offered the course for the program.
    await api.request(`/api/staff/${plainDinkes.id}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { "pelayanan-publik": 1 } } });
    const cookie = await api.signIn(plainDinkes.nip);
    const reco = (await api.request("/api/learning/recommendations", { cookie })).data.items.find((r: { course: { id: string } }) => r.course.id === course.data.id);
    expect(reco).toMatchObject({ competencyId: "pelayanan-publik", currentLevel: 1, neededLevel: 3, reason: expect.stringMatching(/^Program layanan: /) });
    // Both of the unit's programs need it (the earlier test's too); the position's standard (1) does not.
    expect([...reco.reasons].sort()).toEqual(["Program layanan: Antrean daring puskesmas", "Program layanan: Pelayanan puskesmas ramah"]);

    // The person's development plan offers the same need beside the evaluation's gaps, with the programs asking.
    expect((await api.request("/api/cycles", { method: "POST", cookie: admin, json: { year: 2026, quarter: 4 } })).status).toBeLessThan(300);
    const plan = await api.request(`/api/evaluations/2026-Q4~${plainDinkes.id}/plan`, { cookie });
    expect(plan.status).toBe(200);
    const need = plan.data.programNeeds.find((n: { competencyId: string }) => n.competencyId === "pelayanan-publik");
    expect(need).toMatchObject({ name: "Pelayanan Publik", neededLevel: 3, currentLevel: 1 });
    expect(need.programs.map((p: { title: string }) => p.title).sort()).toEqual(["Antrean daring puskesmas", "Pelayanan puskesmas ramah"]);

    // At the level already: not offered. Staff of another unit: not offered.
    await api.request(`/api/staff/${plainDinkes.id}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { "pelayanan-publik": 3 } } });
    expect((await api.request("/api/learning/recommendations", { cookie })).data.items.find((r: { course: { id: string } }) => r.course.id === course.data.id)).toBeUndefined();
    expect((await api.request(`/api/evaluations/2026-Q4~${plainDinkes.id}/plan`, { cookie })).data.programNeeds.map((n: { competencyId: string }) => n.competencyId)).not.toContain("pelayanan-publik");
    const other = (await api.request("/api/learning/recommendations", { cookie: await api.signIn(DEMO.staff) })).data.items;
    expect(other.find((r: { course: { id: string } }) => r.course.id === course.data.id)).toBeUndefined();

    // A stopped or finished program asks for nothing more.
    await api.request(`/api/staff/${plainDinkes.id}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { "pelayanan-publik": 1 } } });
    const { data: all } = await api.ctx.db.entities.program.query.byUnit({ unitCode: "DINKES" }).go();
    for (const p of all) expect((await api.request(`/api/forum/programs/${p.id}`, { method: "PATCH", cookie: admin, json: { status: "stopped" } })).status).toBe(200);
    expect((await api.request("/api/learning/recommendations", { cookie })).data.items.find((r: { course: { id: string } }) => r.course.id === course.data.id)).toBeUndefined();
  });

  it("lists one unit's dialogues and programs for its responders, every page by cursor; other units only for admins", async () => {
    const ownDialogs = async (cookie: string, query = "") => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await api.request(`/api/forum/dialogs?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, { cookie });
        expect(page.status, JSON.stringify(page.data)).toBe(200);
        ids.push(...page.data.items.map((d: { id: string; unit: { code: string } }) => (expect(d.unit.code).toBe(query ? query.split("=")[1] : "DINKES"), d.id)));
        cursor = page.data.cursor;
      } while (cursor);
      return ids;
    };
    const stored = (await api.ctx.db.entities.dialog.query.byStart({}).go({ pages: "all" })).data;
    const dinkes = stored.filter((d) => d.unitCode === "DINKES").sort((a, b) => b.startsAt.localeCompare(a.startsAt) || b.id.localeCompare(a.id));
    expect(dinkes.length).toBeGreaterThan(2);
    // The supervisor's own unit, latest start first, every one of them across pages.
    expect(await ownDialogs(responder)).toEqual(dinkes.map((d) => d.id));
    expect(await ownDialogs(admin, "&unitCode=DINKES")).toEqual(dinkes.map((d) => d.id));
    expect(await ownDialogs(admin, "&unitCode=DINSOS")).toEqual(stored.filter((d) => d.unitCode === "DINSOS").map((d) => d.id));
    expect((await api.request("/api/forum/dialogs?unitCode=DINSOS", { cookie: responder })).status).toBe(403);
    expect((await api.request("/api/forum/dialogs", { cookie: await api.signIn(plainDinkes.nip) })).status).toBe(403);
    expect((await api.request("/api/forum/dialogs")).status).toBe(401);

    const programs = await api.request("/api/forum/programs?limit=50", { cookie: responder });
    expect(programs.status).toBe(200);
    const dinkesPrograms = (await api.ctx.db.entities.program.query.byUnit({ unitCode: "DINKES" }).go({ pages: "all" })).data;
    expect(programs.data.items.map((p: { id: string }) => p.id).sort()).toEqual(dinkesPrograms.map((p) => p.id).sort());
    expect(programs.data.items[0].milestones.length).toBeGreaterThan(0);
    expect((await api.request("/api/forum/programs?unitCode=DINSOS", { cookie: responder })).status).toBe(403);
    expect((await api.request("/api/forum/programs?unitCode=NOPE", { cookie: admin })).data.error.code).toBe("invalid_unit");
  });
});
