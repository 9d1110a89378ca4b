// The staff API's answers and requests, as the browser sees them: type-only re-exports of the
// zod schemas in core, so a change on the server fails the web's typecheck. The value lists come
// from core's import-free values module; nothing here brings server code into the bundle.

export {
  classicalForms as KLASIKAL_FORMS,
  competencyLevels as COMPETENCY_LEVELS,
  competencyTypes as COMPETENCY_TYPES,
  courseCategories as COURSE_CATEGORIES,
  courseForms as COURSE_FORMS,
  courseStatuses as COURSE_STATUSES,
  cycleStatuses as CYCLE_STATUSES,
  forumAreas as FORUM_AREAS,
  programStatuses as PROGRAM_STATUSES,
  reportReasons as REPORT_REASONS,
  kecamatanList as KECAMATAN_LIST,
  topicStatuses as TOPIC_STATUSES,
  enrollmentStatuses as ENROLLMENT_STATUSES,
  evaluationStatuses as EVALUATION_STATUSES,
  finalRatings as FINAL_RATINGS,
  formTypes as FORM_TYPES,
  institutionKinds as INSTITUTION_KINDS,
  ledgerSources as LEDGER_SOURCES,
  ledgerStatuses as LEDGER_STATUSES,
  mentoringModes as MENTORING_MODES,
  mentorshipKinds as MENTORSHIP_KINDS,
  mentorshipSessionStatuses as MENTORSHIP_SESSION_STATUSES,
  mentorshipStatuses as MENTORSHIP_STATUSES,
  nonClassicalForms as NON_KLASIKAL_FORMS,
  notificationTypes as NOTIFICATION_TYPES,
  planActions as PLAN_ACTIONS,
  planItemStatuses as PLAN_ITEM_STATUSES,
  planStatuses as PLAN_STATUSES,
  positionLevels as POSITION_LEVELS,
  reviewKinds as REVIEW_KINDS,
  reviewStates as REVIEW_STATES,
  roles as ROLES,
  unitKinds as UNIT_KINDS,
} from "@kompeten/core/values";
export type {
  ForumArea,
  Kecamatan,
  ProgramStatus,
  TopicStatus,
  CourseCategory,
  CourseForm,
  CourseStatus,
  CycleStatus,
  EnrollmentStatus,
  EvaluationStatus,
  FinalRating,
  FormType,
  InstitutionKind,
  LedgerSource,
  LedgerStatus,
  MentoringMode,
  MentorshipAction,
  MentorshipKind,
  MentorshipRole,
  MentorshipSessionStatus,
  MentorshipStatus,
  NotificationType,
  PlanAction,
  PlanItemStatus,
  PlanStatus,
  PositionLevel,
  ReviewItemKind,
  ReviewKind,
  ReviewState,
  Role,
  UnitKind,
} from "@kompeten/core/values";

export type {
  ColleagueSummary,
  ImportResult,
  ImportRowError,
  NewStaff,
  Page,
  Staff,
  Staff as Me,
  StaffChanges,
  StaffSummary,
} from "@kompeten/core/staff/staff.schemas";
export type { CreateUnitInput as NewUnit, Unit } from "@kompeten/core/units/units.schemas";
export type { CompetencyDictionary, CompetencyView as Competency } from "@kompeten/core/competencies/competencies.schemas";
export type { Institution, NewInstitution } from "@kompeten/core/institutions/institutions.schemas";
export type { CatalogCourse, Course, CourseCompetency, CourseDetail, CourseFilter, CourseInput, CourseSession, Eligibility, MyCourseStatus } from "@kompeten/core/courses/courses.schemas";
export type { CompletionResult, Enrollment, EnrollResult, WithdrawResult } from "@kompeten/core/enrollments/enrollments.schemas";
export type {
  AllUnitsJpReport,
  CurrentEnrollment,
  ExternalTraining,
  JpReport,
  JpReportRow,
  LearningSummary,
  LedgerEntry,
  Recommendation,
  UnitJpSummary,
} from "@kompeten/core/learning/learning.schemas";
export type { Certificate } from "@kompeten/core/certificates/certificates.schemas";
export type { Notification, NotificationList } from "@kompeten/core/notifications/notifications.schemas";
export type { Evaluation, EvaluationProgress, EvaluationResult, LevelDescriptor, Finalized, FinalizeInput, Peers, Rating, ResultItem, Review, ReviewFormItem, ReviewInput, ReviewItem, ReviewSaved, ReviewTask, TeamEvaluation } from "@kompeten/core/evaluations/evaluations.schemas";
export type { Plan, PlanApproved, PlanGap, PlanItem, PlanItemInput, PlanSaved, SavePlanInput, PreviousPlan } from "@kompeten/core/plans/plans.schemas";
export type { Cycle, CycleDashboard, OpenCycleResult, UnitCompletion } from "@kompeten/core/cycles/cycles.schemas";
export type { MentorCompetency, MentorProfile, MentorProfileInput, MentorSuggestion } from "@kompeten/core/mentors/mentors.schemas";
export type { ListMentorshipsQuery, MentoringOverview, Mentorship, MentorshipGoal, RequestMentorshipInput } from "@kompeten/core/mentorships/mentorships.schemas";
export type { LogSessionInput, MentorshipSession, MentorshipSessionList, SessionAction } from "@kompeten/core/mentorship-sessions/mentorship-sessions.schemas";
export type { FeedbackInput, MentorshipFeedback } from "@kompeten/core/mentorship-feedback/mentorship-feedback.schemas";
export type { CitizenView, CodeSent, VerifyCodeInput } from "@kompeten/core/citizens/citizens.schemas";
export type {
  Comment,
  CommentCreated,
  CommentPage,
  CreateCommentInput,
  MyTopicPage,
  MyTopicState,
  Notice,
  NoticePage,
  Reported,
  ReportInput,
  SimilarTopic,
  CreateTopicInput,
  ForumAreaOwner,
  ListTopicsQuery,
  SupportState,
  Topic,
  TopicCreated,
  TopicPage,
} from "@kompeten/core/topics/topics.schemas";
export type {
  AnswerTopicInput,
  AnswerVersion,
  EditAnswerInput,
  ForumQueueQuery,
  LaporTicketInput,
  OfficialAnswer,
  StaffTopic,
  StaffTopicPage,
  TopicDeadlines,
  TopicOwnerInput,
  TopicStatusInput,
} from "@kompeten/core/forum-answers/forum-answers.schemas";
export type {
  ModerationItem,
  ModerationQueue,
  ModerationQueueQuery,
  ModerationReasonInput,
  ModerationResult,
} from "@kompeten/core/moderation/moderation.schemas";
export type { CreateDialogInput, Dialog, DialogMinutesInput, DialogPage, DialogSummary } from "@kompeten/core/dialogs/dialogs.schemas";
export type { CreateProgramInput, Milestone, Program, ProgramDetail, ProgramNeeds, ProgramPage, ProgramStatusInput, TopicProgram } from "@kompeten/core/programs/programs.schemas";
export type {
  CityDashboard,
  EvaluationFigures,
  GapsDashboard,
  JpPace,
  MyDashboard,
  TeamDashboard,
  TeamMember,
  UnitDashboard,
  UnitFigures,
} from "@kompeten/core/dashboards/dashboards.schemas";
