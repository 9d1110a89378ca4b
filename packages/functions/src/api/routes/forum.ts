import * as answers from "@kompeten/core/forum-answers/forum-answers";
import * as moderation from "@kompeten/core/moderation/moderation";
import * as dialogs from "@kompeten/core/dialogs/dialogs";
import * as programs from "@kompeten/core/programs/programs";
import { createDialogInput, dialogMinutesInput, dialogPage, dialogParam, dialogView, unitDialogsQuery, updateDialogInput } from "@kompeten/core/dialogs/dialogs.schemas";
import { createProgramInput, milestoneParam, programDetailView, programNeedsView, programPage, programParam, programStatusInput, unitProgramsQuery } from "@kompeten/core/programs/programs.schemas";
import {
  answerParam,
  answerTopicInput,
  editAnswerInput,
  forumQueueQuery,
  laporTicketInput,
  staffTopicPage,
  staffTopicView,
  topicOwnerInput,
  topicStatusInput,
} from "@kompeten/core/forum-answers/forum-answers.schemas";
import { moderationCommentParam, moderationParam, moderationQueueQuery, moderationQueueView, moderationReasonInput, moderationResultView } from "@kompeten/core/moderation/moderation.schemas";
import { topicParam } from "@kompeten/core/topics/topics.schemas";
import { createRoute } from "../../http/route";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { readSession, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();

/** The responders' side of the forum: the queue, official answers, states, the LAPOR! ticket and the owner unit; dialogues and service programs. */
export const forumStaffRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/topics",
      operationId: "listForumQueue",
      access: ["unitSupervisor", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Forum"],
      summary: "The topics one unit answers for (the responder's own by default; admins any), oldest first with the overdue first in each page, with their deadlines",
      request: { query: forumQueueQuery },
      responses: { 200: jsonOk(staffTopicPage, "One page"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await answers.listQueue(c.var.ctx, c.var.session.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/topics/{id}",
      operationId: "getForumTopic",
      access: ["unitSupervisor", "moderator", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Forum"],
      summary: "A topic as its responders, moderators and admins see it: answers with their versions, the LAPOR! ticket, waited days and due dates",
      request: { params: topicParam },
      responses: { 200: jsonOk(staffTopicView, "The topic"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await answers.getStaffTopic(c.var.ctx, c.var.session.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/topics/{id}/answers",
      operationId: "answerForumTopic",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Answer officially (a responder of the owner unit or an admin), optionally moving the state in the same event; followers are told once",
      request: { params: topicParam, body: jsonBody(answerTopicInput) },
      responses: { 201: jsonOk(staffTopicView, "Answered"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await answers.answerTopic(c.var.ctx, c.var.me, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/topics/{id}/answers/{answerId}",
      operationId: "editForumAnswer",
      access: ["self", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Edit an official answer (its author or an admin); every earlier wording stays visible",
      request: { params: answerParam, body: jsonBody(editAnswerInput) },
      responses: { 200: jsonOk(staffTopicView, "Edited"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, answerId } = c.req.valid("param");
      return c.json(await answers.editAnswer(c.var.ctx, c.var.me, id, answerId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/topics/{id}/status",
      operationId: "changeForumTopicStatus",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Move a topic on: baru -> ditinjau -> ditindaklanjuti -> selesai, or ditolak with a reason; followers are told once",
      request: { params: topicParam, body: jsonBody(topicStatusInput) },
      responses: { 200: jsonOk(staffTopicView, "The topic now"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await answers.changeTopicStatus(c.var.ctx, c.var.me, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/topics/{id}/lapor",
      operationId: "recordLaporTicket",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Record the topic's SP4N-LAPOR! ticket number",
      request: { params: topicParam, body: jsonBody(laporTicketInput) },
      responses: { 200: jsonOk(staffTopicView, "Recorded"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await answers.recordLaporTicket(c.var.ctx, c.var.me, c.req.valid("param").id, c.req.valid("json").ticket), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/topics/{id}/owner",
      operationId: "changeForumTopicOwner",
      access: ["moderator", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Give a topic to another unit, by its code (moderators and admins), with an audit entry",
      request: { params: topicParam, body: jsonBody(topicOwnerInput) },
      responses: { 200: jsonOk(staffTopicView, "The topic now"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await answers.changeTopicOwner(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").unitCode), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/dialogs",
      operationId: "listUnitDialogs",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "One unit's dialogues, latest start first (the supervisor's own unit; admins any by its code)",
      request: { query: unitDialogsQuery },
      responses: { 200: jsonOk(dialogPage, "One page"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await dialogs.listUnitDialogs(c.var.ctx, c.var.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/dialogs",
      operationId: "createForumDialog",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Announce a public dialogue (supervisors for their own unit, admins for any): when (shown in WITA), where or the online link, the agenda and linked topics",
      request: { body: jsonBody(createDialogInput) },
      responses: { 201: jsonOk(dialogView, "Announced"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await dialogs.createDialog(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/dialogs/{id}",
      operationId: "updateForumDialog",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Change a dialogue before it starts (the fields given; null removes the place or the link)",
      request: { params: dialogParam, body: jsonBody(updateDialogInput) },
      responses: { 200: jsonOk(dialogView, "Changed"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await dialogs.updateDialog(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/dialogs/{id}/minutes",
      operationId: "publishForumDialogMinutes",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Publish (or correct) a dialogue's minutes once it has started: notulen, the number of attendees and the outcomes",
      request: { params: dialogParam, body: jsonBody(dialogMinutesInput) },
      responses: { 200: jsonOk(dialogView, "Published"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await dialogs.publishMinutes(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs",
      operationId: "listUnitPrograms",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "One unit's service programs, newest first, with their milestones (the supervisor's own unit; admins any by its code)",
      request: { query: unitProgramsQuery },
      responses: { 200: jsonOk(programPage, "One page"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await programs.listUnitPrograms(c.var.ctx, c.var.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs",
      operationId: "createServiceProgram",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Turn one or more topics into a service program of a unit, with milestones and the competency levels its delivery needs",
      request: { body: jsonBody(createProgramInput) },
      responses: { 201: jsonOk(programDetailView, "Created"), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await programs.createProgram(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/programs/needs",
      operationId: "listProgramNeeds",
      access: ["admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "The competency needs of every service program (admins, BKPSDM)",
      responses: { 200: jsonOk(programNeedsView, "Every program's needs"), ...errorResponses(401, 403) },
    }),
    async (c) => c.json(await programs.programNeeds(c.var.ctx, c.var.actor), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/programs/{id}",
      operationId: "setServiceProgramStatus",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Move a service program to planned, running, done or stopped",
      request: { params: programParam, body: jsonBody(programStatusInput) },
      responses: { 200: jsonOk(programDetailView, "The program now"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await programs.setProgramStatus(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programs/{id}/milestones/{milestoneId}/done",
      operationId: "completeProgramMilestone",
      access: ["unitSupervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Mark a milestone done (again: nothing changes); the followers of the linked topics are told once each",
      request: { params: milestoneParam },
      responses: { 200: jsonOk(programDetailView, "The program now"), ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, milestoneId } = c.req.valid("param");
      return c.json(await programs.completeMilestone(c.var.ctx, c.var.actor, id, milestoneId), 200);
    },
  );

/** A moderation action on one item: an optional reason, recorded in the audit entry. */
const act = <const P extends string>(path: P, operationId: string, summary: string, params: typeof moderationParam | typeof moderationCommentParam = moderationParam) =>
  createRoute({
    method: "post",
    path,
    operationId,
    access: ["moderator", "admin"],
    middleware: [signedIn] as const,
    tags: ["Moderation"],
    summary,
    request: { params, body: { ...jsonBody(moderationReasonInput), required: false } },
    responses: { 200: jsonOk(moderationResultView, "Done"), ...errorResponses(400, 401, 403, 404, 409) },
  });

const topicTarget = (id: string) => moderation.moderationTarget("topic", id);
const commentTarget = (id: string) => moderation.moderationTarget("comment", id);

/** Moderators and admins: the queue, hiding and restoring, blocking citizens; every action audited. */
export const moderationRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/queue",
      operationId: "moderationQueue",
      access: ["moderator", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Moderation"],
      summary: "What waits for a moderator: hidden items",
      request: { query: moderationQueueQuery },
      responses: { 200: jsonOk(moderationQueueView, "One page"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await moderation.moderationQueue(c.var.ctx, c.var.session.actor, c.req.valid("query")), 200),
  )
  .openapi(act("/topics/{id}/hide", "hideForumTopic", "Hide a topic pending review"), async (c) =>
    c.json(await moderation.setHidden(c.var.ctx, c.var.actor, topicTarget(c.req.valid("param").id), true, c.req.valid("json").reason), 200),
  )
  .openapi(act("/topics/{id}/restore", "restoreForumTopic", "Show a hidden topic again"), async (c) =>
    c.json(await moderation.setHidden(c.var.ctx, c.var.actor, topicTarget(c.req.valid("param").id), false, c.req.valid("json").reason), 200),
  )
  .openapi(act("/topics/{id}/dismiss", "dismissTopicReports", "Dismiss a topic's open reports as unfounded and show it again"), async (c) =>
    c.json(await moderation.dismissReports(c.var.ctx, c.var.actor, topicTarget(c.req.valid("param").id), c.req.valid("json").reason), 200),
  )
  .openapi(act("/comments/{id}/hide", "hideForumComment", 'Hide a comment ("<topicId>:<commentId>") pending review', moderationCommentParam), async (c) =>
    c.json(await moderation.setHidden(c.var.ctx, c.var.actor, commentTarget(c.req.valid("param").id), true, c.req.valid("json").reason), 200),
  )
  .openapi(act("/comments/{id}/restore", "restoreForumComment", "Show a hidden comment again", moderationCommentParam), async (c) =>
    c.json(await moderation.setHidden(c.var.ctx, c.var.actor, commentTarget(c.req.valid("param").id), false, c.req.valid("json").reason), 200),
  )
  .openapi(act("/comments/{id}/dismiss", "dismissCommentReports", "Dismiss a comment's open reports as unfounded and show it again", moderationCommentParam), async (c) =>
    c.json(await moderation.dismissReports(c.var.ctx, c.var.actor, commentTarget(c.req.valid("param").id), c.req.valid("json").reason), 200),
  )
  .openapi(act("/citizens/{id}/block", "blockCitizen", "Block a citizen: they read, but cannot post, support or report"), async (c) =>
    c.json(await moderation.setCitizenBlocked(c.var.ctx, c.var.actor, c.req.valid("param").id, true, c.req.valid("json").reason), 200),
  )
  .openapi(act("/citizens/{id}/unblock", "unblockCitizen", "Lift a citizen's block"), async (c) =>
    c.json(await moderation.setCitizenBlocked(c.var.ctx, c.var.actor, c.req.valid("param").id, false, c.req.valid("json").reason), 200),
  );
