import { systemActor } from "@kompeten/core/actor";
import { beforeAll, describe, expect, it } from "vitest";
import { openCycle } from "@kompeten/core/cycles/cycles";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

type Note = { id: string; type: string; params: Record<string, string | number>; title: string | null; body: string | null; link: string | null; read: boolean };

describe("notifications", () => {
  let api: TestApi;
  let admin: string;
  let staff: string;
  let staffId: string;
  const bell = async (cookie: string) => (await api.request("/api/notifications", { cookie })).data.items as Note[];

  beforeAll(async () => {
    api = await createTestApi();
    [admin, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.staff)]);
    staffId = (await api.request("/api/me", { cookie: staff })).data.id;
  });

  it("are stored as a type with parameters, for the reader's app to put in words", async () => {
    // The demo's finished course gave pegawai@ a certificate.
    const completed = (await bell(staff)).find((n) => n.type === "course_completed");
    expect(completed).toMatchObject({ title: null, body: null, params: { course: expect.any(String), jp: expect.any(Number) } });
    expect(completed!.link).toMatch(/^\/sertifikat\//);
  });

  it("still shows notifications stored as text by older versions", async () => {
    await api.ctx.db.entities.notification
      .create({ staffId, id: "legacy:1", type: "something_old", title: "Judul lama", body: "Isi lama", createdAt: api.ctx.now().toISOString(), expiresAt: 4102444800 })
      .go();
    expect((await bell(staff)).find((n) => n.id === "legacy:1")).toMatchObject({ type: "something_old", title: "Judul lama", body: "Isi lama", params: {} });
  });

  it("tell every reviewer once when a cycle opens, whether by the schedule or an admin, with a link to their tasks", async () => {
    const [byAdmin] = await Promise.all([
      api.request("/api/cycles", { method: "POST", cookie: admin, json: { year: 2026, quarter: 4 } }),
      openCycle(api.ctx, systemActor),
      openCycle(api.ctx, systemActor),
    ]);
    expect([200, 201]).toContain(byAdmin.status);

    const { data: reviews } = await api.ctx.db.entities.review.query.byCycleState({ cycleId: "2026-Q4", state: "outstanding" }).go({ pages: "all" });
    const tasks = new Map<string, number>();
    for (const review of reviews) tasks.set(review.reviewerId, (tasks.get(review.reviewerId) ?? 0) + 1);
    expect(tasks.size).toBeGreaterThan(10);

    const notes = await Promise.all([...tasks.keys()].map((id) => api.ctx.db.entities.notification.get({ staffId: id, id: "cycle-open:2026-Q4" }).go()));
    for (const [index, [reviewerId, count]] of [...tasks].entries()) {
      expect(notes[index]!.data, reviewerId).toMatchObject({ type: "cycle_opened", link: "/evaluasi", params: { cycleId: "2026-Q4", tasks: count } });
    }

    const mine = (await bell(staff)).filter((n) => n.type === "cycle_opened");
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ params: { cycleId: "2026-Q4", tasks: tasks.get(staffId)!, dueAt: expect.any(String) }, read: false });

    // The job running again changes nothing: still one, and still read once read.
    await api.request(`/api/notifications/${encodeURIComponent(mine[0]!.id)}/read`, { method: "POST", cookie: staff });
    await openCycle(api.ctx, systemActor);
    await api.request("/api/cycles", { method: "POST", cookie: admin, json: { year: 2026, quarter: 4 } });
    const after = (await bell(staff)).filter((n) => n.type === "cycle_opened");
    expect(after).toHaveLength(1);
    expect(after[0]!.read).toBe(true);
  });

  it("opens the cycle with the notifications batched, not one request each", async () => {
    // A fresh table where no cycle is open yet.
    const fresh = await createTestApi();
    fresh.requests.reset();
    await openCycle(fresh.ctx, systemActor);
    const { data: reviews } = await fresh.ctx.db.entities.review.query.byCycleState({ cycleId: "2026-Q4", state: "outstanding" }).go({ pages: "all" });
    const reviewers = new Set(reviews.map((r) => r.reviewerId)).size;
    // One conditional put claims the cycle; everything else goes in batches.
    expect(fresh.requests.commands.filter((c) => c === "PutItemCommand")).toHaveLength(1);
    const batches = fresh.requests.commands.filter((c) => c === "BatchWriteItemCommand").length;
    // Evaluations, reviews and notifications, 25 items a request.
    expect(batches).toBeLessThanOrEqual(Math.ceil(reviews.length / 25) + Math.ceil(reviewers / 25) + Math.ceil(reviewers / 25) + 3);
  });
});
