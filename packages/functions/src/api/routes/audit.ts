import { createRoute } from "../../http/route";
import { listAudit } from "@kompeten/core/audit/audit";
import { auditPage, auditQuery } from "@kompeten/core/audit/audit.schemas";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";

export const auditRoutes = createRouter<StaffEnv>().openapi(
  createRoute({
    method: "get",
    path: "/",
    operationId: "listAudit",
    access: ["admin"],
    middleware: [requireSession(), requireRole("admin")] as const,
    tags: ["Audit"],
    summary: "Audit trail, newest first: of one record (targetType + targetId) or of a month (admin)",
    request: { query: auditQuery },
    responses: {
      200: { description: "Entries", content: { "application/json": { schema: auditPage } } },
      ...errorResponses(400, 401, 403),
    },
  }),
  async (c) => c.json(await listAudit(c.var.ctx, c.req.valid("query")), 200),
);
