import { createRoute } from "../../http/route";
import { listNotifications, markAllRead, markRead } from "@kompeten/core/notifications/notifications";
import { notificationList, notificationParam } from "@kompeten/core/notifications/notifications.schemas";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { readSession, requireSession } from "../session";
import { jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();
export const notificationRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listNotifications",
      access: ["own"],
      middleware: [signedInRead] as const,
      tags: ["Notifications"],
      summary: "My latest notifications, newest first, and how many are unread",
      responses: { 200: jsonOk(notificationList, "Notifications"), ...errorResponses(401) },
    }),
    async (c) => c.json(await listNotifications(c.var.ctx, c.var.session.staffId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/read-all",
      operationId: "markAllNotificationsRead",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Notifications"],
      summary: "Mark all my notifications read",
      responses: { 204: { description: "Done" }, ...errorResponses(401) },
    }),
    async (c) => {
      await markAllRead(c.var.ctx, c.var.me.id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/read",
      operationId: "markNotificationRead",
      access: ["self"],
      middleware: [signedIn] as const,
      tags: ["Notifications"],
      summary: "Mark one notification read",
      request: { params: notificationParam },
      responses: { 204: { description: "Done" }, ...errorResponses(401, 404) },
    }),
    async (c) => {
      await markRead(c.var.ctx, c.var.me.id, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
