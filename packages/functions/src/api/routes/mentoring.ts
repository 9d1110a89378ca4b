import * as feedback from "@kompeten/core/mentorship-feedback/mentorship-feedback";
import * as sessions from "@kompeten/core/mentorship-sessions/mentorship-sessions";
import * as mentors from "@kompeten/core/mentors/mentors";
import * as mentorships from "@kompeten/core/mentorships/mentorships";
import { createRoute, type Access } from "../../http/route";
import { mentorParam, mentorProfileInput, mentorProfileView, mentorSuggestionList, suggestionsQuery } from "@kompeten/core/mentors/mentors.schemas";
import { listMentorshipsQuery, mentoringOverviewView, mentorshipPage, mentorshipParam, mentorshipView, planItemLink, reasonInput, requestMentorshipInput } from "@kompeten/core/mentorships/mentorships.schemas";
import { feedbackInput, mentorshipFeedbackView } from "@kompeten/core/mentorship-feedback/mentorship-feedback.schemas";
import {
  actionParam,
  disputeInput,
  logSessionInput,
  mentorshipSessionList,
  mentorshipSessionView,
  sessionParam,
  tickActionInput,
} from "@kompeten/core/mentorship-sessions/mentorship-sessions.schemas";
import * as z from "@kompeten/core/zod";
import type { MentorshipAction } from "@kompeten/core/values";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { readSession, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();
export const mentorRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "suggestMentors",
      access: ["own"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "Mentors suggested to me, best first, each with its score in words: for one competency, or for my largest gaps and planned mentoring",
      request: { query: suggestionsQuery },
      responses: { 200: jsonOk(mentorSuggestionList, "Suggestions"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await mentors.suggestMentors(c.var.ctx, c.var.session, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      operationId: "getMyMentorProfile",
      access: ["own"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "My offer to mentor (a default until I make one)",
      responses: { 200: jsonOk(mentorProfileView, "The profile"), ...errorResponses(401) },
    }),
    async (c) => c.json(await mentors.getMyMentorProfile(c.var.ctx, c.var.session), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/me",
      operationId: "saveMyMentorProfile",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Offer to mentor, or change the offer: availability, capacity (1-5), competencies with levels, bio, modes",
      request: { body: jsonBody(mentorProfileInput) },
      responses: { 200: jsonOk(mentorProfileView, "Saved"), ...errorResponses(400, 401, 409, 422) },
    }),
    async (c) => c.json(await mentors.saveMentorProfile(c.var.ctx, c.var.actor, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{staffId}",
      operationId: "getMentorProfile",
      access: ["staff"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "A mentor's profile; admins also see the mentees' average rating (from 3 ratings on)",
      request: { params: mentorParam },
      responses: { 200: jsonOk(mentorProfileView, "The profile"), ...errorResponses(401, 404) },
    }),
    async (c) => c.json(await mentors.getMentorProfile(c.var.ctx, c.var.session, c.req.valid("param").staffId), 200),
  );

/** A state change by a party: accept, withdraw and complete carry no body. */
const change = <const A extends MentorshipAction>(action: A, access: readonly Access[], summary: string) =>
  createRoute({
    method: "post",
    path: `/{id}/${action}`,
    operationId: `${action}Mentorship`,
    access,
    middleware: [signedIn] as const,
    tags: ["Mentoring"],
    summary,
    request: { params: mentorshipParam },
    responses: { 200: jsonOk(mentorshipView, "The relation now"), ...errorResponses(400, 401, 403, 404, 409) },
  });
/** Decline and cancel say why. */
const changeWithReason = <const A extends MentorshipAction>(action: A, access: readonly Access[], summary: string) => {
  const route = change(action, access, summary);
  return { ...route, request: { params: mentorshipParam, body: jsonBody(reasonInput) } };
};

export const mentorshipRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "requestMentorship",
      access: ["supervisor"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Ask a mentor for mentoring, or (a direct supervisor) start coaching a team member, active at once",
      request: { body: jsonBody(requestMentorshipInput) },
      responses: { 201: jsonOk(mentorshipView, "Requested, or coaching started"), ...errorResponses(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await mentorships.requestMentorship(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listMentorships",
      access: ["own", "mentor"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "My relations as mentee or as mentor, newest first, by status, paged by cursor",
      request: { query: listMentorshipsQuery },
      responses: { 200: jsonOk(mentorshipPage, "One page"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await mentorships.listMentorships(c.var.ctx, c.var.session, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getMentorship",
      access: ["mentor", "supervisor", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "A relation (its parties, their supervisors and admins)",
      request: { params: mentorshipParam },
      responses: { 200: jsonOk(mentorshipView, "The relation"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await mentorships.getMentorship(c.var.ctx, c.var.session, c.req.valid("param").id), 200),
  )
  .openapi(change("accept", ["mentor"], "Accept a request (the mentor): takes a seat of the mentor's capacity"), async (c) =>
    c.json(await mentorships.changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "accept"), 200),
  )
  .openapi(changeWithReason("decline", ["mentor"], "Decline a request with a reason (the mentor)"), async (c) =>
    c.json(await mentorships.changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "decline", c.req.valid("json").reason), 200),
  )
  .openapi(change("withdraw", ["mentee"], "Withdraw a request (the mentee)"), async (c) =>
    c.json(await mentorships.changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "withdraw"), 200),
  )
  .openapi(changeWithReason("cancel", ["mentor", "mentee"], "Cancel an active relation with a reason (either party)"), async (c) =>
    c.json(await mentorships.changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "cancel", c.req.valid("json").reason), 200),
  )
  .openapi(change("complete", ["mentor", "mentee"], "Complete an active relation (either party): the mentee's confirmed session minutes go to the JP ledger once, a linked plan item is marked done"), async (c) =>
    c.json(await sessions.completeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/plan-item",
      operationId: "linkMentorshipPlanItem",
      access: ["mentee"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Link a request or a running relation to an item of my development plan whose action is mentoring (the mentee)",
      request: { params: mentorshipParam, body: jsonBody(planItemLink) },
      responses: { 200: jsonOk(mentorshipView, "Linked"), ...errorResponses(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await mentorships.linkPlanItem(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/sessions",
      operationId: "listMentorshipSessions",
      access: ["mentor", "supervisor", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "The sessions of a relation, oldest first, with the minutes and JP they earn",
      request: { params: mentorshipParam },
      responses: { 200: jsonOk(mentorshipSessionList, "The sessions"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await sessions.listSessions(c.var.ctx, c.var.session, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/sessions",
      operationId: "logMentorshipSession",
      access: ["mentor"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Log a session of an active relation, with the actions agreed in it (either party); the other party confirms it",
      request: { params: mentorshipParam, body: jsonBody(logSessionInput) },
      responses: { 201: jsonOk(mentorshipSessionView, "Logged"), ...errorResponses(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await sessions.logSession(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/sessions.ics",
      operationId: "getMentorshipCalendar",
      access: ["mentor", "supervisor", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "The sessions as an iCalendar file (RFC 5545) to import into a calendar app",
      request: { params: mentorshipParam },
      responses: { 200: { description: "iCalendar", content: { "text/calendar": { schema: z.string() } } }, ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const calendar = await sessions.sessionsCalendar(c.var.ctx, c.var.session, c.req.valid("param").id);
      c.header("content-disposition", 'attachment; filename="sesi-mentoring.ics"');
      return c.body(calendar, 200, { "content-type": "text/calendar; charset=utf-8" });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/sessions/{sessionId}/confirm",
      operationId: "confirmMentorshipSession",
      access: ["mentor"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Confirm a session the other party logged, once it has taken place",
      request: { params: sessionParam },
      responses: { 200: jsonOk(mentorshipSessionView, "Confirmed"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, sessionId } = c.req.valid("param");
      return c.json(await sessions.confirmSession(c.var.ctx, c.var.actor, id, sessionId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/sessions/{sessionId}/dispute",
      operationId: "disputeMentorshipSession",
      access: ["mentor"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Dispute a session the other party logged, within 14 days, saying why: it earns no learning hours",
      request: { params: sessionParam, body: jsonBody(disputeInput) },
      responses: { 200: jsonOk(mentorshipSessionView, "Disputed"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, sessionId } = c.req.valid("param");
      return c.json(await sessions.disputeSession(c.var.ctx, c.var.actor, id, sessionId, c.req.valid("json").reason), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/sessions/{sessionId}",
      operationId: "withdrawMentorshipSession",
      access: ["self"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Take back a session I logged while it still waits for an answer (moved, or did not happen)",
      request: { params: sessionParam },
      responses: { 204: { description: "Taken back" }, ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, sessionId } = c.req.valid("param");
      await sessions.withdrawSession(c.var.ctx, c.var.actor, id, sessionId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/sessions/{sessionId}/actions/{actionId}",
      operationId: "tickMentorshipAction",
      access: ["mentee"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Tick an action done, or not done again (the mentee)",
      request: { params: actionParam, body: jsonBody(tickActionInput) },
      responses: { 200: jsonOk(mentorshipSessionView, "The session now"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, sessionId, actionId } = c.req.valid("param");
      return c.json(await sessions.tickAction(c.var.ctx, c.var.actor, id, sessionId, actionId, c.req.valid("json").done), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/feedback",
      operationId: "getMentorshipFeedback",
      access: ["mentor", "supervisor", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "The feedback of a completed relation: my own, the other side's once both answered or 14 days passed",
      request: { params: mentorshipParam },
      responses: { 200: jsonOk(mentorshipFeedbackView, "The feedback"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await feedback.getFeedback(c.var.ctx, c.var.session, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/feedback",
      operationId: "giveMentorshipFeedback",
      access: ["mentor"],
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Rate a completed relation 1-5 with a comment, once (either party)",
      request: { params: mentorshipParam, body: jsonBody(feedbackInput) },
      responses: { 201: jsonOk(mentorshipFeedbackView, "Given"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await feedback.giveFeedback(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 201),
  );

export const mentoringRoutes = createRouter<StaffEnv>().openapi(
  createRoute({
    method: "get",
    path: "/overview",
    operationId: "getMentoringOverview",
    access: ["admin"],
    middleware: [signedIn] as const,
    tags: ["Mentoring"],
    summary: "Mentoring across the city (admin): active relations per unit, mentors at capacity, relations with no session in 30 days",
    responses: { 200: jsonOk(mentoringOverviewView, "The overview"), ...errorResponses(401, 403) },
  }),
  async (c) => c.json(await mentorships.mentoringOverview(c.var.ctx, c.var.actor), 200),
);
