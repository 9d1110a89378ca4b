import { randomUUID } from "node:crypto";
import type { EntityItem } from "electrodb";
import { auditEntry } from "@kompeten/core/audit/audit";
import type { Actor } from "@kompeten/core/auth/actor";
import { hashPassword } from "@kompeten/core/auth/password";
import { newCertificateCode } from "@kompeten/core/certificates/certificates";
import { competencyIds } from "@kompeten/core/competencies/framework";
import type { AppContext } from "@kompeten/core/context";
import type { courseCategories, courseForms } from "@kompeten/core/courses/course.entity";
import { createCourse, getCourseRecord, setCourseStatus, type CourseRecord } from "@kompeten/core/courses/courses";
import type { CreateCourseInput } from "@kompeten/core/courses/courses.schemas";
import { createInstitution, listInstitutions } from "@kompeten/core/institutions/institutions";
import { notificationItem } from "@kompeten/core/notifications/notifications";
import { isValidNip } from "@kompeten/core/staff/nip";
import { nameWordItems } from "@kompeten/core/staff/name-words";
import { newStaffRecord, toActor, toStaff, type StaffRecord } from "@kompeten/core/staff/staff";
import { NO_SUPERVISOR, type PositionLevel, type Role } from "@kompeten/core/staff/staff.entity";
import { witaDate, witaYear } from "@kompeten/core/time";
import { listUnits, type Unit } from "@kompeten/core/units/units";
import { DEMO_PASSWORD, seedDemoData } from "../src/demo-data";

type Entities = AppContext["db"]["entities"];
type Item<K extends keyof Entities> = EntityItem<Entities[K]>;
type Category = (typeof courseCategories)[number];
type Form = (typeof courseForms)[number];
type Session = CreateCourseInput["sessions"][number];

/** The year the data is about, and the moment the benchmark's clock stands still at: mid-year, 09:00 WITA. */
export const BENCH_YEAR = 2026;
export const BENCH_NOW = new Date("2026-07-01T01:00:00.000Z");

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DOMAIN = "demo.mataramkota.go.id";

export interface YearOptions {
  staff: number;
  courses: number;
  enrollments: number;
  /** Parallel BatchWriteItem calls while seeding. */
  concurrency: number;
  /** Seed of the pseudo-random generator: the same options give the same data. */
  seed: number;
}

/** parseArgs options every benchmark that seeds a year shares. */
export const yearOptionSpecs = {
  staff: { type: "string", default: "5000" },
  courses: { type: "string", default: "100" },
  enrollments: { type: "string", default: "20000" },
  concurrency: { type: "string", default: "8" },
  seed: { type: "string", default: "1" },
} as const;
export const yearOptionsUsage = "[--staff 5000] [--courses 100] [--enrollments 20000] [--concurrency 8] [--seed 1]";

export interface SeededCourse {
  id: string;
  title: string;
  status: "published" | "ongoing" | "completed";
  capacity: number;
  eligibilityOpen: boolean;
  /** Enrollment items of the course, any status. */
  total: number;
  byStatus: Record<string, number>;
}

export interface YearFixture {
  now: Date;
  year: number;
  adminId: string;
  /** The demo staff member (pegawai@…), given completed, ongoing, published and waitlisted courses. */
  staffMemberId: string;
  /** A published course the staff member is enrolled in, and one they are waitlisted in. */
  staffEnrolledCourseId: string;
  staffWaitlistedCourseId: string | null;
  units: (Unit & { members: number })[];
  courses: SeededCourse[];
  /** Items written per entity (batch writes and domain calls). */
  items: Record<string, number>;
  /** Seconds per phase. */
  timings: Record<string, number>;
}

/** A small, fast, seedable generator (mulberry32), so runs are comparable. */
export function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const chance = (p: number) => next() < p;
  const between = (from: number, to: number) => from + next() * Math.max(0, to - from);
  /** `k` distinct elements of `list` (partial Fisher-Yates on a copy). */
  const sample = <T>(list: readonly T[], k: number): T[] => {
    const copy = [...list];
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  };
  return { next, int, pick, chance, between, sample };
}

/** The context with its clock at another moment: items written "back then" get that moment's timestamps. */
const at = (ctx: AppContext, moment: number | Date): AppContext => {
  const date = new Date(moment);
  return { ...ctx, now: () => new Date(date) };
};

const iso = (ms: number) => new Date(ms).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (since: number) => (performance.now() - since) / 1000;

// ---------------------------------------------------------------- batch writing

type Task = () => Promise<void>;

/**
 * One task per 25 items: ElectroDB's batch put (one BatchWriteItem), retrying what
 * DynamoDB leaves unprocessed with a growing, jittered pause.
 */
export function batchPutTasks<T>(label: string, items: T[], put: (chunk: T[]) => Promise<{ unprocessed: unknown[] }>): Task[] {
  const tasks: Task[] = [];
  for (let i = 0; i < items.length; i += 25) {
    const chunk = items.slice(i, i + 25);
    tasks.push(async () => {
      let pending = chunk;
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > 0) {
          if (attempt > 12) throw new Error(`seeding ${label}: ${pending.length} items stayed unprocessed`);
          await sleep(Math.random() * Math.min(2000, 20 * 2 ** attempt));
        }
        const { unprocessed } = await put(pending);
        // ElectroDB hands unprocessed puts back as items of the entity: put them again.
        pending = unprocessed as T[];
      }
    });
  }
  return tasks;
}

/** Runs the tasks with at most `concurrency` at a time. */
export async function runPool(tasks: Task[], concurrency: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(concurrency, tasks.length)) }, async () => {
      while (next < tasks.length) await tasks[next++]!();
    }),
  );
}

/** Interleaves task lists so parallel batches hit different entities (and partitions) at once. */
function interleave(lists: Task[][]): Task[] {
  const out: Task[] = [];
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i]) out.push(list[i]!);
  return out;
}

// ---------------------------------------------------------------- people

const men = ["Lalu Ahmad", "Muhammad", "I Made", "Lalu Hendra", "Agus", "Zulkifli", "I Ketut", "Hasan", "Lalu Supriadi", "Abdul", "Rahmat", "Syamsul", "I Wayan", "Fathurrahman", "Hairul", "Didik", "Mansur", "Yusuf", "Khairul", "I Nyoman", "Bambang", "Taufik", "Amrullah", "Lalu Gede", "Sahnan", "Junaidi", "Ridwan", "Ilham"];
const women = ["Baiq Nurul", "Ni Made Ayu", "Siti", "Baiq Rina", "Lale Sri", "Nurul", "Ni Ketut", "Rahmawati", "Baiq Fitria", "Sri", "Maemunah", "Dewi", "Baiq Yuliana", "Nurhasanah", "Ni Luh Putu", "Irma", "Fatmawati", "Wulan", "Yuyun", "Erna", "Lale Nurmala", "Indah", "Ayu", "Baiq Dian", "Hikmah", "Sumiati"];
const secondNames = {
  1: ["Fauzi", "Wijaya", "Salim", "Widana", "Basri", "Haris", "Hidayat", "Bahri", "Sudarma", "Iqbal", "Anwar", "Prasetyo", "Efendi", "Umam", "Zaini", "Sutama", "Irawan", "Pratama", "Hadi", "Saputra", "Kurniawan", "Ramadhan", "Syahputra", "Hamdani", "Mahsun"],
  2: ["Hidayati", "Lestari", "Aminah", "Wulandari", "Handayani", "Fitriani", "Sriani", "Ramdani", "Wahyuni", "Kartika", "Permatasari", "Susanti", "Astuti", "Yuniarti", "Maharani", "Puspita", "Kusumawati", "Anggraini", "Safitri", "Utami", "Novitasari", "Purnamasari", "Oktaviani", "Rohana", "Zuhriah"],
} as const;

/** Relative size of each unit: schools and health employ most of a city's civil servants. */
const unitWeight: Record<string, number> = { dikbud: 6, dinkes: 4, rsud: 3, setda: 2, dpupr: 2 };

function positionFor(unitId: string, level: PositionLevel, r: ReturnType<typeof generator>): string {
  if (level === "administrator") return r.pick(["Kepala Bidang Program", "Kepala Bidang Pelayanan", "Kepala Bidang Pembinaan", "Sekretaris"]);
  if (level === "pengawas") return r.pick(["Kepala Sub Bagian Keuangan", "Kepala Seksi Pelayanan", "Kepala Seksi Data dan Informasi", "Kepala Sub Bagian Program"]);
  if (unitId === "dikbud" && r.chance(0.7)) return r.pick(["Guru Ahli Pertama", "Guru Ahli Muda", "Pengawas Sekolah", "Penilik"]);
  if ((unitId === "dinkes" || unitId === "rsud") && r.chance(0.6)) return r.pick(["Perawat Ahli Pertama", "Bidan Terampil", "Dokter Ahli Pertama", "Apoteker", "Nutrisionis"]);
  return r.pick(["Pengadministrasi Umum", "Pengelola Data", "Analis Kepegawaian", "Pranata Komputer Ahli Pertama", "Bendahara", "Pengelola Keuangan", "Arsiparis", "Analis Kebijakan"]);
}

/** A valid, unused NIP: birth date, appointment month (TMT), sex digit, sequence. */
function uniqueNip(level: PositionLevel, sex: 1 | 2, used: Set<string>, r: ReturnType<typeof generator>): string {
  const births: Record<PositionLevel, [number, number]> = {
    pelaksana: [1972, 2001],
    pengawas: [1970, 1990],
    administrator: [1966, 1982],
    jpt_pratama: [1964, 1978],
    jpt_madya: [1964, 1975],
  };
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  for (;;) {
    const birthYear = r.int(...births[level]);
    const tmtYear = Math.min(2025, birthYear + r.int(21, 30));
    const nip = `${birthYear}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${tmtYear}${pad(r.int(1, 12))}${sex}${pad(r.int(1, 999), 3)}`;
    if (!used.has(nip)) {
      if (!isValidNip(nip)) throw new Error(`bench: generated an invalid NIP ${nip}`);
      used.add(nip);
      return nip;
    }
  }
}

/** Splits `total` over weights, whole numbers summing exactly to `total` (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]!++;
  }
  return out;
}

// ---------------------------------------------------------------- courses

const catalog: Record<Category, { prefix: string; titles: string[]; forms: Form[]; competencies: string[] }> = {
  digital: {
    prefix: "DIG",
    titles: ["Literasi Digital untuk ASN", "Keamanan Informasi Perkantoran", "Analisis Data dengan Spreadsheet", "Pengelolaan Website Perangkat Daerah", "Sistem Pemerintahan Berbasis Elektronik"],
    forms: ["course", "workshop", "e_learning"],
    competencies: ["literasi-digital", "pengembangan-diri"],
  },
  project_management: {
    prefix: "PM",
    titles: ["Manajemen Proyek Pemerintah", "Pengadaan Barang dan Jasa", "Perencanaan dan Penganggaran Kinerja", "Monitoring dan Evaluasi Program"],
    forms: ["course", "workshop"],
    competencies: ["manajemen-proyek", "orientasi-hasil"],
  },
  leadership: {
    prefix: "LEAD",
    titles: ["Kepemimpinan Pengawas", "Kepemimpinan Administrator", "Coaching untuk Atasan", "Mengelola Perubahan Organisasi"],
    forms: ["course", "coaching", "mentoring"],
    competencies: ["mengelola-perubahan", "pengambilan-keputusan", "kerjasama"],
  },
  technical: {
    prefix: "TEK",
    titles: ["Pelayanan Kesehatan Primer", "Pembelajaran Berdiferensiasi", "Penyusunan Analisis Kebijakan", "Pengelolaan Arsip Dinamis", "Penatausahaan Keuangan Daerah"],
    forms: ["course", "workshop", "distance_learning"],
    competencies: ["analisis-kebijakan", "orientasi-hasil"],
  },
  public_service: {
    prefix: "PP",
    titles: ["Pelayanan Prima", "Penanganan Pengaduan Masyarakat", "Standar Pelayanan Publik", "Komunikasi Efektif dengan Warga"],
    forms: ["course", "seminar", "workshop"],
    competencies: ["pelayanan-publik", "komunikasi", "integritas"],
  },
  other: {
    prefix: "LAIN",
    titles: ["Bahasa Inggris untuk Pelayanan", "Wawasan Kebangsaan", "Etika dan Integritas ASN"],
    forms: ["seminar", "e_learning", "self_study"],
    competencies: ["perekat-bangsa", "integritas"],
  },
};
const categoryWeights: [Category, number][] = [
  ["digital", 22],
  ["project_management", 14],
  ["leadership", 14],
  ["technical", 22],
  ["public_service", 18],
  ["other", 10],
];
const places = ["Aula BKPSDM Kota Mataram", "Ruang Rapat Bappeda", "Aula Kantor Wali Kota", "Hotel Lombok Raya", "Aula Diskominfo", "BPSDM Provinsi NTB"];
const classical = new Set<Form>(["course", "workshop", "seminar"]);

function weighted<T>(pairs: [T, number][], r: ReturnType<typeof generator>): T {
  const total = pairs.reduce((a, [, w]) => a + w, 0);
  let x = r.next() * total;
  for (const [value, w] of pairs) if ((x -= w) < 0) return value;
  return pairs[pairs.length - 1]![0];
}

/** Midnight UTC (08:00 WITA) of a day of the year. */
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

interface CoursePlan {
  input: CreateCourseInput;
  status: SeededCourse["status"];
  createdAt: number;
  openedAt: number;
  /** Sessions in time order, start and end in ms. */
  span: { start: number; end: number };
}

function planCourses(count: number, year: number, now: number, institutions: { id: string }[], units: Unit[], r: ReturnType<typeof generator>): CoursePlan[] {
  const [completed, ongoing, published] = apportion(count, [45, 10, 45]);
  const statuses = r.sample([...Array(completed).fill("completed"), ...Array(ongoing).fill("ongoing"), ...Array(published).fill("published")], count) as SeededCourse["status"][];
  const unitIds = new Set(units.map((u) => u.id));
  return statuses.map((status, index) => {
    const category = weighted(categoryWeights, r);
    const spec = catalog[category];
    const title = r.pick(spec.titles);
    const form = r.pick(spec.forms);
    const sessions: Session[] = [];
    const place = r.pick(places);
    const online = `https://zoom.us/j/${r.int(100_000_000, 999_999_999)}`;
    const sessionAt = (start: number, hours: number) =>
      classical.has(form) || form === "coaching" || form === "mentoring"
        ? { startsAt: iso(start), endsAt: iso(start + hours * HOUR), place }
        : { startsAt: iso(start), endsAt: iso(start + hours * HOUR), onlineUrl: online };

    if (status === "ongoing") {
      // Running now: weekly sessions that started some weeks ago and end after today.
      const first = now - r.int(3, 24) * DAY - (now % DAY);
      const weeks = Math.ceil((now - first) / (7 * DAY)) + r.int(1, 4);
      for (let w = 0; w < weeks; w++) sessions.push(sessionAt(first + w * 7 * DAY, 3));
    } else {
      const days = form === "seminar" ? 1 : classical.has(form) ? r.int(2, 5) : r.int(3, 6);
      const gap = classical.has(form) ? DAY : 7 * DAY;
      const length = (days - 1) * gap + DAY;
      const from = status === "completed" ? dayOf(year, 1, 12) : now + 12 * DAY;
      const to = status === "completed" ? now - 20 * DAY - length : dayOf(year, 12, 12) - length;
      const first = Math.floor(r.between(from, to) / DAY) * DAY;
      for (let d = 0; d < days; d++) sessions.push(sessionAt(first + d * gap, classical.has(form) ? 7 : 2));
    }
    const start = Date.parse(sessions[0]!.startsAt);
    const end = Date.parse(sessions[sessions.length - 1]!.endsAt);
    const jp = form === "seminar" ? 4 * r.int(1, 2) : classical.has(form) ? 8 * sessions.length : 2 * sessions.length + r.int(0, 2) * 2;

    // Most courses are for everyone; leadership is for supervisors, some technical ones for one sector.
    const eligibility: CreateCourseInput["eligibility"] = { unitIds: [], positionLevels: [] };
    if (category === "leadership" && r.chance(0.7)) eligibility.positionLevels = ["pengawas", "administrator"];
    if (title === "Pelayanan Kesehatan Primer") eligibility.unitIds = ["dinkes", "rsud"].filter((u) => unitIds.has(u));
    if (title === "Pembelajaran Berdiferensiasi") eligibility.unitIds = ["dikbud"].filter((u) => unitIds.has(u));

    const openedAt = status === "published" ? now - r.int(7, 60) * DAY : start - r.int(25, 45) * DAY;
    const closes = start - 3 * DAY;
    const competencies = r
      .sample(spec.competencies.filter((id) => competencyIds.includes(id)), r.int(1, 2))
      .map((competencyId) => ({ competencyId, targetLevel: r.int(2, 4) }));
    return {
      status,
      createdAt: openedAt - r.int(3, 20) * DAY,
      openedAt,
      span: { start, end },
      input: {
        code: `${spec.prefix}-${String(index + 1).padStart(3, "0")}-${year}`,
        year,
        title: `${title} Angkatan ${index + 1}`,
        description: `${title} bagi ASN Pemerintah Kota Mataram, tahun ${year}.`,
        category,
        form,
        competencies,
        jp,
        institutionId: r.pick(institutions).id,
        capacity: 10 * r.int(10, 30),
        sessions,
        enrollOpensAt: iso(openedAt),
        enrollClosesAt: iso(Math.max(closes, openedAt + DAY)),
        eligibility,
      },
    };
  });
}

// ---------------------------------------------------------------- staff

interface StaffPlan {
  units: Unit[];
  admin: StaffRecord;
  staffMember: StaffRecord;
  adminActor: Actor;
  /** The generated staff, and what saveNewStaff writes with each: NIP and email guards, the audit entry. */
  newStaff: StaffRecord[];
  logins: Item<"staffLogin">[];
  nameWords: Item<"staffNameWord">[];
  audits: Item<"audit">[];
  /** Active staff: the demo's and the generated. */
  allStaff: StaffRecord[];
  /** When generating the staff began (performance.now()), after the demo data. */
  generationStarted: number;
}

/**
 * The demo data (written), then `staffCount` staff spread over the demo units by weight,
 * each unit with a head, administrators, pengawas and pelaksana under them (generated,
 * not written). Draws from `r` first thing, so seedYear's data stays what it was.
 */
async function planStaff(ctx: AppContext, staffCount: number, year: number, r: ReturnType<typeof generator>, timings: Record<string, number>): Promise<StaffPlan> {
  // Demo data, exactly as `npm start` would seed it at this moment (its own courses are relative to now).
  const t = performance.now();
  await seedDemoData(ctx);
  const { data: demoStaff } = await ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
  const units = await listUnits(ctx);
  timings["demo data"] = seconds(t);

  const admin = demoStaff.find((s) => s.email === `admin@${DOMAIN}`);
  const staffMember = demoStaff.find((s) => s.email === `pegawai@${DOMAIN}`);
  if (!admin || !staffMember) throw new Error("bench: the demo admin or staff member is missing");
  const adminActor: Actor = toActor(toStaff(admin));

  // ---- staff, imported at the start of the year
  const generationStarted = performance.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const usedNips = new Set(demoStaff.map((s) => s.nip));
  const importedAt = dayOf(year, 1, 5) + 2 * HOUR;
  const importCtx = at(ctx, importedAt);
  const newStaff: StaffRecord[] = [];
  const perUnit = apportion(
    staffCount,
    units.map((u) => unitWeight[u.id] ?? 1),
  );
  let serial = 0;
  for (const [u, unit] of units.entries()) {
    const members = demoStaff.filter((s) => s.unitId === unit.id);
    const inUnit = new Set(members.map((m) => m.id));
    const rank = (s: StaffRecord) => ["pelaksana", "pengawas", "administrator", "jpt_pratama", "jpt_madya"].indexOf(s.positionLevel);
    // The head: the highest-ranked member whose supervisor works elsewhere (or who has none).
    const head = [...members].filter((m) => !inUnit.has(m.supervisorId)).sort((a, b) => rank(b) - rank(a))[0] ?? members[0] ?? admin;
    const k = perUnit[u]!;
    const administrators = k >= 30 ? Math.max(1, Math.round(k * 0.03)) : 0;
    const pengawas = k >= 8 ? Math.max(1, Math.round(k * 0.12)) : 0;
    const adminIds = [...members.filter((m) => m.positionLevel === "administrator").map((m) => m.id)];
    const pengawasIds = [...members.filter((m) => m.positionLevel === "pengawas").map((m) => m.id)];
    for (let i = 0; i < k; i++) {
      const level: PositionLevel = i < administrators ? "administrator" : i < administrators + pengawas ? "pengawas" : "pelaksana";
      const supervisorId =
        level === "administrator"
          ? head.id
          : level === "pengawas"
            ? r.pick(adminIds.length ? adminIds : [head.id])
            : r.pick(pengawasIds.length ? pengawasIds : adminIds.length ? adminIds : [head.id]);
      const sex: 1 | 2 = r.chance(0.52) ? 2 : 1;
      const name = `${r.pick(sex === 1 ? men : women)} ${r.pick(secondNames[sex])}`;
      const id = randomUUID();
      const roles: Role[] = level === "pelaksana" ? ["staff"] : ["staff", "supervisor"];
      const record = newStaffRecord(importCtx, {
        id,
        nip: uniqueNip(level, sex, usedNips, r),
        name,
        email: `${name.toLowerCase().replace(/[^a-z ]/g, "").trim().split(/\s+/).join(".")}.${++serial}@${DOMAIN}`,
        unitId: unit.id,
        unitName: unit.name,
        position: positionFor(unit.id, level, r),
        positionLevel: level,
        supervisorId: supervisorId ?? NO_SUPERVISOR,
        roles,
        passwordHash,
      });
      // A year on, everyone has long chosen their own password.
      newStaff.push({ ...record, mustChangePassword: false });
      if (level === "administrator") adminIds.push(id);
      if (level === "pengawas") pengawasIds.push(id);
    }
  }
  // What saveNewStaff writes, item by item: the record, its NIP and email guards, the audit entry, the name-word entries.
  const logins: Item<"staffLogin">[] = newStaff.flatMap((s) => [
    { kind: "nip" as const, value: s.nip, staffId: s.id },
    { kind: "email" as const, value: s.email, staffId: s.id },
  ]);
  const nameWords: Item<"staffNameWord">[] = newStaff.flatMap((s) => nameWordItems(s));
  const audits: Item<"audit">[] = newStaff.map((s) => {
    const { mustChangePassword: _ignored, ...after } = toStaff(s);
    return auditEntry(importCtx, adminActor, { action: "staff.import", targetType: "staff", targetId: s.id, after });
  });
  const allStaff = [...demoStaff, ...newStaff].filter((s) => s.active);
  return { units, admin, staffMember, adminActor, newStaff, logins, nameWords, audits, allStaff, generationStarted };
}

export interface StaffOptions {
  staff: number;
  /** Parallel BatchWriteItem calls while seeding. */
  concurrency: number;
  seed: number;
}

export interface StaffFixture {
  now: Date;
  adminId: string;
  staffMemberId: string;
  units: (Unit & { members: number })[];
  /** Active staff in the table: the demo's and the generated. */
  activeStaff: number;
  /** Items written per entity by the batch writes (the demo data not counted). */
  items: Record<string, number>;
  /** Seconds per phase. */
  timings: Record<string, number>;
}

/**
 * The demo data, then `options.staff` active staff across the demo units: the same people
 * seedYear generates for the same seed, but only their staff records are written (no login
 * guards, audit entries, courses or enrollments), for benchmarks of jobs that read staff only.
 */
export async function seedStaff(ctx: AppContext, options: StaffOptions, log: (line: string) => void = console.log): Promise<StaffFixture> {
  const r = generator(options.seed);
  const timings: Record<string, number> = {};
  const plan = await planStaff(ctx, options.staff, BENCH_YEAR, r, timings);
  timings["staff (generate)"] = seconds(plan.generationStarted);
  const t = performance.now();
  const cpuBefore = process.cpuUsage();
  const tasks = batchPutTasks("staff", plan.newStaff, (chunk) => ctx.db.entities.staff.put(chunk).go());
  await runPool(tasks, options.concurrency);
  timings["batch writes"] = seconds(t);
  const cpu = process.cpuUsage(cpuBefore);
  log(
    `  ${tasks.length} BatchWriteItem calls of up to 25 items, ${options.concurrency} at a time, in ${timings["batch writes"]!.toFixed(1)} s ` +
      `(this process busy ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of it; the rest is DynamoDB Local)`,
  );
  const members = new Map<string, number>();
  for (const s of plan.allStaff) members.set(s.unitId, (members.get(s.unitId) ?? 0) + 1);
  return {
    now: ctx.now(),
    adminId: plan.admin.id,
    staffMemberId: plan.staffMember.id,
    units: plan.units.map((u) => ({ ...u, members: members.get(u.id) ?? 0 })),
    activeStaff: plan.allStaff.length,
    items: { staff: plan.newStaff.length },
    timings,
  };
}

// ---------------------------------------------------------------- the year

/**
 * The demo data, then a year of it: staff in every demo unit, a catalog of courses in
 * every state, and enrollments with what completing them writes (ledger entries,
 * certificates, notifications). Bulk items go in as ElectroDB batch puts with the same
 * attributes and keys the domain code writes; courses and institutions go through the
 * domain functions themselves (there are few).
 */
export async function seedYear(ctx: AppContext, options: YearOptions, log: (line: string) => void = console.log): Promise<YearFixture> {
  const r = generator(options.seed);
  const year = BENCH_YEAR;
  const now = ctx.now().getTime();
  const timings: Record<string, number> = {};
  const items: Record<string, number> = {};
  const count = (entity: string, n: number) => (items[entity] = (items[entity] ?? 0) + n);

  const { units, admin, staffMember, adminActor, newStaff, logins, nameWords, audits, allStaff, generationStarted } = await planStaff(ctx, options.staff, year, r, timings);
  let t = generationStarted;

  // ---- institutions (the demo's, and a few more) and courses, through the domain functions
  const institutions: { id: string; name: string }[] = await listInstitutions(ctx);
  for (const [name, kind] of [
    ["BKPSDM Kota Mataram", "government_agency"],
    ["BPSDM Provinsi NTB", "training_centre"],
    ["Universitas Mataram", "university"],
    ["Politeknik Negeri Mataram", "university"],
    ["Lembaga Administrasi Negara", "government_agency"],
  ] as const) {
    if (institutions.some((i) => i.name === name)) continue;
    institutions.push(await createInstitution(at(ctx, dayOf(year, 1, 3)), adminActor, { name, kind, contact: `diklat@${name.toLowerCase().replace(/[^a-z]+/g, "")}.id` }));
    count("institution", 1);
  }
  const plans = planCourses(options.courses, year, now, institutions, units, r);
  const coursePool = plans.map((plan) => async () => {
    const { id } = await createCourse(at(ctx, plan.createdAt), adminActor, plan.input);
    await setCourseStatus(at(ctx, plan.openedAt - HOUR), adminActor, id, "published");
    if (plan.status !== "published") await setCourseStatus(at(ctx, plan.span.start - HOUR), adminActor, id, "ongoing");
    if (plan.status === "completed") await setCourseStatus(at(ctx, plan.span.end + 3 * DAY), adminActor, id, "completed");
  });
  await runPool(coursePool, options.concurrency);
  const courses = await Promise.all(plans.map((plan) => getCourseRecord(ctx, plan.input.code.toLowerCase())));
  count("course", courses.length);
  timings["staff + courses (generate; courses via domain)"] = seconds(t);

  // ---- enrollments
  t = performance.now();
  const eligible = (course: CourseRecord, s: StaffRecord) => {
    const { unitIds, positionLevels } = course.eligibility as CreateCourseInput["eligibility"];
    return (!unitIds.length || unitIds.includes(s.unitId)) && (!positionLevels.length || positionLevels.includes(s.positionLevel));
  };
  const pools = courses.map((course) => allStaff.filter((s) => eligible(course, s)));
  // How full each course gets: popular published courses overflow into a waitlist.
  const fill = plans.map((plan) =>
    plan.status === "published" ? (r.chance(0.45) ? r.between(1.05, 1.35) : r.between(0.35, 0.95)) : plan.status === "ongoing" ? r.between(0.75, 1) : r.between(0.8, 1.08),
  );
  const sizes = apportion(
    Math.min(options.enrollments, pools.reduce((a, p) => a + p.length, 0)),
    courses.map((c, i) => c.capacity * fill[i]!),
  );
  // Never more than can take part; what does not fit goes to courses with room.
  let deficit = 0;
  sizes.forEach((n, i) => {
    if (n > pools[i]!.length) (deficit += n - pools[i]!.length), (sizes[i] = pools[i]!.length);
  });
  for (let i = 0; deficit > 0; i = (i + 1) % sizes.length) if (sizes[i]! < pools[i]!.length) sizes[i]!++, deficit--;

  // The demo staff member's year: three courses done, one running, one booked and one waitlisted.
  const openToStaffMember = courses.map((c, i) => i).filter((i) => eligible(courses[i]!, staffMember));
  const byStatus = (status: SeededCourse["status"]) => openToStaffMember.filter((i) => plans[i]!.status === status);
  const overflowing = byStatus("published").filter((i) => sizes[i]! > courses[i]!.capacity);
  const waitlistIndex = overflowing.sort((a, b) => sizes[b]! - courses[b]!.capacity - (sizes[a]! - courses[a]!.capacity))[0];
  const forced = new Map<number, "seated" | "waitlisted">();
  for (const i of byStatus("completed").slice(0, 3)) forced.set(i, "seated");
  for (const i of byStatus("ongoing").slice(0, 1)) forced.set(i, "seated");
  const bookedIndex = byStatus("published").find((i) => i !== waitlistIndex);
  if (bookedIndex !== undefined) forced.set(bookedIndex, "seated");
  if (waitlistIndex !== undefined) forced.set(waitlistIndex, "waitlisted");
  if (bookedIndex === undefined) throw new UsageError(`--courses ${options.courses} leaves no published course open to the demo staff member; use more`);

  const enrollments: Item<"enrollment">[] = [];
  const ledger: Item<"ledgerEntry">[] = [];
  const certificates: Item<"certificate">[] = [];
  const notifications: Item<"notification">[] = [];
  const seeded: SeededCourse[] = [];

  courses.forEach((course, i) => {
    const plan = plans[i]!;
    const sessions = course.sessions as { id: string; startsAt: string; endsAt: string }[];
    const lastEnd = sessions[sessions.length - 1]!.endsAt;
    const windowEnd = Math.min(Date.parse(course.enrollClosesAt), now - HOUR);
    let people = r.sample(pools[i]!, sizes[i]!);
    const force = forced.get(i);
    if (force && !people.some((p) => p.id === staffMember.id)) people = [...people.slice(0, Math.max(0, people.length - 1)), staffMember];
    const joined = people
      .map((s) => ({
        s,
        at:
          s.id === staffMember.id && force === "seated"
            ? Date.parse(course.enrollOpensAt) + HOUR
            : s.id === staffMember.id && force === "waitlisted"
              ? windowEnd
              : r.between(Date.parse(course.enrollOpensAt), windowEnd),
      }))
      .sort((a, b) => a.at - b.at);
    // A few withdraw again (seats they freed went to the next in line, so withdrawn ones simply drop out).
    const withdrawn = new Set(joined.filter((j) => j.s.id !== staffMember.id && r.chance(0.04)).map((j) => j.s.id));
    let seat = 0;
    let waitlistSeq = 0;
    const tally: Record<string, number> = {};
    for (const { s, at: enrolledAt } of joined) {
      const base = {
        courseId: course.id,
        staffId: s.id,
        staffName: s.name,
        staffNip: s.nip,
        unitId: s.unitId,
        unitName: s.unitName,
        supervisorId: s.supervisorId,
        courseTitle: course.title,
        courseStartsAt: course.startsAt,
        ...(s.supervisorId !== NO_SUPERVISOR && r.chance(0.3) ? { nominatedBy: s.supervisorId } : {}),
        enrolledAt: iso(enrolledAt),
      };
      let record: Item<"enrollment">;
      if (withdrawn.has(s.id)) {
        record = { ...base, status: "withdrawn", waitlistSeq: 0, attendance: {}, updatedAt: iso(r.between(enrolledAt, windowEnd)) };
      } else if (seat >= course.capacity) {
        waitlistSeq++;
        record = { ...base, status: "waitlisted", waitlistSeq, attendance: {}, updatedAt: iso(enrolledAt) };
      } else {
        seat++;
        if (plan.status === "published") {
          record = { ...base, status: "enrolled", waitlistSeq: 0, attendance: {}, updatedAt: iso(enrolledAt) };
        } else if (plan.status === "ongoing") {
          const attendance = Object.fromEntries(sessions.filter((x) => Date.parse(x.endsAt) < now).map((x) => [x.id, r.chance(0.93)]));
          record = { ...base, status: "enrolled", waitlistSeq: 0, attendance, updatedAt: iso(now - r.int(1, 48) * HOUR) };
        } else {
          const completedAt = Date.parse(lastEnd) + r.int(1, 48) * HOUR;
          const attended = s.id === staffMember.id || r.chance(0.9);
          const attendance = Object.fromEntries(sessions.map((x) => [x.id, attended ? r.chance(0.97) : r.chance(0.3)]));
          if (!attended) {
            record = { ...base, status: "absent", waitlistSeq: 0, attendance, updatedAt: iso(completedAt) };
          } else {
            const code = newCertificateCode();
            const completed = iso(completedAt);
            const score = r.chance(0.7) ? r.int(60, 100) : undefined;
            record = { ...base, status: "completed", waitlistSeq: 0, attendance, certificateCode: code, ...(score !== undefined ? { score } : {}), updatedAt: completed };
            // What completeEnrollment writes in its transaction, field for field.
            ledger.push({
              staffId: s.id,
              id: `course-${course.id}`,
              year: witaYear(lastEnd),
              staffName: s.name,
              staffNip: s.nip,
              unitId: s.unitId,
              supervisorId: s.supervisorId,
              source: "course",
              title: course.title,
              institution: course.institutionName,
              startDate: witaDate(sessions[0]!.startsAt),
              endDate: witaDate(lastEnd),
              jp: course.jp,
              status: "approved",
              decidedBy: adminActor.id,
              decidedByName: adminActor.name,
              decidedAt: completed,
              certificateCode: code,
              courseId: course.id,
              createdAt: completed,
            });
            certificates.push({
              code,
              courseId: course.id,
              courseTitle: course.title,
              staffId: s.id,
              holderName: s.name,
              institutionName: course.institutionName,
              completedOn: witaDate(lastEnd < completed ? lastEnd : completed),
              jp: course.jp,
              issuedAt: completed,
            });
            notifications.push(
              notificationItem(at(ctx, completedAt), {
                staffId: s.id,
                id: `completed:${course.id}`,
                type: "course_completed",
                params: { course: course.title, jp: course.jp },
                link: `/sertifikat/${code}`,
              }),
            );
          }
        }
      }
      tally[record.status] = (tally[record.status] ?? 0) + 1;
      enrollments.push(record);
    }
    seeded.push({
      id: course.id,
      title: course.title,
      status: plan.status,
      capacity: course.capacity,
      eligibilityOpen: eligible(course, staffMember),
      total: joined.length,
      byStatus: tally,
    });
  });

  // ---- write it all, in parallel batches
  const tasks = interleave([
    batchPutTasks("staff", newStaff, (chunk) => ctx.db.entities.staff.put(chunk).go()),
    batchPutTasks("staffLogin", logins, (chunk) => ctx.db.entities.staffLogin.put(chunk).go()),
    batchPutTasks("staffNameWord", nameWords, (chunk) => ctx.db.entities.staffNameWord.put(chunk).go()),
    batchPutTasks("audit", audits, (chunk) => ctx.db.entities.audit.put(chunk).go()),
    batchPutTasks("enrollment", enrollments, (chunk) => ctx.db.entities.enrollment.put(chunk).go()),
    batchPutTasks("ledgerEntry", ledger, (chunk) => ctx.db.entities.ledgerEntry.put(chunk).go()),
    batchPutTasks("certificate", certificates, (chunk) => ctx.db.entities.certificate.put(chunk).go()),
    batchPutTasks("notification", notifications, (chunk) => ctx.db.entities.notification.put(chunk).go()),
  ]);
  const generated = seconds(t);
  t = performance.now();
  const cpuBefore = process.cpuUsage();
  await runPool(tasks, options.concurrency);
  // Seat counters as the enrollment transactions would have left them.
  await runPool(
    seeded.map((c) => async () => {
      const seated = (c.byStatus.enrolled ?? 0) + (c.byStatus.completed ?? 0) + (c.byStatus.absent ?? 0);
      const waiting = c.byStatus.waitlisted ?? 0;
      await ctx.db.entities.course.patch({ id: c.id }).set({ enrolled: seated, waitlisted: waiting, waitlistCounter: waiting }).go();
    }),
    options.concurrency,
  );
  timings["enrollments etc. (generate)"] = generated;
  timings["batch writes"] = seconds(t);
  count("staff", newStaff.length);
  count("staffLogin", logins.length);
  count("staffNameWord", nameWords.length);
  count("audit", audits.length);
  count("enrollment", enrollments.length);
  count("ledgerEntry", ledger.length);
  count("certificate", certificates.length);
  count("notification", notifications.length);
  const cpu = process.cpuUsage(cpuBefore);
  log(
    `  ${tasks.length} BatchWriteItem calls of up to 25 items, ${options.concurrency} at a time, in ${timings["batch writes"]!.toFixed(1)} s ` +
      `(this process busy ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of it; the rest is DynamoDB Local)`,
  );

  const members = new Map<string, number>();
  for (const s of allStaff) members.set(s.unitId, (members.get(s.unitId) ?? 0) + 1);
  return {
    now: new Date(now),
    year,
    adminId: admin.id,
    staffMemberId: staffMember.id,
    staffEnrolledCourseId: courses[bookedIndex]!.id,
    staffWaitlistedCourseId: waitlistIndex === undefined ? null : courses[waitlistIndex]!.id,
    units: units.map((u) => ({ ...u, members: members.get(u.id) ?? 0 })),
    courses: seeded,
    items,
    timings,
  };
}

/** Checks a run's size options before anything starts. */
export function yearOptionsFrom(values: Record<string, string | boolean | undefined>): YearOptions {
  return {
    staff: positiveInt(values, "staff", 0),
    courses: positiveInt(values, "courses", 1),
    enrollments: positiveInt(values, "enrollments", 0),
    concurrency: positiveInt(values, "concurrency", 1),
    seed: positiveInt(values, "seed", 0),
  };
}

export function positiveInt(values: Record<string, string | boolean | undefined>, name: string, min = 1): number {
  const raw = values[name];
  const n = Number(raw);
  if (typeof raw !== "string" || !/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${raw}"`);
  }
  return n;
}

/** A mistake in the command line: reported with the usage, without a stack trace. */
export class UsageError extends Error {}
