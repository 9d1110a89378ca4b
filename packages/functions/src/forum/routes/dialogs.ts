import { dialogPage, dialogParam, dialogView, listDialogsQuery } from "@kompeten/core/dialogs/dialogs.schemas";
import { getDialog, listDialogs } from "@kompeten/core/dialogs/dialogs";
import { getProgram, listPrograms } from "@kompeten/core/programs/programs";
import { listProgramsQuery, programDetailView, programPage, programParam } from "@kompeten/core/programs/programs.schemas";
import { errorResponses } from "../../http/errors";
import { createRoute } from "../../http/route";
import { createRouter } from "../../http/router";
import { jsonOk, openSecurity } from "../../api/routes/openapi";
import { publicCache } from "../cache";
import type { ForumEnv } from "../env";

const cached = publicCache();

/** Public dialogues: anyone reads what was announced and, afterwards, its minutes. */
export const dialogRoutes = createRouter<ForumEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listDialogs",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "Public dialogues: upcoming ones first (soonest first), then past ones (latest first), paged by cursor",
      request: { query: listDialogsQuery },
      responses: { 200: jsonOk(dialogPage, "One page"), ...errorResponses(400) },
    }),
    async (c) => c.json(await listDialogs(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getDialog",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "A dialogue with its linked topics' titles and states and, once published, its minutes",
      request: { params: dialogParam },
      responses: { 200: jsonOk(dialogView, "The dialogue"), ...errorResponses(404) },
    }),
    async (c) => c.json(await getDialog(c.var.ctx, c.req.valid("param").id), 200),
  );

/** Service programs: anyone reads them with their milestones and progress. */
export const programRoutes = createRouter<ForumEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listPrograms",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "Service programs, newest first, with their milestones and progress, paged by cursor",
      request: { query: listProgramsQuery },
      responses: { 200: jsonOk(programPage, "One page"), ...errorResponses(400) },
    }),
    async (c) => c.json(await listPrograms(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getProgram",
      access: ["anyone"],
      middleware: [cached] as const,
      security: openSecurity,
      tags: ["Forum"],
      summary: "A service program with its milestones, progress, competency needs and linked topics",
      request: { params: programParam },
      responses: { 200: jsonOk(programDetailView, "The program"), ...errorResponses(404) },
    }),
    async (c) => c.json(await getProgram(c.var.ctx, c.req.valid("param").id), 200),
  );
