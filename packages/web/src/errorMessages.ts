import type { ErrorCode } from "@kompeten/core/errors";
import type { MessageKey } from "./i18n";

/** Codes the client itself gives a failed call (no answer, an answer without the error shape) or a form it refuses to send. */
export type ClientErrorCode = "network_error" | "http_error" | "csv_empty" | "password_mismatch" | "password_too_short" | "peers_count" | "supervisor_not_found";

/**
 * The message for every error code the APIs answer with. A code added to core's list without a
 * message here fails the typecheck. `GENERIC` marks codes without a message of their own yet:
 * for those the server's message is shown, as before, or the generic one.
 */
const GENERIC = "error.unknown" satisfies MessageKey;

export const errorMessages: Record<ErrorCode | ClientErrorCode, MessageKey> = {
  bad_request: GENERIC,
  malformed_json: GENERIC,
  validation_failed: "error.validation_failed",
  unauthenticated: "error.unauthenticated",
  forbidden: "error.forbidden",
  cross_site_request: GENERIC,
  not_found: "error.not_found",
  method_not_allowed: GENERIC,
  conflict: "error.conflict",
  payload_too_large: GENERIC,
  unsupported_media_type: GENERIC,
  too_many_requests: "error.too_many_requests",
  invalid_cursor: GENERIC,
  internal_error: GENERIC,
  error: GENERIC,
  invalid_credentials: "error.invalid_credentials",
  account_locked: "error.account_locked",
  account_inactive: "error.account_inactive",
  password_change_required: "error.password_change_required",
  invalid_password: "error.invalid_password",
  invalid_unit: GENERIC,
  invalid_supervisor: GENERIC,
  invalid_csv: GENERIC,
  invalid_rows: "error.invalid_rows",
  too_many_rows: GENERIC,
  invalid_institution: "error.invalid_institution",
  code_fixed: "error.code_fixed",
  capacity_below_enrolled: "error.capacity_below_enrolled",
  course_closed: "error.course_closed",
  invalid_transition: "error.invalid_transition",
  course_not_open: "error.course_not_open",
  course_cancelled: "error.course_cancelled",
  enrollment_closed: "error.enrollment_closed",
  not_eligible: "error.not_eligible",
  already_enrolled: "error.already_enrolled",
  already_completed: "error.already_completed",
  not_enrolled: "error.not_enrolled",
  invalid_session: "error.invalid_session",
  course_not_running: "error.course_not_running",
  course_not_finished: "error.course_not_finished",
  attendance_insufficient: "error.attendance_insufficient",
  already_decided: "error.already_decided",
  not_current_quarter: "error.not_current_quarter",
  cycle_closed: "error.cycle_closed",
  already_submitted: "error.already_submitted",
  incomplete_review: "error.incomplete_review",
  peers_locked: "error.peers_locked",
  invalid_peer: "error.invalid_peer",
  peer_started: "error.peer_started",
  evaluation_closed: "error.evaluation_closed",
  supervisor_review_missing: "error.supervisor_review_missing",
  few_peer_reviews: "error.few_peer_reviews",
  plan_approved: "error.plan_approved",
  plan_not_submitted: "error.plan_not_submitted",
  invalid_mentor_level: "error.invalid_mentor_level",
  capacity_below_mentees: "error.capacity_below_mentees",
  self_mentoring: "error.self_mentoring",
  supervisor_is_coach: "error.supervisor_is_coach",
  mentor_unavailable: "error.mentor_unavailable",
  mentor_full: "error.mentor_full",
  not_mentor_competency: "error.not_mentor_competency",
  request_exists: "error.request_exists",
  request_limit: "error.request_limit",
  competency_in_mentorship: "error.competency_in_mentorship",
  request_expired: "error.request_expired",
  mentorship_not_active: "error.mentorship_not_active",
  invalid_session_date: "error.invalid_session_date",
  session_exists: "error.session_exists",
  session_not_held: "error.session_not_held",
  invalid_plan_item: "error.invalid_plan_item",
  feedback_not_open: "error.feedback_not_open",
  feedback_given: "error.feedback_given",
  session_overlaps: "error.session_overlaps",
  sessions_pending: "error.sessions_pending",
  feedback_closed: "error.feedback_closed",
  invalid_code: "error.invalid_code",
  display_name_required: "error.display_name_required",
  answer_changed: "error.answer_changed",
  network_error: "error.network_error",
  http_error: GENERIC,
  csv_empty: "admin.csvEmpty",
  password_mismatch: "error.password_mismatch",
  password_too_short: "error.password_too_short",
  peers_count: "error.peers_count",
  supervisor_not_found: "error.supervisor_not_found",
};

/** The message of its own for a code, or undefined where there is none (an unknown code, or a generic one). */
export function messageKeyOf(code: string): MessageKey | undefined {
  const key = Object.hasOwn(errorMessages, code) ? errorMessages[code as ErrorCode | ClientErrorCode] : undefined;
  return key === GENERIC ? undefined : key;
}
