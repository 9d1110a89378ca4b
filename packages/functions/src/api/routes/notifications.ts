import { createRoute, z } from "@hono/zod-openapi";
import { listNotifications, markAllRead, markRead } from "@kompeten/core/notifications/notifications";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { readSession, requireSession } from "../session";
import { jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();
const notification = z.object({
  id: z.string(),
  type: z.string().openapi({ description: "What happened: the app renders the text from the type and params in the reader's language" }),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  title: z.string().nullable().openapi({ description: "Only on notifications stored as text (in Indonesian) by older versions" }),
  body: z.string().nullable(),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const notificationRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      middleware: [signedInRead] as const,
      tags: ["Notifications"],
      summary: "My latest notifications, newest first, and how many are unread",
      responses: { 200: jsonOk(z.object({ items: z.array(notification), unreadCount: z.number() }), "Notifications"), ...errorResponses(401) },
    }),
    async (c) => c.json(await listNotifications(c.var.ctx, c.var.session.staffId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/read-all",
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
      middleware: [signedIn] as const,
      tags: ["Notifications"],
      summary: "Mark one notification read",
      request: { params: z.object({ id: z.string().min(1).max(200) }) },
      responses: { 204: { description: "Done" }, ...errorResponses(401, 404) },
    }),
    async (c) => {
      await markRead(c.var.ctx, c.var.me.id, c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
