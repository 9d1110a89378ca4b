import { createSchema } from "electrodb";
import { forumAreas, kecamatanList, reportReasons, reportTargets, topicStatuses } from "../values";
import { keyedBy } from "../table/keys";

// The forum's topics and who supports them. Every key, the indexes' too, starts with "pub#":
// the forum Lambda may reach nothing else (an IAM LeadingKeys condition).

/** A service need a citizen raised, with its state and its public history. */
export const topicSchema = createSchema({
  model: { entity: "topic", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    title: { type: "string", required: true },
    body: { type: "string", required: true },
    area: { type: forumAreas, required: true },
    kecamatan: { type: kecamatanList, required: true },
    status: { type: topicStatuses, required: true },
    // The unit that answers for the area, by its code (a moderator may change it).
    ownerUnitCode: { type: "string", required: true },
    ownerUnitName: { type: "string", required: true },
    authorId: { type: "string", required: true },
    authorName: { type: "string", required: true },
    supports: { type: "number", required: true, default: 0 },
    // [{ status, at, by, reason? }]
    history: { type: "any", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
    // Written by the staff app (packages/core/src/forum-answers): official answers, each with every
    // earlier version: [{ id, body, name, position, unitName, createdAt, editedAt, version, versions }].
    // Names, positions and unit names only: nothing here identifies a staff record.
    answers: { type: "any" },
    // Who wrote each answer ({ answerId: staffId }); never part of any public view.
    answerStaffIds: { type: "any" },
    // Bumped by every staff change of answers, state or owner: edits are conditioned on it.
    staffRevision: { type: "number" },
    firstAnsweredAt: { type: "string" },
    // The deadline steps already sent (half-time reminders, escalations), so each goes out once.
    // When the next one comes is the topic's topicDeadline item (below).
    deadlineMarks: { type: "list", items: { type: "string" } },
    // The support count zero-padded, then createdAt and id: the sort key of the bySupports index,
    // written with `supports` on the condition that the count is still the one read.
    supportsKey: { type: "string", required: true },
    // A SP4N-LAPOR! ticket number, once staff record one.
    laporTicket: { type: "string" },
    // Reports from different citizens; the third hides the topic (hiddenReason "reports"), as a moderator may.
    reports: { type: "number", required: true, default: 0 },
    hidden: { type: "boolean", required: true, default: false },
    hiddenReason: { type: "string" },
    // The service program the topic became part of, by id and title (its progress stays in the program).
    programId: { type: "string" },
    programTitle: { type: "string" },
  },
  indexes: {
    byId: keyedBy("primary", { composite: ["id"], template: "pub#topic#${id}" }, { composite: [], template: "topic" }),
    // Every topic, newest first: the forum's front page is one Query per page.
    recent: keyedBy("gsi1", { composite: [], template: "pub#topics" }, ["createdAt", "id"]),
    // One area's topics, newest first.
    byArea: keyedBy("gsi2", { composite: ["area"], template: "pub#topics#${area}" }, ["createdAt", "id"]),
    // The topics one unit answers for, by age: the responders' queue.
    byOwner: keyedBy("gsi3", { composite: ["ownerUnitCode"], template: "pub#topics#owner#${ownerUnitCode}" }, ["createdAt", "id"]),
    // Every topic, most supported first (then newest).
    bySupports: keyedBy("gsi4", { composite: [], template: "pub#topics#supports" }, ["supportsKey"]),
  },
});

/** One citizen's support of one topic: at most one, written with the topic's count in one transaction. */
export const topicSupportSchema = createSchema({
  model: { entity: "topicSupport", version: "1", service: "kompeten" },
  attributes: {
    topicId: { type: "string", required: true },
    citizenId: { type: "string", required: true },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byTopic: keyedBy("primary", { composite: ["topicId"], template: "pub#topic#${topicId}" }, { composite: ["citizenId"], template: "support#${citizenId}" }),
  },
});

/**
 * A citizen following a topic: told when it is answered or changes state. Authors and
 * supporters follow automatically. Kept in the topic's partition (its followers are one Query)
 * and, through gsi1, in the citizen's (what they follow, newest first).
 */
export const topicFollowSchema = createSchema({
  model: { entity: "topicFollow", version: "1", service: "kompeten" },
  attributes: {
    topicId: { type: "string", required: true },
    citizenId: { type: "string", required: true },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byTopic: keyedBy("primary", { composite: ["topicId"], template: "pub#topic#${topicId}" }, { composite: ["citizenId"], template: "follow#${citizenId}" }),
    byCitizen: keyedBy("gsi1", { composite: ["citizenId"], template: "pub#citizen#${citizenId}#follows" }, ["createdAt", "topicId"]),
  },
});

/**
 * A notice on the forum for one citizen about one event of a topic (answered, state changed,
 * milestone done). Its key holds the event's id, so telling a follower twice about the same
 * event writes nothing the second time: the e-mail goes out only when the notice is new.
 */
export const citizenNoticeSchema = createSchema({
  model: { entity: "citizenNotice", version: "1", service: "kompeten" },
  attributes: {
    citizenId: { type: "string", required: true },
    eventId: { type: "string", required: true },
    at: { type: "string", required: true },
    topicId: { type: "string", required: true },
    topicTitle: { type: "string", required: true },
    // "answered" | "status_changed" | "milestone_done", with the event's parameters.
    type: { type: "string", required: true },
    params: { type: "any", required: true },
    read: { type: "boolean", required: true, default: false },
    expiresAt: { type: "number" },
  },
  indexes: {
    byCitizen: keyedBy("primary", { composite: ["citizenId"], template: "pub#citizen#${citizenId}" }, { composite: ["at", "eventId"], template: "notice#${at}#${eventId}" }),
  },
});

/**
 * A citizen's comment on a topic, in the topic's partition. Its id starts with the time it was
 * written (base 36, fixed width), so the partition's "comment#" items read oldest first.
 */
export const topicCommentSchema = createSchema({
  model: { entity: "topicComment", version: "1", service: "kompeten" },
  attributes: {
    topicId: { type: "string", required: true },
    id: { type: "string", required: true, readOnly: true },
    body: { type: "string", required: true },
    authorId: { type: "string", required: true },
    authorName: { type: "string", required: true },
    reports: { type: "number", required: true, default: 0 },
    hidden: { type: "boolean", required: true, default: false },
    hiddenReason: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byTopic: keyedBy("primary", { composite: ["topicId"], template: "pub#topic#${topicId}" }, { composite: ["id"], template: "comment#${id}" }),
  },
});

/**
 * One citizen's report of one topic or comment: at most one per (item, citizen), in the topic's
 * partition. Open reports are one Query for the moderation queue, newest first (gsi1
 * "pub#reports#open"); moderation moves a report to another status, and so out of that list.
 */
export const topicReportSchema = createSchema({
  model: { entity: "topicReport", version: "1", service: "kompeten" },
  attributes: {
    topicId: { type: "string", required: true },
    targetType: { type: reportTargets, required: true },
    // The topic's id, or the comment's.
    targetId: { type: "string", required: true },
    citizenId: { type: "string", required: true },
    reason: { type: reportReasons, required: true },
    // "open" until a moderator decides.
    status: { type: "string", required: true, default: "open" },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byTarget: keyedBy(
      "primary",
      { composite: ["topicId"], template: "pub#topic#${topicId}" },
      { composite: ["targetType", "targetId", "citizenId"], template: "report#${targetType}#${targetId}#${citizenId}" },
    ),
    byStatus: keyedBy("gsi1", { composite: ["status"], template: "pub#reports#${status}" }, ["createdAt", "targetId", "citizenId"]),
  },
});

/**
 * When the daily deadline job next has something to do for a topic (a half-time reminder or an
 * escalation), beside the topic in its partition and indexed soonest first; absent once nothing
 * is left. Its own item, as every index of the topic itself is taken by the forum's lists.
 */
export const topicDeadlineSchema = createSchema({
  model: { entity: "topicDeadline", version: "1", service: "kompeten" },
  attributes: {
    topicId: { type: "string", required: true },
    nextCheckAt: { type: "string", required: true },
  },
  indexes: {
    byTopic: keyedBy("primary", { composite: ["topicId"], template: "pub#topic#${topicId}" }, { composite: [], template: "deadline" }),
    byDue: keyedBy("gsi4", { composite: [], template: "pub#topics#deadlines" }, ["nextCheckAt", "topicId"]),
  },
});
