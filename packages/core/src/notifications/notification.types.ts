// Import-free, so the web can share the list without pulling in ElectroDB.

/**
 * What a notification tells about. A notification is stored as its type and parameters
 * and the reader's app renders it in the reader's language.
 */
export const notificationTypes = [
  "waitlist_promoted", // { course }
  "course_completed", // { course, jp }
  "course_cancelled", // { course }
  "approval_requested", // { name, title, jp }
  "training_approved", // { title, jp, by }
  "training_rejected", // { title, jp, by }
  "review_reminder", // { cycleId, daysLeft, dueAt, self (1 when the own self-evaluation is outstanding), subjects }
  "review_overdue", // { cycleId, dueAt, people, count }
  "cycle_opened", // { cycleId, dueAt, tasks }
] as const;
export type NotificationType = (typeof notificationTypes)[number];

/** Names, titles, counts and ISO dates; lists are already joined ("Budi, Siti"). */
export type NotificationParams = Record<string, string | number>;
