import { createRoute, z } from "@hono/zod-openapi";
import { competencies, competencyTypes, levelNames, standardLevels } from "@kompeten/core/competencies/framework";
import { positionLevels } from "@kompeten/core/staff/staff.entity";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireSession } from "../session";

const framework = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      type: z.enum(competencyTypes),
      name: z.string(),
      description: z.string(),
      levels: z.array(z.string()),
    }),
  ),
  levels: z.array(z.object({ level: z.number(), name: z.string() })),
  standardLevels: z.record(z.enum(positionLevels), z.number()),
});

export const competencyRoutes = createRouter<StaffEnv>().openapi(
  createRoute({
    method: "get",
    path: "/",
    middleware: [requireSession()] as const,
    tags: ["Competencies"],
    summary: "The competency framework: competencies, level names and the standard level per position level",
    responses: { 200: { description: "The framework", content: { "application/json": { schema: framework } } }, ...errorResponses(401) },
  }),
  (c) => c.json({ items: competencies, levels: [...levelNames], standardLevels }, 200),
);
