import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

/**
 * One item waiting for a moderator: hidden (by a moderator, or by reports) until it is
 * restored. In a public partition, so that the forum Lambda can queue what reports hide.
 * The queue is one Query of this partition.
 */
export const moderationItemSchema = createSchema({
  model: { entity: "moderationItem", version: "1", service: "kompeten" },
  attributes: {
    targetType: { type: ["topic", "comment"] as const, required: true },
    targetId: { type: "string", required: true },
    // The topic it is (or belongs to), for the moderator's link.
    topicId: { type: "string", required: true },
    // The citizen who wrote it, so that a moderator can block them from the queue.
    authorId: { type: "string" },
    // A short excerpt of the hidden text, for the queue.
    excerpt: { type: "string", required: true },
    hiddenAt: { type: "string", required: true },
    // "moderator" or "reports".
    hiddenBy: { type: "string", required: true },
    reason: { type: "string" },
  },
  indexes: {
    byTarget: keyedBy("primary", { composite: [], template: "pub#moderation" }, { composite: ["targetType", "targetId"], template: "${targetType}#${targetId}" }),
  },
});
