// The one module through which the app talks to the staff API.
import type {
  CatalogCourse,
  Certificate,
  CompetencyDictionary,
  CompletionResult,
  Course,
  CourseDetail,
  Cycle,
  CycleDashboard,
  Evaluation,
  EvaluationResult,
  FinalRating,
  CourseFilter,
  CourseInput,
  CourseStatus,
  Enrollment,
  EnrollResult,
  ExternalTraining,
  ImportResult,
  Institution,
  JpReport,
  AllUnitsJpReport,
  LearningSummary,
  LedgerEntry,
  ListMentorshipsQuery,
  Me,
  MentorProfile,
  MentorProfileInput,
  MentorSuggestion,
  Mentorship,
  MentorshipAction,
  MentoringOverview,
  MentorshipFeedback,
  MentorshipSession,
  MentorshipSessionList,
  FeedbackInput,
  LogSessionInput,
  NewInstitution,
  ColleagueSummary,
  NewStaff,
  NewUnit,
  NotificationList,
  OpenCycleResult,
  Page,
  Plan,
  Peers,
  PlanApproved,
  PlanSaved,
  SavePlanInput,
  Finalized,
  FinalizeInput,
  WithdrawResult,
  Recommendation,
  RequestMentorshipInput,
  Review,
  ReviewInput,
  ReviewSaved,
  ReviewTask,
  Staff,
  StaffChanges,
  StaffSummary,
  TeamEvaluation,
  Unit,
  CitizenView,
  CodeSent,
  CreateDialogInput,
  CreateProgramInput,
  Dialog,
  DialogMinutesInput,
  DialogPage,
  ProgramDetail,
  ProgramNeeds,
  ProgramPage,
  ProgramStatusInput,
  CommentCreated,
  CommentPage,
  CreateCommentInput,
  MyTopicPage,
  MyTopicState,
  NoticePage,
  Reported,
  ReportInput,
  SimilarTopic,
  CreateTopicInput,
  ForumAreaOwner,
  SupportState,
  Topic,
  TopicCreated,
  ListTopicsQuery,
  TopicPage,
  VerifyCodeInput,
  AnswerTopicInput,
  EditAnswerInput,
  ForumQueueQuery,
  ModerationQueue,
  ModerationQueueQuery,
  ModerationResult,
  StaffTopic,
  StaffTopicPage,
  TopicStatusInput,
  MyDashboard,
  TeamDashboard,
  CityDashboard,
  UnitDashboard,
  GapsDashboard,
} from "./types";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type ApiErrorListener = (error: ApiError) => void;
const listeners = new Set<ApiErrorListener>();

/** Be told of every failed call (the session uses it to notice an expired sign-in). */
export function onApiError(listener: ApiErrorListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type QueryValue = string | number | null | undefined;

interface RequestOptions {
  json?: unknown;
  text?: string;
  contentType?: string;
  query?: Record<string, QueryValue>;
}

function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
  if (error && typeof error.code === "string") {
    const message = typeof error.message === "string" ? error.message : error.code;
    return new ApiError(response.status, error.code, message, error.details);
  }
  return new ApiError(response.status, "http_error", response.statusText || `HTTP ${response.status}`);
}

function fail(path: string, error: ApiError): never {
  // The staff session listens; the forum's citizen session (under /public) is not its business.
  if (!path.startsWith("/public/")) for (const listener of listeners) listener(error);
  throw error;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    "X-Requested-With": "kompeten",
  };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.text !== undefined) {
    headers["Content-Type"] = options.contentType ?? "text/plain";
    body = options.text;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      headers,
      body,
      credentials: "same-origin",
      // The forum's public reads may be cached for seconds by CloudFront; the browser asks each time,
      // so that a page read again after one's own change never shows an older copy from its own cache.
      cache: "no-cache",
    });
  } catch (cause) {
    return fail(path, new ApiError(0, "network_error", cause instanceof Error ? cause.message : String(cause)));
  }

  if (response.status === 204) return undefined as T;
  const data = await readBody(response);
  if (!response.ok) return fail(path, toApiError(response, data));
  return data as T;
}

export const api = {
  login: (login: string, password: string) => request<Me>("POST", "/api/auth/login", { json: { login, password } }),
  logout: () => request<void>("POST", "/api/auth/logout"),
  me: () => request<Me>("GET", "/api/me"),
  changePassword: (currentPassword: string, newPassword: string) =>
    request<Me>("POST", "/api/auth/password", { json: { currentPassword, newPassword } }),

  listUnits: () => request<{ items: Unit[] }>("GET", "/api/units"),
  createUnit: (unit: NewUnit) => request<Unit>("POST", "/api/units", { json: unit }),

  listStaff: (filter: { q?: string; unitId?: string; limit?: number; cursor?: string | null }) =>
    // Admins get staff summaries; other staff only colleagues' name, unit and position.
    request<Page<StaffSummary | ColleagueSummary>>("GET", "/api/staff", { query: filter }),
  getStaff: (id: string) => request<Staff>("GET", `/api/staff/${encodeURIComponent(id)}`),
  getTeam: (id: string) => request<{ items: StaffSummary[] }>("GET", `/api/staff/${encodeURIComponent(id)}/team`),
  createStaff: (staff: NewStaff) => request<Staff>("POST", "/api/staff", { json: staff }),
  updateStaff: (id: string, changes: StaffChanges) =>
    request<Staff>("PATCH", `/api/staff/${encodeURIComponent(id)}`, { json: changes }),
  resetPassword: (id: string, password: string) =>
    request<void>("POST", `/api/staff/${encodeURIComponent(id)}/password`, { json: { password } }),
  importStaff: (csv: string) =>
    request<ImportResult>("POST", "/api/staff/import", { text: csv, contentType: "text/csv" }),

  competencies: () => request<CompetencyDictionary>("GET", "/api/competencies"),

  listInstitutions: () => request<{ items: Institution[] }>("GET", "/api/institutions"),
  createInstitution: (institution: NewInstitution) =>
    request<Institution>("POST", "/api/institutions", { json: institution }),
  updateInstitution: (id: string, patch: Partial<NewInstitution>) =>
    request<Institution>("PATCH", `/api/institutions/${enc(id)}`, { json: patch }),

  listCourses: (filter: CourseFilter) =>
    request<Page<CatalogCourse>>("GET", "/api/courses", {
      query: { ...filter, openSeats: filter.openSeats ? "true" : undefined },
    }),
  getCourse: (id: string) => request<CourseDetail>("GET", `/api/courses/${enc(id)}`),
  createCourse: (input: CourseInput) => request<Course>("POST", "/api/courses", { json: input }),
  updateCourse: (id: string, changes: Partial<CourseInput>) =>
    request<Course>("PATCH", `/api/courses/${enc(id)}`, { json: changes }),
  setCourseStatus: (id: string, status: CourseStatus) =>
    request<Course>("POST", `/api/courses/${enc(id)}/status`, { json: { status } }),
  copyCourse: (id: string, year: number) => request<Course>("POST", `/api/courses/${enc(id)}/copy`, { json: { year } }),

  /** Enrolls oneself, or (for a supervisor) a member of the team. */
  enroll: (courseId: string, staffId?: string) =>
    request<EnrollResult>("POST", `/api/courses/${enc(courseId)}/enrollments`, {
      json: staffId ? { staffId } : {},
    }),
  withdraw: (courseId: string, staffId: string) =>
    request<WithdrawResult>("DELETE", `/api/courses/${enc(courseId)}/enrollments/${enc(staffId)}`),
  listEnrollments: (courseId: string) =>
    request<{ items: Enrollment[] }>("GET", `/api/courses/${enc(courseId)}/enrollments`),
  setAttendance: (courseId: string, staffId: string, sessionId: string, present: boolean) =>
    request<Enrollment>("PUT", `/api/courses/${enc(courseId)}/enrollments/${enc(staffId)}/attendance`, {
      json: { sessionId, present },
    }),
  complete: (courseId: string, staffId: string, completion: { attended: boolean; score?: number }) =>
    request<CompletionResult>("POST", `/api/courses/${enc(courseId)}/enrollments/${enc(staffId)}/completion`, {
      json: completion,
    }),

  learning: (filter: { staffId?: string; year?: number }) =>
    request<LearningSummary>("GET", "/api/learning", { query: filter }),
  reportExternal: (training: ExternalTraining) =>
    request<LedgerEntry>("POST", "/api/learning/external", { json: training }),
  approvals: () => request<{ items: LedgerEntry[] }>("GET", "/api/learning/approvals"),
  decide: (staffId: string, entryId: string, decision: { approve: boolean; note?: string }) =>
    request<LedgerEntry>("POST", `/api/learning/${enc(staffId)}/entries/${enc(entryId)}/decision`, { json: decision }),
  jpReport: (filter: { year: number; unitId?: string }) =>
    request<JpReport>("GET", "/api/learning/report", { query: filter }),
  allUnitsJpReport: (year: number) =>
    request<AllUnitsJpReport>("GET", "/api/learning/report/units", { query: { year } }),
  recommendations: (staffId?: string) =>
    request<{ items: Recommendation[] }>("GET", "/api/learning/recommendations", { query: { staffId } }),

  /** Public: anyone may check a certificate by its code. */
  certificate: (code: string) => request<Certificate>("GET", `/public/certificates/${enc(code)}`),

  notifications: () => request<NotificationList>("GET", "/api/notifications"),
  readNotification: (id: string) => request<void>("POST", `/api/notifications/${enc(id)}/read`),
  readAllNotifications: () => request<void>("POST", "/api/notifications/read-all"),

  // Quarterly evaluations and development plans. An evaluation's id is "<cycleId>~<staffId>".
  listCycles: () => request<{ items: Cycle[] }>("GET", "/api/cycles"),
  openCycle: (which: { year: number; quarter: number }) =>
    request<OpenCycleResult>("POST", "/api/cycles", { json: which }),
  cycleDashboard: (cycleId: string) => request<CycleDashboard>("GET", `/api/cycles/${enc(cycleId)}/dashboard`),
  cycleTeam: (cycleId: string) => request<{ items: TeamEvaluation[] }>("GET", `/api/cycles/${enc(cycleId)}/team`),
  reviewTasks: () => request<{ items: ReviewTask[] }>("GET", "/api/evaluations/tasks"),
  myEvaluations: () => request<{ items: Evaluation[] }>("GET", "/api/evaluations/mine"),
  getEvaluation: (id: string) => request<Evaluation>("GET", `/api/evaluations/${enc(id)}`),
  getReview: (id: string, reviewId: string) =>
    request<Review>("GET", `/api/evaluations/${enc(id)}/reviews/${enc(reviewId)}`),
  saveReview: (id: string, reviewId: string, input: ReviewInput) =>
    request<ReviewSaved>("PUT", `/api/evaluations/${enc(id)}/reviews/${enc(reviewId)}`, { json: input }),
  changePeers: (id: string, peerIds: string[]) =>
    request<Peers>("PUT", `/api/evaluations/${enc(id)}/peers`, { json: { peerIds } }),
  evaluationResult: (id: string) => request<EvaluationResult>("GET", `/api/evaluations/${enc(id)}/result`),
  /** `confirmFewPeers` after the supervisor was warned that fewer than two peer reviews are in. */
  finalizeEvaluation: (id: string, rating: FinalRating, confirmFewPeers = false) =>
    request<Finalized>("POST", `/api/evaluations/${enc(id)}/final`, {
      json: (confirmFewPeers ? { rating, confirmFewPeers } : { rating }) satisfies FinalizeInput,
    }),
  getPlan: (id: string) => request<Plan>("GET", `/api/evaluations/${enc(id)}/plan`),
  savePlan: (id: string, input: SavePlanInput) =>
    request<PlanSaved>("PUT", `/api/evaluations/${enc(id)}/plan`, { json: input }),
  approvePlan: (id: string) => request<PlanApproved>("POST", `/api/evaluations/${enc(id)}/plan/approve`),

  // Mentoring and coaching.
  suggestMentors: (competencyId?: string) =>
    request<{ items: MentorSuggestion[] }>("GET", "/api/mentors", { query: { competencyId } }),
  myMentorProfile: () => request<MentorProfile>("GET", "/api/mentors/me"),
  saveMentorProfile: (input: MentorProfileInput) => request<MentorProfile>("PUT", "/api/mentors/me", { json: input }),
  /** Ask a mentor (mentoring), or start coaching a team member (a supervisor). */
  requestMentorship: (input: RequestMentorshipInput) => request<Mentorship>("POST", "/api/mentorships", { json: input }),
  listMentorships: (filter: Partial<ListMentorshipsQuery>) =>
    request<{ items: Mentorship[]; cursor: string | null }>("GET", "/api/mentorships", { query: filter }),
  getMentorship: (id: string) => request<Mentorship>("GET", `/api/mentorships/${enc(id)}`),
  /** Decline and cancel carry a reason; the other changes none. */
  changeMentorship: (id: string, change: MentorshipAction, reason?: string) =>
    request<Mentorship>("POST", `/api/mentorships/${enc(id)}/${change}`, reason === undefined ? {} : { json: { reason } }),
  /** A mentor's profile; admins also get the mentees' average rating. */
  getMentor: (staffId: string) => request<MentorProfile>("GET", `/api/mentors/${enc(staffId)}`),
  /** The mentee links the relation to an item of their development plan whose action is mentoring. */
  linkMentorshipPlanItem: (id: string, link: { evaluationId: string; itemId: string }) =>
    request<Mentorship>("PUT", `/api/mentorships/${enc(id)}/plan-item`, { json: link }),
  listSessions: (id: string) => request<MentorshipSessionList>("GET", `/api/mentorships/${enc(id)}/sessions`),
  logSession: (id: string, input: LogSessionInput) =>
    request<MentorshipSession>("POST", `/api/mentorships/${enc(id)}/sessions`, { json: input }),
  confirmSession: (id: string, sessionId: string) =>
    request<MentorshipSession>("POST", `/api/mentorships/${enc(id)}/sessions/${enc(sessionId)}/confirm`),
  disputeSession: (id: string, sessionId: string, reason: string) =>
    request<MentorshipSession>("POST", `/api/mentorships/${enc(id)}/sessions/${enc(sessionId)}/dispute`, { json: { reason } }),
  withdrawSession: (id: string, sessionId: string) => request<void>("DELETE", `/api/mentorships/${enc(id)}/sessions/${enc(sessionId)}`),
  tickAction: (id: string, sessionId: string, actionId: string, done: boolean) =>
    request<MentorshipSession>("PUT", `/api/mentorships/${enc(id)}/sessions/${enc(sessionId)}/actions/${enc(actionId)}`, {
      json: { done },
    }),
  getFeedback: (id: string) => request<MentorshipFeedback>("GET", `/api/mentorships/${enc(id)}/feedback`),
  giveFeedback: (id: string, input: FeedbackInput) =>
    request<MentorshipFeedback>("POST", `/api/mentorships/${enc(id)}/feedback`, { json: input }),
  mentoringOverview: () => request<MentoringOverview>("GET", "/api/mentoring/overview"),

  // The citizens' forum (public app, its own citizen cookie).
  requestCitizenCode: (email: string) => request<CodeSent>("POST", "/public/auth/code", { json: { email } }),
  verifyCitizenCode: (input: VerifyCodeInput) => request<CitizenView>("POST", "/public/auth/verify", { json: input }),
  citizenLogout: () => request<void>("POST", "/public/auth/logout"),
  citizenMe: () => request<CitizenView>("GET", "/public/me"),
  forumAreas: () => request<{ items: ForumAreaOwner[] }>("GET", "/public/areas"),
  listTopics: (filter: Partial<ListTopicsQuery>) => request<TopicPage>("GET", "/public/topics", { query: filter }),
  getTopic: (id: string) => request<Topic>("GET", `/public/topics/${enc(id)}`),
  createTopic: (input: CreateTopicInput) => request<TopicCreated>("POST", "/public/topics", { json: input }),
  supportTopic: (id: string, on: boolean) => request<SupportState>(on ? "PUT" : "DELETE", `/public/topics/${enc(id)}/support`),
  followTopic: (id: string, on: boolean) => request<{ following: boolean }>(on ? "PUT" : "DELETE", `/public/topics/${enc(id)}/follow`),
  /** Whether I support and follow it: personal, asked apart from the (cached) topic. */
  myTopicState: (id: string) => request<MyTopicState>("GET", `/public/topics/${enc(id)}/mine`),
  similarTopics: (area: string, title: string) => request<{ items: SimilarTopic[] }>("GET", "/public/topics/similar", { query: { area, title } }),
  listComments: (id: string, cursor?: string | null) => request<CommentPage>("GET", `/public/topics/${enc(id)}/comments`, { query: { cursor } }),
  addComment: (id: string, input: CreateCommentInput) => request<CommentCreated>("POST", `/public/topics/${enc(id)}/comments`, { json: input }),
  report: (input: ReportInput) => request<Reported>("POST", "/public/reports", { json: input }),
  myTopics: (cursor?: string | null) => request<MyTopicPage>("GET", "/public/me/topics", { query: { cursor } }),
  myNotices: (cursor?: string | null) => request<NoticePage>("GET", "/public/me/notices", { query: { cursor } }),
  readNotices: () => request<{ marked: number }>("POST", "/public/me/notices/read"),
  listDialogs: (cursor?: string | null) => request<DialogPage>("GET", "/public/dialogs", { query: { cursor } }),
  getDialog: (id: string) => request<Dialog>("GET", `/public/dialogs/${enc(id)}`),
  listPrograms: (cursor?: string | null) => request<ProgramPage>("GET", "/public/programs", { query: { cursor } }),
  getProgram: (id: string) => request<ProgramDetail>("GET", `/public/programs/${enc(id)}`),

  // The forum's staff side: the responders' queue, official answers, states, and moderation.
  forumQueue: (filter: Partial<ForumQueueQuery>) => request<StaffTopicPage>("GET", "/api/forum/topics", { query: filter }),
  getStaffTopic: (id: string) => request<StaffTopic>("GET", `/api/forum/topics/${enc(id)}`),
  /** An official answer; `status` moves the topic in the same event. */
  answerTopic: (id: string, input: AnswerTopicInput) => request<StaffTopic>("POST", `/api/forum/topics/${enc(id)}/answers`, { json: input }),
  /** `version` is the one the edit was made on: a newer one stored answers 409 `answer_changed`. */
  editAnswer: (id: string, answerId: string, input: EditAnswerInput) =>
    request<StaffTopic>("PUT", `/api/forum/topics/${enc(id)}/answers/${enc(answerId)}`, { json: input }),
  changeTopicStatus: (id: string, input: TopicStatusInput) => request<StaffTopic>("POST", `/api/forum/topics/${enc(id)}/status`, { json: input }),
  recordLaporTicket: (id: string, ticket: string) => request<StaffTopic>("PUT", `/api/forum/topics/${enc(id)}/lapor`, { json: { ticket } }),
  changeTopicOwner: (id: string, unitCode: string) => request<StaffTopic>("PUT", `/api/forum/topics/${enc(id)}/owner`, { json: { unitCode } }),
  /** Announce a public dialogue (a supervisor's own unit when no unit code is given). */
  createDialog: (input: CreateDialogInput) => request<Dialog>("POST", "/api/forum/dialogs", { json: input }),
  /** Publish or correct a dialogue's minutes once it has started. */
  publishDialogMinutes: (id: string, input: DialogMinutesInput) => request<Dialog>("POST", `/api/forum/dialogs/${enc(id)}/minutes`, { json: input }),
  /** One unit's dialogues, latest start first: a supervisor's own unit, or the unit an admin names by code. */
  listUnitDialogs: (unitCode: string | undefined, cursor?: string | null) =>
    request<DialogPage>("GET", "/api/forum/dialogs", { query: { unitCode, cursor, limit: 20 } }),
  /** One unit's service programs, newest first, with their milestones. */
  listUnitPrograms: (unitCode: string | undefined, cursor?: string | null) =>
    request<ProgramPage>("GET", "/api/forum/programs", { query: { unitCode, cursor, limit: 20 } }),
  /** BKPSDM (admins): the competency needs of every service program. */
  programNeeds: () => request<ProgramNeeds>("GET", "/api/forum/programs/needs"),
  createProgram: (input: CreateProgramInput) => request<ProgramDetail>("POST", "/api/forum/programs", { json: input }),
  setProgramStatus: (id: string, input: ProgramStatusInput) => request<ProgramDetail>("PATCH", `/api/forum/programs/${enc(id)}`, { json: input }),
  /** Marking a done milestone again changes nothing. */
  completeMilestone: (id: string, milestoneId: string) =>
    request<ProgramDetail>("POST", `/api/forum/programs/${enc(id)}/milestones/${enc(milestoneId)}/done`),
  moderationQueue: (filter: Partial<ModerationQueueQuery>) => request<ModerationQueue>("GET", "/api/moderation/queue", { query: filter }),
  /** Hide a topic pending review, or show it again; the reason goes into the audit entry. */
  setTopicHidden: (id: string, hidden: boolean, reason?: string) => api.moderate("topic", id, hidden ? "hide" : "restore", reason),
  /** Hide, restore, or dismiss the reports of a topic or a comment ("<topicId>:<commentId>"). */
  moderate: (targetType: "topic" | "comment", id: string, move: "hide" | "restore" | "dismiss", reason?: string) =>
    request<ModerationResult>("POST", `/api/moderation/${targetType === "topic" ? "topics" : "comments"}/${enc(id)}/${move}`, { json: reason ? { reason } : {} }),
  /** Block a citizen (they read, but cannot post, support or report), or lift the block. */
  setCitizenBlocked: (id: string, blocked: boolean, reason?: string) =>
    request<ModerationResult>("POST", `/api/moderation/citizens/${enc(id)}/${blocked ? "block" : "unblock"}`, { json: reason ? { reason } : {} }),

  // Dashboards: figures read from aggregates kept as the facts change; each says when it was computed (`asOf`).
  myDashboard: () => request<MyDashboard>("GET", "/api/dashboards/me"),
  /** The supervisor's whole subtree, who needs attention first; 403 for anyone else. */
  teamDashboard: () => request<TeamDashboard>("GET", "/api/dashboards/team"),
  /** Admins: every unit's figures for the year, evaluations for the quarter. */
  cityDashboard: (period: DashboardPeriod) => request<CityDashboard>("GET", "/api/dashboards/city", { query: { ...period } }),
  /** A unit head for their own unit, admins any. */
  unitDashboard: (unitId: string, period: DashboardPeriod) =>
    request<UnitDashboard>("GET", `/api/dashboards/units/${enc(unitId)}`, { query: { ...period } }),
  /** The competency-gap heat map; with a unit (admins) also that unit's people. */
  gapsDashboard: (unitId?: string) => request<GapsDashboard>("GET", "/api/dashboards/gaps", { query: { unitId } }),
};

export interface DashboardPeriod {
  year: number;
  quarter: number;
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

/** A relation's sessions as an iCalendar file: a plain link, downloaded with the session cookie. */
export function mentorshipCalendarUrl(id: string): string {
  return `/api/mentorships/${enc(id)}/sessions.ics`;
}

/** The staff import template: a plain link, downloaded with the session cookie. */
export const importTemplateUrl = "/api/staff/import/template.csv";

/** The JP report as CSV: a plain link, so the browser downloads it with the session cookie. */
export function jpReportCsvUrl(year: number, unitId?: string): string {
  return withQuery("/api/learning/report.csv", { year, unitId });
}

// Each dashboard's tables as CSV: plain links, downloaded with the session cookie.
export const myDashboardCsvUrl = "/api/dashboards/me.csv";
export const teamDashboardCsvUrl = "/api/dashboards/team.csv";
export function cityDashboardCsvUrl(period: DashboardPeriod): string {
  return withQuery("/api/dashboards/city.csv", { ...period });
}
export function unitDashboardCsvUrl(unitId: string, period: DashboardPeriod): string {
  return withQuery(`/api/dashboards/units/${enc(unitId)}.csv`, { ...period });
}
export function gapsCsvUrl(unitId?: string): string {
  return withQuery("/api/dashboards/gaps.csv", { unitId });
}
