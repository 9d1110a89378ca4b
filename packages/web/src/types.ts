// Shapes of the staff API's answers, as the browser sees them.

export const ROLES = ["staff", "supervisor", "mentor", "admin", "moderator"] as const;
export type Role = (typeof ROLES)[number];

export const POSITION_LEVELS = ["pelaksana", "pengawas", "administrator", "jpt_pratama", "jpt_madya"] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];

export const UNIT_KINDS = ["sekretariat", "badan", "dinas", "kecamatan", "rsud", "lainnya"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Staff {
  id: string;
  nip: string;
  name: string;
  email: string;
  unitId: string;
  unitName: string;
  position: string;
  positionLevel: PositionLevel;
  supervisorId: string | null;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
  /**
   * Competency id to level 1-5, as assessed so far. Left out by the API for anyone but the
   * person, those above them in the supervisor chain, and admins.
   */
  competencyLevels?: Record<string, number>;
}

/** The signed-in person. */
export type Me = Staff;

/** What staff who are not admins see of a colleague in the directory. */
export interface ColleagueSummary {
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  position: string;
}

export interface StaffSummary {
  id: string;
  nip: string;
  name: string;
  unitId: string;
  unitName: string;
  position: string;
  positionLevel: PositionLevel;
  active: boolean;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export interface NewStaff {
  nip: string;
  name: string;
  email: string;
  unitId: string;
  position: string;
  positionLevel: PositionLevel;
  supervisorId?: string | null;
  roles: Role[];
  initialPassword: string;
}

export type StaffChanges = Partial<
  Pick<
    Staff,
    "name" | "email" | "unitId" | "position" | "positionLevel" | "supervisorId" | "roles" | "active" | "competencyLevels"
  >
>;

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportRowError {
  row: number;
  reason: string;
}

export interface Competency {
  id: string;
  name: string;
  code?: string;
  type?: string;
  description?: string;
}

/** Levels 1-5 of the competency framework (Paham ... Ahli). */
export const COMPETENCY_LEVELS = [1, 2, 3, 4, 5] as const;
export const COMPETENCY_TYPES = ["manajerial", "sosial_kultural", "teknis"] as const;

export interface CompetencyDictionary {
  items: Competency[];
  levels: { level: number; name: string }[];
  standardLevels: Partial<Record<PositionLevel, number>>;
}

// Courses, enrollment, the JP ledger and certificates.

export const INSTITUTION_KINDS = ["university", "training_centre", "government_agency", "private"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export interface Institution {
  id: string;
  name: string;
  kind: InstitutionKind;
  contact: string;
  /** Who signs the certificates of its courses. */
  signatoryName?: string;
  signatoryPosition?: string;
  signatoryNip?: string;
  city?: string;
}

export type NewInstitution = Omit<Institution, "id">;

export const COURSE_CATEGORIES = ["digital", "project_management", "leadership", "technical", "public_service", "other"] as const;
export type CourseCategory = (typeof COURSE_CATEGORIES)[number];

/** Perlan 10/2018: classical forms, then non-classical ones. */
export const KLASIKAL_FORMS = ["course", "workshop", "seminar"] as const;
export const NON_KLASIKAL_FORMS = [
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
export const COURSE_FORMS = [...KLASIKAL_FORMS, ...NON_KLASIKAL_FORMS] as const;
export type CourseForm = (typeof COURSE_FORMS)[number];
export const FORM_TYPES = ["klasikal", "non_klasikal"] as const;
export type FormType = (typeof FORM_TYPES)[number];

export const COURSE_STATUSES = ["draft", "published", "ongoing", "completed", "cancelled"] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

export interface CourseCompetency {
  competencyId: string;
  targetLevel: number;
}

export interface CourseSession {
  id: string;
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineUrl?: string;
}

export interface Eligibility {
  unitIds: string[];
  positionLevels: string[];
}

export interface Course {
  id: string;
  code: string;
  year: number;
  title: string;
  description: string;
  category: CourseCategory;
  form: CourseForm;
  formType: FormType;
  competencies: CourseCompetency[];
  jp: number;
  institutionId: string;
  institutionName: string;
  capacity: number;
  enrolled: number;
  waitlisted: number;
  seatsLeft: number;
  sessions: CourseSession[];
  enrollOpensAt: string;
  enrollClosesAt: string;
  eligibility: Eligibility;
  /** Share of the sessions to attend for completion (100: every session). */
  minAttendancePercent: number;
  /** Sessions a participant must have attended to complete. */
  sessionsToAttend: number;
  status: CourseStatus;
  startsAt: string;
  /** End of the last session: completion is possible from then on. */
  endsAt: string;
}

/** The signed-in person's standing in a course, as the catalog shows it. */
export interface MyCourseStatus {
  status: Exclude<EnrollmentStatus, "withdrawn">;
  position?: number;
}

/** A catalog card: the course and, when there is one, the signed-in person's standing. */
export interface CatalogCourse extends Course {
  myEnrollment: MyCourseStatus | null;
}

export interface CourseInput {
  code: string;
  year: number;
  title: string;
  description: string;
  category: CourseCategory;
  form: CourseForm;
  competencies: CourseCompetency[];
  jp: number;
  institutionId: string;
  capacity: number;
  sessions: Omit<CourseSession, "id">[];
  enrollOpensAt: string;
  enrollClosesAt: string;
  eligibility: Eligibility;
  minAttendancePercent?: number;
}

export interface CourseFilter {
  status?: string;
  category?: string;
  competencyId?: string;
  form?: string;
  /** YYYY-MM */
  month?: string;
  openSeats?: boolean;
  limit?: number;
  cursor?: string | null;
}

export const ENROLLMENT_STATUSES = ["enrolled", "waitlisted", "withdrawn", "completed", "absent"] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export interface Enrollment {
  courseId: string;
  staffId: string;
  staffName: string;
  staffNip: string;
  unitName: string;
  status: EnrollmentStatus;
  position?: number;
  attendance: Record<string, boolean>;
  score?: number;
  certificateCode?: string;
  nominatedBy?: string;
  nominatedByName?: string;
  enrolledAt: string;
}

export interface CourseDetail {
  course: Course;
  myEnrollment: Enrollment | null;
}

export type EnrollResult = { status: "enrolled" } | { status: "waitlisted"; position: number };

export type CompletionResult = { status: "completed"; certificateCode: string; jp: number } | { status: "absent" };

export const LEDGER_SOURCES = ["course", "mentoring", "external", "self_study"] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];
export const LEDGER_STATUSES = ["approved", "pending", "rejected"] as const;
export type LedgerStatus = (typeof LEDGER_STATUSES)[number];

export interface LedgerEntry {
  id: string;
  staffId: string;
  staffName: string;
  year: number;
  source: LedgerSource;
  title: string;
  institution: string;
  startDate: string;
  endDate: string;
  jp: number;
  evidence?: string;
  status: LedgerStatus;
  decidedBy?: string;
  note?: string;
  certificateCode?: string;
  courseId?: string;
}

/** An enrollment, waitlist place or nomination not yet finished. */
export interface CurrentEnrollment {
  courseId: string;
  courseTitle: string;
  startsAt: string;
  endsAt: string;
  jp: number;
  status: "enrolled" | "waitlisted";
  position?: number;
  phase: "upcoming" | "ongoing" | "awaiting_completion";
  nominatedBy?: string;
  nominatedByName?: string;
}

export interface LearningSummary {
  year: number;
  totalJp: number;
  pendingJp: number;
  targetJp: number;
  /** JP the year's enrollments will add once completed, apart from `totalJp`. */
  upcomingJp: number;
  entries: LedgerEntry[];
  enrollments: CurrentEnrollment[];
}

export interface ExternalTraining {
  title: string;
  institution: string;
  source: "external" | "self_study";
  startDate: string;
  endDate: string;
  jp: number;
  evidence: string;
}

export interface JpReportRow {
  staffId: string;
  name: string;
  nip: string;
  position: string;
  totalJp: number;
  belowTarget: boolean;
}

export interface JpReport {
  year: number;
  unitId: string | null;
  targetJp: number;
  items: JpReportRow[];
}

/** One unit's line in the all-units JP report. */
export interface UnitJpSummary {
  unitId: string;
  unitName: string;
  staff: number;
  reached: number;
  /** 0-1 */
  share: number;
  medianJp: number;
}

export interface AllUnitsJpReport {
  year: number;
  targetJp: number;
  items: UnitJpSummary[];
}

export interface Recommendation {
  course: Course;
  competencyId: string;
  standardLevel: number;
  currentLevel: number;
  /** currentLevel minus standardLevel: negative, below the standard. */
  gapToStandard: number;
}

/** What anyone may know of a certificate: no NIP, no email. */
export interface Certificate {
  code: string;
  /** As printed: uppercase, in groups of four. */
  displayCode: string;
  courseTitle: string;
  holderName: string;
  institutionName: string;
  completedOn: string;
  jp: number;
  issuedOn: string;
  signatoryName?: string;
  signatoryPosition?: string;
  signatoryNip?: string;
  city?: string;
}

/** What a notification tells about; the app renders each type in the reader's language. */
export const NOTIFICATION_TYPES = [
  "waitlist_promoted",
  "course_completed",
  "course_cancelled",
  "approval_requested",
  "training_approved",
  "training_rejected",
  "review_reminder",
  "review_overdue",
  "cycle_opened",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export interface Notification {
  id: string;
  type: string;
  params?: Record<string, string | number>;
  /** Only on notifications stored as text by older versions. */
  title?: string | null;
  body?: string | null;
  link?: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  items: Notification[];
  unreadCount: number;
}

// Quarterly evaluations (360 reviews) and development plans.

export const CYCLE_STATUSES = ["opening", "open", "closed"] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export interface Cycle {
  id: string;
  year: number;
  quarter: number;
  status: CycleStatus;
  openedAt: string;
  peersLockedAt: string;
  dueAt: string;
  closesAt: string;
  evaluations: number;
  reviews: number;
}

export interface OpenCycleResult {
  cycle: Cycle;
  created: boolean;
}

export interface UnitCompletion {
  unitId: string;
  unitName: string;
  evaluations: number;
  finalized: number;
  submitted: number;
  outstanding: number;
  missed: number;
  /** 0-100 */
  completion: number;
}

export interface CycleDashboard {
  cycle: Cycle;
  units: UnitCompletion[];
}

export const REVIEW_KINDS = ["self", "supervisor", "peer"] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
/** outstanding = not submitted yet (untouched or a saved draft). */
export const REVIEW_STATES = ["outstanding", "submitted", "missed"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const EVALUATION_STATUSES = ["open", "finalized", "closed"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const FINAL_RATINGS = ["sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"] as const;
export type FinalRating = (typeof FINAL_RATINGS)[number];

export const PLAN_STATUSES = ["none", "draft", "submitted", "approved"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export interface TeamEvaluation {
  id: string;
  staffId: string;
  staffName: string;
  status: EvaluationStatus;
  finalRating: FinalRating | null;
  self: ReviewState | null;
  supervisor: ReviewState | null;
  peersSubmitted: number;
  peersTotal: number;
  planStatus: PlanStatus;
}

export interface ReviewTask {
  evaluationId: string;
  reviewId: string;
  cycleId: string;
  kind: ReviewKind;
  subjectId: string;
  subjectName: string;
  dueAt: string;
  draft: boolean;
}

export interface EvaluationProgress {
  self: ReviewState | null;
  supervisor: ReviewState | null;
  peersSubmitted: number;
  peersTotal: number;
}

export interface Evaluation {
  id: string;
  cycleId: string;
  staffId: string;
  staffName: string;
  unitName: string;
  supervisorId: string | null;
  status: EvaluationStatus;
  finalRating: FinalRating | null;
  /** Only for the supervisor and admins; empty for the person. */
  peerIds: string[];
  /** The same peers with their names (supervisor and admins only). */
  peers?: { id: string; name: string }[];
  progress: EvaluationProgress;
  planStatus: PlanStatus;
}

export type ReviewItemKind = "value" | "competency";

export interface ReviewItem {
  id: string;
  kind: ReviewItemKind;
  name: string;
}

/** One level of a competency on the review form: its name and the framework's descriptor. */
export interface LevelDescriptor {
  level: number;
  name: string;
  descriptor: string;
}

/** An item of a review form; competencies come with their five level descriptors. */
export interface ReviewFormItem extends ReviewItem {
  levels?: LevelDescriptor[];
}

export interface Rating {
  score: number;
  comment?: string;
}

export interface Review {
  evaluationId: string;
  reviewId: string;
  kind: ReviewKind;
  subjectName: string;
  state: ReviewState;
  draft: boolean;
  dueAt: string;
  items: ReviewFormItem[];
  ratings: Record<string, Rating>;
  strengths: string;
  improvements: string;
}

export interface ReviewInput {
  ratings: Record<string, Rating>;
  strengths?: string;
  improvements?: string;
  submit?: boolean;
}

export interface ReviewSaved {
  state: ReviewState;
  draft: boolean;
}

export interface ResultItem extends ReviewItem {
  standard: number;
  self: number | null;
  supervisor: number | null;
  peerAverage: number | null;
  /** The level (supervisor, else peer average, else self) minus the standard: negative is below it. */
  gapToStandard: number | null;
}

export interface EvaluationResult {
  id: string;
  cycleId: string;
  staffName: string;
  status: EvaluationStatus;
  finalRating: FinalRating | null;
  peersSubmitted: number;
  peerAverageShown: boolean;
  items: ResultItem[];
  strengths: string | null;
  improvements: string | null;
}

export const PLAN_ACTIONS = ["course", "mentorship", "self_study", "assignment"] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
export const PLAN_ITEM_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

export interface PlanItem {
  id: string;
  competencyId: string;
  action: PlanAction;
  courseId?: string;
  description: string;
  /** YYYY-MM-DD */
  targetDate: string;
  status: PlanItemStatus;
}

/** A new item has no id yet; the server gives it one. */
export type PlanItemInput = Omit<PlanItem, "id"> & { id?: string };

export interface PlanGap {
  competencyId: string;
  name: string;
  /** Level minus standard: always negative here (a shortfall). */
  gapToStandard: number;
}

export interface PreviousPlan {
  evaluationId: string;
  cycleId: string;
  status: PlanStatus;
  items: PlanItem[];
  done: number;
}

export interface Plan {
  evaluationId: string;
  status: PlanStatus;
  items: PlanItem[];
  gaps: PlanGap[];
  previous: PreviousPlan | null;
}

export interface PlanSaved {
  status: PlanStatus;
  items: PlanItem[];
}
