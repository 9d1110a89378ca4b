import * as z from "../zod";
import { forumAreas, kecamatanList, reportReasons, reportTargets, topicStatuses } from "../values";

// Topics of the citizens' forum: what a citizen raises, as everyone reads it.

export const createTopicInput = z.object({
  title: z.string().check(z.trim(), z.minLength(10), z.maxLength(120)),
  body: z.string().check(z.trim(), z.minLength(30), z.maxLength(2000)),
  area: z.enum(forumAreas),
  kecamatan: z.enum(kecamatanList),
  /** Left empty by people; a form-filling robot fills it (the field is hidden in the web form). */
  website: z._default(z.string().check(z.maxLength(0, "Leave this field empty")), ""),
});

export type CreateTopicInput = z.infer<typeof createTopicInput>;

export const topicParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

export const topicSorts = ["recent", "supports"] as const;

export const listTopicsQuery = z.object({
  area: z.optional(z.enum(forumAreas)),
  kecamatan: z.optional(z.enum(kecamatanList)),
  status: z.optional(z.enum(topicStatuses)),
  /** recent: newest first; supports: most supported first (then newest). */
  sort: z._default(z.enum(topicSorts), "recent"),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
});

export type ListTopicsQuery = z.infer<typeof listTopicsQuery>;

/** An earlier wording of an official answer, kept visible. */
export const answerVersionView = z.object({ version: z.number(), body: z.string(), at: z.string() });
export type AnswerVersion = z.infer<typeof answerVersionView>;

/** An official answer ("Jawaban resmi"): who gave it by name, position and unit only, never by staff id or NIP. */
export const officialAnswerView = z.object({
  id: z.string(),
  body: z.string(),
  official: z.literal(true),
  name: z.string(),
  position: z.string(),
  unitName: z.string(),
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
  version: z.number(),
  /** Every earlier wording, oldest first. */
  versions: z.array(answerVersionView),
});
export type OfficialAnswer = z.infer<typeof officialAnswerView>;

export const topicHistoryView = z.object({ status: z.enum(topicStatuses), at: z.string(), by: z.string(), reason: z.nullable(z.string()) });

export const topicView = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  area: z.enum(forumAreas),
  kecamatan: z.enum(kecamatanList),
  status: z.enum(topicStatuses),
  /** The unit that answers for it. */
  ownerUnit: z.object({ code: z.string(), name: z.string() }),
  /** Citizens appear by display name only. */
  author: z.object({ name: z.string() }),
  supports: z.number(),
  history: z.array(topicHistoryView),
  createdAt: z.string(),
  /** Hidden pending moderation ("disembunyikan, menunggu moderasi"): title and body are then empty. */
  hidden: z.boolean(),
  /** Official answers ("Jawaban resmi"), oldest first, each with its earlier versions. */
  answers: z.array(officialAnswerView),
  /** Where formal complaints go: SP4N-LAPOR!. */
  laporUrl: z.string(),
  /** The SP4N-LAPOR! ticket number, once staff record one. */
  laporTicket: z.nullable(z.string()),
  /** The service program it is part of, with the program's progress (0 to 1). */
  program: z.nullable(z.object({ id: z.string(), title: z.string(), progress: z.number() })),
});

export type Topic = z.infer<typeof topicView>;

export const topicPage = z.object({ items: z.array(topicView), cursor: z.nullable(z.string()) });
export type TopicPage = z.infer<typeof topicPage>;

const masked = z.array(z.enum(["nik", "phone", "email"]));

export const topicCreatedView = z.object({
  topic: topicView,
  /** What was masked before publishing (and why the text differs from what was sent): "nik", "phone", "email". */
  masked,
});
export type TopicCreated = z.infer<typeof topicCreatedView>;

export const supportView = z.object({ supported: z.boolean(), supports: z.number() });
export type SupportState = z.infer<typeof supportView>;

export const forumAreaView = z.object({ area: z.enum(forumAreas), ownerUnit: z.object({ code: z.string(), name: z.string() }) });
export const forumAreaList = z.object({ items: z.array(forumAreaView) });
export type ForumAreaOwner = z.infer<typeof forumAreaView>;

export const similarTopicsQuery = z.object({
  area: z.enum(forumAreas),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
});

/** A topic offered while writing a new one ("mungkin sudah ada"). */
export const similarTopicView = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(topicStatuses),
  supports: z.number(),
  createdAt: z.string(),
  /** How many title words (stop words aside) it shares with the title being written. */
  sharedWords: z.number(),
});
export const similarTopicList = z.object({ items: z.array(similarTopicView) });
export type SimilarTopic = z.infer<typeof similarTopicView>;

export const followView = z.object({ following: z.boolean() });

/** What the signed-in citizen has to do with one topic (personal, never cached). */
export const myTopicStateView = z.object({ supported: z.boolean(), following: z.boolean() });
export type MyTopicState = z.infer<typeof myTopicStateView>;

export const pageQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
});

export type PageQuery = z.infer<typeof pageQuery>;

/** A topic I opened or follow. */
export const myTopicView = z.object({
  topic: topicView,
  /** I opened it. */
  mine: z.boolean(),
  followedAt: z.string(),
});
export const myTopicPage = z.object({ items: z.array(myTopicView), cursor: z.nullable(z.string()) });
export type MyTopicPage = z.infer<typeof myTopicPage>;

export const noticeView = z.object({
  eventId: z.string(),
  at: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  /** "answered" | "status_changed" | "milestone_done" */
  type: z.string(),
  params: z.record(z.string(), z.unknown()),
  read: z.boolean(),
});
export const noticePage = z.object({ items: z.array(noticeView), cursor: z.nullable(z.string()) });
export type Notice = z.infer<typeof noticeView>;
export type NoticePage = z.infer<typeof noticePage>;
export const noticesReadView = z.object({ marked: z.number() });

export const createCommentInput = z.object({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  /** Left empty by people; a form-filling robot fills it (the field is hidden in the web form). */
  website: z._default(z.string().check(z.maxLength(0, "Leave this field empty")), ""),
});

export type CreateCommentInput = z.infer<typeof createCommentInput>;

export const commentView = z.object({
  id: z.string(),
  topicId: z.string(),
  /** Empty while the comment is hidden pending moderation. */
  body: z.string(),
  author: z.object({ name: z.string() }),
  hidden: z.boolean(),
  createdAt: z.string(),
});

export type Comment = z.infer<typeof commentView>;

export const commentPage = z.object({ items: z.array(commentView), cursor: z.nullable(z.string()) });
export const commentCreatedView = z.object({ comment: commentView, masked });
export type CommentPage = z.infer<typeof commentPage>;
export type CommentCreated = z.infer<typeof commentCreatedView>;

export const reportInput = z.object({
  targetType: z.enum(reportTargets),
  /** A topic's id, or for a comment "<topicId>:<commentId>". */
  targetId: z.string().check(z.minLength(1), z.maxLength(140)),
  reason: z.enum(reportReasons),
});

export type ReportInput = z.infer<typeof reportInput>;

export const reportedView = z.object({
  reported: z.literal(true),
  /** Whether the item is now hidden pending moderation. */
  hidden: z.boolean(),
});
export type Reported = z.infer<typeof reportedView>;
