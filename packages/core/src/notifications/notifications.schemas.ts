import * as z from "zod";
export { notificationTypes, type NotificationType } from "../values";

export const notificationView = z.object({
  id: z.string(),
  type: z.string().describe("What happened: the app renders the text from the type and params in the reader's language"),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** Only on notifications stored as text by older versions. */
  title: z.string().nullable().describe("Only on notifications stored as text (in Indonesian) by older versions"),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type NotificationView = z.infer<typeof notificationView>;
export type Notification = NotificationView;

export const notificationList = z.object({ items: z.array(notificationView), unreadCount: z.number() });
export type NotificationList = z.infer<typeof notificationList>;

export const notificationParam = z.object({ id: z.string().min(1).max(200) });

/** Names, titles, counts and ISO dates; lists are already joined ("Budi, Siti"). */
export type NotificationParams = Record<string, string | number>;
