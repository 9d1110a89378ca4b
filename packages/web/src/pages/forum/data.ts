// What the forum pages read and do: topics, the areas, and the citizen's own session, which is
// apart from the staff session (its own cookie, sent only to /public).
import { action, query, revalidate } from "@solidjs/router";
import { createSignal } from "solid-js";
import { api, ApiError } from "../../api";
import { text, type FormInput } from "../../forms";
import type { CitizenView, CreateTopicInput, ForumArea, Kecamatan, ReportInput, TopicStatus } from "../../types";

export const TOPIC_PAGE_SIZE = 20;
export const TITLE_MAX = 120;
export const BODY_MAX = 2000;

// ---- The citizen's session -------------------------------------------------------------------

type CitizenState = { status: "unknown" } | { status: "anonymous" } | { status: "signedIn"; citizen: CitizenView };
const [citizenState, setCitizenState] = createSignal<CitizenState>({ status: "unknown" });
export { citizenState };
export const citizen = () => {
  const state = citizenState();
  return state.status === "signedIn" ? state.citizen : undefined;
};

let loading: Promise<void> | undefined;
/** Asks once who the citizen is; a 401 means nobody is signed in to the forum. */
export function loadCitizen(): Promise<void> {
  return (loading ??= api.citizenMe().then(
    (found) => void setCitizenState({ status: "signedIn", citizen: found }),
    (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setCitizenState({ status: "anonymous" });
      else loading = undefined; // a network failure asks again next time
    },
  ));
}

export const citizenSignedOut = () => {
  loading = Promise.resolve();
  setCitizenState({ status: "anonymous" });
};

// ---- Reads ------------------------------------------------------------------------------------

export const getForumAreas = query(async () => (await api.forumAreas()).items, "forumAreas");

export interface TopicFilter {
  area: ForumArea | "";
  kecamatan: Kecamatan | "";
  status: TopicStatus | "";
  sort: "recent" | "supports";
  cursor: string | null;
}

export const listTopics = query(
  (filter: TopicFilter) =>
    api.listTopics({
      area: filter.area || undefined,
      kecamatan: filter.kecamatan || undefined,
      status: filter.status || undefined,
      sort: filter.sort,
      cursor: filter.cursor ?? undefined,
      limit: TOPIC_PAGE_SIZE,
    }),
  "topics",
);

export const getTopic = query((id: string) => api.getTopic(id), "topic");

/** Whether the signed-in citizen supports and follows a topic; nothing when nobody is signed in. */
export const getMyTopicState = query(
  (id: string) => api.myTopicState(id).catch((error: unknown) => (error instanceof ApiError && error.status === 401 ? null : Promise.reject(error))),
  "myTopicState",
);

/** Topics of the area whose titles share words with a title being written. */
export const getSimilarTopics = query(async (area: string, title: string) => (await api.similarTopics(area, title)).items, "similarTopics");

export const getDialogs = query((cursor: string | null) => api.listDialogs(cursor), "dialogs");
export const getDialog = query((id: string) => api.getDialog(id), "dialog");
export const getPrograms = query((cursor: string | null) => api.listPrograms(cursor), "programs");
export const getProgram = query((id: string) => api.getProgram(id), "program");

export const getComments = query((id: string, cursor: string | null) => api.listComments(id, cursor), "comments");

export const getMyTopics = query((cursor: string | null) => api.myTopics(cursor), "myTopics");

export const getNotices = query((cursor: string | null) => api.myNotices(cursor), "notices");

// ---- Actions ----------------------------------------------------------------------------------

export const requestCodeAction = action(async (form: FormInput) => {
  const email = text(form, "email");
  const sent = await api.requestCitizenCode(email);
  return { email, validMinutes: sent.validMinutes };
}, "forum-request-code");

export const verifyCodeAction = action(async (form: FormInput) => {
  const displayName = text(form, "displayName");
  const signedIn = await api.verifyCitizenCode({
    email: text(form, "email"),
    code: text(form, "code"),
    ...(displayName ? { displayName } : {}),
  });
  loading = Promise.resolve();
  setCitizenState({ status: "signedIn", citizen: signedIn });
  return signedIn;
}, "forum-verify-code");

export async function citizenLogout() {
  await api.citizenLogout().catch(() => undefined);
  citizenSignedOut();
}

export const createTopicAction = action(async (form: FormInput) => {
  const input: CreateTopicInput = {
    title: text(form, "title"),
    body: text(form, "body"),
    area: text(form, "area") as ForumArea,
    kecamatan: text(form, "kecamatan") as Kecamatan,
    website: text(form, "website"),
  };
  const created = await api.createTopic(input);
  await revalidate(listTopics.key);
  return created;
}, "forum-create-topic");

export const supportAction = action(async (id: string, on: boolean) => {
  const state = await api.supportTopic(id, on);
  await revalidate([getTopic.keyFor(id), getMyTopicState.keyFor(id), listTopics.key]);
  return state;
}, "forum-support");

export const followAction = action(async (id: string, on: boolean) => {
  const state = await api.followTopic(id, on);
  await revalidate([getMyTopicState.keyFor(id), getMyTopics.key]);
  return state;
}, "forum-follow");

export const commentAction = action(async (form: FormInput) => {
  const topicId = text(form, "topicId");
  const created = await api.addComment(topicId, { body: text(form, "body"), website: text(form, "website") });
  await revalidate(getComments.key);
  return created;
}, "forum-comment");

export const reportAction = action(async (form: FormInput) => {
  const reported = await api.report({
    targetType: text(form, "targetType") === "comment" ? "comment" : "topic",
    targetId: text(form, "targetId"),
    reason: text(form, "reason") as ReportInput["reason"],
  });
  await revalidate([getComments.key, getTopic.key, listTopics.key]);
  return reported;
}, "forum-report");

export const readNoticesAction = action(async () => {
  await api.readNotices();
  await revalidate(getNotices.key);
}, "forum-read-notices");

/** A citizen's session ended on the server (expired or signed out elsewhere): the page says so. */
export function isSignedOutError(error: unknown): boolean {
  if (error instanceof ApiError && error.code === "unauthenticated") {
    citizenSignedOut();
    return true;
  }
  return false;
}
