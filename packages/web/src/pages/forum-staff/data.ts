// What the forum's staff pages read and do: the responders' queue, one topic as its responders see
// it, official answers, state changes, the LAPOR! ticket, the owner unit, and moderation.
import { action, query, revalidate } from "@solidjs/router";
import { api, ApiError } from "../../api";
import { text, type FormInput } from "../../forms";
import { t } from "../../i18n";
import { hasRole, isAdmin } from "../../session";
import { TOPIC_STATUSES, type AnswerTopicInput, type ModerationItem, type StaffTopic, type TopicStatus, type TopicStatusInput } from "../../types";

export const QUEUE_PAGE_SIZE = 20;
export const MODERATION_PAGE_SIZE = 50;
export const ANSWER_MAX = 4000;
export const REASON_MIN = 3;
export const REASON_MAX = 500;
/** As SP4N-LAPOR! writes them: 3-40 letters, digits, "-", "/" or ".". */
export const LAPOR_TICKET = /^[A-Za-z0-9][A-Za-z0-9\-/.]{2,39}$/;

/** Responders (the supervisor role, for their own unit) and admins (any unit). */
export const mayRespond = () => isAdmin() || hasRole("supervisor");
/** Moderators and admins. */
export const mayModerate = () => isAdmin() || hasRole("moderator");

// ---- Reads ------------------------------------------------------------------------------------

export interface QueueFilter {
  /** Empty: the responder's own unit. */
  unitId: string;
  /** Empty: the open states. */
  status: TopicStatus | "";
  overdue: "" | "true" | "false";
  cursor: string | null;
}

export const listForumQueue = query(
  (filter: QueueFilter) =>
    api.forumQueue({
      unitId: filter.unitId || undefined,
      status: filter.status || undefined,
      overdue: filter.overdue || undefined,
      cursor: filter.cursor ?? undefined,
      limit: QUEUE_PAGE_SIZE,
    }),
  "forumQueue",
);

/** Overdue first, the order within each group kept (the API sends the longest waiting first). */
export function overdueFirst(items: readonly StaffTopic[]): StaffTopic[] {
  return [...items].sort((a, b) => Number(b.deadlines.overdue) - Number(a.deadlines.overdue));
}

export const getStaffTopic = query((id: string) => api.getStaffTopic(id), "staffTopic");

/** BKPSDM: what every service program needs of the staff delivering it. */
export const getProgramNeeds = query(() => api.programNeeds(), "programNeeds");

export const getModerationQueue = query(
  (cursor: string | null) => api.moderationQueue({ cursor: cursor ?? undefined, limit: MODERATION_PAGE_SIZE }),
  "moderationQueue",
);

// ---- Reading the forms ------------------------------------------------------------------------

export type Issue = { path: (string | number)[]; message: string };

/** A refusal made in the browser, in the API's own shape so the fields show it the same way. */
export function invalid(issues: Issue[]): ApiError {
  return new ApiError(400, "validation_failed", "Validation failed", { issues });
}

function statusOf(form: FormInput): TopicStatus | undefined {
  const value = text(form, "status");
  return (TOPIC_STATUSES as readonly string[]).includes(value) ? (value as TopicStatus) : undefined;
}

function checkReason(status: TopicStatus | undefined, reason: string, issues: Issue[]) {
  if (status === "ditolak" && !reason) issues.push({ path: ["reason"], message: t("forumStaff.reasonRequired") });
  else if (reason && reason.length < REASON_MIN) issues.push({ path: ["reason"], message: t("forumStaff.reasonTooShort", { min: REASON_MIN }) });
}

/** The answer form: the body, and optionally a state to move to (ditolak says why). */
export function readAnswer(form: FormInput): AnswerTopicInput {
  const body = text(form, "body");
  const status = statusOf(form);
  const reason = text(form, "reason");
  const issues: Issue[] = [];
  if (!body) issues.push({ path: ["body"], message: t("forumStaff.answerRequired") });
  if (body.length > ANSWER_MAX) issues.push({ path: ["body"], message: t("forumStaff.answerTooLong", { max: ANSWER_MAX }) });
  checkReason(status, reason, issues);
  if (issues.length > 0) throw invalid(issues);
  return { body, ...(status ? { status } : {}), ...(status && reason ? { reason } : {}) };
}

/** The status form: the state to move to; ditolak says why. */
export function readStatus(form: FormInput): TopicStatusInput {
  const status = statusOf(form);
  const reason = text(form, "reason");
  const issues: Issue[] = [];
  if (!status) issues.push({ path: ["status"], message: t("forumStaff.statusRequired") });
  checkReason(status, reason, issues);
  if (issues.length > 0 || !status) throw invalid(issues);
  return { status, ...(reason ? { reason } : {}) };
}

// ---- Actions ----------------------------------------------------------------------------------

function refresh(id: string) {
  return revalidate([getStaffTopic.keyFor(id), listForumQueue.key]);
}

export const answerTopicAction = action(async (id: string, form: FormInput) => {
  const topic = await api.answerTopic(id, readAnswer(form));
  await refresh(id);
  return topic;
}, "forum-staff-answer");

/** An edit made on `version`: if the answer changed since, the API refuses with `answer_changed`. */
export const editAnswerAction = action(async (id: string, answerId: string, version: number, form: FormInput) => {
  const body = text(form, "body");
  if (!body) throw invalid([{ path: ["body"], message: t("forumStaff.answerRequired") }]);
  if (body.length > ANSWER_MAX) throw invalid([{ path: ["body"], message: t("forumStaff.answerTooLong", { max: ANSWER_MAX }) }]);
  const topic = await api.editAnswer(id, answerId, { body, version });
  await refresh(id);
  return { answerId, topic };
}, "forum-staff-edit-answer");

export const changeStatusAction = action(async (id: string, form: FormInput) => {
  const topic = await api.changeTopicStatus(id, readStatus(form));
  await refresh(id);
  return topic;
}, "forum-staff-status");

export const laporTicketAction = action(async (id: string, form: FormInput) => {
  const ticket = text(form, "ticket");
  if (!LAPOR_TICKET.test(ticket)) throw invalid([{ path: ["ticket"], message: t("forumStaff.laporTicketHint") }]);
  const topic = await api.recordLaporTicket(id, ticket);
  await refresh(id);
  return topic;
}, "forum-staff-lapor");

export const ownerUnitAction = action(async (id: string, form: FormInput) => {
  const unitCode = text(form, "unitCode");
  if (!unitCode) throw invalid([{ path: ["unitCode"], message: t("field.requiredError") }]);
  const topic = await api.changeTopicOwner(id, unitCode);
  await refresh(id);
  return topic;
}, "forum-staff-owner");

function optionalReason(reason: string | undefined): string | undefined {
  const value = reason?.trim() ?? "";
  if (value && value.length < REASON_MIN) throw invalid([{ path: ["reason"], message: t("forumStaff.reasonTooShort", { min: REASON_MIN }) }]);
  return value || undefined;
}

/** Hide a topic pending review, or show it again. */
export const topicVisibilityAction = action(async (id: string, hidden: boolean, reason?: string) => {
  const result = await api.setTopicHidden(id, hidden, optionalReason(reason));
  await revalidate([getModerationQueue.key, getStaffTopic.keyFor(id), listForumQueue.key]);
  return result;
}, "moderation-topic");

/** Restore a hidden topic or comment from the queue, or dismiss its reports as unfounded (which also restores it). */
export const itemModerationAction = action(async (item: Pick<ModerationItem, "targetType" | "targetId" | "topicId">, move: "restore" | "dismiss", reason?: string) => {
  const result = await api.moderate(item.targetType, item.targetId, move, optionalReason(reason));
  await revalidate([getModerationQueue.key, getStaffTopic.keyFor(item.topicId), listForumQueue.key]);
  return result;
}, "moderation-item");

/** Block a citizen, or lift the block. */
export const citizenBlockAction = action(async (id: string, blocked: boolean, reason?: string) => {
  const citizenId = id.trim();
  if (!citizenId) throw invalid([{ path: ["citizenId"], message: t("field.requiredError") }]);
  return api.setCitizenBlocked(citizenId, blocked, optionalReason(reason));
}, "moderation-citizen");
