import { randomUUID } from "node:crypto";
import { competencies, competencyIds, standardLevels } from "@kompeten/core/competencies/competencies";
import type { AppContext } from "@kompeten/core/context";
import { formCompetencies, type EvaluationRecord } from "@kompeten/core/cycles/cycles";
import type { Item } from "@kompeten/core/db";
import { ratedLevels } from "@kompeten/core/evaluations/evaluations";
import { indexItem, mentorRecord, type MentorRecord } from "@kompeten/core/mentors/mentors";
import { mentorProfileInput, type MentorProfileInput } from "@kompeten/core/mentors/mentors.schemas";
import type { PlanItem } from "@kompeten/core/plans/plans.schemas";
import type { StaffRecord } from "@kompeten/core/staff/staff";
import { quarter, quarterOf } from "@kompeten/core/time";
import { batchPutTasks, interleave, runPool } from "./batch";
import { DAY, iso, seconds } from "./common";
import { weighted, type Random } from "./random";

// Mentors: profiles and their mentor-index items as saveMentorProfile writes them, and the
// measured mentee's latest final evaluation (the levels it set, a plan with mentoring in it).

export interface MentorSeedOptions {
  mentors: number;
  concurrency: number;
}

export interface MentorFixture {
  /** Mentor profiles in the table (the demo's and those written), and how many of them are available. */
  mentors: number;
  available: number;
  /** Mentor-index items (one per mentor per competency), in all and per competency. */
  indexItems: number;
  perCompetency: Map<string, number>;
  /** Mentors per unit. */
  perUnit: Map<string, number>;
  /** The mentee's levels after their final evaluation, and the standard of their position. */
  menteeLevels: Record<string, number>;
  standard: number;
  /** Competencies of the mentee's plan items whose action is mentoring, still open. */
  plannedMentoring: string[];
  timings: Record<string, number>;
}

const bios = [
  "Perencana senior, berpengalaman menyusun kebijakan daerah",
  "Pendamping tim lintas OPD untuk proyek layanan digital",
  "Fasilitator pelatihan internal dan coaching rekan kerja",
  "Praktisi pelayanan publik di garis depan",
  "",
];

/**
 * `options.mentors` mentor profiles among `staff` (never `mentee`; always the mentee's direct
 * supervisor, so the suggestions have someone to leave out), spread over units and position
 * levels: 1-3 competencies each at levels 3-5 (never above an assessed level), capacity 1-5
 * (mostly 2), nine in ten available. Every seat is free: no mentorship is seeded. Each offer
 * goes through the API's own schema and core's builders, so the items are those a
 * `PUT /api/mentors/me` would write, in BatchWrite calls instead of one transaction each.
 *
 * Before that, the mentee's latest final evaluation (last quarter): the supervisor's scores
 * become their levels (as finalizing does), leaving gaps below their position's standard,
 * and an approved plan with two mentoring items.
 */
export async function seedMentors(
  ctx: AppContext,
  staff: StaffRecord[],
  mentee: StaffRecord,
  options: MentorSeedOptions,
  r: Random,
): Promise<MentorFixture> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const now = ctx.now().getTime();

  // ---- the mentee's final evaluation of last quarter
  const standard = standardLevels[mentee.positionLevel];
  const lastQuarter = (() => {
    const q = quarterOf(new Date(now));
    return q.quarter > 1 ? quarter(q.year, q.quarter - 1) : quarter(q.year - 1, 4);
  })();
  // Two competencies two levels below the standard, two one below, the rest at it or above.
  const scores: Record<string, number> = Object.fromEntries(competencyIds.map((id, i) => [id, Math.min(5, standard + (i % 2))]));
  const below: [string, number][] = [
    ["komunikasi", 2],
    ["pelayanan-publik", 2],
    ["literasi-digital", 1],
    ["manajemen-proyek", 1],
  ];
  for (const [id, by] of below) scores[id] = Math.max(1, standard - by);
  const formIds = formCompetencies({ competencyLevels: scores });
  const levels = { ...(mentee.competencyLevels as Record<string, number>), ...ratedLevels(formIds, Object.fromEntries(formIds.map((id) => [id, { score: scores[id] }]))) };
  const finalizedAt = iso(Date.parse(lastQuarter.endsAt) - 3 * DAY);
  const plan: PlanItem[] = [
    { id: randomUUID(), competencyId: "manajemen-proyek", action: "mentorship", description: "Didampingi dalam proyek e-Government berikutnya", targetDate: "2026-09-30", status: "planned" },
    { id: randomUUID(), competencyId: "pengambilan-keputusan", action: "mentorship", description: "Belajar dari keputusan kebijakan pimpinan", targetDate: "2026-12-15", status: "in_progress" },
    { id: randomUUID(), competencyId: "komunikasi", action: "self_study", description: "Membaca dan berlatih presentasi", targetDate: "2026-08-31", status: "planned" },
  ];
  const evaluation: EvaluationRecord = {
    cycleId: lastQuarter.id,
    staffId: mentee.id,
    staffName: mentee.name,
    unitId: mentee.unitId,
    unitName: mentee.unitName,
    supervisorId: mentee.supervisorId,
    positionLevel: mentee.positionLevel,
    competencyIds: formIds,
    peerIds: [],
    progress: { self: "submitted", supervisor: "submitted" },
    status: "finalized",
    finalRating: "baik",
    finalizedAt,
    plan,
    planStatus: "approved",
    planApprovedBy: mentee.supervisorId,
    createdAt: lastQuarter.startsAt,
    updatedAt: finalizedAt,
  };
  await ctx.db.entities.evaluation.put(evaluation).go();
  await ctx.db.entities.staff.patch({ id: mentee.id }).set({ competencyLevels: levels, updatedAt: finalizedAt }).go();
  const menteeNow: StaffRecord = { ...mentee, competencyLevels: levels };
  timings["mentee's evaluation"] = seconds(t);

  // ---- who mentors: the demo's mentors as the demo wrote them, then the supervisor, then seniors
  // first, spread over every unit, up to the number asked for in all
  t = performance.now();
  const demoItems = (await Promise.all(competencyIds.map((competencyId) => ctx.db.entities.mentorCompetency.query.byCompetency({ competencyId }).go({ pages: "all" })))).flatMap((r) => r.data);
  const demoMentors = new Map(demoItems.map((i) => [i.staffId, i]));
  const others = staff.filter((s) => s.id !== mentee.id && s.active && !demoMentors.has(s.id));
  const supervisor = others.find((s) => s.id === mentee.supervisorId);
  const rest = others.filter((s) => s !== supervisor);
  const seniors = rest.filter((s) => s.positionLevel !== "pelaksana");
  const juniors = rest.filter((s) => s.positionLevel === "pelaksana");
  const wanted = Math.min(Math.max(options.mentors - demoMentors.size, 0), others.length);
  const fromSeniors = Math.min(seniors.length, Math.round((wanted - (supervisor ? 1 : 0)) * 0.6));
  const chosen = [...(supervisor ? [supervisor] : []), ...r.sample(seniors, fromSeniors)];
  chosen.push(...r.sample(juniors, wanted - chosen.length));
  if (chosen.length < wanted) chosen.push(...r.sample(seniors.filter((s) => !chosen.includes(s)), wanted - chosen.length));

  const records: MentorRecord[] = [];
  const index: Item<"mentorCompetency">[] = [];
  const perCompetency = new Map<string, number>();
  const perUnit = new Map<string, number>();
  for (const i of demoItems) perCompetency.set(i.competencyId, (perCompetency.get(i.competencyId) ?? 0) + 1);
  for (const m of demoMentors.values()) perUnit.set(m.unitId, (perUnit.get(m.unitId) ?? 0) + 1);
  for (const [n, person] of chosen.entries()) {
    const assessed = person.competencyLevels as Record<string, number>;
    const offered = r
      .sample(competencyIds, n === 0 && supervisor ? 3 : r.int(1, 3))
      .map((competencyId) => ({ competencyId, level: Math.min(r.int(3, 5), assessed[competencyId] ?? 5) }))
      .filter((c) => c.level >= 3);
    // The supervisor offers the mentee's largest gap, to be left out of their suggestions there.
    if (n === 0 && supervisor && !offered.some((c) => c.competencyId === "komunikasi")) offered[0] = { competencyId: "komunikasi", level: Math.min(5, assessed.komunikasi ?? 5) };
    const input: MentorProfileInput = mentorProfileInput.parse({
      available: n === 0 || r.chance(0.9),
      capacity: weighted<number>([[1, 1], [2, 5], [3, 2], [4, 1], [5, 1]], r),
      competencies: offered.filter((c) => c.level >= 3),
      bio: r.pick(bios),
      modes: r.chance(0.5) ? ["tatap_muka", "daring"] : [r.pick(["tatap_muka", "daring"] as const)],
    });
    const savedAt = iso(now - r.int(1, 180) * DAY);
    const record = mentorRecord(person.id, input, null, savedAt);
    records.push(record);
    for (const c of input.competencies) {
      index.push(indexItem(record, person, c));
      perCompetency.set(c.competencyId, (perCompetency.get(c.competencyId) ?? 0) + 1);
    }
    perUnit.set(person.unitId, (perUnit.get(person.unitId) ?? 0) + 1);
  }
  timings["mentors (generate)"] = seconds(t);

  t = performance.now();
  await runPool(
    interleave([
      batchPutTasks("mentor", records, (chunk) => ctx.db.entities.mentor.put(chunk).go()),
      batchPutTasks("mentorCompetency", index, (chunk) => ctx.db.entities.mentorCompetency.put(chunk).go()),
    ]),
    options.concurrency,
  );
  timings["mentors (batch writes)"] = seconds(t);

  const open = new Set(["planned", "in_progress"]);
  return {
    mentors: records.length + demoMentors.size,
    available: records.filter((m) => m.available).length + [...demoMentors.values()].filter((m) => m.available).length,
    indexItems: index.length + demoItems.length,
    perCompetency: new Map(competencies.map((c) => [c.id, perCompetency.get(c.id) ?? 0])),
    perUnit,
    menteeLevels: menteeNow.competencyLevels as Record<string, number>,
    standard,
    plannedMentoring: plan.filter((i) => i.action === "mentorship" && open.has(i.status)).map((i) => i.competencyId),
    timings,
  };
}
