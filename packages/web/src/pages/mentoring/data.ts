// What the mentoring pages read and do: suggestions, relations, the mentor profile and their changes.
import { action, query, revalidate } from "@solidjs/router";
import { api, ApiError } from "../../api";
import { all, checked, text, type FormInput } from "../../forms";
import { t } from "../../i18n";
import { getMyEvaluations } from "../../queries";
import { witaInputToIso } from "../../time";
import {
  MENTORING_MODES,
  type LogSessionInput,
  type MentoringMode,
  type MentorProfileInput,
  type MentorshipAction,
  type MentorshipStatus,
  type RequestMentorshipInput,
} from "../../types";

export const MENTORSHIP_PAGE_SIZE = 20;
export const MIN_WEEKS = 4;
export const MAX_WEEKS = 24;
export const DEFAULT_WEEKS = 12;
export const MAX_GOALS = 5;
export const MAX_COMPETENCIES = 3;
/** A mentor's level in a competency they offer: 3 (Menengah) to 5 (Ahli). */
export const MENTOR_LEVELS = [3, 4, 5] as const;

/** `competencyId` empty: the person's largest gaps and planned mentoring. */
export const getSuggestions = query(
  async (competencyId: string) => (await api.suggestMentors(competencyId || undefined)).items,
  "mentorSuggestions",
);

export interface MentorshipFilter {
  as: "mentee" | "mentor";
  status: MentorshipStatus | "";
  cursor: string | null;
}

export const listMentorships = query(
  (filter: MentorshipFilter) =>
    api.listMentorships({
      as: filter.as,
      status: filter.status || undefined,
      cursor: filter.cursor ?? undefined,
      limit: MENTORSHIP_PAGE_SIZE,
    }),
  "mentorships",
);

export const getMentorship = query((id: string) => api.getMentorship(id), "mentorship");

export const getMentorProfile = query(() => api.myMentorProfile(), "mentorProfile");

/** Someone's mentor profile (admins also get the rating). */
export const getMentor = query((staffId: string) => api.getMentor(staffId), "mentor");

export const getSessions = query((id: string) => api.listSessions(id), "mentorshipSessions");

export const getFeedback = query((id: string) => api.getFeedback(id), "mentorshipFeedback");

export const getOverview = query(() => api.mentoringOverview(), "mentoringOverview");

export const MIN_SESSION_MINUTES = 15;
export const MAX_SESSION_MINUTES = 480;
export const MAX_SESSION_ACTIONS = 10;
/** Learning hours: 1 JP per 45 minutes, rounded down. */
export const MINUTES_PER_JP = 45;

/** A plan item the mentee may link: an item whose action is mentoring, in one of the relation's competencies. */
export interface LinkablePlanItem {
  evaluationId: string;
  cycleId: string;
  itemId: string;
  competencyId: string;
  description: string;
  targetDate: string;
}

/**
 * The mentee's plan items whose action is mentoring, newest evaluation first: from their own
 * evaluations that have a plan, the open items only (a done or dropped item answers nothing).
 */
export const getLinkablePlanItems = query(async (competencyIds: string[]): Promise<LinkablePlanItem[] | null> => {
  const mine = await getMyEvaluations().catch(() => null);
  // Without the evaluations (none yet, or not answered) the link shows its state only.
  if (!mine) return null;
  const evaluations = mine.filter((evaluation) => evaluation.planStatus !== "none");
  const newest = [...evaluations].sort((a, b) => b.cycleId.localeCompare(a.cycleId)).slice(0, 2);
  const plans = await Promise.all(
    newest.map((evaluation) =>
      api
        .getPlan(evaluation.id)
        .then((plan) => ({ evaluation, plan }))
        .catch(() => ({ evaluation, plan: { items: [] } })),
    ),
  );
  return plans.flatMap(({ evaluation, plan }) =>
    plan.items
      .filter((item) => item.action === "mentorship" && competencyIds.includes(item.competencyId))
      .filter((item) => item.status === "planned" || item.status === "in_progress")
      .map((item) => ({
        evaluationId: evaluation.id,
        cycleId: evaluation.cycleId,
        itemId: item.id,
        competencyId: item.competencyId,
        description: item.description,
        targetDate: item.targetDate,
      })),
  );
}, "linkablePlanItems");

/** A refusal made in the browser, in the API's own shape so the fields show it the same way. */
function invalid(issues: { path: (string | number)[]; message: string }[]): ApiError {
  return new ApiError(400, "validation_failed", "Validation failed", { issues });
}

/** The request form's goals: one row per "goals.N.text" with its "goals.N.competencyId", as many as "goalCount". */
function readGoals(form: FormInput, competencyIds: string[]) {
  const count = Math.min(MAX_GOALS, Math.max(0, Number(text(form, "goalCount")) || 0));
  return Array.from({ length: count }, (_, index) => ({
    competencyId: text(form, `goals.${index}.competencyId`) || competencyIds[0] || "",
    text: text(form, `goals.${index}.text`),
  }));
}

/** Reads the request (or coaching) form and refuses what the API would refuse, field by field. */
export function readRequest(form: FormInput): RequestMentorshipInput {
  const competencyIds = all(form, "competencyIds");
  const goals = readGoals(form, competencyIds);
  const weeksText = text(form, "weeks");
  const weeks = Number(weeksText);
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (competencyIds.length === 0) issues.push({ path: ["competencyIds"], message: t("mentoring.chooseCompetency") });
  if (competencyIds.length > MAX_COMPETENCIES) issues.push({ path: ["competencyIds"], message: t("mentoring.tooManyCompetencies") });
  if (goals.length === 0) issues.push({ path: ["goals"], message: t("mentoring.goalRequired") });
  goals.forEach((goal, index) => {
    if (goal.text.length < 3) issues.push({ path: ["goals", index, "text"], message: t("mentoring.goalTooShort") });
    if (!competencyIds.includes(goal.competencyId)) issues.push({ path: ["goals", index, "competencyId"], message: t("mentoring.goalCompetency") });
  });
  if (!weeksText || !Number.isInteger(weeks) || weeks < MIN_WEEKS || weeks > MAX_WEEKS)
    issues.push({ path: ["weeks"], message: t("mentoring.weeksRange", { min: MIN_WEEKS, max: MAX_WEEKS }) });
  if (issues.length > 0) throw invalid(issues);
  const kind = text(form, "kind") === "coaching" ? "coaching" : "mentoring";
  const message = text(form, "message");
  return kind === "coaching"
    ? { kind, menteeId: text(form, "menteeId"), competencyIds, goals, weeks, message }
    : { kind, mentorId: text(form, "mentorId"), competencyIds, goals, weeks, message };
}

function refreshRelations() {
  return revalidate([listMentorships.key, getMentorship.key, getSuggestions.key, getMentorProfile.key, getSessions.key, getFeedback.key]);
}

/** Ask a mentor for mentoring, or (a supervisor) start coaching a team member. */
export const requestMentorshipAction = action(async (form: FormInput) => {
  const input = readRequest(form);
  if (input.kind === "coaching" && !input.menteeId) throw invalid([{ path: ["menteeId"], message: t("field.requiredError") }]);
  const relation = await api.requestMentorship(input);
  await refreshRelations();
  return relation;
}, "request-mentorship");

/** Accept, decline, withdraw, cancel or complete: decline and cancel say why. */
export const changeMentorshipAction = action(async (id: string, change: MentorshipAction, reason?: string) => {
  const relation = await api.changeMentorship(id, change, reason);
  await refreshRelations();
  return { change, relation };
}, "change-mentorship");

/** Reads the mentor profile form: one level choice per competency ("" means not offered). */
export function readProfile(form: FormInput, competencyIds: string[]): MentorProfileInput {
  const capacityText = text(form, "capacity");
  const capacity = Number(capacityText);
  const modes = all(form, "modes").filter((mode): mode is MentoringMode => (MENTORING_MODES as readonly string[]).includes(mode));
  const competencies = competencyIds
    .map((competencyId) => ({ competencyId, level: Number(text(form, `level.${competencyId}`)) }))
    .filter((competency) => competency.level > 0);
  const available = checked(form, "available");
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (!capacityText || !Number.isInteger(capacity) || capacity < 1 || capacity > 5)
    issues.push({ path: ["capacity"], message: t("mentorProfile.capacityRange") });
  if (modes.length === 0) issues.push({ path: ["modes"], message: t("mentorProfile.modeRequired") });
  if (issues.length > 0) throw invalid(issues);
  return { available, capacity, competencies, bio: text(form, "bio"), modes };
}

export const saveMentorProfileAction = action(async (competencyIds: string[], form: FormInput) => {
  const profile = await api.saveMentorProfile(readProfile(form, competencyIds));
  await revalidate([getMentorProfile.key, getSuggestions.key]);
  return profile;
}, "save-mentor-profile");


/** Reads the session form ("date" a WITA datetime-local) and refuses what the API would refuse, field by field. */
export function readSession(form: FormInput): LogSessionInput {
  const date = witaInputToIso(text(form, "date"));
  const minutesText = text(form, "minutes");
  const minutes = Number(minutesText);
  const mode = text(form, "mode") as MentoringMode;
  const count = Math.max(0, Number(text(form, "actionCount")) || 0);
  const actions = Array.from({ length: count }, (_, index) => ({
    text: text(form, `actions.${index}.text`),
    dueDate: text(form, `actions.${index}.dueDate`),
  }));
  const issues: { path: (string | number)[]; message: string }[] = [];
  if (!date) issues.push({ path: ["date"], message: t("session.dateRequired") });
  if (!minutesText || !Number.isInteger(minutes) || minutes < MIN_SESSION_MINUTES || minutes > MAX_SESSION_MINUTES)
    issues.push({ path: ["minutes"], message: t("session.minutesRange", { min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES }) });
  if (!(MENTORING_MODES as readonly string[]).includes(mode)) issues.push({ path: ["mode"], message: t("field.requiredError") });
  if (actions.length > MAX_SESSION_ACTIONS) issues.push({ path: ["actions"], message: t("session.tooManyActions", { max: MAX_SESSION_ACTIONS }) });
  actions.forEach((item, index) => {
    if (item.text.length < 3) issues.push({ path: ["actions", index, "text"], message: t("session.actionTooShort") });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(item.dueDate)) issues.push({ path: ["actions", index, "dueDate"], message: t("session.dueDateRequired") });
  });
  if (issues.length > 0) throw invalid(issues);
  return { date, minutes, mode, notes: text(form, "notes"), actions };
}

function refreshSessions() {
  return revalidate([getSessions.key, getMentorship.key]);
}

export const logSessionAction = action(async (id: string, form: FormInput) => {
  const session = await api.logSession(id, readSession(form));
  await refreshSessions();
  return session;
}, "log-session");

/** Confirm, or dispute with a reason, a session the other party logged. */
export const answerSessionAction = action(async (id: string, sessionId: string, answer: "confirm" | "dispute", reason?: string) => {
  const session = answer === "confirm" ? await api.confirmSession(id, sessionId) : await api.disputeSession(id, sessionId, reason ?? "");
  await refreshSessions();
  return { answer, session };
}, "answer-session");

export const withdrawSessionAction = action(async (id: string, sessionId: string) => {
  await api.withdrawSession(id, sessionId);
  await refreshSessions();
  return { withdrawn: sessionId };
}, "withdraw-session");

export const tickActionAction = action(async (id: string, sessionId: string, actionId: string, done: boolean) => {
  const session = await api.tickAction(id, sessionId, actionId, done);
  await revalidate(getSessions.key);
  return session;
}, "tick-action");

/** Reads the feedback form: a rating 1-5 and a comment. */
export function readFeedback(form: FormInput): { rating: number; comment: string } {
  const rating = Number(text(form, "rating"));
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw invalid([{ path: ["rating"], message: t("feedback.ratingRequired") }]);
  return { rating, comment: text(form, "comment") };
}

export const giveFeedbackAction = action(async (id: string, form: FormInput) => {
  const feedback = await api.giveFeedback(id, readFeedback(form));
  await revalidate(getFeedback.key);
  return feedback;
}, "give-feedback");

export const linkPlanItemAction = action(async (id: string, form: FormInput) => {
  const [evaluationId = "", itemId = ""] = text(form, "planItem").split("|");
  if (!evaluationId || !itemId) throw invalid([{ path: ["planItem"], message: t("planLink.choose") }]);
  const relation = await api.linkMentorshipPlanItem(id, { evaluationId, itemId });
  await revalidate([getMentorship.key, getLinkablePlanItems.key]);
  return relation;
}, "link-plan-item");
