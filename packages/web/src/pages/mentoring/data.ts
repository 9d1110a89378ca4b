// What the mentoring pages read and do: suggestions, relations, the mentor profile and their changes.
import { action, query, revalidate } from "@solidjs/router";
import { api, ApiError } from "../../api";
import { all, checked, text, type FormInput } from "../../forms";
import { t } from "../../i18n";
import {
  MENTORING_MODES,
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
  return revalidate([listMentorships.key, getMentorship.key, getSuggestions.key, getMentorProfile.key]);
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
