import * as z from "../zod";
import { mentoringModes, mentorshipSessionMoves, mentorshipSessionStatuses } from "../values";

// The sessions of a relation, the actions agreed in them, and the learning hours they earn.

const id = z.string().check(z.minLength(1), z.maxLength(64));

export const sessionActionInput = z.object({
  text: z.string().check(z.trim(), z.minLength(3), z.maxLength(300)),
  dueDate: z.iso.date("Use a date as YYYY-MM-DD"),
});

export const logSessionInput = z.object({
  /** When the session took place (or, up to 90 days ahead, will take place). */
  date: z.iso.datetime({ offset: true, message: "Use an ISO date-time, e.g. 2026-12-02T09:00:00+08:00" }),
  minutes: z.number().check(z.int(), z.gte(15), z.lte(480)),
  mode: z.enum(mentoringModes),
  notes: z._default(z.string().check(z.trim(), z.maxLength(2000)), ""),
  actions: z._default(z.array(sessionActionInput).check(z.maxLength(10)), []),
});

export type LogSessionInput = z.infer<typeof logSessionInput>;

export const sessionParam = z.object({ id, sessionId: id });
export const actionParam = z.object({ id, sessionId: id, actionId: id });

export const disputeInput = z.object({ reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)) });
export const tickActionInput = z.object({ done: z.boolean() });

export const sessionActionView = z.object({
  id: z.string(),
  text: z.string(),
  /** YYYY-MM-DD */
  dueDate: z.string(),
  doneAt: z.nullable(z.string()),
});

export type SessionAction = z.infer<typeof sessionActionView>;

export const mentorshipSessionView = z.object({
  id: z.string(),
  date: z.string(),
  minutes: z.number(),
  mode: z.enum(mentoringModes),
  notes: z.string(),
  loggedBy: z.object({ id: z.string(), name: z.string() }),
  /** A pending session not answered within 14 days of being held reads "confirmed" (`autoConfirmed`). */
  status: z.enum(mentorshipSessionStatuses),
  autoConfirmed: z.boolean(),
  /** Until when the other party may confirm or dispute it; null once decided. */
  answerBy: z.nullable(z.string()),
  disputeReason: z.nullable(z.string()),
  actions: z.array(sessionActionView),
  createdAt: z.string(),
  /** What the viewer may do with it now. */
  can: z.array(z.enum(mentorshipSessionMoves)),
});

export type MentorshipSession = z.infer<typeof mentorshipSessionView>;

export const mentorshipSessionList = z.object({
  items: z.array(mentorshipSessionView),
  /** Minutes of confirmed sessions held so far, and the JP they earn (1 JP per 45 minutes, rounded down). */
  confirmedMinutes: z.number(),
  jp: z.number(),
  /** Minutes still waiting for the other party: they count only once confirmed. */
  pendingMinutes: z.number(),
  /** The JP credited when the relation was completed (null before). */
  creditedJp: z.nullable(z.number()),
});

export type MentorshipSessionList = z.infer<typeof mentorshipSessionList>;
