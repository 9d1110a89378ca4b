import type { Actor } from "@kompeten/core/actor";
import { hashPassword } from "@kompeten/core/password";
import type { AppContext } from "@kompeten/core/context";
import { NO_SUPERVISOR, type PositionLevel, type Role } from "@kompeten/core/staff/staff.entity";
import { newStaffRecord, saveNewStaff } from "@kompeten/core/staff/staff";
import { witaYear } from "@kompeten/core/time";
import { createUnit, listUnits } from "@kompeten/core/units/units";
import { seedDemoCourses } from "./demo-courses";
import { seedDemoDashboards } from "./demo-dashboards";
import { seedDemoForum } from "./demo-forum";
import { seedDemoMentoring } from "./demo-mentoring";
import type { unitKinds } from "@kompeten/core/units/units.entity";

/** Local only: never seeded into a deployed stage. */
export const DEMO_PASSWORD = "kompeten-demo";
const DOMAIN = "demo.mataramkota.go.id";

export const demoAccounts = [
  { email: `admin@${DOMAIN}`, role: "BKPSDM admin" },
  { email: `atasan@${DOMAIN}`, role: "supervisor (Kepala Bidang e-Government, Diskominfo)" },
  { email: `pegawai@${DOMAIN}`, role: "staff (Pranata Komputer, Diskominfo)" },
  { email: `mentor@${DOMAIN}`, role: "mentor (Bappeda)" },
  { email: `moderator@${DOMAIN}`, role: "forum moderator (Diskominfo)" },
] as const;

type Kind = (typeof unitKinds)[number];
const units: { code: string; name: string; kind: Kind; head: string }[] = [
  { code: "SETDA", name: "Sekretariat Daerah", kind: "sekretariat", head: "Sekretaris Daerah" },
  { code: "BKPSDM", name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", kind: "badan", head: "Kepala Badan" },
  { code: "BAPPEDA", name: "Badan Perencanaan Pembangunan Daerah", kind: "badan", head: "Kepala Badan" },
  { code: "DINKES", name: "Dinas Kesehatan", kind: "dinas", head: "Kepala Dinas" },
  { code: "DIKBUD", name: "Dinas Pendidikan", kind: "dinas", head: "Kepala Dinas" },
  { code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika", kind: "dinas", head: "Kepala Dinas" },
  { code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "dinas", head: "Kepala Dinas" },
  { code: "DINSOS", name: "Dinas Sosial", kind: "dinas", head: "Kepala Dinas" },
  { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang", kind: "dinas", head: "Kepala Dinas" },
  { code: "RSUD", name: "RSUD Kota Mataram", kind: "rsud", head: "Direktur" },
  { code: "KEC-AMPENAN", name: "Kecamatan Ampenan", kind: "kecamatan", head: "Camat Ampenan" },
  { code: "KEC-SEKARBELA", name: "Kecamatan Sekarbela", kind: "kecamatan", head: "Camat Sekarbela" },
  { code: "KEC-MATARAM", name: "Kecamatan Mataram", kind: "kecamatan", head: "Camat Mataram" },
  { code: "KEC-SELAPARANG", name: "Kecamatan Selaparang", kind: "kecamatan", head: "Camat Selaparang" },
  { code: "KEC-CAKRANEGARA", name: "Kecamatan Cakranegara", kind: "kecamatan", head: "Camat Cakranegara" },
  { code: "KEC-SANDUBAYA", name: "Kecamatan Sandubaya", kind: "kecamatan", head: "Camat Sandubaya" },
];

// Names as found in Mataram: Sasak (Lalu, Baiq, Lale), Balinese, Bima and other Indonesian names.
const men = ["Lalu Ahmad", "Muhammad", "I Made", "Lalu Hendra", "Agus", "Zulkifli", "I Ketut", "Hasan", "Lalu Supriadi", "Abdul", "Rahmat", "Syamsul", "I Wayan", "Fathurrahman", "Lalu Muhammad", "Hairul", "Didik", "Mansur", "Yusuf", "Khairul", "I Nyoman", "Bambang", "Taufik", "Amrullah"];
const women = ["Baiq Nurul", "Ni Made Ayu", "Siti", "Baiq Rina", "Lale Sri", "Nurul", "Ni Ketut", "Rahmawati", "Baiq Fitria", "Sri", "Maemunah", "Dewi", "Baiq Yuliana", "Nurhasanah", "Ni Luh Putu", "Irma", "Fatmawati", "Baiq Hilmiatun", "Wulan", "Yuyun", "Erna", "Lale Nurmala", "Indah", "Ayu"];
// Second names by sex, so that given and second name always belong together.
const secondNames = {
  1: ["Fauzi", "Wijaya", "Salim", "Widana", "Basri", "Haris", "Hidayat", "Bahri", "Sudarma", "Iqbal", "Anwar", "Prasetyo", "Efendi", "Umam", "Zaini", "Sutama", "Irawan", "Pratama", "Hadi", "Saputra", "Kurniawan", "Ramadhan", "Syahputra"],
  2: ["Hidayati", "Lestari", "Aminah", "Wulandari", "Handayani", "Fitriani", "Sriani", "Ramdani", "Wahyuni", "Kartika", "Permatasari", "Susanti", "Astuti", "Yuniarti", "Maharani", "Puspita", "Kusumawati", "Anggraini", "Safitri", "Utami", "Novitasari", "Purnamasari", "Oktaviani"],
} as const;

/** A valid NIP: birth date, appointment month, sex digit, sequence. */
function nipFor(index: number, sex: 1 | 2, level: PositionLevel): string {
  const seniority = { jpt_madya: 0, jpt_pratama: 0, administrator: 6, pengawas: 12, pelaksana: 18 }[level];
  const birthYear = 1966 + seniority + (index % 7);
  const birthMonth = 1 + ((index * 5) % 12);
  const birthDay = 1 + ((index * 11) % 28);
  const tmtYear = birthYear + 24 + (index % 4);
  const tmtMonth = [1, 3, 4, 12][index % 4]!;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${birthYear}${pad(birthMonth)}${pad(birthDay)}${tmtYear}${pad(tmtMonth)}${sex}${pad(1 + (index % 9), 3)}`;
}

const emailFor = (name: string) =>
  `${name
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .split(/\s+/)
    .join(".")}@${DOMAIN}`;

interface Person {
  name: string;
  email: string;
  sex: 1 | 2;
  position: string;
  level: PositionLevel;
  roles: Role[];
  supervisor?: Person;
  unit: string;
  id: string;
}

/** The people of each unit: a head, an administrator, a supervisor (pengawas) and staff. */
function demoPeople(): Person[] {
  const people: Person[] = [];
  const names = new Set<string>();
  // Given and second names combined so that every demo person is distinct.
  const nameFor = (sex: 1 | 2) => {
    for (let i = people.length; ; i++) {
      const given = (sex === 1 ? men : women)[i % men.length]!;
      const second = secondNames[sex];
      const name = `${given} ${second[(i * 7) % second.length]}`;
      if (!names.has(name)) return names.add(name), name;
    }
  };
  const person = (sex: 1 | 2, unit: string, position: string, level: PositionLevel, roles: Role[], supervisor?: Person, email?: string) => {
    const name = nameFor(sex);
    const p: Person = { name, sex, unit, position, level, roles, supervisor, email: email ?? emailFor(name), id: `demo-${people.length + 1}` };
    people.push(p);
    return p;
  };

  // Fixed demo accounts first, so their names and emails never change.
  const admin = person(2, "BKPSDM", "Kepala Bidang Pengembangan Kompetensi", "administrator", ["staff", "supervisor", "admin"], undefined, `admin@${DOMAIN}`);
  const atasan = person(1, "DISKOMINFO", "Kepala Bidang e-Government", "administrator", ["staff", "supervisor", "mentor"], undefined, `atasan@${DOMAIN}`);
  person(2, "DISKOMINFO", "Pranata Komputer Ahli Pertama", "pelaksana", ["staff"], atasan, `pegawai@${DOMAIN}`);
  const mentor = person(1, "BAPPEDA", "Perencana Ahli Madya", "administrator", ["staff", "mentor"], undefined, `mentor@${DOMAIN}`);
  person(2, "DISKOMINFO", "Pengelola Media Sosial dan Layanan Aduan", "pelaksana", ["staff", "moderator"], atasan, `moderator@${DOMAIN}`);

  const sekda = person(1, "SETDA", "Sekretaris Daerah", "jpt_pratama", ["staff", "supervisor", "mentor"]);
  for (const [index, unit] of units.entries()) {
    const kecamatan = unit.kind === "kecamatan";
    const head =
      unit.code === "SETDA"
        ? sekda
        : person(index % 3 === 0 ? 2 : 1, unit.code, unit.head, kecamatan ? "administrator" : "jpt_pratama", ["staff", "supervisor", "mentor"], sekda);
    const secretary = person(index % 2 === 0 ? 1 : 2, unit.code, kecamatan ? "Sekretaris Camat" : "Sekretaris", "administrator", ["staff", "supervisor"], head);
    const kasubbag = person(index % 2 === 0 ? 2 : 1, unit.code, kecamatan ? "Kepala Seksi Pelayanan Umum" : "Kepala Sub Bagian Umum dan Kepegawaian", "pengawas", ["staff", "supervisor"], secretary);
    person(index % 2 === 0 ? 1 : 2, unit.code, "Analis Sumber Daya Manusia Aparatur", "pelaksana", ["staff"], kasubbag);
    person(index % 2 === 0 ? 2 : 1, unit.code, kecamatan ? "Pengadministrasi Kependudukan" : "Pengelola Data dan Informasi", "pelaksana", ["staff"], kasubbag);
  }
  // The fixed accounts report to their units' heads.
  const headOf = (code: string) => people.find((p) => p.unit === code && (p.level === "jpt_pratama" || p.position === "Sekretaris Daerah"))!;
  admin.supervisor = headOf("BKPSDM");
  atasan.supervisor = headOf("DISKOMINFO");
  mentor.supervisor = headOf("BAPPEDA");
  return people;
}

const seedActor: Actor = { id: "system", name: "Data demo", roles: ["admin"], unitId: "bkpsdm", supervisorId: null };

/**
 * Seeds units, staff and accounts when the table is empty; returns whether it did. `forum: false`
 * leaves the citizens' forum empty (for tests that build their own topics); `dashboards: false`
 * leaves out the past quarters' evaluations and the year's reported training (for tests that
 * count them from nothing); with those two, `courses: false` and `mentoring: false` leave the units
 * and people alone, for a test that needs only the accounts.
 */
export async function seedDemoData(
  ctx: AppContext,
  options: { forum?: boolean; dashboards?: boolean; courses?: boolean; mentoring?: boolean } = {},
): Promise<boolean> {
  if ((await listUnits(ctx)).length > 0) return false;
  for (const unit of units) await createUnit(ctx, seedActor, { code: unit.code, name: unit.name, kind: unit.kind });

  // Every demo account has the same password, so one hash serves them all and start-up stays quick.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const people = demoPeople();
  const nameOf = new Map(units.map((u) => [u.code, u.name]));
  await Promise.all(
    people.map((p, index) => {
      const record = newStaffRecord(ctx, {
        id: p.id,
        nip: nipFor(index + 1, p.sex, p.level),
        name: p.name,
        email: p.email,
        unitId: p.unit.toLowerCase(),
        unitName: nameOf.get(p.unit)!,
        position: p.position,
        positionLevel: p.level,
        supervisorId: p.supervisor?.id ?? NO_SUPERVISOR,
        roles: p.roles,
        passwordHash,
      });
      return saveNewStaff(ctx, seedActor, { ...record, mustChangePassword: false }, "demo.seed");
    }),
  );
  const admin = people[0]!;
  const adminActor: Actor = { id: admin.id, name: admin.name, roles: admin.roles, unitId: "bkpsdm", supervisorId: null };
  if (options.courses !== false) await seedDemoCourses(ctx, adminActor, witaYear(ctx.now()));
  if (options.mentoring !== false) await seedDemoMentoring(ctx, adminActor);
  if (options.dashboards !== false) await seedDemoDashboards(ctx, adminActor);
  if (options.forum !== false) await seedDemoForum(ctx);
  return true;
}

export const demoStaffCount = () => demoPeople().length;
