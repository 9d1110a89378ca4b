// Words for the API's codes, with the code itself as the fallback for a value the app does not know yet.
import { hasMessage, t } from "./i18n";
import {
  COMPETENCY_LEVELS,
  COMPETENCY_TYPES,
  COURSE_CATEGORIES,
  COURSE_FORMS,
  COURSE_STATUSES,
  CYCLE_STATUSES,
  ENROLLMENT_STATUSES,
  FORUM_AREAS,
  PROGRAM_STATUSES,
  REPORT_REASONS,
  KECAMATAN_LIST,
  TOPIC_STATUSES,
  EVALUATION_STATUSES,
  FINAL_RATINGS,
  FORM_TYPES,
  INSTITUTION_KINDS,
  LEDGER_SOURCES,
  LEDGER_STATUSES,
  MENTORING_MODES,
  MENTORSHIP_KINDS,
  MENTORSHIP_SESSION_STATUSES,
  MENTORSHIP_STATUSES,
  NOTIFICATION_TYPES,
  PLAN_ACTIONS,
  PLAN_ITEM_STATUSES,
  PLAN_STATUSES,
  POSITION_LEVELS,
  REVIEW_KINDS,
  REVIEW_STATES,
  ROLES,
  UNIT_KINDS,
  type ModerationItem,
} from "./types";

/** What a moderator may find hidden, and who hid it ("reports": three citizens' reports). */
export const MODERATION_TARGETS = ["topic", "comment"] as const satisfies readonly ModerationItem["targetType"][];
export const HIDDEN_BY = ["moderator", "reports"] as const;

/**
 * Every value list the app shows, by the prefix of its labels: `${prefix}.${value}` is the
 * label in each language (notifications have `.title` and `.body`). A test checks that no
 * value lacks a label in either language.
 */
export const LABELLED_LISTS = {
  role: ROLES,
  level: POSITION_LEVELS,
  kind: UNIT_KINDS,
  competencyLevel: COMPETENCY_LEVELS,
  competencyType: COMPETENCY_TYPES,
  instKind: INSTITUTION_KINDS,
  category: COURSE_CATEGORIES,
  form: COURSE_FORMS,
  formType: FORM_TYPES,
  courseStatus: COURSE_STATUSES,
  enrollment: ENROLLMENT_STATUSES,
  source: LEDGER_SOURCES,
  ledgerStatus: LEDGER_STATUSES,
  cycleStatus: CYCLE_STATUSES,
  reviewKind: REVIEW_KINDS,
  reviewState: REVIEW_STATES,
  evaluationStatus: EVALUATION_STATUSES,
  finalRating: FINAL_RATINGS,
  planStatus: PLAN_STATUSES,
  planAction: PLAN_ACTIONS,
  planItemStatus: PLAN_ITEM_STATUSES,
  notification: NOTIFICATION_TYPES,
  mentoringMode: MENTORING_MODES,
  mentorshipKind: MENTORSHIP_KINDS,
  mentorshipStatus: MENTORSHIP_STATUSES,
  sessionStatus: MENTORSHIP_SESSION_STATUSES,
  forumArea: FORUM_AREAS,
  kecamatan: KECAMATAN_LIST,
  topicStatus: TOPIC_STATUSES,
  moderationTarget: MODERATION_TARGETS,
  hiddenBy: HIDDEN_BY,
  reportReason: REPORT_REASONS,
  programStatus: PROGRAM_STATUSES,
} as const;

function label(prefix: string, value: string | number | undefined | null): string {
  if (!value) return "";
  const key = `${prefix}.${value}`;
  return hasMessage(key) ? t(key) : String(value);
}

/** A competency level, "Paham" for 1 in Indonesian, "Awareness" in English. */
export const competencyLevelLabel = (level: number | undefined) => label("competencyLevel", level);
/** "3 (Menengah)". */
export const competencyLevelWithNumber = (level: number | undefined) =>
  level === undefined ? "" : hasMessage(`competencyLevel.${level}`) ? t("profile.levelValue", { level, name: competencyLevelLabel(level) }) : String(level);
export const competencyTypeLabel = (value: string | undefined) => label("competencyType", value);
export const categoryLabel = (value: string | undefined) => label("category", value);
export const formLabel = (value: string | undefined) => label("form", value);
export const formTypeLabel = (value: string | undefined) => label("formType", value);
export const courseStatusLabel = (value: string | undefined) => label("courseStatus", value);
export const enrollmentStatusLabel = (value: string | undefined) => label("enrollment", value);
export const institutionKindLabel = (value: string | undefined) => label("instKind", value);
export const sourceLabel = (value: string | undefined) => label("source", value);
export const ledgerStatusLabel = (value: string | undefined) => label("ledgerStatus", value);
export const cycleStatusLabel = (value: string | undefined) => label("cycleStatus", value);
export const reviewKindLabel = (value: string | undefined) => label("reviewKind", value);
/** A review's state; no review of that kind (no supervisor, say) reads "None". */
export const reviewStateLabel = (value: string | null | undefined) => (value ? label("reviewState", value) : t("reviewState.none"));
export const evaluationStatusLabel = (value: string | undefined) => label("evaluationStatus", value);
export const finalRatingLabel = (value: string | null | undefined) => label("finalRating", value);
export const planStatusLabel = (value: string | undefined) => label("planStatus", value);
export const planActionLabel = (value: string | undefined) => label("planAction", value);
export const mentoringModeLabel = (value: string | undefined) => label("mentoringMode", value);
export const mentorshipKindLabel = (value: string | undefined) => label("mentorshipKind", value);
export const mentorshipStatusLabel = (value: string | undefined) => label("mentorshipStatus", value);
export const sessionStatusLabel = (value: string | undefined) => label("sessionStatus", value);
export const planItemStatusLabel = (value: string | undefined) => label("planItemStatus", value);
export const forumAreaLabel = (value: string | undefined) => label("forumArea", value);
export const kecamatanLabel = (value: string | null | undefined) => label("kecamatan", value);
export const topicStatusLabel = (value: string | undefined) => label("topicStatus", value);
export const reportReasonLabel = (value: string | undefined) => label("reportReason", value);
export const programStatusLabel = (value: string | undefined) => label("programStatus", value);
export const moderationTargetLabel = (value: string | undefined) => label("moderationTarget", value);
export const hiddenByLabel = (value: string | undefined) => label("hiddenBy", value);

/** "2026-Q4" as "Kuartal 4 2026"; anything else as it is. */
export function cycleLabel(cycleId: string | undefined | null): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(cycleId ?? "");
  return match ? t("cycle.label", { year: match[1]!, quarter: match[2]! }) : (cycleId ?? "");
}
