import * as z from "../zod";
import { mentorshipRoles } from "../values";

// Each side's rating of a completed relation, hidden from the other side for a while.

export const feedbackInput = z.object({
  rating: z.number().check(z.int(), z.gte(1), z.lte(5)),
  comment: z._default(z.string().check(z.trim(), z.maxLength(1000)), ""),
});

export type FeedbackInput = z.infer<typeof feedbackInput>;

export const feedbackEntryView = z.object({
  from: z.enum(mentorshipRoles),
  rating: z.number(),
  comment: z.string(),
  createdAt: z.string(),
});

export const mentorshipFeedbackView = z.object({
  /** What the viewer may read: their own answer always, the other side's once both have answered or 14 days after completion. */
  entries: z.array(feedbackEntryView),
  /** The sides that have answered (without showing what they said). */
  given: z.array(z.enum(mentorshipRoles)),
  /** When the answers show even if only one side has answered; null once shown or before completion. */
  revealsAt: z.nullable(z.string()),
  /** Whether the viewer may still give theirs. */
  canGive: z.boolean(),
});

export type MentorshipFeedback = z.infer<typeof mentorshipFeedbackView>;
