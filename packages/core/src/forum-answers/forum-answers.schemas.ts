import * as z from "../zod";
import { topicView } from "../topics/topics.schemas";
import { topicStatuses } from "../values";

// The staff side of the forum: official answers, state changes, the responders' queue and deadlines.

const reason = z.string().check(z.trim(), z.minLength(3), z.maxLength(500));

/** ditolak says why. */
const reasonForRejection = <T extends { status?: string; reason?: string }>(value: T) => value.status !== "ditolak" || Boolean(value.reason);
const rejectionNeedsReason = { message: "A rejection needs a reason", path: ["reason"] };

export const forumQueueQuery = z.object({
  /** The owner unit (admins: any; a responder: their own, the default). */
  unitId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  /** One state; by default the open ones (baru, ditinjau, ditindaklanjuti). */
  status: z.optional(z.enum(topicStatuses)),
  /** true: only overdue topics; false: only those within their deadlines. */
  overdue: z.optional(z.enum(["true", "false"])),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
});
export type ForumQueueQuery = z.infer<typeof forumQueueQuery>;

export const answerTopicInput = z
  .object({
    body: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
    /** Moves the state in the same request: one event for the followers. */
    status: z.optional(z.enum(topicStatuses)),
    reason: z.optional(reason),
  })
  .check(z.refine(reasonForRejection, rejectionNeedsReason));
export type AnswerTopicInput = z.infer<typeof answerTopicInput>;

export const editAnswerInput = z.object({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
  /** The version the edit was made on; a newer one stored answers 409 `answer_changed`. */
  version: z.optional(z.number().check(z.int(), z.gte(1))),
});
export type EditAnswerInput = z.infer<typeof editAnswerInput>;

export const topicStatusInput = z
  .object({ status: z.enum(topicStatuses), reason: z.optional(reason) })
  .check(z.refine(reasonForRejection, rejectionNeedsReason));
export type TopicStatusInput = z.infer<typeof topicStatusInput>;

export const laporTicketInput = z.object({
  /** The SP4N-LAPOR! ticket number, as LAPOR! gives it. */
  ticket: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9\-/.]{2,39}$/, "A ticket number of 3-40 letters, digits, - / .")),
});

export type LaporTicketInput = z.infer<typeof laporTicketInput>;

export const topicOwnerInput = z.object({ unitCode: z.string().check(z.trim(), z.minLength(2), z.maxLength(32)) });
export type TopicOwnerInput = z.infer<typeof topicOwnerInput>;

export const answerParam = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  answerId: z.string().check(z.minLength(1), z.maxLength(64)),
});

// Official answers belong to the public topic, which the staff view builds on; re-exported so the staff API document names them.
export { answerVersionView, officialAnswerView, type AnswerVersion, type OfficialAnswer } from "../topics/topics.schemas";

/** Where a topic stands against its two deadlines. */
export const topicDeadlinesView = z.object({
  /** Whole days since it was posted. */
  waitedDays: z.number(),
  answerDueAt: z.string(),
  answeredAt: z.nullable(z.string()),
  answerOverdue: z.boolean(),
  progressDueAt: z.string(),
  progressOverdue: z.boolean(),
  overdue: z.boolean(),
});
export type TopicDeadlines = z.infer<typeof topicDeadlinesView>;

/** A topic as responders see it: the public topic (without the LAPOR! link and the program), its deadlines and the viewer's moves. */
export const staffTopicView = z.object({
  ...z.omit(topicView, { laporUrl: true, program: true }).shape,
  deadlines: topicDeadlinesView,
  /** The states the viewer may move it to now: none when they do not answer for it, or it is closed. */
  can: z.array(z.enum(topicStatuses)),
});
export type StaffTopic = z.infer<typeof staffTopicView>;

export const staffTopicPage = z.object({ items: z.array(staffTopicView), cursor: z.nullable(z.string()) });
export type StaffTopicPage = z.infer<typeof staffTopicPage>;

/** What a run of the daily deadline job did. */
export const forumDeadlinesRun = z.object({ topics: z.number(), reminders: z.number(), escalations: z.number(), notifications: z.number(), emails: z.number() });
