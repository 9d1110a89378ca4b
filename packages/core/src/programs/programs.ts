import { randomUUID } from "node:crypto";
import { isAdmin, type Actor } from "../actor";
import { competencies } from "../competencies/competencies";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { forumUnitFor, linkedTopics, mayManageFor } from "../dialogs/dialogs";
import { conflict, forbidden, notFound } from "../errors";
import { tellFollowers } from "../forum-answers/notices";
import { pageWith } from "../paging";
import { writeTogether } from "../transaction";
import type {
  CompetencyNeed,
  CreateProgramInput,
  ListProgramsQuery,
  Milestone,
  Program,
  ProgramDetail,
  ProgramNeeds,
  ProgramPage,
  ProgramStatusInput,
  TopicProgram,
  UnitProgramsQuery,
} from "./programs.schemas";

type ProgramRecord = Item<"program">;
type StoredMilestone = { id: string; title: string; targetDate: string; doneAt: string | null };
type StoredNeed = { competencyId: string; level: number };

const competencyNames = new Map(competencies.map((c) => [c.id, c.name]));

const milestonesOf = (record: Pick<ProgramRecord, "milestones">) => (record.milestones ?? []) as StoredMilestone[];
export const needsOf = (record: Pick<ProgramRecord, "competencyNeeds">) => (record.competencyNeeds ?? []) as StoredNeed[];

/** Done milestones over all of them, 0 to 1 (three decimals). */
export function progressOf(record: Pick<ProgramRecord, "milestones">): number {
  const all = milestonesOf(record);
  if (!all.length) return 0;
  return Math.round((all.filter((m) => m.doneAt).length / all.length) * 1000) / 1000;
}

const toNeed = (need: StoredNeed): CompetencyNeed => ({ competencyId: need.competencyId, name: competencyNames.get(need.competencyId) ?? need.competencyId, level: need.level });
const toMilestone = (m: StoredMilestone): Milestone => ({ id: m.id, title: m.title, targetDate: m.targetDate, done: Boolean(m.doneAt), doneAt: m.doneAt ?? null });

export function toProgram(record: ProgramRecord): Program {
  return {
    id: record.id,
    title: record.title,
    description: record.description,
    unit: { code: record.unitCode, name: record.unitName },
    status: record.status,
    topicIds: record.topicIds ?? [],
    milestones: milestonesOf(record).map(toMilestone),
    progress: progressOf(record),
    competencyNeeds: needsOf(record).map(toNeed),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

async function programRecord(ctx: AppContext, id: string): Promise<ProgramRecord> {
  const { data } = await ctx.db.entities.program.get({ id }).go();
  if (!data) throw notFound("Program");
  return data;
}

async function toDetail(ctx: AppContext, record: ProgramRecord): Promise<ProgramDetail> {
  const ids = record.topicIds ?? [];
  const { data } = ids.length ? await ctx.db.entities.topic.get(ids.map((id) => ({ id }))).go({ attributes: ["id", "title", "status", "hidden"] }) : { data: [] };
  const byId = new Map(data.map((t) => [t.id, t]));
  const topics = ids.flatMap((id) => {
    const t = byId.get(id);
    return t ? [{ id: t.id, title: t.hidden ? "" : t.title, status: t.status, hidden: t.hidden === true }] : [];
  });
  return { ...toProgram(record), topics };
}

/**
 * A unit turns topics into a service program (a supervisor for their own unit, an admin for any):
 * the program and the link on each topic are written in one transaction, on the condition that
 * no topic belongs to another program already.
 */
export async function createProgram(ctx: AppContext, actor: Actor, input: CreateProgramInput): Promise<ProgramDetail> {
  const unit = await forumUnitFor(ctx, actor, input.unitCode, "service programs");
  const topics = await linkedTopics(ctx, input.topicIds);
  const taken = topics.filter((t) => t.programId);
  if (taken.length) throw conflict("A topic belongs to one program only", { topicIds: taken.map((t) => t.id) });
  const now = ctx.now().toISOString();
  const record: ProgramRecord = {
    id: randomUUID(),
    title: input.title,
    description: input.description,
    unitCode: unit.code,
    unitName: unit.name,
    status: "planned",
    topicIds: topics.map((t) => t.id),
    milestones: input.milestones.map((m, index) => ({ id: `m${index + 1}`, title: m.title, targetDate: m.targetDate, doneAt: null })),
    competencyNeeds: input.competencyNeeds.map((n) => ({ competencyId: n.competencyId, level: n.level })),
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await writeTogether(
    ctx,
    ({ program, topic }) => [
      program.create(record).commit(),
      ...topics.map((t) =>
        topic
          .patch({ id: t.id })
          .set({ programId: record.id, programTitle: record.title })
          .where(({ programId }, { notExists }) => notExists(programId))
          .commit(),
      ),
    ],
    () => conflict("A topic was linked to another program meanwhile"),
  );
  return toDetail(ctx, record);
}

/** Moves a program to planned, running, done or stopped (its unit's supervisors, admins). */
export async function setProgramStatus(ctx: AppContext, actor: Actor, id: string, input: ProgramStatusInput): Promise<ProgramDetail> {
  const record = await programRecord(ctx, id);
  await mayManageFor(ctx, actor, record.unitCode, "service programs");
  if (record.status === input.status) return toDetail(ctx, record);
  const updatedAt = ctx.now().toISOString();
  await ctx.db.entities.program.patch({ id }).set({ status: input.status, updatedAt }).go();
  return toDetail(ctx, { ...record, status: input.status, updatedAt });
}

/**
 * Marks a milestone done, once: done again it writes nothing. The followers of every linked
 * topic are told (a notice and an e-mail) once each, even when they follow several of them or
 * the request is repeated: the notice's key is the milestone's event.
 */
export async function completeMilestone(ctx: AppContext, actor: Actor, id: string, milestoneId: string): Promise<ProgramDetail> {
  let record = await programRecord(ctx, id);
  await mayManageFor(ctx, actor, record.unitCode, "service programs");
  for (let attempt = 0; ; attempt++) {
    const milestones = milestonesOf(record);
    const milestone = milestones.find((m) => m.id === milestoneId);
    if (!milestone) throw notFound("Milestone");
    if (milestone.doneAt) break;
    const now = ctx.now().toISOString();
    const changed = milestones.map((m) => (m.id === milestoneId ? { ...m, doneAt: now } : m));
    try {
      await ctx.db.entities.program
        .patch({ id })
        .set({ milestones: changed, updatedAt: now })
        .where(({ updatedAt }, { eq }) => eq(updatedAt, record.updatedAt))
        .go();
      record = { ...record, milestones: changed, updatedAt: now };
      break;
    } catch (error) {
      if ((error as { cause?: { name?: string } }).cause?.name !== "ConditionalCheckFailedException" || attempt >= 4) throw error;
      record = await programRecord(ctx, id);
    }
  }
  const done = milestonesOf(record).find((m) => m.id === milestoneId)!;
  const event = {
    id: `milestone:${record.id}:${done.id}`,
    at: done.doneAt!,
    type: "milestone_done" as const,
    params: { programId: record.id, program: record.title, milestone: done.title, progress: String(progressOf(record)) },
  };
  const { data: topics } = await ctx.db.entities.topic.get((record.topicIds ?? []).map((topicId) => ({ id: topicId }))).go({ attributes: ["id", "title"] });
  // One after the other: a citizen following two of the topics gets the first one's notice only.
  for (const topic of topics) await tellFollowers(ctx, topic, event);
  return toDetail(ctx, record);
}

export const getProgram = async (ctx: AppContext, id: string): Promise<ProgramDetail> => toDetail(ctx, await programRecord(ctx, id));

/** Every program, newest first, paged by cursor (one Query per page). */
export async function listPrograms(ctx: AppContext, query: ListProgramsQuery): Promise<ProgramPage> {
  const page = await pageWith(query.cursor, (cursor) => ctx.db.entities.program.query.recent({}).go({ order: "desc", limit: query.limit, cursor }));
  return { items: page.data.map(toProgram), cursor: page.cursor };
}

/** One unit's programs for its responders, newest first (one Query of the unit index a page). */
export async function listUnitPrograms(ctx: AppContext, actor: Actor, query: UnitProgramsQuery): Promise<ProgramPage> {
  const unit = await forumUnitFor(ctx, actor, query.unitCode, "service programs");
  const page = await pageWith(query.cursor, (cursor) => ctx.db.entities.program.query.byUnit({ unitCode: unit.code }).go({ order: "desc", limit: query.limit, cursor }));
  return { items: page.data.map(toProgram), cursor: page.cursor };
}

/** BKPSDM (admins): the competency needs of every program (Queries of the program index, never a Scan). */
export async function programNeeds(ctx: AppContext, actor: Actor): Promise<ProgramNeeds> {
  if (!isAdmin(actor)) throw forbidden("The needs of all programs are for BKPSDM (admins)");
  const { data } = await ctx.db.entities.program.query.recent({}).go({ order: "desc", pages: "all" });
  return {
    items: data.map((p) => ({ programId: p.id, title: p.title, unit: { code: p.unitCode, name: p.unitName }, status: p.status, competencyNeeds: needsOf(p).map(toNeed) })),
  };
}

/** The unit's programs still to deliver (planned or running): one Query of the programs' unit index. */
async function activeProgramsOf(ctx: AppContext, unitCode: string): Promise<ProgramRecord[]> {
  const { data } = await ctx.db.entities.program.query.byUnit({ unitCode }).go({ pages: "all" });
  return data.filter((p) => p.status === "planned" || p.status === "running");
}

/** What a unit's programs need of one person: the highest level asked, above theirs, and the programs asking. */
export interface PersonProgramNeed {
  competencyId: string;
  name: string;
  neededLevel: number;
  currentLevel: number;
  programs: { id: string; title: string }[];
}

/**
 * The competency needs of the person's unit's programs still to deliver that are above the
 * person's level (`levelOf`), per competency. Two requests: the unit (for its code) and one
 * Query of the programs' unit index.
 */
export async function programNeedsOfPerson(
  ctx: AppContext,
  unitId: string,
  levelOf: (competencyId: string) => number,
): Promise<Map<string, PersonProgramNeed>> {
  const { data: unit } = await ctx.db.entities.unit.get({ id: unitId }).go({ attributes: ["code"] });
  const programs = unit ? await activeProgramsOf(ctx, unit.code) : [];
  const needs = new Map<string, PersonProgramNeed>();
  for (const program of programs) {
    for (const need of needsOf(program)) {
      const currentLevel = levelOf(need.competencyId);
      if (currentLevel >= need.level) continue;
      const entry = needs.get(need.competencyId) ?? {
        competencyId: need.competencyId,
        name: competencyNames.get(need.competencyId) ?? need.competencyId,
        neededLevel: 0,
        currentLevel,
        programs: [],
      };
      entry.neededLevel = Math.max(entry.neededLevel, need.level);
      entry.programs.push({ id: program.id, title: program.title });
      needs.set(need.competencyId, entry);
    }
  }
  return needs;
}

/** The programs of some topics, by what a topic shows of them (one BatchGet). */
export async function topicPrograms(ctx: AppContext, programIds: (string | undefined)[]): Promise<Map<string, TopicProgram>> {
  const ids = [...new Set(programIds.filter((id): id is string => Boolean(id)))];
  if (!ids.length) return new Map();
  const { data } = await ctx.db.entities.program.get(ids.map((id) => ({ id }))).go({ attributes: ["id", "title", "milestones"] });
  return new Map(data.map((p) => [p.id, { id: p.id, title: p.title, progress: progressOf(p) }]));
}

