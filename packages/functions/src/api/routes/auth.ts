import { createRoute } from "../../http/route";
import { changePassword, login, logout } from "@kompeten/core/auth/auth";
import { changePasswordInput, loginInput } from "@kompeten/core/auth/auth.schemas";
import { staffView } from "@kompeten/core/staff/staff.schemas";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { endSession, readSession, requireSession, startSession } from "../session";
import { jsonBody, jsonOk, openSecurity } from "./openapi";
import { clientAddress } from "../../http/client-address";

// These stay open before a first password is changed: the web app needs them to get there.
const signedIn = requireSession({ allowPasswordChange: true });
const signedInRead = readSession({ allowPasswordChange: true });
const me = jsonOk(staffView, "The signed-in staff member");

export const authRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/login",
      operationId: "login",
      access: ["anyone"],
      security: openSecurity,
      tags: ["Auth"],
      summary: "Sign in with NIP or email and password",
      request: { body: jsonBody(loginInput) },
      responses: { 200: me, ...errorResponses(400, 401, 403, 429) },
    }),
    async (c) => {
      const { staff, claims } = await login(c.var.ctx, c.req.valid("json"), { address: clientAddress(c) });
      await startSession(c, claims);
      return c.json(staff, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/logout",
      operationId: "logout",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Auth"],
      summary: "Sign out (ends every session of the account)",
      responses: { 204: { description: "Signed out" }, ...errorResponses(401) },
    }),
    async (c) => {
      await logout(c.var.ctx, c.var.claims);
      endSession(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/password",
      operationId: "changePassword",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Auth"],
      summary: "Change one's own password",
      request: { body: jsonBody(changePasswordInput) },
      responses: { 200: me, ...errorResponses(400, 401) },
    }),
    async (c) => {
      const { staff, claims } = await changePassword(c.var.ctx, c.var.me.id, c.req.valid("json"));
      await startSession(c, claims);
      return c.json(staff, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      operationId: "getMe",
      access: ["own"],
      middleware: [signedInRead] as const,
      tags: ["Auth"],
      summary: "The signed-in staff member",
      responses: { 200: me, ...errorResponses(401) },
    }),
    async (c) => {
      await c.var.session.actor;
      return c.json(c.var.me, 200);
    },
  );
