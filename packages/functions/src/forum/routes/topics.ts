import { createTopicInput, forumAreaList, listTopicsQuery, supportView, topicCreatedView, topicPage, topicParam, topicView } from "@kompeten/core/topics/topics.schemas";
import { createTopic, getTopic, listAreas, listTopics, setSupport } from "@kompeten/core/topics/topics";
import { errorResponses } from "../../http/errors";
import { createRoute } from "../../http/route";
import { createRouter } from "../../http/router";
import { jsonBody, jsonOk, openSecurity } from "../../api/routes/openapi";
import type { ForumEnv } from "../env";
import { requireCitizen } from "../session";

const signedIn = requireCitizen();

export const areaRoutes = createRouter<ForumEnv>().openapi(
  createRoute({
    method: "get",
    path: "/",
    operationId: "listForumAreas",
    security: openSecurity,
    tags: ["Forum"],
    summary: "The service areas topics are raised in, each with the unit that answers for it",
    responses: { 200: jsonOk(forumAreaList, "The areas") },
  }),
  (c) => c.json(listAreas(), 200),
);

/** Topics: anyone reads, a signed-in citizen opens and supports. */
export const topicRoutes = createRouter<ForumEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listTopics",
      security: openSecurity,
      tags: ["Forum"],
      summary: "Topics newest first, of one area or all, paged by cursor (one Query per page)",
      request: { query: listTopicsQuery },
      responses: { 200: jsonOk(topicPage, "One page"), ...errorResponses(400) },
    }),
    async (c) => c.json(await listTopics(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "createTopic",
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Open a topic (title 10-120, body 30-2000, area, kecamatan); NIK-like numbers and phone numbers are masked, and the answer says so; 3 a day",
      request: { body: jsonBody(createTopicInput) },
      responses: { 201: jsonOk(topicCreatedView, "Published"), ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => c.json(await createTopic(c.var.ctx, c.var.citizen, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getTopic",
      security: openSecurity,
      tags: ["Forum"],
      summary: "A topic with its state history",
      request: { params: topicParam },
      responses: { 200: jsonOk(topicView, "The topic"), ...errorResponses(404) },
    }),
    async (c) => c.json(await getTopic(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/support",
      operationId: "supportTopic",
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Support a topic, once per citizen (a repeat changes nothing)",
      request: { params: topicParam },
      responses: { 200: jsonOk(supportView, "Supported"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await setSupport(c.var.ctx, c.var.citizen, c.req.valid("param").id, true), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/support",
      operationId: "unsupportTopic",
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Take my support back",
      request: { params: topicParam },
      responses: { 200: jsonOk(supportView, "Not supported"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await setSupport(c.var.ctx, c.var.citizen, c.req.valid("param").id, false), 200),
  );
