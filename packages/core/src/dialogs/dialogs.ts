import { randomUUID } from "node:crypto";
import { hasRole, isAdmin, type Actor } from "../actor";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, conflict, forbidden, notFound } from "../errors";
import { unitByCode } from "../forum-answers/deadlines";
import { pageWith } from "../paging";
import type { CreateDialogInput, Dialog, DialogMinutesInput, DialogPage, DialogSummary, ListDialogsQuery, UnitDialogsQuery, UpdateDialogInput } from "./dialogs.schemas";

type DialogRecord = Item<"dialog">;
type UnitRecord = Item<"unit">;

const invalid = (field: string, message: string) => new AppError(400, "validation_failed", message, { issues: [{ path: field, message }] });

/**
 * The unit a staff member acts for on the forum: a supervisor for their own unit (the default
 * when no code is given), an admin for any. Anyone else is refused.
 */
export async function forumUnitFor(ctx: AppContext, actor: Actor, unitCode: string | undefined, what: string): Promise<UnitRecord> {
  const admin = isAdmin(actor);
  if (!admin && !hasRole(actor, "supervisor")) throw forbidden(`Only the owner unit's staff with the supervisor role, and admins, manage ${what}`);
  const unit = unitCode ? await unitByCode(ctx, unitCode) : (await ctx.db.entities.unit.get({ id: actor.unitId }).go()).data;
  if (!unit) throw new AppError(400, "invalid_unit", `No unit has the code ${unitCode ?? ""}`.trim(), { field: "unitCode" });
  if (!admin && unit.id !== actor.unitId) throw forbidden(`Supervisors manage ${what} of their own unit only`);
  return unit;
}

/** A supervisor of the owner unit (by its code) or an admin; anyone else is refused. */
export async function mayManageFor(ctx: AppContext, actor: Actor, unitCode: string, what: string) {
  if (isAdmin(actor)) return;
  const refusal = forbidden(`Only the owner unit's staff with the supervisor role, and admins, manage ${what}`);
  if (!hasRole(actor, "supervisor")) throw refusal;
  const { data: unit } = await ctx.db.entities.unit.get({ id: actor.unitId }).go();
  if (!unit || unit.code.toLowerCase() !== unitCode.toLowerCase()) throw refusal;
}

/** The topics by id, in the order asked (one BatchGet); an unknown id answers 400 naming it. */
export async function linkedTopics(ctx: AppContext, ids: string[], field = "topicIds"): Promise<Item<"topic">[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const { data } = await ctx.db.entities.topic.get(unique.map((id) => ({ id }))).go();
  const byId = new Map(data.map((t) => [t.id, t]));
  const missing = unique.filter((id) => !byId.has(id));
  if (missing.length) throw invalid(field, `No topic has the id ${missing.join(", ")}`);
  return unique.map((id) => byId.get(id)!);
}

function fields(record: DialogRecord, now: Date) {
  return {
    id: record.id,
    title: record.title,
    unit: { code: record.unitCode, name: record.unitName },
    startsAt: record.startsAt,
    place: record.place ?? null,
    onlineUrl: record.onlineUrl ?? null,
    agenda: record.agenda,
    past: record.startsAt <= now.toISOString(),
    minutes:
      record.minutes !== undefined
        ? { minutes: record.minutes, attendees: record.attendees ?? 0, outcomes: record.outcomes ?? [], publishedAt: record.minutesAt ?? record.updatedAt }
        : null,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

export const toDialogSummary = (record: DialogRecord, now: Date): DialogSummary => ({ ...fields(record, now), topicIds: record.topicIds ?? [] });

async function toDialog(ctx: AppContext, record: DialogRecord): Promise<Dialog> {
  const ids = record.topicIds ?? [];
  const { data } = ids.length ? await ctx.db.entities.topic.get(ids.map((id) => ({ id }))).go({ attributes: ["id", "title", "status", "hidden"] }) : { data: [] };
  const byId = new Map(data.map((t) => [t.id, t]));
  const topics = ids.flatMap((id) => {
    const t = byId.get(id);
    return t ? [{ id: t.id, title: t.hidden ? "" : t.title, status: t.status, hidden: t.hidden === true }] : [];
  });
  return { ...fields(record, ctx.now()), topics };
}

async function dialogRecord(ctx: AppContext, id: string): Promise<DialogRecord> {
  const { data } = await ctx.db.entities.dialog.get({ id }).go();
  if (!data) throw notFound("Dialogue");
  return data;
}

const inFuture = (ctx: AppContext, startsAt: string) => {
  if (startsAt <= ctx.now().toISOString()) throw invalid("startsAt", "A dialogue is announced before it starts");
};

/** A supervisor (for their own unit) or an admin announces a public dialogue on some topics. */
export async function createDialog(ctx: AppContext, actor: Actor, input: CreateDialogInput): Promise<Dialog> {
  const unit = await forumUnitFor(ctx, actor, input.unitCode, "dialogues");
  inFuture(ctx, input.startsAt);
  await linkedTopics(ctx, input.topicIds);
  const now = ctx.now().toISOString();
  const record: DialogRecord = {
    id: randomUUID(),
    title: input.title,
    unitCode: unit.code,
    unitName: unit.name,
    startsAt: input.startsAt,
    ...(input.place ? { place: input.place } : {}),
    ...(input.onlineUrl ? { onlineUrl: input.onlineUrl } : {}),
    agenda: input.agenda,
    topicIds: [...new Set(input.topicIds)],
    createdBy: actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.entities.dialog.create(record).go();
  return toDialog(ctx, record);
}

/** Changes a dialogue before it starts (on the condition that nobody changed it meanwhile). */
export async function updateDialog(ctx: AppContext, actor: Actor, id: string, input: UpdateDialogInput): Promise<Dialog> {
  const record = await dialogRecord(ctx, id);
  await mayManageFor(ctx, actor, record.unitCode, "dialogues");
  if (record.startsAt <= ctx.now().toISOString()) throw conflict("A dialogue that has started is not changed; publish its minutes instead");
  if (input.startsAt) inFuture(ctx, input.startsAt);
  if (input.topicIds) await linkedTopics(ctx, input.topicIds);
  const merged: DialogRecord = {
    ...record,
    ...(input.title ? { title: input.title } : {}),
    ...(input.startsAt ? { startsAt: input.startsAt } : {}),
    ...(input.agenda ? { agenda: input.agenda } : {}),
    ...(input.topicIds ? { topicIds: [...new Set(input.topicIds)] } : {}),
    updatedAt: ctx.now().toISOString(),
  };
  const place = input.place === undefined ? record.place : (input.place ?? undefined);
  const onlineUrl = input.onlineUrl === undefined ? record.onlineUrl : (input.onlineUrl ?? undefined);
  if (!place && !onlineUrl) throw invalid("place", "Give a place or an online link");
  const { id: _id, createdAt: _createdAt, place: _place, onlineUrl: _url, ...set } = merged;
  const removed = [...(place ? [] : (["place"] as const)), ...(onlineUrl ? [] : (["onlineUrl"] as const))];
  let write = ctx.db.entities.dialog.patch({ id }).set({ ...set, ...(place ? { place } : {}), ...(onlineUrl ? { onlineUrl } : {}) });
  if (removed.length) write = write.remove(removed);
  await write
    .where(({ updatedAt }, { eq }) => eq(updatedAt, record.updatedAt))
    .go()
    .catch((error) => {
      throw (error as { cause?: { name?: string } }).cause?.name === "ConditionalCheckFailedException" ? conflict("The dialogue changed meanwhile; reload it and try again") : error;
    });
  return toDialog(ctx, { ...merged, place, onlineUrl } as DialogRecord);
}

/** Publishes (or corrects) the minutes of a dialogue once it has started: notulen, attendees, outcomes. */
export async function publishMinutes(ctx: AppContext, actor: Actor, id: string, input: DialogMinutesInput): Promise<Dialog> {
  const record = await dialogRecord(ctx, id);
  await mayManageFor(ctx, actor, record.unitCode, "dialogues");
  const now = ctx.now().toISOString();
  if (record.startsAt > now) throw conflict("Minutes are published once the dialogue has started", { startsAt: record.startsAt });
  const changes = { minutes: input.minutes, attendees: input.attendees, outcomes: input.outcomes, minutesAt: record.minutesAt ?? now, updatedAt: now };
  await ctx.db.entities.dialog.patch({ id }).set(changes).go();
  return toDialog(ctx, { ...record, ...changes });
}

export const getDialog = async (ctx: AppContext, id: string): Promise<Dialog> => toDialog(ctx, await dialogRecord(ctx, id));

/** One unit's dialogues for its responders, latest start first (one Query of the unit index a page). */
export async function listUnitDialogs(ctx: AppContext, actor: Actor, query: UnitDialogsQuery): Promise<DialogPage> {
  const unit = await forumUnitFor(ctx, actor, query.unitCode, "dialogues");
  const now = ctx.now();
  const page = await pageWith(query.cursor, (cursor) => ctx.db.entities.dialog.query.byUnit({ unitCode: unit.code }).go({ order: "desc", count: query.limit, cursor }));
  return { items: page.data.map((r) => toDialogSummary(r, now)), cursor: page.cursor };
}

/** Where a page of the dialogue list goes on: upcoming (soonest first) then past (latest first), from one moment. */
interface DialogCursor {
  p: "u" | "p";
  t: string;
  c: string | null;
}

const encode = (cursor: DialogCursor) => Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
function decode(cursor: string): DialogCursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as DialogCursor;
    if ((value.p === "u" || value.p === "p") && typeof value.t === "string" && !Number.isNaN(Date.parse(value.t)) && (value.c === null || typeof value.c === "string")) return value;
  } catch {
    // Falls through to the refusal.
  }
  throw new AppError(400, "invalid_cursor", "The cursor does not belong to this list; start from the first page");
}

/**
 * Dialogues, upcoming first (soonest first), then past ones (latest first), paged by cursor:
 * one Query of the start index per part a page reaches.
 */
export async function listDialogs(ctx: AppContext, query: ListDialogsQuery): Promise<DialogPage> {
  const now = ctx.now();
  let state: DialogCursor = query.cursor ? decode(query.cursor) : { p: "u", t: now.toISOString(), c: null };
  const records: DialogRecord[] = [];
  let next: DialogCursor | null = null;
  const { byStart } = ctx.db.entities.dialog.query;
  if (state.p === "u") {
    const from = state;
    const page = await pageWith(from.c ?? undefined, (cursor) => byStart({}).gte({ startsAt: from.t }).go({ order: "asc", count: query.limit, cursor }));
    records.push(...page.data);
    if (page.cursor) next = { p: "u", t: from.t, c: page.cursor };
    else state = { p: "p", t: from.t, c: null };
  }
  if (state.p === "p" && !next) {
    const from = state;
    const left = query.limit - records.length;
    if (left <= 0) next = from;
    else {
      const page = await pageWith(from.c ?? undefined, (cursor) => byStart({}).lt({ startsAt: from.t }).go({ order: "desc", count: left, cursor }));
      records.push(...page.data);
      next = page.cursor ? { p: "p", t: from.t, c: page.cursor } : null;
    }
  }
  return { items: records.map((r) => toDialogSummary(r, now)), cursor: next ? encode(next) : null };
}
