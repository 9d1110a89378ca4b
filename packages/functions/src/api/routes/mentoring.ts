import { createRoute } from "../../http/route";
import { mentorProfileInput, mentorProfileView, mentorSuggestionList, suggestionsQuery } from "@kompeten/core/mentors/mentors.schemas";
import { listMentorshipsQuery, mentorshipPage, mentorshipParam, mentorshipView, reasonInput, requestMentorshipInput } from "@kompeten/core/mentorships/mentorships.schemas";
import type { MentorshipAction } from "@kompeten/core/values";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { readSession, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();
/**
 * The mentoring services load on the first mentoring request: a cold start for any other route
 * does not pay for them (the staff Lambda's budget), and a warm Lambda has them at hand.
 */
const mentors = () => import("@kompeten/core/mentors/mentors");
const mentorships = () => import("@kompeten/core/mentorships/mentorships");

export const mentorRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "suggestMentors",
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "Mentors suggested to me, best first, each with its score in words: for one competency, or for my largest gaps and planned mentoring",
      request: { query: suggestionsQuery },
      responses: { 200: jsonOk(mentorSuggestionList, "Suggestions"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await (await mentors()).suggestMentors(c.var.ctx, c.var.session, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      operationId: "getMyMentorProfile",
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "My offer to mentor (a default until I make one)",
      responses: { 200: jsonOk(mentorProfileView, "The profile"), ...errorResponses(401) },
    }),
    async (c) => c.json(await (await mentors()).getMyMentorProfile(c.var.ctx, c.var.session), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/me",
      operationId: "saveMyMentorProfile",
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Offer to mentor, or change the offer: availability, capacity (1-5), competencies with levels, bio, modes",
      request: { body: jsonBody(mentorProfileInput) },
      responses: { 200: jsonOk(mentorProfileView, "Saved"), ...errorResponses(400, 401, 409, 422) },
    }),
    async (c) => c.json(await (await mentors()).saveMentorProfile(c.var.ctx, c.var.actor, c.req.valid("json")), 200),
  );

/** A state change by a party: accept, withdraw and complete carry no body. */
const change = <const A extends MentorshipAction>(action: A, summary: string) =>
  createRoute({
    method: "post",
    path: `/{id}/${action}`,
    operationId: `${action}Mentorship`,
    middleware: [signedIn] as const,
    tags: ["Mentoring"],
    summary,
    request: { params: mentorshipParam },
    responses: { 200: jsonOk(mentorshipView, "The relation now"), ...errorResponses(400, 401, 403, 404, 409) },
  });
/** Decline and cancel say why. */
const changeWithReason = <const A extends MentorshipAction>(action: A, summary: string) => {
  const route = change(action, summary);
  return { ...route, request: { params: mentorshipParam, body: jsonBody(reasonInput) } };
};

export const mentorshipRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "requestMentorship",
      middleware: [signedIn] as const,
      tags: ["Mentoring"],
      summary: "Ask a mentor for mentoring, or (a direct supervisor) start coaching a team member, active at once",
      request: { body: jsonBody(requestMentorshipInput) },
      responses: { 201: jsonOk(mentorshipView, "Requested, or coaching started"), ...errorResponses(400, 401, 403, 404, 409, 422) },
    }),
    async (c) => c.json(await (await mentorships()).requestMentorship(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listMentorships",
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "My relations as mentee or as mentor, newest first, by status, paged by cursor",
      request: { query: listMentorshipsQuery },
      responses: { 200: jsonOk(mentorshipPage, "One page"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await (await mentorships()).listMentorships(c.var.ctx, c.var.session, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getMentorship",
      middleware: [signedInRead] as const,
      tags: ["Mentoring"],
      summary: "A relation (its parties, their supervisors and admins)",
      request: { params: mentorshipParam },
      responses: { 200: jsonOk(mentorshipView, "The relation"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await (await mentorships()).getMentorship(c.var.ctx, c.var.session, c.req.valid("param").id), 200),
  )
  .openapi(change("accept", "Accept a request (the mentor): takes a seat of the mentor's capacity"), async (c) =>
    c.json(await (await mentorships()).changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "accept"), 200),
  )
  .openapi(changeWithReason("decline", "Decline a request with a reason (the mentor)"), async (c) =>
    c.json(await (await mentorships()).changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "decline", c.req.valid("json").reason), 200),
  )
  .openapi(change("withdraw", "Withdraw a request (the mentee)"), async (c) =>
    c.json(await (await mentorships()).changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "withdraw"), 200),
  )
  .openapi(changeWithReason("cancel", "Cancel an active relation with a reason (either party)"), async (c) =>
    c.json(await (await mentorships()).changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "cancel", c.req.valid("json").reason), 200),
  )
  .openapi(change("complete", "Complete an active relation (either party)"), async (c) =>
    c.json(await (await mentorships()).changeMentorship(c.var.ctx, c.var.actor, c.req.valid("param").id, "complete"), 200),
  );
