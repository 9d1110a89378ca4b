export { notificationTypes, type NotificationType } from "../values";

/** Names, titles, counts and ISO dates; lists are already joined ("Budi, Siti"). */
export type NotificationParams = Record<string, string | number>;
