import type { AppContext } from "../context";
import { notFound } from "../errors";
import { isConditionFailure } from "../transaction";
import type { NotificationParams, NotificationType } from "./notifications.schemas";
import type { NotificationList, NotificationView } from "./notifications.schemas";

export type { NotificationView };

const KEEP_DAYS = 180;

export interface NotificationInput {
  staffId: string;
  /** Names the event: the same event never makes a second notification. */
  id: string;
  type: NotificationType;
  params: NotificationParams;
  link?: string;
}

/** The item to write (alone, or inside the transaction of the change it tells about). */
export function notificationItem(ctx: AppContext, input: NotificationInput) {
  const now = ctx.now();
  return { ...input, createdAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + KEEP_DAYS * 86400 };
}

/** Sends a notification once: a second call for the same event changes nothing. */
export async function notify(ctx: AppContext, input: NotificationInput): Promise<void> {
  try {
    await ctx.db.entities.notification.create(notificationItem(ctx, input)).go();
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** The latest notifications of one person, newest first, with how many of them are unread. */
export async function listNotifications(ctx: AppContext, staffId: string, limit = 30): Promise<NotificationList> {
  const { data } = await ctx.db.entities.notification.query.byStaffRecent({ staffId }).go({ order: "desc", limit });
  const items: NotificationView[] = data.map((n) => ({
    id: n.id,
    type: n.type,
    params: (n.params ?? {}) as NotificationParams,
    title: n.title ?? null,
    body: n.body ?? null,
    link: n.link ?? null,
    createdAt: n.createdAt,
    read: Boolean(n.readAt),
  }));
  return { items, unreadCount: items.filter((n) => !n.read).length };
}

export async function markRead(ctx: AppContext, staffId: string, id: string): Promise<void> {
  try {
    await ctx.db.entities.notification.patch({ staffId, id }).set({ readAt: ctx.now().toISOString() }).go();
  } catch (error) {
    if (isConditionFailure(error)) throw notFound("Notification");
    throw error;
  }
}

export async function markAllRead(ctx: AppContext, staffId: string): Promise<void> {
  const { items } = await listNotifications(ctx, staffId, 100);
  await Promise.all(items.filter((n) => !n.read).map((n) => markRead(ctx, staffId, n.id)));
}
