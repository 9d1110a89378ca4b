// A notification is stored as a type and parameters; its words are the reader's language.
import { hasMessage, t, type MessageKey, type MessageParams } from "./i18n";
import { cycleLabel } from "./labels";
import { formatDay, formatWita } from "./time";
import type { Notification } from "./types";

/** Parameters as the templates use them: cycles and dates in words, outstanding reviews as one list. */
function templateParams(item: Notification): MessageParams {
  const params: MessageParams = { ...(item.params ?? {}) };
  if (typeof params.cycleId === "string") params.cycle = cycleLabel(params.cycleId);
  if (typeof params.dueAt === "string") params.dueAt = formatDay(params.dueAt);
  if (typeof params.endsAt === "string") params.endsAt = formatDay(params.endsAt);
  // A session's start, in WITA.
  if (typeof params.date === "string") params.date = formatWita(params.date);
  // A forum deadline: which one, in words.
  if (item.type.startsWith("forum_deadline_") && (params.kind === "answer" || params.kind === "progress")) params.kind = t(`notification.forum.${params.kind}`);
  if (item.type === "review_reminder") {
    const pending = [Number(params.self) ? t("notification.selfReview") : "", String(params.subjects ?? "")].filter(Boolean);
    params.pending = pending.join(", ");
  }
  return params;
}

/** Title and text of a notification in the current language; older stored text when the type is unknown. */
export function notificationText(item: Notification): { title: string; body: string } {
  const titleKey = `notification.${item.type}.title`;
  const bodyKey = `notification.${item.type}.body`;
  if (hasMessage(titleKey) && hasMessage(bodyKey)) {
    const params = templateParams(item);
    return { title: t(titleKey as MessageKey, params), body: t(bodyKey as MessageKey, params) };
  }
  return { title: item.title ?? "", body: item.body ?? "" };
}
