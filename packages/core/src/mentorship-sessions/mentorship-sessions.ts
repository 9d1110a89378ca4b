import { createHash } from "node:crypto";
import type { Actor, PendingSession } from "../actor";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { markPlanItemDone } from "../plans/plans";
import { getStaffRecord } from "../staff/staff";
import { DAY_MS, witaDate, witaYear } from "../time";
import { isConditionFailure, writeTogether, type TransactionEntities } from "../transaction";
import {
  assertMayAct,
  assertMaySee,
  endActive,
  getMentorshipRecord,
  nextActiveWatch,
  partyOf,
  tell,
  toMentorship,
  type MentorshipRecord,
} from "../mentorships/mentorships";
import type { Mentorship } from "../mentorships/mentorships.schemas";
import type { MentorshipSessionMove } from "../values";
import type { LogSessionInput, MentorshipSession, MentorshipSessionList, SessionAction } from "./mentorship-sessions.schemas";

export type SessionRecord = Item<"mentorshipSession">;

/** A session the other party neither confirmed nor disputed this long after it was held counts as confirmed. */
export const CONFIRM_DAYS = 14;
/** Perlan 10/2018: one learning hour (JP) is 45 minutes. */
export const MINUTES_PER_JP = 45;
/** How far ahead a session may be planned. */
const PLAN_AHEAD_DAYS = 90;

const heldUntil = (s: Pick<SessionRecord, "date" | "minutes">) => Date.parse(s.date) + s.minutes * 60_000;
/** Until when the other party answers: 14 days after the session was held (or logged, if logged later). */
const answerBy = (s: SessionRecord) => new Date(Math.max(heldUntil(s), Date.parse(s.createdAt)) + CONFIRM_DAYS * DAY_MS).toISOString();
const isAutoConfirmed = (ctx: AppContext, s: SessionRecord) => s.status === "pending" && ctx.now().toISOString() >= answerBy(s);
/** Whether the session counts: confirmed by the other party, or left unanswered past its 14 days. */
const counts = (ctx: AppContext, s: SessionRecord) => s.status === "confirmed" || isAutoConfirmed(ctx, s);
const actionsOf = (s: Pick<SessionRecord, "actions">) => s.actions as SessionAction[];

/** What `viewer` may do with a session now: the other party confirms (once held) or disputes it; the mentee ticks actions. */
function sessionMoves(ctx: AppContext, s: SessionRecord, record: MentorshipRecord, viewer: string): MentorshipSessionMove[] {
  const answering = partyOf(record, { id: viewer }) !== null && viewer !== s.loggedBy && s.status === "pending" && !isAutoConfirmed(ctx, s) && record.status === "active";
  return [
    ...(answering && heldUntil(s) <= ctx.now().getTime() ? (["confirm"] as const) : []),
    ...(answering ? (["dispute"] as const) : []),
    ...(viewer === s.loggedBy && s.status === "pending" && !isAutoConfirmed(ctx, s) && record.status === "active" ? (["withdraw"] as const) : []),
    ...(viewer === record.menteeId && (record.status === "active" || record.status === "completed") && actionsOf(s).length ? (["tick"] as const) : []),
  ];
}

function toSession(ctx: AppContext, s: SessionRecord, record: MentorshipRecord, viewer: string): MentorshipSession {
  const auto = isAutoConfirmed(ctx, s);
  return {
    id: s.id,
    date: s.date,
    minutes: s.minutes,
    mode: s.mode,
    notes: s.notes,
    loggedBy: { id: s.loggedBy, name: s.loggedByName },
    status: auto ? "confirmed" : s.status,
    autoConfirmed: auto,
    answerBy: s.status === "pending" && !auto ? answerBy(s) : null,
    disputeReason: s.disputeReason ?? null,
    actions: actionsOf(s),
    createdAt: s.createdAt,
    can: sessionMoves(ctx, s, record, viewer),
  };
}

async function sessionsOf(ctx: AppContext, mentorshipId: string): Promise<SessionRecord[]> {
  const { data } = await ctx.db.entities.mentorshipSession.query.byMentorship({ mentorshipId }).go({ pages: "all" });
  return data.sort((a, b) => a.date.localeCompare(b.date));
}

/** What the sessions earn: confirmed minutes held by now, the JP (rounded down), and what still waits. */
function tally(ctx: AppContext, sessions: SessionRecord[]) {
  const now = ctx.now().getTime();
  const held = sessions.filter((s) => heldUntil(s) <= now);
  const confirmed = held.filter((s) => counts(ctx, s));
  const confirmedMinutes = confirmed.reduce((sum, s) => sum + s.minutes, 0);
  const pendingMinutes = held.filter((s) => s.status === "pending" && !counts(ctx, s)).reduce((sum, s) => sum + s.minutes, 0);
  return { confirmed, confirmedMinutes, jp: Math.floor(confirmedMinutes / MINUTES_PER_JP), pendingMinutes };
}

/**
 * A session's id follows from its start: the same session logged twice (a retry, or both
 * parties) is one session.
 */
const sessionId = (mentorshipId: string, date: string) => createHash("sha256").update(`${mentorshipId}|${new Date(date).toISOString()}`).digest("base64url").slice(0, 16);

/**
 * Either party logs a session of an active relation, with the actions agreed in it; the other
 * party is told and confirms it. A session may be planned up to 90 days ahead, never before the
 * relation started. Logging the same start again answers the session already logged.
 */
export async function logSession(ctx: AppContext, actor: Actor, mentorshipId: string, input: LogSessionInput): Promise<MentorshipSession> {
  const [record, person] = await Promise.all([getMentorshipRecord(ctx, mentorshipId), getStaffRecord(ctx, actor.id)]);
  const side = partyOf(record, actor);
  if (!side) throw forbidden("Only the mentor and the mentee log sessions");
  if (record.status !== "active") throw notActive(record);
  const date = new Date(input.date).toISOString();
  const earliest = new Date(Date.parse(record.startedAt!) - DAY_MS).toISOString();
  const latest = new Date(ctx.now().getTime() + PLAN_AHEAD_DAYS * DAY_MS).toISOString();
  if (date < earliest || date > latest) {
    throw new AppError(422, "invalid_session_date", `A session falls between the start of the relation and ${PLAN_AHEAD_DAYS} days ahead`, {
      issues: [{ path: "date", message: `between ${witaDate(earliest)} and ${witaDate(latest)}` }],
    });
  }
  const now = ctx.now().toISOString();
  const id = sessionId(mentorshipId, date);
  const session: SessionRecord = {
    mentorshipId,
    id,
    date,
    minutes: input.minutes,
    mode: input.mode,
    notes: input.notes,
    loggedBy: actor.id,
    loggedByName: person.name,
    status: "pending",
    actions: input.actions.map((a, index) => ({ id: `a${index + 1}`, text: a.text, dueDate: a.dueDate, doneAt: null })),
    version: 1,
    createdAt: now,
  };
  for (let attempt = 0; ; attempt++) {
    const [current, logged] = await Promise.all([attempt === 0 ? record : getMentorshipRecord(ctx, mentorshipId), sessionsOf(ctx, mentorshipId)]);
    if (current.status !== "active") throw notActive(current);
    // Two sessions of one relation never overlap (a disputed one no longer counts); the relation's
    // own write below serialises concurrent logs, so this holds under concurrency too.
    const overlapping = logged.find((s) => s.id !== id && s.status !== "disputed" && Date.parse(s.date) < heldUntil(session) && Date.parse(date) < heldUntil(s));
    if (overlapping) throw new AppError(409, "session_overlaps", "Another session of this relation takes up that time", { sessionId: overlapping.id, date: overlapping.date });
    // Only a session held by now moves the quiet clock; a planned one does when the daily job finds it held.
    const held = date <= now;
    const lastSessionAt = held && !(current.lastSessionAt && current.lastSessionAt > date) ? date : current.lastSessionAt;
    const codes = await ctx.db.transaction
      .write((entities) => [
        entities.mentorshipSession.create(session).commit(),
        entities.mentorship
          .patch({ id: mentorshipId })
          .set({ ...(lastSessionAt ? { lastSessionAt } : {}), watchAt: nextActiveWatch({ ...current, lastSessionAt }), sessionsLogged: (current.sessionsLogged ?? 0) + 1, updatedAt: now })
          .where(({ status, sessionsLogged, watchAt }, { eq, notExists }) =>
            [eq(status, "active"), eq(watchAt, current.watchAt), current.sessionsLogged === undefined ? notExists(sessionsLogged) : eq(sessionsLogged, current.sessionsLogged)].join(" AND "),
          )
          .commit(),
        tellSession(ctx, entities, current, side === "mentee" ? "mentor" : "mentee", "mentorship_session_logged", session),
      ])
      .go();
    if (!codes.canceled) return toSession(ctx, session, current, actor.id);
    const [sessionItem] = codes.data as unknown as { code?: string }[];
    if (sessionItem?.code === "ConditionalCheckFailed") {
      const existing = await getSessionRecord(ctx, mentorshipId, id);
      if (existing.loggedBy === actor.id && existing.minutes === input.minutes) return toSession(ctx, existing, current, actor.id);
      throw new AppError(409, "session_exists", "A session starting at this moment is already logged", { sessionId: id });
    }
    if (attempt >= 8) throw new AppError(409, "conflict", "The mentorship is busy; try again");
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** attempt));
  }
}

const notActive = (record: MentorshipRecord) => new AppError(409, "mentorship_not_active", `A ${record.status} mentorship takes no sessions`, { status: record.status });

/** A notification about one session, named by the session and the event so it is sent once. */
const tellSession = (ctx: AppContext, entities: TransactionEntities, record: MentorshipRecord, to: "mentee" | "mentor", type: "mentorship_session_logged" | "mentorship_session_disputed", s: SessionRecord, extra: Record<string, string> = {}) =>
  tell(ctx, entities, record, to, type, { date: s.date, minutes: String(s.minutes), ...extra }, `${s.id}`);

async function getSessionRecord(ctx: AppContext, mentorshipId: string, id: string): Promise<SessionRecord> {
  const { data } = await ctx.db.entities.mentorshipSession.get({ mentorshipId, id }).go();
  if (!data) throw notFound("Session");
  return data;
}

/** The party who did not log the session, on a relation still active, before its 14 days have passed. */
async function answerable(ctx: AppContext, actor: Actor, mentorshipId: string, id: string) {
  const [record, session] = await Promise.all([getMentorshipRecord(ctx, mentorshipId), getSessionRecord(ctx, mentorshipId, id)]);
  if (!partyOf(record, actor)) throw forbidden("Only the mentor and the mentee answer for sessions");
  if (session.loggedBy === actor.id) throw forbidden("The other party confirms a session");
  return { record, session };
}

/**
 * The other party confirms a session once it has been held. Confirming again, or after the 14
 * days made it count anyway, answers the session as it is; a disputed one cannot be confirmed.
 */
export async function confirmSession(ctx: AppContext, actor: Actor, mentorshipId: string, id: string): Promise<MentorshipSession> {
  const { record, session } = await answerable(ctx, actor, mentorshipId, id);
  if (session.status === "confirmed" || isAutoConfirmed(ctx, session)) return toSession(ctx, session, record, actor.id);
  if (session.status === "disputed") throw new AppError(409, "invalid_transition", "A disputed session cannot be confirmed");
  if (record.status !== "active") throw notActive(record);
  if (heldUntil(session) > ctx.now().getTime()) throw new AppError(409, "session_not_held", "A session is confirmed once it has taken place", { date: session.date });
  const now = ctx.now().toISOString();
  await ctx.db.entities.mentorshipSession
    .patch({ mentorshipId, id })
    .set({ status: "confirmed", decidedAt: now })
    .add({ version: 1 })
    .where(({ status }, { eq }) => eq(status, "pending"))
    .go()
    .catch((error) => {
      if (!isConditionFailure(error)) throw error;
    });
  const after = await getSessionRecord(ctx, mentorshipId, id);
  if (after.status === "disputed") throw new AppError(409, "invalid_transition", "The session was disputed meanwhile");
  return toSession(ctx, after, record, actor.id);
}

/** The other party disputes a session within its 14 days, saying why; it then earns no learning hours. */
export async function disputeSession(ctx: AppContext, actor: Actor, mentorshipId: string, id: string, reason: string): Promise<MentorshipSession> {
  const { record, session } = await answerable(ctx, actor, mentorshipId, id);
  if (session.status === "disputed") return toSession(ctx, session, record, actor.id);
  if (session.status !== "pending" || isAutoConfirmed(ctx, session)) throw new AppError(409, "invalid_transition", "Only a session waiting for an answer can be disputed");
  if (record.status !== "active") throw notActive(record);
  const now = ctx.now().toISOString();
  const side = partyOf(record, actor)!;
  const written = await writeTogether(
    ctx,
    (entities) => [
      entities.mentorshipSession
        .patch({ mentorshipId, id })
        .set({ status: "disputed", decidedAt: now, disputeReason: reason })
        .add({ version: 1 })
        .where(({ status }, { eq }) => eq(status, "pending"))
        .commit(),
      tellSession(ctx, entities, record, side === "mentee" ? "mentor" : "mentee", "mentorship_session_disputed", session, { reason }),
    ],
    () => new AppError(409, "invalid_transition", "The session was answered meanwhile"),
  ).then(
    () => true,
    (error) => {
      if (error instanceof AppError && error.code === "invalid_transition") return false;
      throw error;
    },
  );
  const after = await getSessionRecord(ctx, mentorshipId, id);
  if (!written && after.status !== "disputed") throw new AppError(409, "invalid_transition", "The session was confirmed meanwhile");
  return toSession(ctx, after, record, actor.id);
}

/**
 * The party who logged a session takes it back while it still waits for an answer (a meeting
 * that was moved or did not happen); a confirmed or disputed one stays as it is.
 */
export async function withdrawSession(ctx: AppContext, actor: Actor, mentorshipId: string, id: string): Promise<void> {
  const [record, session] = await Promise.all([getMentorshipRecord(ctx, mentorshipId), getSessionRecord(ctx, mentorshipId, id)]);
  if (session.loggedBy !== actor.id) throw forbidden("Only the party who logged a session takes it back");
  if (record.status !== "active") throw notActive(record);
  if (session.status !== "pending" || isAutoConfirmed(ctx, session)) throw new AppError(409, "invalid_transition", "Only a session waiting for an answer can be taken back");
  await ctx.db.entities.mentorshipSession
    .delete({ mentorshipId, id })
    .where(({ status }, { eq }) => eq(status, "pending"))
    .go()
    .catch((error) => {
      throw isConditionFailure(error) ? new AppError(409, "invalid_transition", "The session was answered meanwhile") : error;
    });
}

/** The mentee ticks an action done (or not done again) while the relation runs or after it completed. */
export async function tickAction(ctx: AppContext, actor: Actor, mentorshipId: string, id: string, actionId: string, done: boolean): Promise<MentorshipSession> {
  for (let attempt = 0; ; attempt++) {
    const [record, session] = await Promise.all([getMentorshipRecord(ctx, mentorshipId), getSessionRecord(ctx, mentorshipId, id)]);
    if (actor.id !== record.menteeId) throw forbidden("The mentee ticks the actions");
    if (record.status !== "active" && record.status !== "completed") throw notActive(record);
    const actions = actionsOf(session);
    const action = actions.find((a) => a.id === actionId);
    if (!action) throw notFound("Action");
    if ((action.doneAt !== null) === done) return toSession(ctx, session, record, actor.id);
    const now = ctx.now().toISOString();
    const next = actions.map((a) => (a.id === actionId ? { ...a, doneAt: done ? now : null } : a));
    try {
      await ctx.db.entities.mentorshipSession
        .patch({ mentorshipId, id })
        .set({ actions: next })
        .add({ version: 1 })
        .where(({ version }, { eq }) => eq(version, session.version))
        .go();
      return toSession(ctx, { ...session, actions: next, version: session.version + 1 }, record, actor.id);
    } catch (error) {
      // Confirmed or ticked meanwhile: read again and tick on top of it.
      if (!isConditionFailure(error) || attempt >= 5) throw error;
    }
  }
}

/** The sessions of a relation, oldest first, with the minutes and JP they earn (the parties, their supervisors and admins). */
export async function listSessions(ctx: AppContext, session: PendingSession, mentorshipId: string): Promise<MentorshipSessionList> {
  const reading = Promise.all([getMentorshipRecord(ctx, mentorshipId), sessionsOf(ctx, mentorshipId)]);
  reading.catch(() => {});
  const actor = await session.actor;
  const [record, sessions] = await reading;
  assertMaySee(record, actor);
  const { confirmedMinutes, jp, pendingMinutes } = tally(ctx, sessions);
  return { items: sessions.map((s) => toSession(ctx, s, record, actor.id)), confirmedMinutes, jp, pendingMinutes, creditedJp: record.creditedJp ?? null };
}

/**
 * Completes an active relation (either party). The mentee's confirmed minutes go to the JP
 * ledger in the same transaction: 1 JP per 45 minutes, rounded down, as a "mentoring" or
 * "coaching" entry of the WITA year of the last session, under the id `mentorship-<id>`, so
 * completing twice can never credit twice. A linked development plan item is then marked done.
 */
export async function completeMentorship(ctx: AppContext, actor: Actor, id: string): Promise<Mentorship> {
  const [record, sessions] = await Promise.all([getMentorshipRecord(ctx, id), sessionsOf(ctx, id)]);
  assertMayAct(record, actor, "complete");
  const { confirmed, confirmedMinutes, jp, pendingMinutes } = tally(ctx, sessions);
  // Held sessions still waiting for an answer would be lost to the credit: they are answered first (or count after their 14 days).
  if (pendingMinutes > 0) {
    const waiting = sessions.filter((s) => heldUntil(s) <= ctx.now().getTime() && s.status === "pending" && !counts(ctx, s));
    throw new AppError(409, "sessions_pending", "Sessions held still wait for the other party's answer; confirm or dispute them first", {
      sessions: waiting.map((s) => s.id),
      answerBy: waiting.map(answerBy).sort().at(-1),
    });
  }
  const mentee = await getStaffRecord(ctx, record.menteeId);
  const now = ctx.now().toISOString();
  const last = confirmed.at(-1);
  const entry: Item<"ledgerEntry"> | null =
    jp > 0 && last
      ? {
          staffId: mentee.id,
          id: `mentorship-${record.id}`,
          year: witaYear(last.date),
          staffName: mentee.name,
          staffNip: mentee.nip,
          unitId: mentee.unitId,
          supervisorId: mentee.supervisorId,
          source: record.kind,
          title: `${record.kind === "coaching" ? "Coaching" : "Mentoring"}: ${record.mentorName}`,
          institution: record.mentorUnitName,
          startDate: witaDate(confirmed[0]!.date),
          endDate: witaDate(last.date),
          jp,
          evidence: `${confirmed.length} sesi, ${confirmedMinutes} menit`,
          status: "approved",
          decidedBy: actor.id,
          decidedByName: actor.name,
          decidedAt: now,
          createdAt: now,
        }
      : null;
  await endActive(ctx, actor, record, "completed", undefined, { creditedJp: jp }, (entities) => [
    ...(entry ? [entities.ledgerEntry.create(entry).commit()] : []),
    // Both are asked for their feedback (named by the event: sent once).
    tell(ctx, entities, record, "mentee", "mentorship_feedback_requested"),
    tell(ctx, entities, record, "mentor", "mentorship_feedback_requested"),
  ]);
  const planItem = record.planItem as { evaluationId: string; itemId: string } | undefined;
  if (planItem) await markPlanItemDone(ctx, record.menteeId, planItem.evaluationId, planItem.itemId);
  return toMentorship(ctx, await getMentorshipRecord(ctx, id));
}

// iCalendar (RFC 5545): lines end in CRLF and fold at 75 octets; TEXT escapes \ ; , and newlines.
const icsText = (value: string) => value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
const icsTime = (moment: number | string) => new Date(moment).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // The first line holds 75 octets, each continuation a space and 74 more.
    if (octets + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

/** The sessions of a relation as an iCalendar file that calendar apps import (who may see the relation). */
export async function sessionsCalendar(ctx: AppContext, session: PendingSession, mentorshipId: string): Promise<string> {
  const reading = Promise.all([getMentorshipRecord(ctx, mentorshipId), sessionsOf(ctx, mentorshipId)]);
  reading.catch(() => {});
  const actor = await session.actor;
  const [record, sessions] = await reading;
  assertMaySee(record, actor);
  const kind = record.kind === "coaching" ? "Coaching" : "Mentoring";
  const stamp = icsTime(ctx.now().getTime());
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Pemerintah Kota Mataram//Kompeten//ID",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${icsText(`${kind} ${record.mentorName} - ${record.menteeName}`)}`,
    "X-WR-TIMEZONE:Asia/Makassar",
    ...sessions.flatMap((s) => {
      const view = toSession(ctx, s, record, actor.id);
      const actions = view.actions.map((a) => `- ${a.text} (${a.dueDate})${a.doneAt ? " ✓" : ""}`);
      return [
        "BEGIN:VEVENT",
        `UID:${s.id}.${record.id}@kompeten.mataramkota.go.id`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${icsTime(s.date)}`,
        `DTEND:${icsTime(heldUntil(s))}`,
        `SUMMARY:${icsText(`${kind}: ${record.mentorName} & ${record.menteeName}`)}`,
        `DESCRIPTION:${icsText([s.notes, ...actions].filter(Boolean).join("\n"))}`,
        `LOCATION:${icsText(s.mode === "daring" ? "Daring" : "Tatap muka")}`,
        `STATUS:${view.status === "disputed" ? "CANCELLED" : view.status === "confirmed" ? "CONFIRMED" : "TENTATIVE"}`,
        "END:VEVENT",
      ];
    }),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join("\r\n") + "\r\n";
}
