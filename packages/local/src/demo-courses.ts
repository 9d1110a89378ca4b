import type { Actor } from "@kompeten/core/actor";
import type { AppContext } from "@kompeten/core/context";
import { createCourse, setCourseStatus } from "@kompeten/core/courses/courses";
import type { CreateCourseInput } from "@kompeten/core/courses/courses.schemas";
import { completeEnrollment, enroll, setAttendance } from "@kompeten/core/enrollments/enrollments";
import { createInstitution } from "@kompeten/core/institutions/institutions";
import { updateStaff } from "@kompeten/core/staff/staff";

const DAY = 86400_000;
const HOUR = 3600_000;

/** A moment `days` from `from`, at `hour` o'clock WITA. */
function witaAt(from: Date, days: number, hour: number): string {
  const day = new Date(from.getTime() + days * DAY + 8 * HOUR);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 8)).toISOString();
}

/** One session a day, 08:00-12:00 WITA, starting `days` from `from`. */
const sessionsFrom = (from: Date, days: number, count: number, place: string) =>
  Array.from({ length: count }, (_, i) => ({ startsAt: witaAt(from, days + i, 8), endsAt: witaAt(from, days + i, 12), place }));

/**
 * The demo catalog: partner institutions, the yearly project-management course, e-Government
 * training and more; a past course already completed (so "my learning" shows JP and a
 * certificate) and open ones to enroll in. Past events run with a clock set back in time.
 */
export async function seedDemoCourses(ctx: AppContext, admin: Actor, year: number): Promise<void> {
  const now = ctx.now();
  const unram = await createInstitution(ctx, admin, {
      name: "Universitas Mataram",
      kind: "university",
      contact: "lppm@unram.ac.id",
      signatoryName: "Prof. Dr. Baiq Rahmawati, M.Pd.",
      signatoryPosition: "Ketua LPPM Universitas Mataram",
      signatoryNip: "197004121995032001",
      city: "Mataram",
    }, "unram");
  const bpsdm = await createInstitution(ctx, admin, {
      name: "BPSDM Provinsi NTB",
      kind: "training_centre",
      contact: "bpsdm@ntbprov.go.id",
      signatoryName: "Drs. H. Lalu Ahmad Zaini, M.Si.",
      signatoryPosition: "Kepala BPSDM Provinsi NTB",
      signatoryNip: "196908151994031005",
      city: "Mataram",
    }, "bpsdm-ntb");
  const kominfo = await createInstitution(ctx, admin, {
      name: "Dinas Komunikasi dan Informatika Kota Mataram",
      kind: "government_agency",
      contact: "diskominfo@mataramkota.go.id",
      signatoryName: "I Made Suarta, S.Kom., M.T.",
      signatoryPosition: "Kepala Dinas Komunikasi dan Informatika Kota Mataram",
      signatoryNip: "197511202000121003",
      city: "Mataram",
    }, "diskominfo");
  await createInstitution(ctx, admin, {
      name: "Lembaga Pelatihan Nusa Digital",
      kind: "private",
      contact: "halo@nusadigital.co.id",
      signatoryName: "Rina Kartikasari, S.T.",
      signatoryPosition: "Direktur Lembaga Pelatihan Nusa Digital",
      city: "Mataram",
    }, "nusa-digital");

  const course = (input: Omit<CreateCourseInput, "description" | "eligibility"> & Partial<CreateCourseInput>) =>
    createCourse(ctx, admin, { description: "", eligibility: { unitIds: [], positionLevels: [] }, ...input });

  // Three months ago: a finished course, with completions.
  const past = new Date(now.getTime() - 90 * DAY);
  const pastCtx = { ...ctx, now: () => past };
  const spbe = await course({
    code: `SPBE-${year}`,
    year,
    title: `Orientasi Sistem Pemerintahan Berbasis Elektronik (SPBE) ${year}`,
    description: "Pengenalan arsitektur SPBE Kota Mataram, keamanan informasi dan tata kelola data.",
    category: "digital",
    form: "workshop",
    competencies: [{ competencyId: "literasi-digital", targetLevel: 2 }],
    jp: 12,
    institutionId: kominfo.id,
    capacity: 40,
    sessions: sessionsFrom(past, 10, 3, "Ruang Rapat Diskominfo, Jl. Pejanggik"),
    enrollOpensAt: witaAt(past, -1, 8),
    enrollClosesAt: witaAt(past, 7, 16),
  });
  await setCourseStatus(pastCtx, admin, spbe.id, "published");
  const participants = ["demo-3", "demo-5", "demo-2", "demo-30", "demo-31", "demo-45"];
  for (const staffId of participants) await enroll(pastCtx, admin, spbe.id, staffId);
  await setCourseStatus(pastCtx, admin, spbe.id, "ongoing");
  const finished = { ...ctx, now: () => new Date(past.getTime() + 13 * DAY) };
  // Completion comes after the last session, on the attendance recorded for every session.
  for (const staffId of participants.slice(0, 5)) {
    for (const session of spbe.sessions) await setAttendance(finished, admin, spbe.id, staffId, session.id, true);
    await completeEnrollment(finished, admin, spbe.id, staffId, { attended: true, score: 85 });
  }
  await completeEnrollment(finished, admin, spbe.id, "demo-45", { attended: false });
  await setCourseStatus(finished, admin, spbe.id, "completed");

  // Open now: enrollment closes in two weeks, the training runs in three.
  const open = { enrollOpensAt: witaAt(now, -7, 8), enrollClosesAt: witaAt(now, 14, 16) };
  const pm = await course({
    code: `PM-${year}`,
    year,
    title: `Pelatihan Manajemen Proyek Pemerintah ${year}`,
    description: "Pelatihan tahunan bersama Universitas Mataram: siklus proyek, jadwal dan anggaran, risiko, pengadaan dan pelaporan proyek pemerintah daerah.",
    category: "project_management",
    form: "course",
    competencies: [
      { competencyId: "manajemen-proyek", targetLevel: 3 },
      { competencyId: "orientasi-hasil", targetLevel: 3 },
    ],
    jp: 24,
    institutionId: unram.id,
    capacity: 30,
    sessions: sessionsFrom(now, 21, 4, "Gedung Rektorat Universitas Mataram, Jl. Majapahit 62"),
    ...open,
  });
  const egov = await course({
    code: `EGOV-${year}`,
    year,
    title: "Pelatihan Aplikasi e-Government: SRIKANDI dan SIPD",
    description: "Praktik langsung aplikasi naskah dinas elektronik SRIKANDI dan Sistem Informasi Pemerintahan Daerah (SIPD).",
    category: "digital",
    form: "workshop",
    competencies: [{ competencyId: "literasi-digital", targetLevel: 3 }],
    jp: 16,
    institutionId: kominfo.id,
    capacity: 25,
    sessions: sessionsFrom(now, 18, 2, "Lab Komputer Diskominfo Kota Mataram"),
    ...open,
  });
  const data = await course({
    code: `DATA-${year}`,
    year,
    title: "Literasi Data untuk Pelayanan Publik",
    description: "Kelas daring: membaca, mengolah dan menyajikan data layanan untuk keputusan unit kerja.",
    category: "digital",
    form: "e_learning",
    competencies: [
      { competencyId: "literasi-digital", targetLevel: 2 },
      { competencyId: "analisis-kebijakan", targetLevel: 2 },
    ],
    jp: 10,
    institutionId: "nusa-digital",
    capacity: 3,
    sessions: [{ startsAt: witaAt(now, 16, 9), endsAt: witaAt(now, 16, 15), onlineUrl: "https://belajar.nusadigital.co.id/kelas/literasi-data" }],
    ...open,
  });
  const lead = await course({
    code: `LEAD-${year}`,
    year,
    title: "Kepemimpinan Pelayanan Publik bagi Pengawas dan Administrator",
    description: "Seminar dan studi kasus kepemimpinan pelayanan, budaya BerAKHLAK dan pengelolaan perubahan.",
    category: "leadership",
    form: "seminar",
    competencies: [
      { competencyId: "pelayanan-publik", targetLevel: 3 },
      { competencyId: "mengelola-perubahan", targetLevel: 3 },
    ],
    jp: 8,
    institutionId: bpsdm.id,
    capacity: 40,
    sessions: sessionsFrom(now, 24, 1, "Aula BPSDM Provinsi NTB"),
    eligibility: { unitIds: [], positionLevels: ["pengawas", "administrator"] },
    ...open,
  });
  for (const id of [pm.id, egov.id, data.id, lead.id]) await setCourseStatus(ctx, admin, id, "published");
  // A full course with a waitlist.
  for (const staffId of ["demo-30", "demo-31", "demo-40", "demo-41"]) await enroll(ctx, admin, data.id, staffId);
  await enroll(ctx, admin, pm.id, "demo-2");

  // Next year's edition of the yearly course, still a draft.
  await course({
    code: `PM-${year + 1}`,
    year: year + 1,
    title: `Pelatihan Manajemen Proyek Pemerintah ${year + 1}`,
    category: "project_management",
    form: "course",
    competencies: [{ competencyId: "manajemen-proyek", targetLevel: 3 }],
    jp: 24,
    institutionId: unram.id,
    capacity: 30,
    sessions: sessionsFrom(now, 21 + 364, 4, "Gedung Rektorat Universitas Mataram, Jl. Majapahit 62"),
    enrollOpensAt: witaAt(now, 340, 8),
    enrollClosesAt: witaAt(now, 360, 16),
  });

  // Profile levels so that recommendations have gaps to close.
  await updateStaff(ctx, admin, "demo-2", { competencyLevels: { "manajemen-proyek": 2, "literasi-digital": 3, "pelayanan-publik": 2 } });
  await updateStaff(ctx, admin, "demo-1", { competencyLevels: { "manajemen-proyek": 1, "literasi-digital": 2 } });
}
