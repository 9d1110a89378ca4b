import {
  commentCreatedView,
  commentPage,
  createCommentInput,
  createTopicInput,
  followView,
  forumAreaList,
  listTopicsQuery,
  myTopicStateView,
  pageQuery,
  reportInput,
  reportedView,
  similarTopicList,
  similarTopicsQuery,
  supportView,
  topicCreatedView,
  topicPage,
  topicParam,
  topicView,
} from "@kompeten/core/topics/topics.schemas";
import {
  createComment,
  createTopic,
  getTopic,
  listAreas,
  listComments,
  listTopics,
  myTopicState,
  reportItem,
  setFollow,
  setSupport,
  similarTopics,
} from "@kompeten/core/topics/topics";
import { errorResponses } from "../../http/errors";
import { createRoute } from "../../http/route";
import { createRouter } from "../../http/router";
import { jsonBody, jsonOk, openSecurity } from "../../api/routes/openapi";
import { personal, publicCache } from "../cache";
import type { ForumEnv } from "../env";
import { requireCitizen } from "../session";

const signedIn = requireCitizen();
const cached = publicCache();
const uncached = personal();

export const areaRoutes = createRouter<ForumEnv>().openapi(
  createRoute({
    method: "get",
    path: "/",
    operationId: "listForumAreas",
    access: ["anyone"],
    middleware: [cached] as const,
    security: openSecurity,
    tags: ["Forum"],
    summary: "The service areas topics are raised in, each with the unit that answers for it",
    responses: { 200: jsonOk(forumAreaList, "The areas") },
  }),
  (c) => c.json(listAreas(), 200),
);

/** Topics: anyone reads, a signed-in citizen opens, supports, follows and comments. */
export const topicRoutes = createRouter<ForumEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listTopics",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary:
        "Topics newest first (or most supported first), of one area or all, of one kecamatan or state, paged by cursor (one Query per page; a page may hold fewer than the limit while its cursor leads on)",
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
      access: ["citizen"],
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
      path: "/similar",
      operationId: "similarTopics",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "While writing: up to 5 topics of the area whose titles share words with the title (stop words aside), most shared first",
      request: { query: similarTopicsQuery },
      responses: { 200: jsonOk(similarTopicList, "Similar topics"), ...errorResponses(400) },
    }),
    async (c) => {
      const { area, title } = c.req.valid("query");
      return c.json(await similarTopics(c.var.ctx, area, title), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getTopic",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "A topic with its state history and the SP4N-LAPOR! link (a hidden one shows neither title nor body)",
      request: { params: topicParam },
      responses: { 200: jsonOk(topicView, "The topic"), ...errorResponses(404) },
    }),
    async (c) => c.json(await getTopic(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/mine",
      operationId: "getMyTopicState",
      access: ["citizen"],
      middleware: [uncached, signedIn] as const,
      tags: ["Forum"],
      summary: "Whether I support and follow the topic (personal, never cached)",
      request: { params: topicParam },
      responses: { 200: jsonOk(myTopicStateView, "Mine"), ...errorResponses(401, 404) },
    }),
    async (c) => c.json(await myTopicState(c.var.ctx, c.var.citizen, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/support",
      operationId: "supportTopic",
      access: ["citizen"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Support a topic, once per citizen (a repeat changes nothing), and follow it; 60 support changes an hour",
      request: { params: topicParam },
      responses: { 200: jsonOk(supportView, "Supported"), ...errorResponses(401, 403, 404, 409, 429) },
    }),
    async (c) => c.json(await setSupport(c.var.ctx, c.var.citizen, c.req.valid("param").id, true), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/support",
      operationId: "unsupportTopic",
      access: ["citizen"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Take my support back",
      request: { params: topicParam },
      responses: { 200: jsonOk(supportView, "Not supported"), ...errorResponses(401, 403, 404, 409, 429) },
    }),
    async (c) => c.json(await setSupport(c.var.ctx, c.var.citizen, c.req.valid("param").id, false), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/follow",
      operationId: "followTopic",
      access: ["citizen"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Follow a topic: told when it is answered or changes state",
      request: { params: topicParam },
      responses: { 200: jsonOk(followView, "Following"), ...errorResponses(401, 404) },
    }),
    async (c) => c.json(await setFollow(c.var.ctx, c.var.citizen, c.req.valid("param").id, true), 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/follow",
      operationId: "unfollowTopic",
      access: ["citizen"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Stop following a topic",
      request: { params: topicParam },
      responses: { 200: jsonOk(followView, "Not following"), ...errorResponses(401, 404) },
    }),
    async (c) => c.json(await setFollow(c.var.ctx, c.var.citizen, c.req.valid("param").id, false), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/comments",
      operationId: "listTopicComments",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "A topic's comments, oldest first, paged by cursor (a hidden one keeps its place without its body)",
      request: { params: topicParam, query: pageQuery },
      responses: { 200: jsonOk(commentPage, "One page"), ...errorResponses(400, 404) },
    }),
    async (c) => c.json(await listComments(c.var.ctx, c.req.valid("param").id, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/comments",
      operationId: "createTopicComment",
      access: ["citizen"],
      middleware: [signedIn] as const,
      tags: ["Forum"],
      summary: "Comment on a topic (1-1000 characters); NIK-like numbers and phone numbers are masked, and the answer says so; 10 an hour",
      request: { params: topicParam, body: jsonBody(createCommentInput) },
      responses: { 201: jsonOk(commentCreatedView, "Published"), ...errorResponses(400, 401, 403, 404, 429) },
    }),
    async (c) => c.json(await createComment(c.var.ctx, c.var.citizen, c.req.valid("param").id, c.req.valid("json")), 201),
  );

/** Reports of topics and comments: the third from different citizens hides the item pending moderation. */
export const reportRoutes = createRouter<ForumEnv>().openapi(
  createRoute({
    method: "post",
    path: "/",
    operationId: "reportForumItem",
    access: ["citizen"],
    middleware: [signedIn] as const,
    tags: ["Forum"],
    summary:
      'Report a topic (targetId: its id) or a comment (targetId: "<topicId>:<commentId>"), once per citizen per item; the third report from different citizens hides it pending moderation',
    request: { body: jsonBody(reportInput) },
    responses: { 200: jsonOk(reportedView, "Reported"), ...errorResponses(400, 401, 403, 404, 409) },
  }),
  async (c) => c.json(await reportItem(c.var.ctx, c.var.citizen, c.req.valid("json")), 200),
);
