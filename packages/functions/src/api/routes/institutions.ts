import { createRoute } from "../../http/route";
import { createInstitution, listInstitutions, updateInstitution } from "@kompeten/core/institutions/institutions";
import {
  createInstitutionInput,
  institutionList,
  institutionParam,
  institutionView,
  updateInstitutionInput,
} from "@kompeten/core/institutions/institutions.schemas";
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
      operationId: "listInstitutions",
      access: ["staff"],
      middleware: [requireSession()] as const,
      tags: ["Courses"],
      summary: "Partner education institutions",
      responses: { 200: jsonOk(institutionList, "Institutions by name"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await listInstitutions(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "createInstitution",
      access: ["admin"],
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
      operationId: "updateInstitution",
      access: ["admin"],
      middleware: [requireSession(), requireRole("admin")] as const,
      tags: ["Courses"],
      summary: "Edit a partner institution, e.g. who signs its certificates (admin); issued certificates keep theirs",
      request: { params: institutionParam, body: jsonBody(updateInstitutionInput) },
      responses: { 200: jsonOk(institutionView, "Saved"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await updateInstitution(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  );
