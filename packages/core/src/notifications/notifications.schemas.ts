import * as z from "../zod";
export { notificationTypes, type NotificationType } from "../values";

export const notificationView = z.object({
  id: z.string(),
  type: z.string().register(z.globalRegistry, { description: "What happened: the app renders the text from the type and params in the reader's language" }),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Only on notifications stored as text by older versions. */
  title: z.nullable(z.string()).register(z.globalRegistry, { description: "Only on notifications stored as text (in Indonesian) by older versions" }),
  body: z.nullable(z.string()),
  link: z.nullable(z.string()),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationView>;
export type Notification = NotificationView;

export const notificationList = z.object({ items: z.array(notificationView), unreadCount: z.number() });
export type NotificationList = z.infer<typeof notificationList>;

export const notificationParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)) });

/** Names, titles, counts and ISO dates; lists are already joined ("Budi, Siti"). */
export type NotificationParams = Record<string, string | number>;
