// What the responders' dialogue and program editors read and do: announcing a public dialogue,
// publishing its minutes, starting a service program, moving it on and marking its milestones done.
import { action, query, revalidate } from "@solidjs/router";
import { api } from "../../api";
import { all, text, type FormInput } from "../../forms";
import { t } from "../../i18n";
import { witaInputToIso } from "../../time";
import { PROGRAM_STATUSES, type CreateDialogInput, type CreateProgramInput, type DialogMinutesInput, type ProgramStatus } from "../../types";
import { invalid, type Issue } from "./data";

/** "2027-03-01 Survei lokasi": a target day, a space, the milestone's title. */
const MILESTONE_LINE = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/;

// ---- Reads ------------------------------------------------------------------------------------

/** The unit's dialogues, a page at a time (the past ones take minutes); no code: a supervisor's own unit. */
export const listEditorDialogs = query(
  (unitCode: string | undefined, cursor: string | null) => api.listUnitDialogs(unitCode, cursor),
  "forumEditorDialogs",
);
/** The unit's service programs with their milestones, a page at a time. */
export const listEditorPrograms = query(
  (unitCode: string | undefined, cursor: string | null) => api.listUnitPrograms(unitCode, cursor),
  "forumEditorPrograms",
);

// ---- Reading the forms ------------------------------------------------------------------------

/** Non-empty lines, trimmed. */
export function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The announcement: when (typed in WITA), where or the online link, the agenda and the linked topics. */
export function readDialog(form: FormInput, unitCode: string | undefined): CreateDialogInput {
  const title = text(form, "title");
  const startsAt = witaInputToIso(text(form, "startsAt"));
  const place = text(form, "place");
  const onlineUrl = text(form, "onlineUrl");
  const agenda = text(form, "agenda");
  const issues: Issue[] = [];
  if (title.length < 5) issues.push({ path: ["title"], message: t("forumEditors.titleTooShort", { min: 5 }) });
  if (!startsAt) issues.push({ path: ["startsAt"], message: t("forumEditors.startsAtRequired") });
  if (!place && !onlineUrl) issues.push({ path: ["place"], message: t("forumEditors.placeOrLink") });
  if (onlineUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(onlineUrl)) issues.push({ path: ["onlineUrl"], message: t("forumEditors.httpsLink") });
  if (agenda.length < 10) issues.push({ path: ["agenda"], message: t("forumEditors.textTooShort", { min: 10 }) });
  if (issues.length > 0) throw invalid(issues);
  return {
    title,
    startsAt,
    agenda,
    topicIds: all(form, "topicIds"),
    ...(unitCode ? { unitCode } : {}),
    ...(place ? { place } : {}),
    ...(onlineUrl ? { onlineUrl } : {}),
  };
}

/** The minutes: notulen, the number of attendees, the outcomes one per line. */
export function readMinutes(form: FormInput): DialogMinutesInput {
  const minutes = text(form, "minutes");
  const attendeesText = text(form, "attendees");
  const attendees = Number(attendeesText);
  const outcomes = lines(text(form, "outcomes"));
  const issues: Issue[] = [];
  if (minutes.length < 10) issues.push({ path: ["minutes"], message: t("forumEditors.textTooShort", { min: 10 }) });
  if (!/^\d+$/.test(attendeesText)) issues.push({ path: ["attendees"], message: t("forumEditors.attendeesNumber") });
  const short = outcomes.find((line) => line.length < 3);
  if (short !== undefined) issues.push({ path: ["outcomes"], message: t("forumEditors.outcomeTooShort", { line: short }) });
  if (issues.length > 0) throw invalid(issues);
  return { minutes, attendees, outcomes };
}

/** A new program: the topics it answers, its milestones ("YYYY-MM-DD title" a line) and competency levels needed. */
export function readProgram(form: FormInput, unitCode: string, competencyIds: readonly string[]): CreateProgramInput {
  const title = text(form, "title");
  const description = text(form, "description");
  const topicIds = all(form, "topicIds");
  const milestoneLines = lines(text(form, "milestones"));
  const issues: Issue[] = [];
  if (!unitCode) issues.push({ path: ["unitCode"], message: t("field.requiredError") });
  if (title.length < 5) issues.push({ path: ["title"], message: t("forumEditors.titleTooShort", { min: 5 }) });
  if (description.length < 10) issues.push({ path: ["description"], message: t("forumEditors.textTooShort", { min: 10 }) });
  if (topicIds.length === 0) issues.push({ path: ["topicIds"], message: t("forumEditors.topicsRequired") });
  const milestones: CreateProgramInput["milestones"] = [];
  for (const line of milestoneLines) {
    const match = MILESTONE_LINE.exec(line);
    if (!match || Number.isNaN(Date.parse(match[1]!)) || match[2]!.trim().length < 3) {
      issues.push({ path: ["milestones"], message: t("forumEditors.milestoneLine", { line }) });
    } else milestones.push({ targetDate: match[1]!, title: match[2]!.trim() });
  }
  if (milestoneLines.length === 0) issues.push({ path: ["milestones"], message: t("forumEditors.milestonesRequired") });
  const competencyNeeds = competencyIds.flatMap((competencyId) => {
    const level = Number(text(form, `need-${competencyId}`));
    return level >= 1 && level <= 5 ? [{ competencyId, level }] : [];
  });
  if (issues.length > 0) throw invalid(issues);
  return { title, description, unitCode, topicIds, milestones, competencyNeeds };
}

// ---- Actions ----------------------------------------------------------------------------------

export const createDialogAction = action(async (unitCode: string | undefined, form: FormInput) => {
  const dialog = await api.createDialog(readDialog(form, unitCode));
  await revalidate(listEditorDialogs.key);
  return dialog;
}, "forum-editor-dialog");

export const dialogMinutesAction = action(async (form: FormInput) => {
  const id = text(form, "dialogId");
  if (!id) throw invalid([{ path: ["dialogId"], message: t("field.requiredError") }]);
  const dialog = await api.publishDialogMinutes(id, readMinutes(form));
  await revalidate(listEditorDialogs.key);
  return dialog;
}, "forum-editor-minutes");

export const createProgramAction = action(async (unitCode: string, competencyIds: readonly string[], form: FormInput) => {
  const program = await api.createProgram(readProgram(form, unitCode, competencyIds));
  await revalidate(listEditorPrograms.key);
  return program;
}, "forum-editor-program");

export const programStatusAction = action(async (id: string, status: string) => {
  if (!(PROGRAM_STATUSES as readonly string[]).includes(status)) throw invalid([{ path: ["status"], message: t("field.requiredError") }]);
  const program = await api.setProgramStatus(id, { status: status as ProgramStatus });
  await revalidate(listEditorPrograms.key);
  return program;
}, "forum-editor-program-status");

export const milestoneDoneAction = action(async (id: string, milestoneId: string) => {
  const program = await api.completeMilestone(id, milestoneId);
  await revalidate(listEditorPrograms.key);
  return program;
}, "forum-editor-milestone");
