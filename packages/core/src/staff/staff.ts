import { randomUUID } from "node:crypto";
import { auditEntry } from "../audit/audit";
import { isAdmin, type Actor, type ActorOrPending } from "../actor";
import { hashPassword } from "../password";
import type { AppContext } from "../context";
import { AppError, conflict, forbidden, notFound } from "../errors";
import { pageWith } from "../paging";
import { writeTogether, type CancellationCodes } from "../transaction";
import { getUnit } from "../units/units";
import { getAllByKeys } from "../batch";
import type { Item } from "../db";
import { NO_SUPERVISOR, type Role } from "./staff.entity";
import type { ColleagueSummary, CreateStaffInput, ListStaffQuery, Staff, StaffSummary, UpdateStaffInput } from "./staff.schemas";

export type StaffRecord = Item<"staff">;

export function toStaff(record: StaffRecord): Staff {
  return {
    id: record.id,
    nip: record.nip,
    name: record.name,
    email: record.email,
    unitId: record.unitId,
    unitName: record.unitName,
    position: record.position,
    positionLevel: record.positionLevel,
    supervisorId: record.supervisorId === NO_SUPERVISOR ? null : record.supervisorId,
    roles: [...record.roles].sort() as Role[],
    active: record.active,
    mustChangePassword: record.mustChangePassword,
    competencyLevels: { ...(record.competencyLevels as Record<string, number>) },
  };
}

/**
 * What a directory row reads of a staff record. Lists ask DynamoDB for these attributes only:
 * the rest of a record (password hash, competency levels, counters) would be read, unmarshalled
 * and formatted by ElectroDB per item, only to be dropped.
 */
const summaryAttributes = ["id", "nip", "name", "unitId", "unitName", "position", "positionLevel", "active"] as const satisfies readonly (keyof StaffRecord)[];
type SummaryRecord = Pick<StaffRecord, (typeof summaryAttributes)[number]>;
const summaryOnly = { attributes: [...summaryAttributes] };

export function toSummary(record: SummaryRecord): StaffSummary {
  const { id, nip, name, unitId, unitName, position, positionLevel, active } = record;
  return { id, nip, name, unitId, unitName, position, positionLevel, active };
}

export const toActor = (staff: Staff): Actor => ({
  id: staff.id,
  name: staff.name,
  roles: staff.roles,
  unitId: staff.unitId,
  supervisorId: staff.supervisorId,
});

/** What the audit trail keeps of a staff record: never the password hash. */
const auditable = (staff: Staff) => {
  const { mustChangePassword: _ignored, ...rest } = staff;
  return rest;
};

export async function getStaffRecord(ctx: AppContext, id: string): Promise<StaffRecord> {
  const { data } = await ctx.db.entities.staff.get({ id }).go();
  if (!data) throw notFound("Staff member");
  return data;
}

/** Staff may read their own record, their supervisor's and their direct reports'; admins read all. */
export function canRead(actor: Actor, target: Staff): boolean {
  return isAdmin(actor) || actor.id === target.id || target.supervisorId === actor.id || actor.supervisorId === target.id;
}

/** Longer chains than this are treated as broken data, never walked further. */
const MAX_CHAIN_DEPTH = 20;

/**
 * Whether `actorId` is above the person in the supervisor chain: their supervisor, their
 * supervisor's supervisor, and so on. One GetItem per level; a loop in the data ends the walk.
 */
export async function isAboveInChain(ctx: AppContext, actorId: string, person: Pick<StaffRecord, "id" | "supervisorId">): Promise<boolean> {
  const seen = new Set([person.id]);
  let next = person.supervisorId;
  for (let depth = 0; next && next !== NO_SUPERVISOR && depth < MAX_CHAIN_DEPTH; depth++) {
    if (next === actorId) return true;
    if (seen.has(next)) return false;
    seen.add(next);
    const { data } = await ctx.db.entities.staff.get({ id: next }).go({ attributes: ["id", "supervisorId"] });
    next = data?.supervisorId ?? NO_SUPERVISOR;
  }
  return false;
}

/**
 * A staff record for the person, their supervisor, anyone above them in the supervisor
 * chain, and admins. Competency levels (and so the gaps to the standard) are left out for
 * anyone but the person, those above them, and admins: a staff member reading their
 * supervisor's record sees no levels.
 */
export async function readStaff(ctx: AppContext, pending: ActorOrPending, id: string): Promise<Staff> {
  // The record's read does not depend on who asks: it runs alongside the session check.
  const [record, actor] = await Promise.all([getStaffRecord(ctx, id), pending]);
  const staff = toStaff(record);
  const seesLevels = isAdmin(actor) || actor.id === id || (await isAboveInChain(ctx, actor.id, record));
  if (seesLevels) return staff;
  if (actor.supervisorId !== id) throw forbidden("You may only see your own record and your team's");
  const { competencyLevels: _hidden, ...withoutLevels } = staff;
  return withoutLevels;
}

/** Looks a staff member up by NIP or email (both unique). */
export async function findStaffIdByLogin(ctx: AppContext, login: string): Promise<string | null> {
  const value = login.trim().toLowerCase();
  const kind = value.includes("@") ? "email" : "nip";
  const { data } = await ctx.db.entities.staffLogin.get({ kind, value }).go();
  return data?.staffId ?? null;
}

async function supervisorIdFor(ctx: AppContext, supervisorId: string | null | undefined, selfId: string) {
  if (!supervisorId) return NO_SUPERVISOR;
  if (supervisorId === selfId) throw new AppError(400, "invalid_supervisor", "A staff member cannot supervise themselves");
  const { data } = await ctx.db.entities.staff.get({ id: supervisorId }).go();
  if (!data) throw new AppError(400, "invalid_supervisor", "The supervisor does not exist");
  return supervisorId;
}

async function unitFor(ctx: AppContext, unitId: string) {
  try {
    return await getUnit(ctx, unitId);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw new AppError(400, "invalid_unit", `Unit ${unitId} does not exist`);
    throw error;
  }
}

/** Names which unique value a cancelled staff transaction collided on. */
function uniqueConflict(codes: CancellationCodes, fields: Record<number, string>): Error {
  const index = codes.findIndex((code) => code === "ConditionalCheckFailed");
  const field = fields[index];
  if (field) return conflict(`Another staff member already has this ${field.toUpperCase()}`, { field });
  return conflict("The record changed meanwhile; reload and try again");
}

export async function createStaff(ctx: AppContext, actor: Actor, input: CreateStaffInput): Promise<Staff> {
  const id = randomUUID();
  const [unit, supervisorId, passwordHash] = await Promise.all([
    unitFor(ctx, input.unitId),
    supervisorIdFor(ctx, input.supervisorId, id),
    hashPassword(input.initialPassword),
  ]);
  const record = newStaffRecord(ctx, {
    id,
    nip: input.nip,
    name: input.name,
    email: input.email,
    unitId: unit.id,
    unitName: unit.name,
    position: input.position,
    positionLevel: input.positionLevel,
    supervisorId,
    roles: [...new Set(input.roles)],
    passwordHash,
  });
  await saveNewStaff(ctx, actor, record);
  return toStaff(record);
}

type NewStaffFields = Pick<
  StaffRecord,
  "id" | "nip" | "name" | "email" | "unitId" | "unitName" | "position" | "positionLevel" | "supervisorId" | "roles" | "passwordHash"
>;

/** A new account: active, and its first password must be changed at first sign-in. */
export function newStaffRecord(ctx: AppContext, fields: NewStaffFields): StaffRecord {
  const now = ctx.now().toISOString();
  return {
    ...fields,
    active: true,
    competencyLevels: {},
    mustChangePassword: true,
    sessionVersion: 1,
    failedLogins: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** The NIP and email guards of a staff record, in that order: each value belongs to one person. */
export function loginItems(record: Pick<StaffRecord, "id" | "nip" | "email">): Item<"staffLogin">[] {
  return [
    { kind: "nip", value: record.nip, staffId: record.id },
    { kind: "email", value: record.email, staffId: record.id },
  ];
}

/** Writes a new staff record with its NIP and email guards and the audit entry, all or nothing. */
export async function saveNewStaff(ctx: AppContext, actor: Actor, record: StaffRecord, action = "staff.create"): Promise<void> {
  await writeTogether(
    ctx,
    ({ staff, staffLogin, staffNameWord, audit }) => [
      staff.create(record).commit(),
      ...loginItems(record).map((item) => staffLogin.create(item).commit()),
      audit.create(auditEntry(ctx, actor, { action, targetType: "staff", targetId: record.id, after: auditable(toStaff(record)) })).commit(),
      ...nameWordItems(record).map((item) => staffNameWord.put(item).commit()),
    ],
    (codes) => uniqueConflict(codes, { 1: "nip", 2: "email" }),
  );
}

export async function updateStaff(ctx: AppContext, actor: Actor, id: string, patch: UpdateStaffInput): Promise<Staff> {
  const current = await getStaffRecord(ctx, id);
  const unit = patch.unitId && patch.unitId !== current.unitId ? await unitFor(ctx, patch.unitId) : null;
  const supervisorId =
    patch.supervisorId === undefined ? current.supervisorId : await supervisorIdFor(ctx, patch.supervisorId, id);
  const next: StaffRecord = {
    ...current,
    ...definedOnly(patch),
    unitId: unit?.id ?? current.unitId,
    unitName: unit?.name ?? current.unitName,
    supervisorId,
    roles: patch.roles ? [...new Set(patch.roles)] : current.roles,
    competencyLevels: patch.competencyLevels ?? current.competencyLevels,
  };
  return (await saveStaffChange(ctx, actor, current, next)).staff;
}

/**
 * Writes an edited staff record with its audit entry (and the email guard swap), all or
 * nothing. Writes nothing when no field differs.
 */
export async function saveStaffChange(
  ctx: AppContext,
  actor: Actor,
  current: StaffRecord,
  next: StaffRecord,
  action = "staff.update",
): Promise<{ staff: Staff; changed: boolean }> {
  const before = toStaff(current);
  const after = toStaff(next);
  if (JSON.stringify(auditable(before)) === JSON.stringify(auditable(after))) return { staff: before, changed: false };

  const emailChanged = next.email !== current.email;
  const words = nameWordChanges(current, next);
  // The mentor index carries the mentor's name, unit and position for the suggestions: kept in step here.
  // A deactivated mentor is suggested to nobody; reactivated, their own availability counts again.
  const shown = (r: StaffRecord) => [r.name, r.unitId, r.unitName, r.position, r.positionLevel, r.active].join("|");
  const [mentorIndex, mentor] =
    shown(current) === shown(next)
      ? [[], null]
      : await Promise.all([
          ctx.db.entities.mentorCompetency.query.byMentor({ staffId: current.id }).go().then((r) => r.data),
          ctx.db.entities.mentor.get({ staffId: current.id }).go().then((r) => r.data),
        ]);
  await writeTogether(
    ctx,
    ({ staff, staffLogin, staffNameWord, audit, mentorCompetency }) => [
      staff
        .patch({ id: current.id })
        .set({
          name: next.name,
          email: next.email,
          unitId: next.unitId,
          unitName: next.unitName,
          position: next.position,
          positionLevel: next.positionLevel,
          supervisorId: next.supervisorId,
          roles: next.roles,
          active: next.active,
          competencyLevels: next.competencyLevels,
          ...(next.unitId !== current.unitId ? { unitChangedAt: ctx.now().toISOString() } : {}),
          updatedAt: ctx.now().toISOString(),
        })
        // Optimistic concurrency: two admins editing at once cannot overwrite each other silently.
        .where(({ updatedAt }, { eq }) => eq(updatedAt, current.updatedAt))
        .commit(),
      audit
        .create(auditEntry(ctx, actor, { action, targetType: "staff", targetId: current.id, before: auditable(before), after: auditable(after) }))
        .commit(),
      ...(emailChanged
        ? [
            staffLogin.create({ kind: "email", value: next.email, staffId: current.id }).commit(),
            staffLogin.delete({ kind: "email", value: current.email }).commit(),
          ]
        : []),
      ...words.put.map((item) => staffNameWord.put(item).commit()),
      ...words.remove.map((word) => staffNameWord.delete({ staffId: current.id, word }).commit()),
      ...mentorIndex.map((item) =>
        mentorCompetency
          .patch({ staffId: current.id, competencyId: item.competencyId })
          .set({ name: next.name, unitId: next.unitId, unitName: next.unitName, position: next.position, positionLevel: next.positionLevel, available: next.active && (mentor?.available ?? false) })
          .commit(),
      ),
    ],
    (codes) => uniqueConflict(codes, { 2: "email" }),
  );
  return { staff: after, changed: true };
}

/** The name-word entries to write and to delete when a name or unit changes (none otherwise). */
function nameWordChanges(current: StaffRecord, next: StaffRecord) {
  if (current.name === next.name && current.unitId === next.unitId) return { put: [], remove: [] };
  const wanted = nameWordItems(next);
  const keep = new Set(wanted.map((item) => item.word));
  return { put: wanted, remove: nameWords(current.name).filter((word) => !keep.has(word)) };
}

export async function resetPassword(ctx: AppContext, actor: Actor, id: string, password: string): Promise<void> {
  const current = await getStaffRecord(ctx, id);
  const passwordHash = await hashPassword(password);
  await writeTogether(
    ctx,
    ({ staff, audit }) => [
      staff
        .patch({ id })
        .set({ passwordHash, mustChangePassword: true, failedLogins: 0, updatedAt: ctx.now().toISOString() })
        .remove(["lockedUntil"])
        .add({ sessionVersion: 1 })
        .commit(),
      audit.create(auditEntry(ctx, actor, { action: "staff.password_reset", targetType: "staff", targetId: id, before: { nip: current.nip } })).commit(),
    ],
    () => notFound("Staff member"),
  );
}

type DirectoryPage<T> = { items: T[]; cursor: string | null };

/**
 * One page of the directory: by unit, by the start of any word of the name, or (admins) by
 * NIP prefix when q is digits; case and accents do not matter. Admins see each person's
 * summary; other staff look colleagues up by name and unit and see only their name, unit and
 * position (active staff only).
 */
export async function listStaff(
  ctx: AppContext,
  pending: ActorOrPending,
  query: ListStaffQuery,
): Promise<DirectoryPage<StaffSummary> | DirectoryPage<ColleagueSummary>> {
  const q = query.q?.trim() ?? "";
  // Only a query of digits reads differently for admins; any other page is read alongside the session check.
  const digits = /^\d+$/.test(q);
  const reading = digits ? null : staffByNameWords(ctx, query, q);
  const [actor, byName] = await Promise.all([pending, reading]);
  const admin = isAdmin(actor);
  const page = byName ?? (admin ? await staffByNip(ctx, query, q) : await staffByNameWords(ctx, query, q));
  if (admin) return { items: page.records.map(toSummary), cursor: page.cursor };
  return { items: page.records.filter((record) => record.active).map(toColleague), cursor: page.cursor };
}

const toColleague = ({ id, name, unitId, unitName, position }: SummaryRecord): ColleagueSummary => ({ id, name, unitId, unitName, position });

async function staffByNip(ctx: AppContext, query: ListStaffQuery, nip: string) {
  const page = await pageWith(query.cursor, (cursor) => {
    const byNip = ctx.db.entities.staff.query.byNip({}).begins({ nip });
    const options = { limit: query.limit, cursor, ...summaryOnly };
    return query.unitId ? byNip.where(({ unitId }, { eq }) => eq(unitId, query.unitId!)).go(options) : byNip.go(options);
  });
  return { records: page.data, cursor: page.cursor };
}

async function staffByNameWords(ctx: AppContext, query: ListStaffQuery, q: string): Promise<{ records: SummaryRecord[]; cursor: string | null }> {
  const { staff, staffNameWord } = ctx.db.entities;
  const words = nameWords(q);
  if (!words.length) {
    // No words to look for: the whole directory (or a unit) by name.
    const page = await pageWith(query.cursor, (cursor) => {
      const options = { limit: query.limit, cursor, ...summaryOnly };
      return query.unitId ? staff.query.byUnit({ unitId: query.unitId }).go(options) : staff.query.byName({}).go(options);
    });
    return { records: page.data, cursor: page.cursor };
  }
  // The longest word goes to the index; the others must start some word of the same name.
  const [lead, ...others] = [...words].sort((a, b) => b.length - a.length);
  const page = await pageWith(query.cursor, (cursor) => {
    const lookup = query.unitId
      ? staffNameWord.query.byUnitWord({ unitId: query.unitId }).begins({ word: lead! })
      : staffNameWord.query.byWord({}).begins({ word: lead! });
    return lookup
      .where(({ prevWord, folded }, { begins, contains }) =>
        [`NOT ${begins(prevWord, lead!)}`, ...others.map((word) => contains(folded, ` ${word}`))].join(" AND "),
      )
      // count (not limit): the filter drops some entries, and a page should still be full.
      .go({ count: query.limit, cursor });
  });
  const ids = [...new Set(page.data.map((hit) => hit.staffId))];
  const records = ids.length ? await getAllByKeys(ids.map((id) => ({ id })), (keys) => staff.get(keys).go({ unprocessed: "item", ...summaryOnly })) : [];
  const byId = new Map(records.map((record) => [record.id, record]));
  return { records: ids.map((id) => byId.get(id)).filter((record): record is SummaryRecord => Boolean(record)), cursor: page.cursor };
}

/**
 * Writes the name-word entries of every staff member (one Query over the name index, then
 * batched puts). Entries are fixed by the name, so running it again writes the same items:
 * it fills in tables whose staff were written before the directory searched every word.
 */
export async function indexNameWords(ctx: AppContext): Promise<number> {
  const { staff, staffNameWord } = ctx.db.entities;
  const { data } = await staff.query.byName({}).go({ pages: "all", attributes: ["id", "name", "unitId"] });
  const items = data.flatMap((record) => nameWordItems(record));
  for (let attempt = 0; items.length; attempt++) {
    // ElectroDB sends 25 items a request; anything left over is simply written again.
    const { unprocessed } = await staffNameWord.put(items).go();
    if (!unprocessed.length) break;
    if (attempt > 5) throw new Error("DynamoDB left name-word entries unprocessed after retries");
    await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
  }
  return items.length;
}

/** Direct reports of a supervisor, by name. */
export async function listTeam(ctx: AppContext, pending: ActorOrPending, supervisorId: string): Promise<StaffSummary[]> {
  // Read alongside the session check; nothing of it is returned unless the actor may see it.
  const [actor, { data }] = await Promise.all([pending, ctx.db.entities.staff.query.bySupervisor({ supervisorId }).go({ pages: "all", ...summaryOnly })]);
  if (!isAdmin(actor) && actor.id !== supervisorId) throw forbidden("You may only see your own team");
  return data.map(toSummary);
}

function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/**
 * The directory finds a person by the start of any word of their name. Each word of a
 * name is folded (lower case, accents and apostrophes dropped) and stored as its own index
 * entry, so "Maharani", "maha" or "MAHA" all find "Siti Maharani" with one Query.
 */

/** "Ma'ruf Amîn" -> "maruf amin": lower case, no accents, no apostrophes. */
export function foldName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/['’`]/g, "")
    .toLowerCase();
}

/** At most this many words of a name are indexed, so that a rename fits in one transaction. */
const MAX_WORDS = 20;

/** The distinct folded words of a name, sorted: "Siti Maharani Siti" -> ["maharani", "siti"]. */
export function nameWords(name: string): string[] {
  const words = foldName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  return [...new Set(words)].sort();
}

/** The folded words in their order, each preceded by a space: " siti maharani". */
export function foldedName(name: string): string {
  return foldName(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ` ${word}`)
    .join("");
}

export interface NameWordItem {
  staffId: string;
  word: string;
  /**
   * The word just before this one in the sorted words of the name. Words that share a
   * prefix sit next to each other in that order, so a hit on this word is the first hit of
   * its person exactly when the previous word does not start with the searched prefix:
   * that is how a person whose name has two matching words is listed once.
   */
  prevWord?: string;
  /** The whole folded name, so that further searched words can be checked too. */
  folded: string;
  unitId: string;
}

/** One index entry per distinct word of the person's name. */
export function nameWordItems(staff: { id: string; name: string; unitId: string }): NameWordItem[] {
  const words = nameWords(staff.name);
  const folded = foldedName(staff.name);
  return words.map((word, index) => ({
    staffId: staff.id,
    word,
    ...(index > 0 ? { prevWord: words[index - 1] } : {}),
    folded,
    unitId: staff.unitId,
  }));
}

/** Whom the jobs write to: name, e-mail, whether active and the supervisor, by staff id (BatchGet, 100 keys a request). */
export async function contactsByIds(ctx: AppContext, ids: string[]) {
  const map = new Map<string, { name: string; email: string; active: boolean; supervisorId: string }>();
  if (!ids.length) return map;
  const records = await getAllByKeys(
    [...new Set(ids)].map((id) => ({ id })),
    (keys) => ctx.db.entities.staff.get(keys).go({ unprocessed: "item", attributes: ["id", "name", "email", "active", "supervisorId"] }),
  );
  for (const s of records) map.set(s.id, { name: s.name, email: s.email, active: s.active, supervisorId: s.supervisorId });
  return map;
}
