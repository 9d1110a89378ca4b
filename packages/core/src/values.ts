// The value lists of the domain. Import-free, so that the browser can use them without
// pulling in ElectroDB or the AWS SDK; entities, schemas and the web all take them from here.

export const roles = ["staff", "supervisor", "mentor", "admin", "moderator"] as const;
export type Role = (typeof roles)[number];

/** Position levels (jenjang jabatan) in the order of the competency standard. */
export const positionLevels = ["pelaksana", "pengawas", "administrator", "jpt_pratama", "jpt_madya"] as const;
export type PositionLevel = (typeof positionLevels)[number];

export const unitKinds = ["sekretariat", "badan", "dinas", "kecamatan", "rsud", "lainnya"] as const;
export type UnitKind = (typeof unitKinds)[number];

/** Levels 1-5 of the competency framework (Paham ... Ahli). */
export const competencyLevels = [1, 2, 3, 4, 5] as const;
export const competencyTypes = ["manajerial", "sosial_kultural", "teknis"] as const;
export type CompetencyType = (typeof competencyTypes)[number];

export const institutionKinds = ["university", "training_centre", "government_agency", "private"] as const;
export type InstitutionKind = (typeof institutionKinds)[number];

export const courseCategories = ["digital", "project_management", "leadership", "technical", "public_service", "other"] as const;
export type CourseCategory = (typeof courseCategories)[number];

/** Perlan 10/2018: classical forms, then non-classical ones. */
export const classicalForms = ["course", "workshop", "seminar"] as const;
export const nonClassicalForms = [
  "e_learning",
  "distance_learning",
  "coaching",
  "mentoring",
  "job_shadowing",
  "benchmarking",
  "self_study",
  "community_of_practice",
  "internship",
] as const;
export const courseForms = [...classicalForms, ...nonClassicalForms] as const;
export type CourseForm = (typeof courseForms)[number];
export const formTypes = ["klasikal", "non_klasikal"] as const;
export type FormType = (typeof formTypes)[number];

export const courseStatuses = ["draft", "published", "ongoing", "completed", "cancelled"] as const;
export type CourseStatus = (typeof courseStatuses)[number];

export const enrollmentStatuses = ["enrolled", "waitlisted", "withdrawn", "completed", "absent"] as const;
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];

export const ledgerSources = ["course", "mentoring", "coaching", "external", "self_study"] as const;
export type LedgerSource = (typeof ledgerSources)[number];
export const ledgerStatuses = ["approved", "pending", "rejected"] as const;
export type LedgerStatus = (typeof ledgerStatuses)[number];

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
  "mentorship_requested", // { name, kind } to the mentor
  "mentorship_accepted", // { name, kind } to the mentee
  "mentorship_declined", // { name, kind, reason } to the mentee
  "mentorship_withdrawn", // { name, kind } to the mentor
  "mentorship_expired", // { name, kind } to the mentee
  "mentorship_cancelled", // { name, kind, reason } to the other party
  "mentorship_completed", // { name, kind } to the other party
  "coaching_started", // { name, kind } to the team member
  "mentorship_session_logged", // { name, kind, date, minutes } to the other party
  "mentorship_session_disputed", // { name, kind, date, reason } to the party who logged it
  "mentorship_feedback_requested", // { name, kind } to both on completion
  "mentorship_request_waiting", // { name, kind, days } to the mentor, 3 days after the request
  "mentorship_no_session", // { name, kind, days } to both, 30 days without a session
  "mentorship_due", // { name, kind, endsAt } to both, the end date has passed
  "forum_deadline_reminder", // { topic, topicId, kind ("answer" | "progress"), dueAt, days } to the owner unit's responders, half the time gone
  "forum_deadline_escalated", // { topic, topicId, kind, dueAt, days, unit } to the owner unit's head, at the deadline
] as const;
export type NotificationType = (typeof notificationTypes)[number];

export const cycleStatuses = ["opening", "open", "closed"] as const;
export type CycleStatus = (typeof cycleStatuses)[number];
export const reviewKinds = ["self", "supervisor", "peer"] as const;
export type ReviewKind = (typeof reviewKinds)[number];
/** outstanding = not submitted yet (untouched or a saved draft). */
export const reviewStates = ["outstanding", "submitted", "missed"] as const;
export type ReviewState = (typeof reviewStates)[number];
export const evaluationStatuses = ["open", "finalized", "closed"] as const;
export type EvaluationStatus = (typeof evaluationStatuses)[number];
/** The supervisor's final rating (predikat), best first. */
export const finalRatings = ["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"] as const;
export type FinalRating = (typeof finalRatings)[number];
export const planStatuses = ["none", "draft", "submitted", "approved"] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planActions = ["course", "mentorship", "self_study", "assignment"] as const;
export type PlanAction = (typeof planActions)[number];
export const planItemStatuses = ["planned", "in_progress", "done", "dropped"] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];
export const reviewItemKinds = ["value", "competency"] as const;
export type ReviewItemKind = (typeof reviewItemKinds)[number];

/** Ways a mentor meets their mentees. */
export const mentoringModes = ["tatap_muka", "daring"] as const;
export type MentoringMode = (typeof mentoringModes)[number];
/** Mentoring is asked for by the mentee; coaching is started by the direct supervisor. */
export const mentorshipKinds = ["mentoring", "coaching"] as const;
export type MentorshipKind = (typeof mentorshipKinds)[number];
/** requested -> active | declined | withdrawn | expired; active -> completed | cancelled. */
export const mentorshipStatuses = ["requested", "active", "declined", "withdrawn", "expired", "completed", "cancelled"] as const;
export type MentorshipStatus = (typeof mentorshipStatuses)[number];
/** The state changes a party asks for by name (`POST /api/mentorships/:id/<action>`). */
export const mentorshipActions = ["accept", "decline", "withdraw", "cancel", "complete"] as const;
export type MentorshipAction = (typeof mentorshipActions)[number];
/** The two sides of a relation. */
export const mentorshipRoles = ["mentee", "mentor"] as const;
export type MentorshipRole = (typeof mentorshipRoles)[number];
/** A logged session waits for the other party; one not answered in 14 days counts as confirmed. */
export const mentorshipSessionStatuses = ["pending", "confirmed", "disputed"] as const;
export type MentorshipSessionStatus = (typeof mentorshipSessionStatuses)[number];
/** What a viewer may do with a session: confirm or dispute it (the other party), take it back (who logged it), tick its actions (the mentee). */
export const mentorshipSessionMoves = ["confirm", "dispute", "withdraw", "tick"] as const;
export type MentorshipSessionMove = (typeof mentorshipSessionMoves)[number];

/** The six kecamatan of Kota Mataram, where a citizen's topic is about. */
export const kecamatanList = ["ampenan", "sekarbela", "mataram", "selaparang", "cakranegara", "sandubaya"] as const;
export type Kecamatan = (typeof kecamatanList)[number];

/** The service areas citizens raise topics in (the domain reference's list). */
export const forumAreas = ["kesehatan", "pendidikan", "kependudukan", "perizinan", "infrastruktur", "kebersihan", "sosial", "lainnya"] as const;
export type ForumArea = (typeof forumAreas)[number];
/** baru -> ditinjau -> ditindaklanjuti -> selesai | ditolak (with a reason). */
export const topicStatuses = ["baru", "ditinjau", "ditindaklanjuti", "selesai", "ditolak"] as const;
export type TopicStatus = (typeof topicStatuses)[number];
/** A service program: planned -> running -> done, or stopped. */
export const programStatuses = ["planned", "running", "done", "stopped"] as const;
export type ProgramStatus = (typeof programStatuses)[number];
/** The two deadlines of a topic: a first official answer (3 days), a state past ditinjau (14 days). */
export const forumDeadlineKinds = ["answer", "progress"] as const;
export type ForumDeadlineKind = (typeof forumDeadlineKinds)[number];
/** What a citizen may report, and why. */
export const reportTargets = ["topic", "comment"] as const;
export const reportReasons = ["spam", "offensive", "off_topic", "personal_data"] as const;
export type ReportReason = (typeof reportReasons)[number];
