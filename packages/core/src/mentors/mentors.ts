import { isAdmin, type PendingSession, type Actor } from "../actor";
import { competencies, standardLevels } from "../competencies/competencies";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, conflict, notFound } from "../errors";
import { getStaffRecord, type StaffRecord } from "../staff/staff";
import { writeTogether, type TransactionEntities } from "../transaction";
import { positionLevels, type MentoringMode, type PositionLevel } from "../values";
import type { MentorCompetency, MentorProfile, MentorProfileInput, MentorSuggestion, SuggestionsQuery } from "./mentors.schemas";

export type MentorRecord = Item<"mentor">;

export async function getMentorRecord(ctx: AppContext, staffId: string): Promise<MentorRecord | null> {
  return (await ctx.db.entities.mentor.get({ staffId }).go()).data;
}

export const mentorCompetencies = (record: Pick<MentorRecord, "competencies">) => record.competencies as MentorCompetency[];

function toProfile(staff: StaffRecord, record: MentorRecord | null, rating: MentorProfile["rating"] = null): MentorProfile {
  const person = { staffId: staff.id, name: staff.name, unitName: staff.unitName, position: staff.position };
  if (!record) return { ...person, offered: false, available: false, capacity: 2, taken: 0, competencies: [], bio: "", modes: [], updatedAt: null, rating: null };
  const { available, capacity, taken, bio, updatedAt } = record;
  return { ...person, offered: true, available, capacity, taken, competencies: mentorCompetencies(record), bio, modes: record.modes as MentoringMode[], updatedAt, rating };
}

/** A mentor's average only shows from this many ratings on. */
export const MIN_RATINGS = 3;

/**
 * A mentor's profile, as mentees see it before asking; admins also see the mentees' average
 * rating once there are at least 3 (the sum and count the feedback keeps, one GetItem).
 */
export async function getMentorProfile(ctx: AppContext, session: PendingSession, staffId: string): Promise<MentorProfile> {
  const reading = Promise.all([getMentorRecord(ctx, staffId), ctx.db.entities.mentorRating.get({ staffId }).go(), ctx.db.entities.staff.get({ id: staffId }).go()]);
  reading.catch(() => {});
  const actor = await session.actor;
  const [record, { data: rating }, { data: staff }] = await reading;
  if (!record || !staff?.active) throw notFound("Mentor");
  const shown = isAdmin(actor) && rating && rating.count >= MIN_RATINGS ? { average: Math.round((rating.sum / rating.count) * 10) / 10, count: rating.count } : null;
  return toProfile(staff, record, shown);
}

/** The signed-in person's mentor profile; an untouched default until they offer to mentor. */
export async function getMyMentorProfile(ctx: AppContext, session: PendingSession): Promise<MentorProfile> {
  const reading = Promise.all([getMentorRecord(ctx, session.staffId), getStaffRecord(ctx, session.staffId)]);
  reading.catch(() => {});
  await session.actor;
  const [record, staff] = await reading;
  return toProfile(staff, record);
}

/**
 * The mentor record a profile save writes: the offer, the seats `current` holds, the next
 * version, and `current`'s creation time (or `now` for a first offer).
 */
export function mentorRecord(staffId: string, input: MentorProfileInput, current: MentorRecord | null, now: string): MentorRecord {
  return {
    staffId,
    available: input.available,
    capacity: input.capacity,
    taken: current?.taken ?? 0,
    competencies: input.competencies,
    bio: input.bio,
    modes: input.modes,
    version: (current?.version ?? 0) + 1,
    createdAt: current?.createdAt ?? now,
    updatedAt: now,
  };
}

/** The mentor-index item of one competency, from the mentor record and their staff record. */
export function indexItem(mentor: MentorRecord, staff: StaffRecord, c: MentorCompetency): Item<"mentorCompetency"> {
  const { staffId, available, capacity, taken } = mentor;
  const { name, unitId, unitName, position, positionLevel } = staff;
  return { staffId, competencyId: c.competencyId, level: c.level, available, capacity, taken, name, unitId, unitName, position, positionLevel };
}

/**
 * Offers to mentor, or changes the offer. A level is at least 3 and, where the person has an
 * assessed level, not above it. Capacity never goes below the seats active mentorships hold;
 * turning availability off keeps them running. The profile and its mentor-index items are
 * written in one transaction, on the condition that the record is still the one read.
 */
export async function saveMentorProfile(ctx: AppContext, actor: Actor, input: MentorProfileInput): Promise<MentorProfile> {
  for (let attempt = 0; ; attempt++) {
    const [staff, current] = await Promise.all([getStaffRecord(ctx, actor.id), getMentorRecord(ctx, actor.id)]);
    const assessed = staff.competencyLevels as Record<string, number>;
    const above = input.competencies.filter((c) => assessed[c.competencyId] !== undefined && c.level > assessed[c.competencyId]!);
    if (above.length) {
      throw new AppError(422, "invalid_mentor_level", "A mentor's level cannot be above their assessed level", {
        issues: above.map((c) => ({ path: `competencies.${c.competencyId}`, message: `assessed level ${assessed[c.competencyId]}` })),
      });
    }
    const taken = current?.taken ?? 0;
    if (input.capacity < taken) throw new AppError(409, "capacity_below_mentees", `Active mentorships hold ${taken} seats`, { taken });
    const record = mentorRecord(actor.id, input, current, ctx.now().toISOString());
    const kept = new Set(input.competencies.map((c) => c.competencyId));
    const removed = current ? mentorCompetencies(current).filter((c) => !kept.has(c.competencyId)) : [];
    const saved = await writeTogether(
      ctx,
      ({ mentor, mentorCompetency }) => [
        mentor
          .put(record)
          .where(({ version, staffId }, { eq, notExists }) => (current ? eq(version, current.version) : notExists(staffId)))
          .commit(),
        ...input.competencies.map((c) => mentorCompetency.put(indexItem(record, staff, c)).commit()),
        ...removed.map((c) => mentorCompetency.delete({ staffId: actor.id, competencyId: c.competencyId }).commit()),
      ],
      () => conflict("The mentor profile changed meanwhile; reload and try again"),
    ).then(
      () => true,
      (error) => {
        // A mentorship taking or freeing a seat meanwhile: read again and write on top of it.
        if (attempt < 3 && error instanceof AppError && error.code === "conflict") return false;
        throw error;
      },
    );
    if (saved) return toProfile(staff, record);
  }
}

/**
 * The writes that take (`delta` 1) or free (-1) one of a mentor's seats, for the transaction of
 * the state change: the mentor record on the condition that it is the version read (and, taking,
 * that a seat is left), and each of their mentor-index items.
 */
export function seatWrites(entities: TransactionEntities, mentor: MentorRecord, delta: 1 | -1, now: string) {
  return [
    entities.mentor
      .patch({ staffId: mentor.staffId })
      .add({ taken: delta, version: 1 })
      .set({ updatedAt: now })
      .where(({ version, taken, capacity }, { eq, gt, name }) => `${eq(version, mentor.version)} AND ${delta > 0 ? `${name(taken)} < ${name(capacity)}` : gt(taken, 0)}`)
      .commit(),
    ...mentorCompetencies(mentor).map((c) => entities.mentorCompetency.patch({ staffId: mentor.staffId, competencyId: c.competencyId }).add({ taken: delta }).commit()),
  ];
}

const competencyName = new Map(competencies.map((c) => [c.id, c.name]));
const positionLevelNames: Record<PositionLevel, string> = {
  pelaksana: "Pelaksana",
  pengawas: "Pengawas",
  administrator: "Administrator",
  jpt_pratama: "JPT Pratama",
  jpt_madya: "JPT Madya",
};
/** Most competencies one suggestion list covers without a `competencyId` (one Query each). */
const MAX_COMPETENCIES = 5;
const MAX_SUGGESTIONS = 20;

/** Competencies of the person's latest development plans whose action is mentoring, not finished. */
async function plannedMentoring(ctx: AppContext, staffId: string): Promise<string[]> {
  const { data } = await ctx.db.entities.evaluation.query.byStaff({ staffId }).go({ order: "desc", limit: 2, attributes: ["plan"] });
  const items = data.flatMap((e) => (e.plan ?? []) as { competencyId: string; action: string; status: string }[]);
  return items.filter((i) => i.action === "mentorship" && (i.status === "planned" || i.status === "in_progress")).map((i) => i.competencyId);
}

/**
 * Mentors suggested to the signed-in person, best first. For one competency, or without one for
 * their largest gaps first (at most three) and the competencies of development-plan items whose
 * action is mentoring. The gap is the person's current level (set by their latest final
 * evaluation; a competency never assessed counts as level 1) minus their position's standard.
 * Never the person, a mentor unavailable or at capacity, their own direct supervisor (that is
 * coaching), nor a mentor not above the person's level. Each mentor once, for their best match.
 *
 * Score, 0-100, for mentee level Lp, standard S, mentor level Lm:
 *   need   = max(S - Lp, 1)              levels to reach the standard (at least one: growth beyond it)
 *   cover  = min(Lm - Lp, need) / need   how much of that the mentor's level covers, 0-1
 *   gap    = min(max(S - Lp, 0), 4) / 4  how large the gap is, 0-1 (ranks the largest gaps first)
 *   spare  = (capacity - taken) / capacity  free seats, 0-1
 *   senior = 1 when the mentor's position level is above the mentee's
 *   other  = 1 when the mentor works in another unit (cross-OPD learning)
 *   score  = round(50 cover + 15 gap + 20 spare + 10 senior + 5 other)
 *
 * Reads: the person's record, their latest plans (without a competency), and one Query of the
 * mentor index per competency; never a mentor's record.
 */
export async function suggestMentors(ctx: AppContext, session: PendingSession, query: SuggestionsQuery): Promise<{ items: MentorSuggestion[] }> {
  const reading = Promise.all([getStaffRecord(ctx, session.staffId), query.competencyId ? Promise.resolve([]) : plannedMentoring(ctx, session.staffId)]);
  reading.catch(() => {});
  await session.actor;
  const [person, planned] = await reading;
  const standard = standardLevels[person.positionLevel];
  const levels = person.competencyLevels as Record<string, number>;
  const levelOf = (id: string) => levels[id] ?? 1;
  const largestGaps = competencies
    .map((c) => c.id)
    .filter((id) => levelOf(id) < standard)
    .sort((a, b) => levelOf(a) - levelOf(b))
    .slice(0, 3);
  const wanted = query.competencyId ? [query.competencyId] : [...new Set([...largestGaps, ...planned])].slice(0, MAX_COMPETENCIES);
  const fromPlan = new Set(planned);
  const rank = (level: PositionLevel) => positionLevels.indexOf(level);

  const lists = await Promise.all(wanted.map((competencyId) => ctx.db.entities.mentorCompetency.query.byCompetency({ competencyId }).go({ pages: "all" })));
  const best = new Map<string, MentorSuggestion>();
  lists.forEach(({ data }, index) => {
    const competencyId = wanted[index]!;
    const mine = levelOf(competencyId);
    const gapToStandard = mine - standard;
    const need = Math.max(standard - mine, 1);
    for (const m of data) {
      if (m.staffId === person.id || m.staffId === person.supervisorId || !m.available || m.taken >= m.capacity || m.level <= mine) continue;
      const cover = Math.min(m.level - mine, need) / need;
      const gap = Math.min(Math.max(-gapToStandard, 0), 4) / 4;
      const spare = (m.capacity - m.taken) / m.capacity;
      const senior = rank(m.positionLevel) > rank(person.positionLevel);
      const other = m.unitId !== person.unitId;
      const score = Math.round(50 * cover + 15 * gap + 20 * spare + (senior ? 10 : 0) + (other ? 5 : 0));
      const reasons = [
        `Kompetensi ${competencyName.get(competencyId)} level ${m.level}, gap Anda ${gapToStandard > 0 ? "+" : ""}${gapToStandard}`,
        `${m.taken} dari ${m.capacity} kursi terisi`,
        ...(senior ? [`Jabatan lebih tinggi: ${positionLevelNames[m.positionLevel]}`] : []),
        ...(other ? [`Unit lain (${m.unitName}): belajar lintas OPD`] : []),
        ...(fromPlan.has(competencyId) ? ["Sesuai rencana pengembangan Anda (mentoring)"] : []),
      ];
      const suggestion = { mentorId: m.staffId, name: m.name, unitName: m.unitName, position: m.position, competencyId, level: m.level, score, reasons };
      const seen = best.get(m.staffId);
      if (!seen || seen.score < score) best.set(m.staffId, suggestion);
    }
  });
  const items = [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name)).slice(0, MAX_SUGGESTIONS);
  return { items };
}
