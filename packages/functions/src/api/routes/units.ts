import { createRoute } from "../../http/route";
import { createUnit, listUnits } from "@kompeten/core/units/units";
import { createUnitInput, unitList, unitView } from "@kompeten/core/units/units.schemas";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

export const unitRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listUnits",
      access: ["staff"],
      middleware: [requireSession()] as const,
      tags: ["Units"],
      summary: "All units (OPD)",
      responses: {
        200: jsonOk(unitList, "Units by name"),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await listUnits(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "createUnit",
      access: ["admin"],
      tags: ["Units"],
      middleware: [requireSession(), requireRole("admin")] as const,
      summary: "Add a unit (admin)",
      request: { body: jsonBody(createUnitInput) },
      responses: {
        201: jsonOk(unitView, "Created"),
        ...errorResponses(400, 401, 403, 409),
      },
    }),
    async (c) => c.json(await createUnit(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  );
