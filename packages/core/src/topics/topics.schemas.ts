import * as z from "../zod";
import { forumAreas, kecamatanList, topicStatuses } from "../values";

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

export const listTopicsQuery = z.object({
  area: z.optional(z.enum(forumAreas)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
});

export type ListTopicsQuery = z.infer<typeof listTopicsQuery>;

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
});

export type Topic = z.infer<typeof topicView>;

export const topicPage = z.object({ items: z.array(topicView), cursor: z.nullable(z.string()) });
export type TopicPage = z.infer<typeof topicPage>;

export const topicCreatedView = z.object({
  topic: topicView,
  /** What was masked before publishing (and why the text differs from what was sent): "nik", "phone". */
  masked: z.array(z.enum(["nik", "phone"])),
});
export type TopicCreated = z.infer<typeof topicCreatedView>;

export const supportView = z.object({ supported: z.boolean(), supports: z.number() });
export type SupportState = z.infer<typeof supportView>;

export const forumAreaView = z.object({ area: z.enum(forumAreas), ownerUnit: z.object({ code: z.string(), name: z.string() }) });
export const forumAreaList = z.object({ items: z.array(forumAreaView) });
export type ForumAreaOwner = z.infer<typeof forumAreaView>;
