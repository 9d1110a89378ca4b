/**
 * Every error code the APIs answer with, once. The web keys its messages by this list, so a
 * new code without a message fails the typecheck. Import-free: the browser reads it too.
 */
export const errorCodes = [
  // Any route
  "bad_request",
  "malformed_json",
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "cross_site_request",
  "not_found",
  "method_not_allowed",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "too_many_requests",
  "invalid_cursor",
  "internal_error",
  /** An HTTP error of any other status. */
  "error",
  // Sign-in and passwords
  "invalid_credentials",
  "account_locked",
  "account_inactive",
  "password_change_required",
  "invalid_password",
  // Staff and units
  "invalid_unit",
  "invalid_supervisor",
  "invalid_csv",
  "invalid_rows",
  "too_many_rows",
  // Courses and enrollment
  "invalid_institution",
  "code_fixed",
  "capacity_below_enrolled",
  "course_closed",
  "invalid_transition",
  "course_not_open",
  "course_cancelled",
  "enrollment_closed",
  "not_eligible",
  "already_enrolled",
  "already_completed",
  "not_enrolled",
  "invalid_session",
  "course_not_running",
  "course_not_finished",
  "attendance_insufficient",
  // Learning hours
  "already_decided",
  // Evaluations
  "not_current_quarter",
  "cycle_closed",
  "already_submitted",
  "incomplete_review",
  "peers_locked",
  "invalid_peer",
  "peer_started",
  "evaluation_closed",
  "supervisor_review_missing",
  "few_peer_reviews",
  "plan_approved",
  "plan_not_submitted",
  // Mentoring and coaching
  "invalid_mentor_level",
  "capacity_below_mentees",
  "self_mentoring",
  "supervisor_is_coach",
  "mentor_unavailable",
  "mentor_full",
  "not_mentor_competency",
  "request_exists",
  "request_limit",
  "competency_in_mentorship",
  "request_expired",
  "mentorship_not_active",
  "invalid_session_date",
  "session_exists",
  "session_not_held",
  "invalid_plan_item",
  "feedback_not_open",
  "feedback_given",
  "session_overlaps",
  "sessions_pending",
  "feedback_closed",
  // The citizens' forum
  "invalid_code",
  "display_name_required",
  "answer_changed",
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

/**
 * The one error type the domain throws. The HTTP edge turns it into
 * `{ "error": { "code", "message", "details"? } }` with `status`.
 */
export class AppError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} not found`);
export const forbidden = (message = "You may not do this") => new AppError(403, "forbidden", message);
export const conflict = (message: string, details?: unknown) => new AppError(409, "conflict", message, details);
