import { randomUUID } from "node:crypto";
import { auditEntry } from "@kompeten/core/audit/audit";
import type { Actor } from "@kompeten/core/actor";
import { hashPassword } from "@kompeten/core/password";
import type { AppContext } from "@kompeten/core/context";
import type { Item } from "@kompeten/core/db";
import { isValidNip } from "@kompeten/core/staff/staff.schemas";
import { nameWordItems } from "@kompeten/core/staff/staff";
import { loginItems, newStaffRecord, toActor, toStaff, type StaffRecord } from "@kompeten/core/staff/staff";
import { NO_SUPERVISOR, type PositionLevel, type Role } from "@kompeten/core/staff/staff.entity";
import { listUnits, type Unit } from "@kompeten/core/units/units";
import { DEMO_PASSWORD, seedDemoData } from "../../src/demo-data";
import { batchPutTasks, runPool } from "./batch";
import { BENCH_YEAR, dayOf, DOMAIN, HOUR, at, seconds } from "./common";
import { apportion, generator, type Random } from "./random";

// Staff: the demo's, then generated people in every demo unit, with the items saveNewStaff writes for each.

const men = ["Lalu Ahmad", "Muhammad", "I Made", "Lalu Hendra", "Agus", "Zulkifli", "I Ketut", "Hasan", "Lalu Supriadi", "Abdul", "Rahmat", "Syamsul", "I Wayan", "Fathurrahman", "Hairul", "Didik", "Mansur", "Yusuf", "Khairul", "I Nyoman", "Bambang", "Taufik", "Amrullah", "Lalu Gede", "Sahnan", "Junaidi", "Ridwan", "Ilham"];
const women = ["Baiq Nurul", "Ni Made Ayu", "Siti", "Baiq Rina", "Lale Sri", "Nurul", "Ni Ketut", "Rahmawati", "Baiq Fitria", "Sri", "Maemunah", "Dewi", "Baiq Yuliana", "Nurhasanah", "Ni Luh Putu", "Irma", "Fatmawati", "Wulan", "Yuyun", "Erna", "Lale Nurmala", "Indah", "Ayu", "Baiq Dian", "Hikmah", "Sumiati"];
const secondNames = {
  1: ["Fauzi", "Wijaya", "Salim", "Widana", "Basri", "Haris", "Hidayat", "Bahri", "Sudarma", "Iqbal", "Anwar", "Prasetyo", "Efendi", "Umam", "Zaini", "Sutama", "Irawan", "Pratama", "Hadi", "Saputra", "Kurniawan", "Ramadhan", "Syahputra", "Hamdani", "Mahsun"],
  2: ["Hidayati", "Lestari", "Aminah", "Wulandari", "Handayani", "Fitriani", "Sriani", "Ramdani", "Wahyuni", "Kartika", "Permatasari", "Susanti", "Astuti", "Yuniarti", "Maharani", "Puspita", "Kusumawati", "Anggraini", "Safitri", "Utami", "Novitasari", "Purnamasari", "Oktaviani", "Rohana", "Zuhriah"],
} as const;

/** Relative size of each unit: schools and health employ most of a city's civil servants. */
const unitWeight: Record<string, number> = { dikbud: 6, dinkes: 4, rsud: 3, setda: 2, dpupr: 2 };

function positionFor(unitId: string, level: PositionLevel, r: Random): string {
  if (level === "administrator") return r.pick(["Kepala Bidang Program", "Kepala Bidang Pelayanan", "Kepala Bidang Pembinaan", "Sekretaris"]);
  if (level === "pengawas") return r.pick(["Kepala Sub Bagian Keuangan", "Kepala Seksi Pelayanan", "Kepala Seksi Data dan Informasi", "Kepala Sub Bagian Program"]);
  if (unitId === "dikbud" && r.chance(0.7)) return r.pick(["Guru Ahli Pertama", "Guru Ahli Muda", "Pengawas Sekolah", "Penilik"]);
  if ((unitId === "dinkes" || unitId === "rsud") && r.chance(0.6)) return r.pick(["Perawat Ahli Pertama", "Bidan Terampil", "Dokter Ahli Pertama", "Apoteker", "Nutrisionis"]);
  return r.pick(["Pengadministrasi Umum", "Pengelola Data", "Analis Kepegawaian", "Pranata Komputer Ahli Pertama", "Bendahara", "Pengelola Keuangan", "Arsiparis", "Analis Kebijakan"]);
}

/** A valid, unused NIP: birth date, appointment month (TMT), sex digit, sequence. */
function uniqueNip(level: PositionLevel, sex: 1 | 2, used: Set<string>, r: Random): string {
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

export interface StaffPlan {
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
export async function planStaff(ctx: AppContext, staffCount: number, year: number, r: Random, timings: Record<string, number>): Promise<StaffPlan> {
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
  const logins: Item<"staffLogin">[] = newStaff.flatMap((s) => loginItems(s));
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
