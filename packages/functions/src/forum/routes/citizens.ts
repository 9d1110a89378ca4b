import { requestCodeInput, codeSentView, citizenView, updateCitizenInput, verifyCodeInput } from "@kompeten/core/citizens/citizens.schemas";
import { requestSignInCode, toCitizenView, updateCitizen, verifySignInCode } from "@kompeten/core/citizens/citizens";
import { errorResponses } from "../../http/errors";
import { createRoute } from "../../http/route";
import { createRouter } from "../../http/router";
import { myNotices, myTopics, markNoticesRead } from "@kompeten/core/topics/topics";
import { myTopicPage, noticePage, noticesReadView, pageQuery } from "@kompeten/core/topics/topics.schemas";
import { jsonBody, jsonOk, openSecurity } from "../../api/routes/openapi";
import { personal } from "../cache";
import type { ForumEnv } from "../env";
import { endCitizenSession, requireCitizen, startCitizenSession } from "../session";

const signedIn = requireCitizen();
const uncached = personal();

/** Signing in by a code sent by e-mail: no passwords for citizens. */
export const citizenAuthRoutes = createRouter<ForumEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/code",
      operationId: "requestSignInCode",
      access: ["anyone"],
      security: openSecurity,
      tags: ["Forum"],
      summary: "Send a 6-digit sign-in code to an e-mail address (valid 10 minutes, 5 tries, 3 codes an hour); the same answer for any address",
      request: { body: jsonBody(requestCodeInput) },
      responses: { 200: jsonOk(codeSentView, "Sent"), ...errorResponses(400, 429) },
    }),
    async (c) => c.json(await requestSignInCode(c.var.ctx, c.req.valid("json").email), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/verify",
      operationId: "verifySignInCode",
      access: ["anyone"],
      security: openSecurity,
      tags: ["Forum"],
      summary: "Sign in with the code (the first time with a display name, 2-40 characters, shown publicly); sets the citizen cookie",
      request: { body: jsonBody(verifyCodeInput) },
      responses: { 200: jsonOk(citizenView, "Signed in"), ...errorResponses(400, 401, 422) },
    }),
    async (c) => {
      const citizen = await verifySignInCode(c.var.ctx, c.req.valid("json"));
      await startCitizenSession(c, citizen);
      return c.json(toCitizenView(citizen), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/logout",
      operationId: "citizenLogout",
      access: ["anyone"],
      security: openSecurity,
      tags: ["Forum"],
      summary: "Sign out of the forum",
      responses: { 204: { description: "Signed out" } },
    }),
    (c) => {
      endCitizenSession(c);
      return c.body(null, 204);
    },
  );

export const citizenRoutes = createRouter<ForumEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "getCitizenMe",
      access: ["citizen"],
      middleware: [uncached, signedIn] as const,
      tags: ["Forum"],
      summary: "The signed-in citizen: display name, kecamatan and the e-mail masked",
      responses: { 200: jsonOk(citizenView, "The citizen"), ...errorResponses(401) },
    }),
    (c) => c.json(toCitizenView(c.var.citizen), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/",
      operationId: "updateCitizenMe",
      access: ["citizen"],
      middleware: [uncached, signedIn] as const,
      tags: ["Forum"],
      summary: "Change my display name or kecamatan",
      request: { body: jsonBody(updateCitizenInput) },
      responses: { 200: jsonOk(citizenView, "Changed"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await updateCitizen(c.var.ctx, c.var.citizen, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/topics",
      operationId: "listMyTopics",
      access: ["citizen"],
      middleware: [uncached, signedIn] as const,
      tags: ["Forum"],
      summary: "The topics I opened or follow, most recently followed first, paged by cursor",
      request: { query: pageQuery },
      responses: { 200: jsonOk(myTopicPage, "One page"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await myTopics(c.var.ctx, c.var.citizen, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/notices",
      operationId: "listMyNotices",
      access: ["citizen"],
      middleware: [uncached, signedIn] as const,
      tags: ["Forum"],
      summary: "My notices (a followed topic answered, its state changed), newest first, paged by cursor",
      request: { query: pageQuery },
      responses: { 200: jsonOk(noticePage, "One page"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await myNotices(c.var.ctx, c.var.citizen, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/notices/read",
      operationId: "markMyNoticesRead",
      access: ["citizen"],
      middleware: [uncached, signedIn] as const,
      tags: ["Forum"],
      summary: "Mark all my notices read",
      responses: { 200: jsonOk(noticesReadView, "Marked"), ...errorResponses(401) },
    }),
    async (c) => c.json(await markNoticesRead(c.var.ctx, c.var.citizen), 200),
  );
