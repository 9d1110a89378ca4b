import { createRoute, z } from "@hono/zod-openapi";
import {
  createInstitution,
  createInstitutionInput,
  institutionView,
  listInstitutions,
  updateInstitution,
  updateInstitutionInput,
} from "@kompeten/core/institutions/institutions";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

export const institutionRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      middleware: [requireSession()] as const,
      tags: ["Courses"],
      summary: "Partner education institutions",
      responses: { 200: jsonOk(z.object({ items: z.array(institutionView) }), "Institutions by name"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await listInstitutions(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      middleware: [requireSession(), requireRole("admin")] as const,
      tags: ["Courses"],
      summary: "Add a partner institution (admin)",
      request: { body: jsonBody(createInstitutionInput) },
      responses: { 201: jsonOk(institutionView, "Created"), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createInstitution(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      middleware: [requireSession(), requireRole("admin")] as const,
      tags: ["Courses"],
      summary: "Edit a partner institution, e.g. who signs its certificates (admin); issued certificates keep theirs",
      request: { params: z.object({ id: z.string().min(1).max(64) }), body: jsonBody(updateInstitutionInput) },
      responses: { 200: jsonOk(institutionView, "Saved"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await updateInstitution(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  );
