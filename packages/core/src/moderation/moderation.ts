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
      authorId: item.authorId ?? null,
      hidden: true,
      hiddenAt: item.hiddenAt,
      hiddenBy: item.hiddenBy,
      reason: item.reason ?? null,
    })),
    cursor: page.cursor,
  };
}

/** What a moderator acts on: a topic by its id, a comment by "<topicId>:<commentId>" (as reports name it). */
export interface ModerationTarget {
  targetType: "topic" | "comment";
  /** As the queue and the reports name it. */
  targetId: string;
  topicId: string;
  commentId?: string;
}

export function moderationTarget(targetType: "topic" | "comment", targetId: string): ModerationTarget {
  if (targetType === "topic") return { targetType, targetId, topicId: targetId };
  const [topicId, commentId, ...rest] = targetId.split(":");
  if (!topicId || !commentId || rest.length) throw notFound("Comment");
  return { targetType, targetId, topicId, commentId };
}

/** The item as stored: whether it is hidden, who wrote it, and its text for the queue. */
async function loadTarget(ctx: AppContext, target: ModerationTarget) {
  if (target.commentId) {
    const { data } = await ctx.db.entities.topicComment.get({ topicId: target.topicId, id: target.commentId }).go({ consistent: true });
    if (!data) throw notFound("Comment");
    return { hidden: data.hidden === true, authorId: data.authorId, text: data.body };
  }
  const { data } = await ctx.db.entities.topic.get({ id: target.topicId }).go({ consistent: true });
  if (!data) throw notFound("Topic");
  return { hidden: data.hidden === true, authorId: data.authorId, text: data.title };
}

/** The item's own write: its visibility, on the condition that it is still the one read. */
function visibility(db: Parameters<Parameters<typeof writeTogether>[1]>[0], target: ModerationTarget, was: boolean, hidden: boolean, now: string, resetReports: boolean) {
  const set = { hidden, ...(resetReports ? { reports: 0 } : {}) };
  const stillAsRead = ({ hidden: stored }: any, { eq, notExists }: any) => (was ? eq(stored, true) : `${notExists(stored)} OR ${eq(stored, false)}`);
  return target.commentId
    ? db.topicComment.patch({ topicId: target.topicId, id: target.commentId }).set(set).where(stillAsRead).commit()
    : db.topic.patch({ id: target.topicId }).set({ ...set, updatedAt: now }).where(stillAsRead).commit();
}

/**
 * Hides a topic or a comment pending review, or restores it: the item, the queue and an audit
 * entry in one transaction. Hiding a hidden item or restoring a visible one changes nothing and
 * leaves no entry.
 */
export async function setHidden(ctx: AppContext, actor: Actor, target: ModerationTarget, hidden: boolean, reason?: string) {
  mayModerate(actor);
  const item = await loadTarget(ctx, target);
  const result = { targetType: target.targetType, targetId: target.targetId, hidden };
  if (item.hidden === hidden) return result;
  const now = ctx.now().toISOString();
  const key = { targetType: target.targetType, targetId: target.targetId };
  await writeTogether(
    ctx,
    (db) => [
      visibility(db, target, item.hidden, hidden, now, false),
      hidden
        ? db.moderationItem
            .put({ ...key, topicId: target.topicId, authorId: item.authorId, excerpt: excerptOf(item.text), hiddenAt: now, hiddenBy: "moderator", ...(reason ? { reason } : {}) })
            .commit()
        : db.moderationItem.delete(key).commit(),
      db.audit
        .create(auditEntry(ctx, actor, { action: `${target.targetType}.${hidden ? "hide" : "restore"}`, targetType: target.targetType, targetId: target.targetId, before: { hidden: !hidden }, after: { hidden, ...(reason ? { reason } : {}) } }))
        .commit(),
    ],
    () => new AppError(409, "conflict", "The item was moderated meanwhile; reload the queue"),
  );
  return result;
}

/** Reports of one item a transaction can carry along with the item, the queue and the audit entry. */
const DISMISS_AT_ONCE = 90;

/**
 * Dismisses the open reports of an item as unfounded: each report leaves the open list, the item
 * is shown again (its report count starts over) and leaves the queue, with one audit entry, in
 * one transaction. An item without open reports that is not hidden changes nothing.
 */
export async function dismissReports(ctx: AppContext, actor: Actor, target: ModerationTarget, reason?: string) {
  mayModerate(actor);
  const item = await loadTarget(ctx, target);
  const { data: reports } = await ctx.db.entities.topicReport.query
    .byTarget({ topicId: target.topicId, targetType: target.targetType, targetId: target.commentId ?? target.topicId })
    .where(({ status }, { eq }) => eq(status, "open"))
    .go({ pages: "all" });
  const result = { targetType: target.targetType, targetId: target.targetId, hidden: false };
  if (!reports.length && !item.hidden) return result;
  const now = ctx.now().toISOString();
  await writeTogether(
    ctx,
    (db) => [
      ...reports.slice(0, DISMISS_AT_ONCE).map((report) =>
        db.topicReport
          .patch({ topicId: report.topicId, targetType: report.targetType, targetId: report.targetId, citizenId: report.citizenId })
          .set({ status: "dismissed" })
          .where(({ status }, { eq }) => eq(status, "open"))
          .commit(),
      ),
      visibility(db, target, item.hidden, false, now, true),
      db.moderationItem.delete({ targetType: target.targetType, targetId: target.targetId }).commit(),
      db.audit
        .create(auditEntry(ctx, actor, { action: `${target.targetType}.dismiss_reports`, targetType: target.targetType, targetId: target.targetId, before: { hidden: item.hidden, openReports: reports.length }, after: { hidden: false, ...(reason ? { reason } : {}) } }))
        .commit(),
    ],
    () => new AppError(409, "conflict", "The item was moderated or reported meanwhile; reload the queue"),
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
