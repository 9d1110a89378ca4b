import { createSchema } from "electrodb";
import { forumAreas, kecamatanList, topicStatuses } from "../values";
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
    // The SP4N-LAPOR! ticket a responder recorded.
    laporTicket: { type: "string" },
    // The deadline steps already sent (half-time reminders, escalations), so each goes out once.
    deadlineMarks: { type: "list", items: { type: "string" } },
    // When the daily deadline job next has something to do for the topic; absent when nothing is left.
    // A new topic starts with its first reminder, half of the 3 days for a first answer.
    nextCheckAt: {
      type: "string",
      watch: ["createdAt"],
      set: (value: string | undefined, item: { createdAt?: string }) =>
        value ?? (item.createdAt ? new Date(Date.parse(item.createdAt) + 36 * 3600_000).toISOString() : undefined),
    },
    // Hidden by a moderator (or by reports), pending review.
    hidden: { type: "boolean" },
  },
  indexes: {
    byId: keyedBy("primary", { composite: ["id"], template: "pub#topic#${id}" }, { composite: [], template: "topic" }),
    // Every topic, newest first: the forum's front page is one Query per page.
    recent: keyedBy("gsi1", { composite: [], template: "pub#topics" }, ["createdAt", "id"]),
    // One area's topics, newest first.
    byArea: keyedBy("gsi2", { composite: ["area"], template: "pub#topics#${area}" }, ["createdAt", "id"]),
    // The topics one unit answers for, by age: the responders' queue.
    byOwner: keyedBy("gsi3", { composite: ["ownerUnitCode"], template: "pub#topics#owner#${ownerUnitCode}" }, ["createdAt", "id"]),
    // Topics with a deadline step to come, soonest first: the daily deadline job reads up to now.
    byNextCheck: keyedBy("gsi4", { composite: [], template: "pub#topics#deadlines" }, ["nextCheckAt", "id"]),
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
