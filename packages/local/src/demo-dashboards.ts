import { randomUUID } from "node:crypto";
import { systemActor, type Actor } from "@kompeten/core/actor";
import { competencies, standardLevels } from "@kompeten/core/competencies/competencies";
import { inParallel } from "@kompeten/core/concurrency";
import type { AppContext } from "@kompeten/core/context";
import {
  cycleEvaluations,
  cycleOpenedNotifications,
  newCycleRecord,
  reviewItem,
  type CycleRecord,
  type EvaluationRecord,
  type ReviewRecord,
} from "@kompeten/core/cycles/cycles";
import { coreValues } from "@kompeten/core/evaluations/evaluations.entity";
import { VALUE_EXPECTATION } from "@kompeten/core/evaluations/evaluations";
import { decideEntry, reportExternalTraining } from "@kompeten/core/learning/learning";
import { externalTrainingInput } from "@kompeten/core/learning/learning.schemas";
import type { PlanItem } from "@kompeten/core/plans/plans.schemas";
import { NO_SUPERVISOR } from "@kompeten/core/staff/staff.entity";
import { toActor, toStaff, type StaffRecord } from "@kompeten/core/staff/staff";
import { DAY_MS, quarter, quarterOf, witaDate, witaYear, type Quarter } from "@kompeten/core/time";
import type { FinalRating, PlanStatus, PositionLevel } from "@kompeten/core/values";

// The history the dashboards show: the last four closed quarters of evaluations and this year's
// (and last year's) learning hours, so every unit differs in how complete its reviews are, how
// its people were rated, how far they are towards 20 JP and where its competency gaps lie.
//
// Each cycle holds what the quarterly job writes as it opens one on the first day of its quarter
// (with the job's own peer suggestions, forms and review items) and is closed 28 days on. What
// happened in between (reviews submitted, final ratings, plans, the levels they set) is written as
// the app writes it, but in batches rather than one request per review, so seeding stays quick. This year's learning hours go through the learning
// domain (training reported by the person and approved by their supervisor, each on its own day);
// last year's are the same approved entries, written in batches.
//
// Everything follows from the people's and units' indexes (no randomness) and from ctx.now().

const HOUR = 3600_000;

/** How a unit does: its reviewing diligence (0-1), how it is rated (levels around the standard), its JP habit. */
interface UnitProfile {
  diligence: number;
  strength: number;
  jp: "high" | "mid" | "low";
}

const profiles: Record<string, UnitProfile> = {
  setda: { diligence: 0.8, strength: 0.3, jp: "mid" },
  bkpsdm: { diligence: 0.97, strength: 0.5, jp: "high" },
  bappeda: { diligence: 0.9, strength: 0.8, jp: "high" },
  dinkes: { diligence: 0.8, strength: 0.2, jp: "mid" },
  dikbud: { diligence: 0.75, strength: -0.1, jp: "mid" },
  diskominfo: { diligence: 0.9, strength: 0.4, jp: "high" },
  disdukcapil: { diligence: 0.7, strength: -0.4, jp: "low" },
  dinsos: { diligence: 0.65, strength: -0.6, jp: "low" },
  dpupr: { diligence: 0.75, strength: 0.1, jp: "mid" },
  rsud: { diligence: 0.8, strength: 0.3, jp: "mid" },
  "kec-ampenan": { diligence: 0.6, strength: -0.7, jp: "low" },
  "kec-sekarbela": { diligence: 0.7, strength: -0.2, jp: "mid" },
  "kec-mataram": { diligence: 0.8, strength: 0, jp: "mid" },
  "kec-selaparang": { diligence: 0.62, strength: -0.5, jp: "low" },
  "kec-cakranegara": { diligence: 0.78, strength: 0.2, jp: "high" },
  "kec-sandubaya": { diligence: 0.55, strength: -0.9, jp: "low" },
};
const fallbackProfile: UnitProfile = { diligence: 0.7, strength: 0, jp: "mid" };

/** A number in [0, 1) from a few integers: the same indexes always give the same number. */
function mix(...values: number[]): number {
  let h = 2166136261;
  for (const value of values) {
    h ^= value & 0xffff;
    h = Math.imul(h, 16777619);
    h ^= value >>> 16;
    h = Math.imul(h, 16777619);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0x5bd1e995);
  return ((h ^ (h >>> 15)) >>> 0) / 4294967296;
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const numberOf = (staffId: string) => Number(/(\d+)$/.exec(staffId)?.[1] ?? 0);
const indexOf = (id: string, list: readonly string[]) => Math.max(0, list.indexOf(id));

// The fixed demo accounts' own evaluations are complete every quarter, so their pages have a history.
const FIXED = new Set(["demo-1", "demo-2", "demo-3", "demo-4", "demo-5"]);
const PEGAWAI = "demo-3";

const competencyIds = competencies.map((c) => c.id);
const valueIds = coreValues.map((v) => v.id);

export interface DemoDashboardsResult {
  cycles: string[];
  evaluations: number;
  finalized: number;
  ledgerEntries: number;
}

/**
 * Seeds the last four closed quarters' evaluations and this year's and last year's learning hours.
 * Runs after the staff, courses and mentoring are seeded: the assessed levels it writes keep those
 * already set (profile levels, and mentors' offers never above their assessed level).
 */
export async function seedDemoDashboards(ctx: AppContext, admin: Actor): Promise<DemoDashboardsResult> {
  const { data: everyone } = await ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
  const staff = everyone.filter((s) => s.active).sort((a, b) => numberOf(a.id) - numberOf(b.id));
  const byId = new Map(staff.map((s) => [s.id, s]));
  const { data: offers } = await ctx.db.entities.mentor.get(staff.map((s) => ({ staffId: s.id }))).go();
  // A mentor's offered level is a floor: an assessment never drops below what they mentor in.
  const floors = new Map(offers.map((o) => [o.staffId, Object.fromEntries((o.competencies as { competencyId: string; level: number }[]).map((c) => [c.competencyId, c.level]))]));
  const known = new Map(staff.map((s) => [s.id, { ...((s.competencyLevels ?? {}) as Record<string, number>) }]));

  const evaluationResult = await seedEvaluations(ctx, staff, byId, known, floors);
  const ledgerEntries = await seedLearningHours(ctx, admin, staff, byId);
  return { ...evaluationResult, ledgerEntries };
}

// ---- Evaluations ------------------------------------------------------------------------------

/** The quarters before the current one, oldest first. */
function pastQuarters(now: Date, count: number): Quarter[] {
  const current = quarterOf(now);
  const out: Quarter[] = [];
  for (let back = count; back >= 1; back--) {
    const index = current.year * 4 + (current.quarter - 1) - back;
    out.push(quarter(Math.floor(index / 4), (index % 4) + 1));
  }
  return out;
}

/** The level a supervisor assesses: the standard moved by the unit, the competency in that unit, the person and the quarter. */
function assessedLevel(person: StaffRecord, competencyId: string, k: number, profile: UnitProfile, unitIndex: number, known: Record<string, number>, floor: Record<string, number>): number {
  if (known[competencyId] !== undefined) return known[competencyId]!;
  const c = indexOf(competencyId, competencyIds);
  const standard = standardLevels[person.positionLevel as PositionLevel];
  const unitBias = [-0.5, 0, 0.5][Math.floor(mix(unitIndex, c, 7) * 3)]!;
  const own = mix(numberOf(person.id), c, 11) * 1.2 - 0.6;
  const level = clamp(Math.round(standard + profile.strength + unitBias + own + 0.15 * k), 1, 5);
  return Math.max(level, floor[competencyId] ?? 1);
}

function valueScore(person: StaffRecord, valueId: string, k: number, profile: UnitProfile): number {
  const own = mix(numberOf(person.id), indexOf(valueId, valueIds), 13) * 1.4 - 0.7;
  return clamp(Math.round(VALUE_EXPECTATION + profile.strength + own + 0.1 * k), 1, 5);
}

/** The predikat that goes with the supervisor's scores: their mean distance from what is expected. */
function ratingFor(distance: number): FinalRating {
  if (distance >= 0.85) return "sangat_baik";
  if (distance >= 0) return "baik";
  if (distance >= -0.6) return "butuh_perbaikan";
  if (distance >= -1.2) return "kurang";
  return "sangat_kurang";
}

const strengthsText: Record<string, string> = {
  integritas: "Konsisten menjaga integritas dan menjadi teladan di unit.",
  kerjasama: "Mudah bekerja sama dan aktif membantu rekan lintas bidang.",
  komunikasi: "Menyampaikan informasi dengan jelas, lisan maupun tertulis.",
  "orientasi-hasil": "Menyelesaikan target tepat waktu dengan hasil yang terukur.",
  "pelayanan-publik": "Tanggap terhadap kebutuhan warga dan ramah dalam melayani.",
  "pengembangan-diri": "Rajin belajar hal baru dan membagikannya kepada tim.",
  "mengelola-perubahan": "Cepat menyesuaikan diri dengan aplikasi dan prosedur baru.",
  "pengambilan-keputusan": "Mengambil keputusan dengan data yang cukup dan pada waktunya.",
  "perekat-bangsa": "Menjaga suasana kerja yang rukun dan menghargai perbedaan.",
  "literasi-digital": "Terampil memakai aplikasi kerja dan mengolah data.",
  "manajemen-proyek": "Rapi merencanakan kegiatan, jadwal dan anggarannya.",
  "analisis-kebijakan": "Tajam menelaah masalah dan menyusun rekomendasi.",
};
const improvementsText: Record<string, string> = {
  integritas: "Perlu lebih tegas menolak praktik yang tidak sesuai aturan.",
  kerjasama: "Perlu lebih melibatkan rekan sejak awal pekerjaan.",
  komunikasi: "Perlu melatih penyampaian laporan yang ringkas kepada pimpinan.",
  "orientasi-hasil": "Perlu menetapkan target antara dan memantaunya sendiri.",
  "pelayanan-publik": "Perlu mempercepat tindak lanjut aduan warga.",
  "pengembangan-diri": "Perlu menyusun rencana belajar yang teratur.",
  "mengelola-perubahan": "Perlu lebih terbuka mencoba cara kerja baru.",
  "pengambilan-keputusan": "Perlu berani memutuskan tanpa menunggu semua data lengkap.",
  "perekat-bangsa": "Perlu lebih aktif merangkul rekan dari latar yang berbeda.",
  "literasi-digital": "Perlu menguasai SRIKANDI dan pengolahan data sederhana.",
  "manajemen-proyek": "Perlu belajar menyusun jadwal dan daftar risiko kegiatan.",
  "analisis-kebijakan": "Perlu berlatih menulis telaah staf dan policy brief.",
};
const planActionText: Record<string, string> = {
  course: "Mengikuti pelatihan yang sesuai dan menerapkannya di unit.",
  mentorship: "Belajar dari mentor di unit lain lewat sesi berkala.",
  self_study: "Belajar mandiri dari modul daring ASN Unggul.",
  assignment: "Mendapat penugasan khusus dengan pendampingan atasan.",
};

interface Outcome {
  evaluation: EvaluationRecord;
  reviews: ReviewRecord[];
  levels: Record<string, number> | null;
}

async function seedEvaluations(
  ctx: AppContext,
  staff: StaffRecord[],
  byId: Map<string, StaffRecord>,
  known: Map<string, Record<string, number>>,
  floors: Map<string, Record<string, number>>,
): Promise<Omit<DemoDashboardsResult, "ledgerEntries">> {
  const now = ctx.now();
  const unitIds = [...new Set(staff.map((s) => s.unitId))].sort();
  const assessed = new Map<string, Record<string, number>>();
  const cycles: string[] = [];
  let evaluations = 0;
  let finalized = 0;
  const quarters = pastQuarters(now, 4);
  for (const [k, q] of quarters.entries()) {
    const latest = k === quarters.length - 1;
    const opening = openedCycle(ctx, q, staff);
    const { cycle } = opening;
    const outcomes = opening.evaluations.map((evaluation) => evaluationOutcome(ctx, cycle, evaluation, k, latest, byId, unitIds, known, floors, now));
    const submitted = new Map(outcomes.flatMap((o) => o.reviews).map((r) => [`${r.subjectId}/${r.reviewId}`, r]));
    const reviews = opening.reviews.map((r) => submitted.get(`${r.subjectId}/${r.reviewId}`) ?? r);
    await putBatches((items) => ctx.db.entities.evaluation.put(items).go({ unprocessed: "raw" }), outcomes.map((o) => o.evaluation));
    await putBatches((items) => ctx.db.entities.review.put(items).go({ unprocessed: "raw" }), reviews);
    // Every reviewer was told as the cycle opened and read it the next day; notices past their
    // keeping time are gone, as the table's expiry removes them.
    const readAt = new Date(Date.parse(cycle.openedAt) + DAY_MS + 2 * HOUR).toISOString();
    const notices = cycleOpenedNotifications(ctx, cycle, reviews).filter((n) => n.expiresAt * 1000 > now.getTime());
    await putBatches((items) => ctx.db.entities.notification.put(items).go({ unprocessed: "raw" }), notices.map((n) => ({ ...n, readAt })));
    // Closed by the closing job just after the 28th day.
    await ctx.db.entities.cycle.put({ ...cycle, status: "closed", closedAt: new Date(Date.parse(cycle.closesAt) + 10 * 60_000).toISOString() }).go();
    for (const o of outcomes) if (o.levels) assessed.set(o.evaluation.staffId, { ...(assessed.get(o.evaluation.staffId) ?? {}), ...o.levels });
    cycles.push(q.id);
    evaluations += outcomes.length;
    finalized += outcomes.filter((o) => o.evaluation.status === "finalized").length;
  }
  // What the final ratings set: the competencies each supervisor scored, the latest quarter last.
  await inParallel([...assessed], 8, async ([id, levels]) => {
    await ctx.db.entities.staff.patch({ id }).set({ competencyLevels: { ...known.get(id), ...levels } }).go();
  });
  return { cycles, evaluations, finalized };
}

/**
 * What the quarterly job writes as it opens a quarter's cycle a few minutes into its first day
 * (WITA): an evaluation per active person with self, supervisor and peer reviews, the peers
 * suggested as the job suggests them, the deadlines counted from the opening day.
 */
function openedCycle(ctx: AppContext, q: Quarter, staff: StaffRecord[]) {
  const openedAt = new Date(Date.parse(q.startsAt) + 5 * 60_000);
  const at: AppContext = { ...ctx, now: () => openedAt };
  const cycle = newCycleRecord(q, openedAt, systemActor.id, "open");
  const { evaluations, reviews } = cycleEvaluations(at, cycle, staff);
  return { cycle: { ...cycle, evaluations: evaluations.length, reviews: reviews.length }, evaluations, reviews };
}

function evaluationOutcome(
  ctx: AppContext,
  cycle: CycleRecord,
  evaluation: EvaluationRecord,
  k: number,
  latest: boolean,
  byId: Map<string, StaffRecord>,
  unitIds: string[],
  known: Map<string, Record<string, number>>,
  floors: Map<string, Record<string, number>>,
  now: Date,
): Outcome {
  const person = byId.get(evaluation.staffId)!;
  const n = numberOf(person.id);
  const unitIndex = unitIds.indexOf(person.unitId);
  const profile = profiles[person.unitId] ?? fallbackProfile;
  const opened = Date.parse(cycle.openedAt);
  const closes = Date.parse(cycle.closesAt);
  /** A moment `days` after the opening, during office hours, always before the cycle closes. */
  const dayOf = (days: number, salt: number) => new Date(Math.min(closes - 2 * HOUR, opened + days * DAY_MS + (8 + Math.floor(mix(n, salt, k) * 8)) * HOUR));
  // Diligence grows quarter by quarter: the oldest cycle is the least complete.
  const diligence = clamp(profile.diligence - 0.18 + 0.07 * k, 0.2, 0.99);
  const submits = (kind: number, reviewer: string) => FIXED.has(evaluation.staffId) || FIXED.has(reviewer) || mix(n, numberOf(reviewer), kind, k, 3) < diligence + [0.08, 0, -0.08][kind]!;

  const form = [...valueIds, ...(evaluation.competencyIds as string[])];
  const levels: Record<string, number> = {};
  for (const id of evaluation.competencyIds as string[]) levels[id] = assessedLevel(person, id, k, profile, unitIndex, known.get(person.id) ?? {}, floors.get(person.id) ?? {});
  const supervisorScores: Record<string, number> = { ...levels };
  for (const id of valueIds) supervisorScores[id] = valueScore(person, id, k, profile);
  const ratingsFrom = (shift: (id: string, i: number) => number) =>
    Object.fromEntries(form.map((id, i) => [id, { score: clamp(supervisorScores[id]! + shift(id, i), 1, 5) }]));

  const progress = { ...(evaluation.progress as Record<string, string>) };
  const reviews: ReviewRecord[] = [];
  const subject = { id: person.id, name: person.name, unitId: person.unitId };
  let lastSubmitted = opened;
  const submit = (kind: "self" | "supervisor" | "peer", reviewerId: string, at: Date, ratings: Record<string, { score: number }>, extra: Partial<ReviewRecord> = {}) => {
    const review = reviewItem({ ...ctx, now: () => at }, cycle, subject, kind, reviewerId);
    reviews.push({ ...review, ...extra, ratings, state: "submitted", draft: false, submittedAt: at.toISOString(), updatedAt: at.toISOString() });
    progress[review.reviewId] = "submitted";
    lastSubmitted = Math.max(lastSubmitted, at.getTime());
  };

  // Self-assessments lean a little higher than the supervisor's; peers scatter around it.
  if (submits(0, person.id)) submit("self", person.id, dayOf(1 + Math.floor(mix(n, 1, k) * 18), 1), ratingsFrom((_id, i) => (mix(n, i, k, 5) < 0.4 ? 1 : 0)));
  for (const peerId of evaluation.peerIds as string[]) {
    if (!submits(2, peerId)) continue;
    const p = numberOf(peerId);
    submit("peer", peerId, dayOf(2 + Math.floor(mix(n, p, k) * 22), p), ratingsFrom((_id, i) => [-1, 0, 0, 1][Math.floor(mix(n, p, i, k) * 4)]!));
  }
  const hasSupervisor = evaluation.supervisorId !== NO_SUPERVISOR;
  const supervisorSubmits = hasSupervisor && submits(1, evaluation.supervisorId);
  if (supervisorSubmits) {
    const ranked = [...(evaluation.competencyIds as string[])].sort((a, b) => levels[b]! - levels[a]! || a.localeCompare(b));
    submit("supervisor", evaluation.supervisorId, dayOf(5 + Math.floor(mix(n, 2, k) * 19), 2), ratingsFrom(() => 0), {
      strengths: strengthsText[ranked[0]!] ?? "",
      improvements: improvementsText[ranked.at(-1)!] ?? "",
    });
  }

  // The final rating (predikat) follows the supervisor's scores; most supervisors who reviewed give one.
  const finalizes = supervisorSubmits && (FIXED.has(person.id) || mix(n, k, 17) < 0.92);
  let record: EvaluationRecord = { ...evaluation, progress, updatedAt: new Date(lastSubmitted).toISOString() };
  if (!finalizes) return { evaluation: record, reviews, levels: null };

  const distances = [
    ...valueIds.map((id) => supervisorScores[id]! - VALUE_EXPECTATION),
    ...Object.values(levels).map((level) => level - standardLevels[person.positionLevel as PositionLevel]),
  ];
  const finalizedAt = new Date(Math.min(closes - HOUR, lastSubmitted + DAY_MS)).toISOString();
  record = { ...record, status: "finalized", finalRating: ratingFor(distances.reduce((a, b) => a + b, 0) / distances.length), finalizedAt, updatedAt: finalizedAt };

  // Development plans: most finalized people write one; older ones were approved and worked through.
  const planned = person.id === PEGAWAI || mix(n, k, 19) < 0.35 + profile.diligence * 0.45;
  if (planned) record = withPlan(record, person, levels, k, latest, finalizedAt, now);
  return { evaluation: record, reviews, levels };
}

function withPlan(record: EvaluationRecord, person: StaffRecord, levels: Record<string, number>, k: number, latest: boolean, finalizedAt: string, now: Date): EvaluationRecord {
  const n = numberOf(person.id);
  const standard = standardLevels[person.positionLevel as PositionLevel];
  const year = witaYear(now);
  const gaps = Object.entries(levels).sort(([a, x], [b, y]) => x - standard - (y - standard) || a.localeCompare(b));
  const count = 1 + Math.floor(mix(n, k, 23) * 3);
  const writtenAt = Date.parse(finalizedAt) + 2 * DAY_MS;
  // The latest quarter's plans are in every state: approved, waiting for the supervisor, a draft.
  const state = latest && person.id !== PEGAWAI ? mix(n, 47) : 0;
  const planStatus: PlanStatus = state < 0.6 ? "approved" : state < 0.8 ? "submitted" : "draft";
  const items: PlanItem[] = gaps.slice(0, count).map(([competencyId], i) => {
    const courseId = latest && competencyId === "manajemen-proyek" ? `pm-${year}` : latest && competencyId === "literasi-digital" ? `egov-${year}` : undefined;
    const action: PlanItem["action"] = courseId ? "course" : (["self_study", "assignment", "mentorship"] as const)[Math.floor(mix(n, i, k, 29) * 3)]!;
    const target = new Date(writtenAt + (45 + Math.floor(mix(n, i, k, 31) * 100)) * DAY_MS);
    // Items of earlier quarters were mostly done by now; the latest quarter's are under way.
    const status: PlanItem["status"] = planStatus !== "approved"
      ? "planned"
      : latest
      ? target.getTime() < now.getTime() && mix(n, i, 37) < 0.5 ? "done" : mix(n, i, 41) < 0.5 ? "in_progress" : "planned"
      : (["done", "done", "done", "in_progress", "dropped"] as const)[Math.floor(mix(n, i, k, 43) * 5)]!;
    return { id: `plan-${record.cycleId}-${person.id}-${i + 1}`, competencyId, action, ...(courseId ? { courseId } : {}), description: planActionText[action]!, targetDate: witaDate(target), status };
  });
  const approvedAt = new Date(writtenAt + 3 * DAY_MS).toISOString();
  if (person.id === PEGAWAI && latest) {
    // pegawai@'s home page: one item under way and one due in the weeks ahead.
    items.splice(0, items.length, ...pegawaiPlan(record.cycleId, now, year));
  }
  return {
    ...record,
    plan: items,
    planStatus,
    ...(planStatus === "approved" ? { planApprovedBy: record.supervisorId } : {}),
    updatedAt: planStatus === "approved" ? approvedAt : new Date(writtenAt).toISOString(),
  };
}

function pegawaiPlan(cycleId: string, now: Date, year: number): PlanItem[] {
  return [
    { id: `plan-${cycleId}-${PEGAWAI}-1`, competencyId: "komunikasi", action: "self_study", description: "Menulis ringkasan layanan e-Government untuk warga, ditelaah atasan.", targetDate: witaDate(new Date(now.getTime() + 12 * DAY_MS)), status: "in_progress" },
    { id: `plan-${cycleId}-${PEGAWAI}-2`, competencyId: "literasi-digital", action: "course", courseId: `egov-${year}`, description: planActionText.course!, targetDate: witaDate(new Date(now.getTime() + 40 * DAY_MS)), status: "planned" },
  ];
}

/** BatchWrite puts, 25 items a request, a few at a time, retrying what DynamoDB leaves unprocessed. */
async function putBatches<T>(put: (items: T[]) => Promise<{ unprocessed: unknown[] }>, items: T[]) {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  await inParallel(chunks, 4, async (chunk) => {
    let pending = chunk;
    for (let attempt = 0; pending.length; attempt++) {
      if (attempt > 10) throw new Error("DynamoDB kept items unprocessed after retries");
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
      pending = (await put(pending)).unprocessed as T[];
    }
  });
}

// ---- Learning hours ---------------------------------------------------------------------------

const trainings = [
  { title: "Pelatihan Pelayanan Prima", institution: "BPSDM Provinsi NTB", source: "external" },
  { title: "Bimbingan Teknis Penyusunan SOP Layanan", institution: "BPSDM Provinsi NTB", source: "external" },
  { title: "Kursus Daring Manajemen ASN", institution: "LAN RI (ASN Unggul)", source: "self_study" },
  { title: "Webinar Keamanan Informasi untuk Pemerintah Daerah", institution: "BSSN", source: "external" },
  { title: "Bimbingan Teknis Pengadaan Barang/Jasa Pemerintah", institution: "LKPP", source: "external" },
  { title: "Pelatihan Tata Naskah Dinas Elektronik", institution: "ANRI", source: "external" },
  { title: "Kelas Daring Analisis Data dengan Spreadsheet", institution: "Digital Talent Scholarship Kominfo", source: "self_study" },
  { title: "Pelatihan Penanganan Pengaduan Masyarakat", institution: "Ombudsman RI Perwakilan NTB", source: "external" },
] as const;

/** JP a person earned in a year, by their unit's habit: some past 20, many part-way, some none. */
function yearTarget(n: number, profile: UnitProfile, salt: number): number {
  const [over, between] = { high: [0.45, 0.85], mid: [0.22, 0.75], low: [0.06, 0.5] }[profile.jp];
  const r = mix(n, salt, 53);
  if (r < over) return 20 + Math.floor(mix(n, salt, 59) * 15);
  if (r < between) return 4 + Math.floor(mix(n, salt, 61) * 13);
  return 0;
}

/** The entries of a total: one, or two when it is large. */
const split = (total: number, n: number) => (total >= 14 ? [Math.round(total * (0.35 + mix(n, 67) * 0.3)), 0].map((part, i, all) => (i === 0 ? part : total - all[0]!)) : total > 0 ? [total] : []);

async function seedLearningHours(ctx: AppContext, admin: Actor, staff: StaffRecord[], byId: Map<string, StaffRecord>): Promise<number> {
  const now = ctx.now();
  const year = witaYear(now);
  const yearStart = Date.parse(quarter(year, 1).startsAt);
  // Reported two days after the training, approved two days later: all before today.
  const lastEnd = now.getTime() - 5 * DAY_MS;
  const span = lastEnd - yearStart;
  type Credit = { person: StaffRecord; jp: number; end: Date; training: (typeof trainings)[number] };
  const thisYear: Credit[] = [];
  const lastYear: Credit[] = [];
  for (const person of staff) {
    const n = numberOf(person.id);
    const profile = profiles[person.unitId] ?? fallbackProfile;
    const training = (salt: number) => trainings[Math.floor(mix(n, salt, 73) * trainings.length)]!;
    // pegawai@ and the moderator keep only the course of three months ago: behind the pace in atasan@'s team.
    if (span > 10 * DAY_MS && person.id !== PEGAWAI && person.id !== "demo-5") {
      for (const [i, jp] of split(yearTarget(n, profile, 1), n).entries()) {
        thisYear.push({ person, jp, end: new Date(yearStart + 2 * DAY_MS + Math.floor(mix(n, i, 71) * (span - 2 * DAY_MS))), training: training(i) });
      }
    }
    const last = yearTarget(n, profile, 2);
    if (last > 0) lastYear.push({ person, jp: last + 2, end: new Date(yearStart - DAY_MS * (20 + Math.floor(mix(n, 79) * 300))), training: training(9) });
  }
  const actors = new Map<string, Actor>();
  const actorOf = (id: string) => {
    if (!actors.has(id)) actors.set(id, toActor(toStaff(byId.get(id)!)));
    return actors.get(id)!;
  };
  const deciderOf = (person: StaffRecord) => (person.supervisorId !== NO_SUPERVISOR && byId.has(person.supervisorId) ? actorOf(person.supervisorId) : admin);
  const inputOf = ({ person, jp, end, training }: Credit) => {
    const endDate = witaDate(end);
    return externalTrainingInput.parse({
      title: training.title,
      institution: training.institution,
      source: training.source,
      startDate: witaDate(new Date(end.getTime() - (jp > 8 ? DAY_MS : 0))),
      endDate,
      jp,
      evidence: `Sertifikat ${training.institution} nomor ${numberOf(person.id)}/${endDate.slice(0, 4)}`,
    });
  };

  // This year: reported by the person and approved by their supervisor, through the learning domain.
  await inParallel(thisYear, 6, async (credit) => {
    const reported = new Date(credit.end.getTime() + 2 * DAY_MS);
    const entry = await reportExternalTraining({ ...ctx, now: () => reported }, actorOf(credit.person.id), inputOf(credit));
    await decideEntry({ ...ctx, now: () => new Date(reported.getTime() + 2 * DAY_MS) }, deciderOf(credit.person), credit.person.id, entry.id, { approve: true });
  });
  // Last year: the same approved entries, written in batches (their notices would have expired by now).
  const records = lastYear.map((credit) => {
    const input = inputOf(credit);
    const reported = new Date(credit.end.getTime() + 2 * DAY_MS);
    const decider = deciderOf(credit.person);
    return {
      staffId: credit.person.id,
      id: randomUUID(),
      year: witaYear(`${input.endDate}T12:00:00+08:00`),
      staffName: credit.person.name,
      staffNip: credit.person.nip,
      unitId: credit.person.unitId,
      supervisorId: credit.person.supervisorId,
      ...input,
      status: "approved" as const,
      decidedBy: decider.id,
      decidedByName: decider.name,
      decidedAt: new Date(reported.getTime() + 2 * DAY_MS).toISOString(),
      createdAt: reported.toISOString(),
    };
  });
  await putBatches((items) => ctx.db.entities.ledgerEntry.put(items).go({ unprocessed: "raw" }), records);
  return thisYear.length + lastYear.length;
}
