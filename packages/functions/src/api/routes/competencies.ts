import { createRoute } from "../../http/route";
import { frameworkView } from "@kompeten/core/competencies/competencies.schemas";
import { competencies, levelNames, standardLevels } from "@kompeten/core/competencies/competencies";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireSession } from "../session";

export const competencyRoutes = createRouter<StaffEnv>().openapi(
  createRoute({
    method: "get",
    path: "/",
    operationId: "getCompetencyFramework",
    access: ["staff"],
    middleware: [requireSession()] as const,
    tags: ["Competencies"],
    summary: "The competency framework: competencies, level names and the standard level per position level",
    responses: { 200: { description: "The framework", content: { "application/json": { schema: frameworkView } } }, ...errorResponses(401) },
  }),
  (c) => c.json({ items: competencies, levels: [...levelNames], standardLevels }, 200),
);
