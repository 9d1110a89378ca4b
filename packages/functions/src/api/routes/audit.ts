import { createRoute, z } from "@hono/zod-openapi";
import { listAudit } from "@kompeten/core/audit/audit";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";

const query = z.object({
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(64).optional(),
  month: z.string().regex(/^\d{4}-\d{2}$/, "month as YYYY-MM").optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).optional(),
});

const entry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const auditRoutes = createRouter<StaffEnv>().openapi(
  createRoute({
    method: "get",
    path: "/",
    middleware: [requireSession(), requireRole("admin")] as const,
    tags: ["Audit"],
    summary: "Audit trail, newest first: of one record (targetType + targetId) or of a month (admin)",
    request: { query },
    responses: {
      200: { description: "Entries", content: { "application/json": { schema: z.object({ items: z.array(entry), cursor: z.string().nullable() }) } } },
      ...errorResponses(400, 401, 403),
    },
  }),
  async (c) => c.json(await listAudit(c.var.ctx, c.req.valid("query")), 200),
);
