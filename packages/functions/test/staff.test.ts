import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

const newStaff = {
  nip: "199608212022032001",
  name: "Baiq Kirana Dewi",
  email: "baiq.kirana@mataramkota.go.id",
  unitId: "diskominfo",
  position: "Pranata Komputer Ahli Pertama",
  positionLevel: "pelaksana",
  initialPassword: "sementara-123",
};

describe("staff directory and records", () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let staff: string;
  let ids: { admin: string; supervisor: string; staff: string };

  beforeAll(async () => {
    api = await createTestApi();
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    const me = async (cookie: string) => (await api.request("/api/me", { cookie })).data.id as string;
    ids = { admin: await me(admin), supervisor: await me(supervisor), staff: await me(staff) };
  });

  it("seeds at least 60 staff over the Mataram units", async () => {
    const units = await api.request("/api/units", { cookie: staff });
    expect(units.data.items.map((u: { name: string }) => u.name)).toEqual(
      expect.arrayContaining(["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Dinas Kesehatan", "Kecamatan Ampenan", "Kecamatan Sandubaya", "RSUD Kota Mataram"]),
    );
    let count = 0;
    let cursor: string | null = null;
    do {
      const page: { data: { items: unknown[]; cursor: string | null } } = await api.request(`/api/staff?limit=25${cursor ? `&cursor=${cursor}` : ""}`, { cookie: admin });
      count += page.data.items.length;
      cursor = page.data.cursor;
    } while (cursor);
    expect(count).toBeGreaterThanOrEqual(60);
  });

  it("pages the directory by cursor without repeating anyone", async () => {
    const first = await api.request("/api/staff?limit=10", { cookie: admin });
    expect(first.data.items).toHaveLength(10);
    const second = await api.request(`/api/staff?limit=10&cursor=${first.data.cursor}`, { cookie: admin });
    const names = [...first.data.items, ...second.data.items].map((s: { name: string }) => s.name);
    expect(new Set(names).size).toBe(20);
    expect(names).toEqual([...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it("searches by name prefix (any case), NIP prefix, and within a unit", async () => {
    const byName = await api.request("/api/staff?q=baiq", { cookie: admin });
    expect(byName.data.items.length).toBeGreaterThan(0);
    expect(byName.data.items.every((s: { name: string }) => s.name.startsWith("Baiq"))).toBe(true);

    const me = (await api.request("/api/me", { cookie: staff })).data;
    const byNip = await api.request(`/api/staff?q=${me.nip.slice(0, 12)}`, { cookie: admin });
    expect(byNip.data.items.map((s: { id: string }) => s.id)).toContain(me.id);
    expect(byNip.data.items.every((s: { nip: string }) => s.nip.startsWith(me.nip.slice(0, 12)))).toBe(true);

    const inUnit = await api.request("/api/staff?unitId=diskominfo", { cookie: admin });
    expect(inUnit.data.items.length).toBeGreaterThanOrEqual(4);
    expect(inUnit.data.items.every((s: { unitId: string }) => s.unitId === "diskominfo")).toBe(true);
  });

  it("keeps the directory and other people's records from non-admins", async () => {
    // Staff may look colleagues up, but see only their name, unit and position.
    const directory = await api.request("/api/staff", { cookie: staff });
    expect(directory.status).toBe(200);
    expect(directory.data.items[0]).not.toHaveProperty("nip");
    expect((await api.request(`/api/staff/${ids.staff}`, { cookie: staff })).status).toBe(200);
    // Staff see their supervisor; supervisors see their direct reports.
    expect((await api.request(`/api/staff/${ids.supervisor}`, { cookie: staff })).status).toBe(200);
    expect((await api.request(`/api/staff/${ids.staff}`, { cookie: supervisor })).status).toBe(200);
    expect((await api.request(`/api/staff/${ids.admin}`, { cookie: staff })).status).toBe(403);
    const team = await api.request(`/api/staff/${ids.supervisor}/team`, { cookie: supervisor });
    expect(team.data.items.map((s: { id: string }) => s.id)).toContain(ids.staff);
    expect((await api.request(`/api/staff/${ids.supervisor}/team`, { cookie: staff })).status).toBe(403);
    expect((await api.request(`/api/staff/${ids.staff}`, { method: "PATCH", cookie: supervisor, json: { name: "Nama Lain" } })).status).toBe(403);
    expect((await api.request("/api/staff", { method: "POST", cookie: staff, json: newStaff })).status).toBe(403);
  });

  it("lets an admin add staff once per NIP and once per email", async () => {
    const created = await api.request("/api/staff", { method: "POST", cookie: admin, json: { ...newStaff, supervisorId: ids.supervisor } });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ nip: newStaff.nip, unitName: "Dinas Komunikasi dan Informatika", supervisorId: ids.supervisor, roles: ["staff"] });

    const sameNip = await api.request("/api/staff", { method: "POST", cookie: admin, json: { ...newStaff, email: "lain@mataramkota.go.id" } });
    expect(sameNip).toMatchObject({ status: 409, data: { error: { code: "conflict", details: { field: "nip" } } } });
    const sameEmail = await api.request("/api/staff", { method: "POST", cookie: admin, json: { ...newStaff, nip: "199608212022032002", email: "BAIQ.KIRANA@mataramkota.go.id" } });
    expect(sameEmail).toMatchObject({ status: 409, data: { error: { details: { field: "email" } } } });

    const badNip = await api.request("/api/staff", { method: "POST", cookie: admin, json: { ...newStaff, nip: "199613212022032001" } });
    expect(badNip).toMatchObject({ status: 400, data: { error: { code: "validation_failed" } } });
    const badUnit = await api.request("/api/staff", { method: "POST", cookie: admin, json: { ...newStaff, nip: "199608212022032003", email: "x@mataramkota.go.id", unitId: "nowhere" } });
    expect(badUnit).toMatchObject({ status: 400, data: { error: { code: "invalid_unit" } } });
  });

  it("records every admin change in the audit trail with before and after", async () => {
    api.clock.advance(60_000);
    const patched = await api.request(`/api/staff/${ids.staff}`, { method: "PATCH", cookie: admin, json: { position: "Pranata Komputer Ahli Muda", unitId: "bappeda" } });
    expect(patched.data).toMatchObject({ position: "Pranata Komputer Ahli Muda", unitId: "bappeda", unitName: "Badan Perencanaan Pembangunan Daerah" });
    const audit = await api.request(`/api/audit?targetType=staff&targetId=${ids.staff}`, { cookie: admin });
    const entry = audit.data.items[0];
    expect(entry).toMatchObject({ action: "staff.update", actorId: ids.admin, before: { position: "Pranata Komputer Ahli Pertama", unitId: "diskominfo" }, after: { position: "Pranata Komputer Ahli Muda", unitId: "bappeda" } });
    expect(JSON.stringify(audit.data)).not.toMatch(/scrypt/);
    // The moved staff member now shows up under the new unit only.
    const bappeda = await api.request("/api/staff?unitId=bappeda", { cookie: admin });
    expect(bappeda.data.items.map((s: { id: string }) => s.id)).toContain(ids.staff);
    const diskominfo = await api.request("/api/staff?unitId=diskominfo", { cookie: admin });
    expect(diskominfo.data.items.map((s: { id: string }) => s.id)).not.toContain(ids.staff);
    expect((await api.request(`/api/staff/${ids.staff}`, { method: "PATCH", cookie: admin, json: { supervisorId: ids.staff } })).status).toBe(400);
  });

  it("imports a CSV through the API: one bad row blocks the file, its number and reason come back", async () => {
    const csv = [
      "nip,name,email,unit,position,supervisor_nip",
      "198811102012121001,Muhammad Alwi,muhammad.alwi@mataramkota.go.id,DINSOS,Penyuluh Sosial,",
      "19881110,Nip Pendek,nip.pendek@mataramkota.go.id,DINSOS,Penyuluh Sosial,",
    ].join("\n");
    const rejected = await api.request("/api/staff/import", { method: "POST", cookie: admin, headers: { "content-type": "text/csv" }, body: csv });
    expect(rejected).toMatchObject({ status: 422, data: { error: { code: "invalid_rows", details: { rows: [{ row: 3, reason: expect.stringMatching(/18 digits/) }] } } } });
    expect((await api.request("/api/staff?q=198811102012", { cookie: admin })).data.items).toEqual([]);

    const good = csv.split("\n").slice(0, 2).join("\n");
    const imported = await api.request("/api/staff/import", { method: "POST", cookie: admin, headers: { "content-type": "text/csv" }, body: good });
    expect(imported).toMatchObject({ status: 200, data: { created: 1, updated: 0, unchanged: 0 } });
    const again = await api.request("/api/staff/import", { method: "POST", cookie: admin, headers: { "content-type": "text/csv" }, body: good });
    expect(again.data).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const notCsv = await api.request("/api/staff/import", { method: "POST", cookie: admin, json: { csv: good } });
    expect(notCsv.status).toBe(415);
  });

  it("answers GET /api/me and a staff page with at most two DynamoDB requests", async () => {
    api.requests.reset();
    expect((await api.request("/api/me", { cookie: staff })).status).toBe(200);
    expect(api.requests.count).toBeLessThanOrEqual(2);

    api.requests.reset();
    const page = await api.request("/api/staff?limit=25&unitId=dinkes", { cookie: admin });
    expect(page.data.items.length).toBeGreaterThan(0);
    expect(api.requests.count).toBeLessThanOrEqual(2);

    api.requests.reset();
    await api.request(`/api/staff/${ids.staff}`, { cookie: admin });
    expect(api.requests.count).toBeLessThanOrEqual(2);
    expect(api.requests.commands).not.toContain("ScanCommand");
  });
});
