import { competencyIds } from "@kompeten/core/competencies/competencies";
import type { AppContext } from "@kompeten/core/context";
import type { Actor } from "@kompeten/core/actor";
import type { courseCategories, courseForms } from "@kompeten/core/values";
import { createCourse, getCourseRecord, setCourseStatus, type CourseRecord } from "@kompeten/core/courses/courses";
import type { CreateCourseInput } from "@kompeten/core/courses/courses.schemas";
import { createInstitution, listInstitutions } from "@kompeten/core/institutions/institutions";
import type { Unit } from "@kompeten/core/units/units";
import { runPool } from "./batch";
import { at, DAY, dayOf, HOUR, iso } from "./common";
import { apportion, weighted, type Random } from "./random";

// Courses: a catalog of the year in every state, created through the domain functions (there are few).

type Category = (typeof courseCategories)[number];
type Form = (typeof courseForms)[number];
type Session = CreateCourseInput["sessions"][number];

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

export interface CoursePlan {
  input: CreateCourseInput;
  status: SeededCourse["status"];
  createdAt: number;
  openedAt: number;
  /** Sessions in time order, start and end in ms. */
  span: { start: number; end: number };
}

export function planCourses(count: number, year: number, now: number, institutions: { id: string }[], units: Unit[], r: Random): CoursePlan[] {
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

/**
 * The demo's institutions and a few more, then `count` courses of the year, each created,
 * published and moved on (ongoing, completed) at its own moment through the domain functions.
 */
export async function seedCourses(
  ctx: AppContext,
  adminActor: Actor,
  options: { courses: number; concurrency: number },
  year: number,
  units: Unit[],
  r: Random,
): Promise<{ plans: CoursePlan[]; courses: CourseRecord[]; institutionsCreated: number }> {
  const now = ctx.now().getTime();
  let institutionsCreated = 0;
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
    institutionsCreated++;
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
  return { plans, courses, institutionsCreated };
}
