import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, type TestApi } from "../../local/test/support";

const topic = {
  title: "Antrean puskesmas Ampenan terlalu panjang",
  body: "Setiap pagi antrean di puskesmas Ampenan mengular sampai jalan; mohon ada nomor antrean daring.",
  area: "kesehatan",
  kecamatan: "ampenan",
};

describe("forum topics: opening, reading and supporting", () => {
  let api: TestApi;
  let serial = 0;

  beforeAll(async () => {
    api = await createTestApi();
  });

  /** A new citizen, signed in through the code the forum e-mails. */
  async function citizen(name = `Warga ${++serial}`) {
    const email = `warga${serial}-${Math.random().toString(36).slice(2, 8)}@example.org`;
    await api.request("/public/auth/code", { method: "POST", json: { email } });
    const code = api.mail.filter((m) => m.to === email).at(-1)!.subject.match(/(\d{6})$/)![1];
    const answer = await api.request("/public/auth/verify", { method: "POST", json: { email, code, displayName: name } });
    expect(answer.status).toBe(200);
    return { cookie: (answer.headers.get("set-cookie") ?? "").split(";")[0]!, email };
  }
  const open = async (cookie: string, json: Record<string, unknown> = topic) => api.request("/public/topics", { method: "POST", cookie, json });

  it("publishes a topic owned by the area's unit, masks NIK-like numbers and phone numbers, and shows no personal data", async () => {
    const author = await citizen("Siti A.");
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
    const { cookie } = await citizen();
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
    const author = await citizen();
    const { data } = await open(author.cookie);
    const id = data.topic.id;
    const supporters: { cookie: string; email: string }[] = [];
    for (let i = 0; i < 30; i++) supporters.push(await citizen());
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
    const someone = await citizen();
    const { data } = await open(someone.cookie);
    const blocked = await citizen();
    const { data: citizenEmail } = await api.ctx.db.entities.citizenEmail.get({ email: blocked.email }).go();
    await api.ctx.db.entities.citizen.patch({ id: citizenEmail!.citizenId }).set({ blocked: true }).go();
    expect((await open(blocked.cookie)).status).toBe(403);
    expect((await api.request(`/public/topics/${data.topic.id}/support`, { method: "PUT", cookie: blocked.cookie })).status).toBe(403);
    expect((await api.request(`/public/topics/${data.topic.id}`, { cookie: blocked.cookie })).status).toBe(200);
  });
});
