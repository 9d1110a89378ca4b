import { createHash } from "node:crypto";
import { hasRole, isAdmin, type Actor, type ActorOrPending } from "../actor";
import { auditEntry } from "../audit/audit";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { pageWith } from "../paging";
import type { Staff } from "../staff/staff.schemas";
import { isConditionFailure, writeTogether } from "../transaction";
import type { TopicStatus } from "../values";
import { deadlinesOf, nextCheckOf, overdueLines, unitByCode } from "./deadlines";
import type { AnswerTopicInput, EditAnswerInput, ForumQueueQuery, OfficialAnswer, StaffTopic, TopicStatusInput } from "./forum-answers.schemas";
import { tellFollowers, type TopicEvent } from "./notices";
import { publicAnswers } from "../topics/topics";

type TopicRecord = Item<"topic">;
type HistoryEntry = StaffTopic["history"][number];
/** Who answers: the signed-in staff member, by what the public may see of them and what decides their rights. */
export type Responder = Pick<Staff, "id" | "name" | "position" | "unitId" | "unitName" | "roles">;

/** baru -> ditinjau -> ditindaklanjuti -> selesai; ditolak (with a reason) from any open state. */
const moves: Record<TopicStatus, TopicStatus[]> = {
  baru: ["ditinjau", "ditolak"],
  ditinjau: ["ditindaklanjuti", "ditolak"],
  ditindaklanjuti: ["selesai", "ditolak"],
  selesai: [],
  ditolak: [],
};
const OPEN: TopicStatus[] = ["baru", "ditinjau", "ditindaklanjuti"];

/** The topic as responders see it; `responds`: the viewer answers for it, and so may move it on. */
export function toStaffTopic(record: TopicRecord, now: Date, responds: boolean): StaffTopic {
  return {
    id: record.id,
    title: record.title,
    body: record.body,
    area: record.area,
    kecamatan: record.kecamatan,
    status: record.status,
    ownerUnit: { code: record.ownerUnitCode, name: record.ownerUnitName },
    author: { name: record.authorName },
    supports: record.supports,
    history: record.history as HistoryEntry[],
    answers: publicAnswers(record),
    laporTicket: record.laporTicket ?? null,
    hidden: record.hidden ?? false,
    deadlines: deadlinesOf(record, now),
    createdAt: record.createdAt,
    can: responds ? [...moves[record.status]] : [],
  };
}

async function topicRecord(ctx: AppContext, id: string): Promise<TopicRecord> {
  const { data } = await ctx.db.entities.topic.get({ id }).go();
  if (!data) throw notFound("Topic");
  return data;
}

/** Staff of the owner unit holding the supervisor role, and admins (any unit). */
async function respondsFor(ctx: AppContext, who: Pick<Actor, "roles" | "unitId">, ownerUnitCode: string): Promise<boolean> {
  if (who.roles.includes("admin")) return true;
  if (!who.roles.includes("supervisor")) return false;
  const { data: unit } = await ctx.db.entities.unit.get({ id: who.unitId }).go();
  return Boolean(unit && unit.code.toLowerCase() === ownerUnitCode.toLowerCase());
}

const notResponder = () => forbidden("Only responders of the topic's owner unit (the supervisor role) and admins answer for it");

async function mayRespond(ctx: AppContext, who: Pick<Actor, "roles" | "unitId">, ownerUnitCode: string) {
  if (!(await respondsFor(ctx, who, ownerUnitCode))) throw notResponder();
}

/** Responders and moderators (who read it without answering for it). */
export async function getStaffTopic(ctx: AppContext, actor: ActorOrPending, id: string): Promise<StaffTopic> {
  const [record, who] = await Promise.all([topicRecord(ctx, id), actor]);
  const responds = await respondsFor(ctx, who, record.ownerUnitCode);
  if (!responds && !hasRole(who, "moderator")) throw notResponder();
  return toStaffTopic(record, ctx.now(), responds);
}

/**
 * The queue of one owner unit (a responder's own by default), oldest first so that the longest
 * waiting come first, overdue ones first within each page; the open states unless one is asked
 * for; `overdue` keeps only the overdue topics (or only the others). One Query of the owner index per page.
 */
export async function listQueue(ctx: AppContext, actor: ActorOrPending, query: ForumQueueQuery) {
  const who = await actor;
  const unitId = query.unitId ?? who.unitId;
  if (!isAdmin(who) && (!hasRole(who, "supervisor") || unitId !== who.unitId)) {
    throw forbidden("The queue is for the unit's responders (the supervisor role) and admins");
  }
  const { data: unit } = await ctx.db.entities.unit.get({ id: unitId }).go();
  if (!unit) throw notFound("Unit");
  const now = ctx.now();
  const lines = overdueLines(now);
  const statuses = query.status ? [query.status] : OPEN;
  const page = await pageWith(query.cursor, (cursor) =>
    ctx.db.entities.topic.query
      .byOwner({ ownerUnitCode: unit.code })
      .where((attr, op) => {
        const inState = `(${statuses.map((s) => op.eq(attr.status, s)).join(" OR ")})`;
        if (!query.overdue) return inState;
        const overdue =
          `((${op.notExists(attr.firstAnsweredAt)} AND ${op.lt(attr.createdAt, lines.answer)}) OR ` +
          `((${op.eq(attr.status, "baru")} OR ${op.eq(attr.status, "ditinjau")}) AND ${op.lt(attr.createdAt, lines.progress)}))`;
        return `${inState} AND ${query.overdue === "true" ? overdue : `(NOT ${overdue})`}`;
      })
      .go({ order: "asc", count: query.limit, cursor }),
  );
  // The unit's responders and admins, of the unit's own topics.
  const items = page.data.map((record) => toStaffTopic(record, now, true));
  // Stable: oldest first within each group.
  items.sort((a, b) => Number(b.deadlines.overdue) - Number(a.deadlines.overdue));
  return { items, cursor: page.cursor };
}

const answerIdOf = (topicId: string, staffId: string, body: string) => createHash("sha256").update(`${topicId}\n${staffId}\n${body}`).digest("hex").slice(0, 20);
const byLine = (who: Responder) => `${who.name}, ${who.unitName}`;

function checkMove(from: TopicStatus, to: TopicStatus) {
  if (!moves[from].includes(to)) {
    throw new AppError(409, "invalid_transition", `A topic cannot move from ${from} to ${to}`, { from, to, allowed: moves[from] });
  }
}

/**
 * Writes a staff change of a topic on the condition that no other staff change came in
 * between (the revision read), keeping the deadline index in step: the next deadline step,
 * or none when none is left. Resolves with the topic as written, or null when it changed meanwhile.
 */
async function saveStaffChange(ctx: AppContext, record: TopicRecord, changes: Partial<TopicRecord>): Promise<TopicRecord | null> {
  const merged: TopicRecord = { ...record, ...changes, staffRevision: (record.staffRevision ?? 0) + 1, updatedAt: ctx.now().toISOString() };
  const next = nextCheckOf(merged);
  const { id: _id, createdAt: _createdAt, ...set } = { ...changes, staffRevision: merged.staffRevision, updatedAt: merged.updatedAt } as Partial<TopicRecord>;
  try {
    await writeTogether(
      ctx,
      ({ topic, topicDeadline }) => [
        topic
          .patch({ id: record.id })
          .set(set)
          .where(({ staffRevision }, { eq, notExists }) => (record.staffRevision === undefined ? notExists(staffRevision) : eq(staffRevision, record.staffRevision)))
          .commit(),
        // The deadline job's next step for it, or none when none is left.
        next ? topicDeadline.put({ topicId: record.id, nextCheckAt: next }).commit() : topicDeadline.delete({ topicId: record.id }).commit(),
      ],
      () => new AppError(409, "conflict", "changed meanwhile"),
    );
    return merged;
  } catch (error) {
    if ((error instanceof AppError && error.message === "changed meanwhile") || isConditionFailure(error)) return null;
    throw error;
  }
}

/**
 * An official answer by a responder, shown with their name, position and unit ("Jawaban resmi");
 * with `status` it also moves the state, and the followers hear of both as one event. The same
 * text sent again by the same person is the same answer: nothing is written twice and nobody is
 * told twice.
 */
export async function answerTopic(ctx: AppContext, who: Responder, topicId: string, input: AnswerTopicInput): Promise<StaffTopic> {
  const id = answerIdOf(topicId, who.id, input.body);
  for (let attempt = 0; attempt < 5; attempt++) {
    const record = await topicRecord(ctx, topicId);
    await mayRespond(ctx, who, record.ownerUnitCode);
    const answers = (record.answers ?? []) as OfficialAnswer[];
    const existing = answers.find((a) => a.id === id);
    const move = input.status && input.status !== record.status ? input.status : undefined;
    if (move) checkMove(record.status, move);
    if (existing && !move) return told(ctx, record, answerEvent(existing, who, input));

    const now = ctx.now().toISOString();
    const answer: OfficialAnswer = existing ?? {
      id,
      body: input.body,
      official: true,
      name: who.name,
      position: who.position,
      unitName: who.unitName,
      createdAt: now,
      editedAt: null,
      version: 1,
      versions: [],
    };
    const history = record.history as HistoryEntry[];
    const written = await saveStaffChange(ctx, record, {
      ...(existing ? {} : { answers: [...answers, answer], answerStaffIds: { ...((record.answerStaffIds ?? {}) as Record<string, string>), [id]: who.id } }),
      ...(record.firstAnsweredAt ? {} : { firstAnsweredAt: now }),
      ...(move ? { status: move, history: [...history, { status: move, at: now, by: byLine(who), reason: input.reason ?? null }] } : {}),
    });
    if (!written) continue;
    // A repeated answer that only moves the state now is a state change; otherwise the answer is the event.
    const event = existing ? statusEvent(written, written.history.length - 1) : answerEvent(answer, who, { ...input, status: move });
    return told(ctx, written, event);
  }
  throw new AppError(409, "conflict", "The topic is being changed by others; try again");
}

function answerEvent(answer: OfficialAnswer, who: Responder, input: { status?: TopicStatus; reason?: string }): TopicEvent {
  return {
    id: `answer:${answer.id}`,
    at: answer.createdAt,
    type: "answered",
    params: { unit: answer.unitName || who.unitName, name: answer.name, ...(input.status ? { status: input.status } : {}), ...(input.status && input.reason ? { reason: input.reason } : {}) },
  };
}

function statusEvent(record: TopicRecord, index: number): TopicEvent {
  const entry = (record.history as HistoryEntry[])[index]!;
  return { id: `status:${index}`, at: entry.at, type: "status_changed", params: { status: entry.status, ...(entry.reason ? { reason: entry.reason } : {}) } };
}

/** After a responder's answer or move. */
async function told(ctx: AppContext, record: TopicRecord, event: TopicEvent): Promise<StaffTopic> {
  await tellFollowers(ctx, record, event);
  return toStaffTopic(record, ctx.now(), true);
}

/**
 * Edits an official answer (its author or an admin): the earlier wording stays visible in its
 * versions. Conditioned on the topic's revision read and, when given, on the version the edit
 * was made on: a newer one answers 409 `answer_changed`.
 */
export async function editAnswer(ctx: AppContext, who: Responder, topicId: string, answerId: string, input: EditAnswerInput): Promise<StaffTopic> {
  const record = await topicRecord(ctx, topicId);
  const answers = (record.answers ?? []) as OfficialAnswer[];
  const answer = answers.find((a) => a.id === answerId);
  if (!answer) throw notFound("Answer");
  const author = ((record.answerStaffIds ?? {}) as Record<string, string>)[answerId];
  if (author !== who.id && !who.roles.includes("admin")) throw forbidden("Only the answer's author or an admin edits it");
  const changed = () => new AppError(409, "answer_changed", "The answer was changed meanwhile; reload it and edit again", { version: answer.version });
  if (input.version !== undefined && input.version !== answer.version) throw changed();
  // Its author may no longer answer for the topic (given to another unit since).
  const responds = await respondsFor(ctx, who, record.ownerUnitCode);
  if (input.body === answer.body) return toStaffTopic(record, ctx.now(), responds);
  const now = ctx.now().toISOString();
  const edited: OfficialAnswer = {
    ...answer,
    body: input.body,
    editedAt: now,
    version: answer.version + 1,
    versions: [...answer.versions, { version: answer.version, body: answer.body, at: answer.editedAt ?? answer.createdAt }],
  };
  const written = await saveStaffChange(ctx, record, { answers: answers.map((a) => (a.id === answerId ? edited : a)) });
  if (!written) throw changed();
  return toStaffTopic(written, ctx.now(), responds);
}

/** Moves a topic on (baru -> ditinjau -> ditindaklanjuti -> selesai, or ditolak with a reason), in its public history; followers are told once. */
export async function changeTopicStatus(ctx: AppContext, who: Responder, topicId: string, input: TopicStatusInput): Promise<StaffTopic> {
  const record = await topicRecord(ctx, topicId);
  await mayRespond(ctx, who, record.ownerUnitCode);
  checkMove(record.status, input.status);
  const history = record.history as HistoryEntry[];
  const written = await saveStaffChange(ctx, record, {
    status: input.status,
    history: [...history, { status: input.status, at: ctx.now().toISOString(), by: byLine(who), reason: input.reason ?? null }],
  });
  if (!written) throw new AppError(409, "conflict", "The topic was changed meanwhile; reload it and try again");
  return told(ctx, written, statusEvent(written, written.history.length - 1));
}

/** Records the SP4N-LAPOR! ticket number of a topic (a responder of the owner unit or an admin). */
export async function recordLaporTicket(ctx: AppContext, who: Responder, topicId: string, ticket: string): Promise<StaffTopic> {
  const record = await topicRecord(ctx, topicId);
  await mayRespond(ctx, who, record.ownerUnitCode);
  const { data } = await ctx.db.entities.topic.patch({ id: topicId }).set({ laporTicket: ticket, updatedAt: ctx.now().toISOString() }).go({ response: "all_new" });
  return toStaffTopic(data as TopicRecord, ctx.now(), true);
}

/** A moderator or an admin gives a topic to another unit (by its code), with an audit entry. */
export async function changeTopicOwner(ctx: AppContext, actor: Actor, topicId: string, unitCode: string): Promise<StaffTopic> {
  if (!isAdmin(actor) && !hasRole(actor, "moderator")) throw forbidden("Moderators and admins change a topic's owner unit");
  const [record, unit] = await Promise.all([topicRecord(ctx, topicId), unitByCode(ctx, unitCode)]);
  if (!unit) throw new AppError(400, "invalid_unit", `No unit has the code ${unitCode}`, { field: "unitCode" });
  const before = { ownerUnitCode: record.ownerUnitCode, ownerUnitName: record.ownerUnitName };
  const after = { ownerUnitCode: unit.code, ownerUnitName: unit.name };
  await writeTogether(
    ctx,
    ({ topic, audit }) => [
      topic
        .patch({ id: topicId })
        .set({ ...after, updatedAt: ctx.now().toISOString() })
        .commit(),
      audit.create(auditEntry(ctx, actor, { action: "topic.owner", targetType: "topic", targetId: topicId, before, after })).commit(),
    ],
    () => new AppError(409, "conflict", "The topic was changed meanwhile; try again"),
  );
  return toStaffTopic({ ...record, ...after }, ctx.now(), await respondsFor(ctx, actor, unit.code));
}
