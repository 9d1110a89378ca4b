import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../src/actor";
import { AppError } from "../src/errors";
import { importStaff, importTemplateCsv } from "../src/staff-import/staff-import";
import { listStaff } from "../src/staff/staff";
import { createUnit } from "../src/units/units";
import { createTestContext, type TestContext } from "../../local/test/support";

const admin: Actor = { id: "admin-1", name: "Admin BKPSDM", roles: ["admin"], unitId: "bkpsdm", supervisorId: null };
const header = "nip,name,email,unit,position,supervisor_nip,position_level";
const rows = [
  "197805142003121002,Lalu Gede Pariwisata,lalu.gede@mataramkota.go.id,DISKOMINFO,Kepala Bidang Aplikasi,,administrator",
  "199001012015031004,Baiq Sarah Maulida,baiq.sarah@mataramkota.go.id,DISKOMINFO,Pranata Komputer,197805142003121002,pelaksana",
  "199203042019032008,Ni Putu Sekar,ni.putu.sekar@mataramkota.go.id,diskominfo,Analis Data,197805142003121002,",
];
const csv = (...lines: string[]) => [header, ...lines].join("\n");

async function rowErrors(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("invalid_rows");
  return ((error as AppError).details as { rows: { row: number; reason: string }[] }).rows;
}

describe("staff CSV import", () => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext();
    await createUnit(t.ctx, admin, { code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika", kind: "dinas" });
  });

  it("creates every row, resolving supervisors within the file", async () => {
    expect(await importStaff(t.ctx, admin, csv(...rows))).toEqual({ created: 3, updated: 0, unchanged: 0 });
    const { items } = await listStaff(t.ctx, admin, { limit: 10, unitId: "diskominfo" });
    expect(items.map((s) => s.name)).toEqual(["Baiq Sarah Maulida", "Lalu Gede Pariwisata", "Ni Putu Sekar"]);
    const sarah = await t.ctx.db.entities.staff.query.byNip({}).begins({ nip: "199001012015031004" }).go();
    const lalu = await t.ctx.db.entities.staff.query.byNip({}).begins({ nip: "197805142003121002" }).go();
    expect(sarah.data[0]!.supervisorId).toBe(lalu.data[0]!.id);
    expect([...lalu.data[0]!.roles].sort()).toEqual(["staff", "supervisor"]);
    expect(sarah.data[0]!.passwordHash).toBeUndefined();
  });

  it("importing the same file again changes nothing", async () => {
    await importStaff(t.ctx, admin, csv(...rows));
    t.requests.reset();
    expect(await importStaff(t.ctx, admin, csv(...rows))).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(t.requests.commands.filter((c) => /Write|Put|Update|Delete/.test(c))).toEqual([]);
  });

  it("updates only the rows that differ", async () => {
    await importStaff(t.ctx, admin, csv(...rows));
    const changed = rows[2]!.replace("Analis Data", "Analis Data Ahli");
    expect(await importStaff(t.ctx, admin, csv(rows[0]!, rows[1]!, changed))).toEqual({ created: 0, updated: 1, unchanged: 2 });
  });

  it("writes nothing when any row is invalid, and names each bad row", async () => {
    const bad = [
      rows[0]!,
      "12345,Tanpa NIP,tanpa.nip@mataramkota.go.id,DISKOMINFO,Staf,,",
      rows[1]!,
      "199203042019032008,Email Salah,bukan-email,DISKOMINFO,Staf,,",
      "199505052020122003,Unit Hilang,unit.hilang@mataramkota.go.id,DINAS-ANTAH,Staf,,",
    ];
    const first = await rowErrors(importStaff(t.ctx, admin, csv(...bad)));
    expect(first.map((e) => e.row)).toEqual([3, 5]);
    expect(first[0]!.reason).toMatch(/nip/);
    expect(first[1]!.reason).toMatch(/email/);

    const second = await rowErrors(importStaff(t.ctx, admin, csv(rows[0]!, bad[4]!, "199505052020122004,Atasan Hilang,atasan.hilang@mataramkota.go.id,DISKOMINFO,Staf,198001012005011001,")));
    expect(second).toEqual([
      { row: 3, reason: expect.stringMatching(/unit/) },
      { row: 4, reason: expect.stringMatching(/supervisor_nip/) },
    ]);
    expect((await listStaff(t.ctx, admin, { limit: 10 })).items).toEqual([]);
  });

  it("refuses duplicates within the file and a missing column", async () => {
    const dup = await rowErrors(importStaff(t.ctx, admin, csv(rows[0]!, rows[0]!.replace("lalu.gede", "lain"))));
    expect(dup).toEqual([{ row: 3, reason: expect.stringMatching(/already on row 2/) }]);
    const missing = await rowErrors(importStaff(t.ctx, admin, "nip,name\n198503122010011001,Siapa"));
    expect(missing[0]).toEqual({ row: 1, reason: expect.stringMatching(/email/) });
  });

  it("refuses an email that another stored staff member uses", async () => {
    await importStaff(t.ctx, admin, csv(rows[0]!));
    const clash = "199505052020122003,Orang Lain,lalu.gede@mataramkota.go.id,DISKOMINFO,Staf,,";
    expect(await rowErrors(importStaff(t.ctx, admin, csv(clash)))).toEqual([{ row: 2, reason: expect.stringMatching(/email/) }]);
  });
  it("takes the Indonesian headers and level names, and names their columns in row errors", async () => {
    const indonesian = "NIP,Nama,Email,Unit,Jabatan,NIP Atasan,Tingkat Jabatan";
    const file = [
      indonesian,
      "197805142003121002,Lalu Gede Pariwisata,lalu.gede@mataramkota.go.id,Dinas Komunikasi dan Informatika,Kepala Dinas,,JPT Pratama",
      "199001012015031004,Baiq Sarah Maulida,baiq.sarah@mataramkota.go.id,DISKOMINFO,Pranata Komputer,197805142003121002,Pelaksana",
    ].join("\n");
    expect(await importStaff(t.ctx, admin, file)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const lalu = await t.ctx.db.entities.staff.query.byNip({}).begins({ nip: "197805142003121002" }).go();
    const sarah = await t.ctx.db.entities.staff.query.byNip({}).begins({ nip: "199001012015031004" }).go();
    expect(lalu.data[0]).toMatchObject({ positionLevel: "jpt_pratama", position: "Kepala Dinas", unitId: "diskominfo" });
    expect(sarah.data[0]!.supervisorId).toBe(lalu.data[0]!.id);
    // The same people under the English headers are the same rows: nothing changes.
    expect(await importStaff(t.ctx, admin, csv(rows[0]!.replace("Kepala Bidang Aplikasi", "Kepala Dinas").replace("administrator", "jpt_pratama"), rows[1]!))).toEqual({
      created: 0,
      updated: 0,
      unchanged: 2,
    });

    const bad = [indonesian, "199505052020122003,Orang Baru,orang.baru@mataramkota.go.id,DISKOMINFO,Staf,198001012005011001,", "199505052020122004,Level Salah,level.salah@mataramkota.go.id,DISKOMINFO,Staf,,Kepala"].join("\n");
    expect(await rowErrors(importStaff(t.ctx, admin, bad))).toEqual([{ row: 3, reason: expect.stringMatching(/^Tingkat Jabatan: .*JPT Pratama/) }]);
    const noSupervisor = [indonesian, "199505052020122003,Orang Baru,orang.baru@mataramkota.go.id,DISKOMINFO,Staf,198001012005011001,"].join("\n");
    expect(await rowErrors(importStaff(t.ctx, admin, noSupervisor))).toEqual([{ row: 2, reason: expect.stringMatching(/^NIP Atasan: /) }]);
    const missing = await rowErrors(importStaff(t.ctx, admin, "nip,nama,email,unit\n198503122010011001,Siapa,siapa@mataramkota.go.id,DISKOMINFO"));
    expect(missing[0]!.reason).toMatch(/jabatan \(position\).*nip_atasan \(supervisor_nip\)/);
  });

  it("offers a template whose header it imports", async () => {
    const template = importTemplateCsv();
    expect(template.replace(/^\uFEFF/, "").trim()).toBe("nip,nama,email,unit,jabatan,nip_atasan,tingkat_jabatan");
    const filled = `${template}197805142003121002,Lalu Gede Pariwisata,lalu.gede@mataramkota.go.id,DISKOMINFO,Kepala Bidang,,administrator\r\n`;
    expect(await importStaff(t.ctx, admin, filled)).toEqual({ created: 1, updated: 0, unchanged: 0 });
  });
});
