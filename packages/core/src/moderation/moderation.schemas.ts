import * as z from "../zod";

// Moderation of the citizens' forum: what is hidden pending review, and blocked citizens.

export const moderationQueueQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
  cursor: z.optional(z.string().check(z.minLength(1))),
});
export type ModerationQueueQuery = z.infer<typeof moderationQueueQuery>;

export const moderationReasonInput = z.object({ reason: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(500))) });
export type ModerationReasonInput = z.infer<typeof moderationReasonInput>;

export const moderationParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
/** A comment as reports name it: "<topicId>:<commentId>". */
export const moderationCommentParam = z.object({ id: z.string().check(z.minLength(3), z.maxLength(140), z.regex(/^[^:]+:[^:]+$/, "<topicId>:<commentId>")) });

/** An item waiting for a moderator. */
export const moderationItemView = z.object({
  targetType: z.enum(["topic", "comment"]),
  targetId: z.string(),
  topicId: z.string(),
  excerpt: z.string(),
  /** The citizen who wrote it (for blocking them); shown to moderators only. */
  authorId: z.nullable(z.string()),
  hidden: z.boolean(),
  hiddenAt: z.string(),
  /** "moderator", or "reports" when three citizens' reports hid it. */
  hiddenBy: z.string(),
  reason: z.nullable(z.string()),
});
export type ModerationItem = z.infer<typeof moderationItemView>;

export const moderationQueueView = z.object({ items: z.array(moderationItemView), cursor: z.nullable(z.string()) });
export type ModerationQueue = z.infer<typeof moderationQueueView>;

/** What a moderation action left: the item's visibility, or a citizen's block. */
export const moderationResultView = z.object({ targetType: z.enum(["topic", "comment", "citizen"]), targetId: z.string(), hidden: z.optional(z.boolean()), blocked: z.optional(z.boolean()) });
export type ModerationResult = z.infer<typeof moderationResultView>;
