import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

type UnitRow = { unitId: string; unitName: string; staff: number; reached: number; share: number; medianJp: number };
type StaffRow = { staffId: string; totalJp: number; belowTarget: boolean };

describe("the JP report of all units", () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let staff: string;
  let staffId: string;

  beforeAll(async () => {
    api = await createTestApi();
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    staffId = (await api.request("/api/me", { cookie: staff })).data.id;
    // The demo staff member has 12 JP; 10 more approved JP take them past 20.
    const reported = await api.request("/api/learning/external", {
      method: "POST",
      cookie: staff,
      json: { title: "Bimtek SPBE", institution: "Kominfo", source: "external", startDate: "2026-10-05", endDate: "2026-10-07", jp: 10, evidence: "Surat tugas 800/123" },
    });
    expect(reported.status).toBe(201);
    const decided = await api.request(`/api/learning/${staffId}/entries/${reported.data.id}/decision`, { method: "POST", cookie: supervisor, json: { approve: true } });
    expect(decided.data.status).toBe("approved");
  });

  it("gives one row per unit with staff, who reached 20 JP, the share and the median, matching each unit's detail", async () => {
    api.requests.reset();
    const report = await api.request("/api/learning/report/units?year=2026", { cookie: admin });
    expect(report.status).toBe(200);
    expect(api.requests.commands.filter((c) => /Scan/.test(c))).toEqual([]);
    const units = (await api.request("/api/units", { cookie: admin })).data;
    const unitList: { id: string }[] = Array.isArray(units) ? units : units.items;
    expect(report.data.items.map((r: UnitRow) => r.unitId).sort()).toEqual(unitList.map((u) => u.id).sort());
    expect(report.data.targetJp).toBe(20);

    const diskominfo: UnitRow = report.data.items.find((r: UnitRow) => r.unitId === "diskominfo");
    expect(diskominfo.unitName).toBe("Dinas Komunikasi dan Informatika");
    const detail = (await api.request("/api/learning/report?year=2026&unitId=diskominfo", { cookie: admin })).data.items as StaffRow[];
    expect(detail.find((r) => r.staffId === staffId)!.totalJp).toBe(22);
    const reached = detail.filter((r) => r.totalJp >= 20).length;
    expect(reached).toBeGreaterThanOrEqual(1);
    expect(diskominfo).toMatchObject({ staff: detail.length, reached, share: Math.round((reached / detail.length) * 1000) / 1000 });
    const sorted = detail.map((r) => r.totalJp).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    expect(diskominfo.medianJp).toBe(sorted.length % 2 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2);

    const empty = (await api.request("/api/learning/report/units?year=2020", { cookie: admin })).data.items as UnitRow[];
    expect(empty.every((r) => r.reached === 0 && r.medianJp === 0)).toBe(true);
  });

  it("exports every unit's approved training in SIASN's fields, and only to admins", async () => {
    const csv = await api.request("/api/learning/report.csv?year=2026", { cookie: admin });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("semua-unit");
    const lines = String(csv.data).trim().split("\n");
    expect(lines[0]).toBe("nama,nip,nama_diklat,penyelenggara,tanggal_mulai,tanggal_selesai,jumlah_jp,jenis,nomor_sertifikat");
    expect(lines.some((l) => l.includes("Bimtek SPBE") && l.includes(",10,"))).toBe(true);
    const oneUnit = String((await api.request("/api/learning/report.csv?year=2026&unitId=diskominfo", { cookie: admin })).data).trim().split("\n");
    expect(lines.length).toBeGreaterThanOrEqual(oneUnit.length);
    for (const line of oneUnit) expect(lines).toContain(line);

    expect((await api.request("/api/learning/report/units?year=2026", { cookie: staff })).status).toBe(403);
    expect((await api.request("/api/learning/report.csv?year=2026", { cookie: supervisor })).status).toBe(403);
    expect(await api.request("/api/learning/report/units?year=abc", { cookie: admin })).toMatchObject({ status: 400, data: { error: { code: expect.any(String) } } });
  });
});
