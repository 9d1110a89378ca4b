import { hasRole, isAdmin, type Actor, type ActorOrPending } from "../actor";
import { auditEntry } from "../audit/audit";
import type { AppContext } from "../context";
import { AppError, forbidden, notFound } from "../errors";
import { pageWith } from "../paging";
import { writeTogether } from "../transaction";
import type { ModerationItem, ModerationQueueQuery } from "./moderation.schemas";

/** Moderators (the moderator role) and admins. */
export function mayModerate(actor: Actor) {
  if (!isAdmin(actor) && !hasRole(actor, "moderator")) throw forbidden("This needs the moderator role");
}

/** The start of a hidden text, for the queue. */
export const excerptOf = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** What waits for a moderator: hidden items, in one Query per page. */
export async function moderationQueue(ctx: AppContext, actor: ActorOrPending, query: ModerationQueueQuery): Promise<{ items: ModerationItem[]; cursor: string | null }> {
  const page = await pageWith(query.cursor, (cursor) => ctx.db.entities.moderationItem.query.byTarget({}).go({ limit: query.limit, cursor }));
  mayModerate(await actor);
  return {
    items: page.data.map((item) => ({
      targetType: item.targetType,
      targetId: item.targetId,
      topicId: item.topicId,
      excerpt: item.excerpt,
      hidden: true,
      hiddenAt: item.hiddenAt,
      hiddenBy: item.hiddenBy,
      reason: item.reason ?? null,
    })),
    cursor: page.cursor,
  };
}

/**
 * Hides a topic pending review, or restores it: the topic, the queue and an audit entry in one
 * transaction. Hiding a hidden topic or restoring a visible one changes nothing and leaves no entry.
 */
export async function setTopicHidden(ctx: AppContext, actor: Actor, topicId: string, hidden: boolean, reason?: string) {
  mayModerate(actor);
  const { data: topic } = await ctx.db.entities.topic.get({ id: topicId }).go();
  if (!topic) throw notFound("Topic");
  const result = { targetType: "topic" as const, targetId: topicId, hidden };
  if (Boolean(topic.hidden) === hidden) return result;
  const now = ctx.now().toISOString();
  await writeTogether(
    ctx,
    ({ topic: topics, moderationItem, audit }) => [
      topics
        .patch({ id: topicId })
        .set({ hidden, updatedAt: now })
        .where(({ hidden: stored }, { eq, notExists }) => (topic.hidden === undefined ? notExists(stored) : eq(stored, topic.hidden)))
        .commit(),
      hidden
        ? moderationItem
            .put({ targetType: "topic", targetId: topicId, topicId, excerpt: excerptOf(topic.title), hiddenAt: now, hiddenBy: "moderator", ...(reason ? { reason } : {}) })
            .commit()
        : moderationItem.delete({ targetType: "topic", targetId: topicId }).commit(),
      audit
        .create(auditEntry(ctx, actor, { action: hidden ? "topic.hide" : "topic.restore", targetType: "topic", targetId: topicId, before: { hidden: !hidden }, after: { hidden, ...(reason ? { reason } : {}) } }))
        .commit(),
    ],
    () => new AppError(409, "conflict", "The topic was moderated meanwhile; reload the queue"),
  );
  return result;
}

/** Blocks a citizen (they read, but cannot post, support or report) or lifts the block, with an audit entry. */
export async function setCitizenBlocked(ctx: AppContext, actor: Actor, citizenId: string, blocked: boolean, reason?: string) {
  mayModerate(actor);
  const { data: citizen } = await ctx.db.entities.citizen.get({ id: citizenId }).go();
  if (!citizen) throw notFound("Citizen");
  const result = { targetType: "citizen" as const, targetId: citizenId, blocked };
  if (citizen.blocked === blocked) return result;
  await writeTogether(
    ctx,
    ({ citizen: citizens, audit }) => [
      citizens
        .patch({ id: citizenId })
        .set({ blocked, updatedAt: ctx.now().toISOString() })
        .where(({ blocked: stored }, { eq }) => eq(stored, citizen.blocked))
        .commit(),
      // The display name only: the citizen's e-mail stays out of the audit trail.
      audit
        .create(auditEntry(ctx, actor, { action: blocked ? "citizen.block" : "citizen.unblock", targetType: "citizen", targetId: citizenId, before: { blocked: !blocked }, after: { blocked, displayName: citizen.displayName, ...(reason ? { reason } : {}) } }))
        .commit(),
    ],
    () => new AppError(409, "conflict", "The citizen was moderated meanwhile; try again"),
  );
  return result;
}
