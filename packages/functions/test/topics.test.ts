import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../local/test/support";
import { postTopic, sampleTopic as topic, signInCitizen } from "./support/forum";

describe("forum topics: opening, reading and supporting", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  const open = async (cookie: string, json: Record<string, unknown> = topic) => api.request("/public/topics", { method: "POST", cookie, json });

  it("publishes a topic owned by the area's unit, masks NIK-like numbers and phone numbers, and shows no personal data", async () => {
    const author = await signInCitizen(api, "Siti A.");
    const created = await open(author.cookie, { ...topic, body: `${topic.body} NIK saya 5271012304950001, telepon 0812-3456-7890.` });
    expect(created.status, JSON.stringify(created.data)).toBe(201);
    expect(created.data.masked.sort()).toEqual(["nik", "phone"]);
    const { topic: shown } = created.data;
    expect(shown).toMatchObject({ status: "baru", area: "kesehatan", ownerUnit: { code: "DINKES", name: "Dinas Kesehatan" }, author: { name: "Siti A." }, supports: 0 });
    expect(shown.body).toContain("[NIK disamarkan]");
    expect(shown.body).toContain("[nomor telepon disamarkan]");
    expect(shown.body).not.toMatch(/5271012304950001|3456/);
    expect(shown.history).toMatchObject([{ status: "baru", by: "Siti A." }]);

    // Anyone reads it, without signing in; no e-mail or internal id of the author in any answer.
    const read = await api.request(`/public/topics/${shown.id}`);
    expect(read).toMatchObject({ status: 200, data: { id: shown.id, title: topic.title } });
    const list = await api.request("/public/topics?area=kesehatan");
    expect(list.data.items.map((t: { id: string }) => t.id)).toContain(shown.id);
    for (const answer of [read, list, created]) {
      expect(JSON.stringify(answer.data)).not.toContain(author.email);
      expect(JSON.stringify(answer.data)).not.toMatch(/authorId|citizenId/);
    }
    expect((await api.request("/public/topics?area=pendidikan")).data.items.map((t: { id: string }) => t.id)).not.toContain(shown.id);
    expect((await api.request("/public/areas")).data.items).toContainEqual({ area: "kependudukan", ownerUnit: { code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil" } });
  });

  it("refuses bad topics in the error shape, asks a citizen to sign in, and allows 3 topics a day", async () => {
    const { cookie } = await signInCitizen(api);
    expect((await api.request("/public/topics", { method: "POST", json: topic })).status).toBe(401);
    for (const bad of [{ ...topic, title: "Pendek" }, { ...topic, body: "terlalu pendek" }, { ...topic, area: "pariwisata" }, { ...topic, kecamatan: "kuta" }, { ...topic, website: "http://spam" }, {}]) {
      const answer = await open(cookie, bad);
      expect(answer.status).toBe(400);
      expect(answer.data.error.code).toBe("validation_failed");
    }
    const three = await Promise.all([open(cookie), open(cookie), open(cookie), open(cookie)]);
    expect(three.map((a) => a.status).sort()).toEqual([201, 201, 201, 429]);
    expect(three.find((a) => a.status === 429)!.data.error.code).toBe("too_many_requests");
    expect((await api.request("/public/topics/no-such-topic")).status).toBe(404);
  });

  it("counts supports exactly: 30 citizens at once give 30, a repeat changes nothing, taking back gives one less", async () => {
    const author = await signInCitizen(api);
    const { id } = await postTopic(api, author);
    const supporters: { cookie: string }[] = [];
    for (let i = 0; i < 30; i++) supporters.push(await signInCitizen(api));
    const answers = await Promise.all(supporters.map((s) => api.request(`/public/topics/${id}/support`, { method: "PUT", cookie: s.cookie })));
    expect(answers.filter((a) => !(a.status === 200 && a.data.supported)).map((a) => JSON.stringify(a.data))).toEqual([]);
    expect((await api.request(`/public/topics/${id}`)).data.supports).toBe(30);
    // Repeats, even at once, change nothing.
    await Promise.all([0, 1, 2].map(() => api.request(`/public/topics/${id}/support`, { method: "PUT", cookie: supporters[0]!.cookie })));
    expect((await api.request(`/public/topics/${id}`)).data.supports).toBe(30);
    const back = await api.request(`/public/topics/${id}/support`, { method: "DELETE", cookie: supporters[0]!.cookie });
    expect(back.data).toEqual({ supported: false, supports: 29 });
    expect((await api.request(`/public/topics/${id}/support`, { method: "DELETE", cookie: supporters[0]!.cookie })).data.supports).toBe(29);
    expect((await api.request(`/public/topics/${id}/support`, { method: "PUT" })).status).toBe(401);
  });

  it("lets a blocked citizen read but not post or support", async () => {
    const someone = await signInCitizen(api);
    const posted = await postTopic(api, someone);
    const blocked = await signInCitizen(api);
    const { data: citizenEmail } = await api.ctx.db.entities.citizenEmail.get({ email: blocked.email }).go();
    await api.ctx.db.entities.citizen.patch({ id: citizenEmail!.citizenId }).set({ blocked: true }).go();
    expect((await open(blocked.cookie)).status).toBe(403);
    expect((await api.request(`/public/topics/${posted.id}/support`, { method: "PUT", cookie: blocked.cookie })).status).toBe(403);
    expect((await api.request(`/public/topics/${posted.id}`, { cookie: blocked.cookie })).status).toBe(200);
  });
});
