import { createRoute } from "../../http/route";
import * as z from "@kompeten/core/zod";
import {
  allUnitsReport,
  decideEntry,
  learningOverview,
  pendingApprovals,
  reportExternalTraining,
  unitReport,
  unitReportCsv,
} from "@kompeten/core/learning/learning";
import {
  allUnitsReportQuery,
  allUnitsReportView,
  csvReportQuery,
  decisionInput,
  entryParam,
  externalTrainingInput,
  jpReportView,
  learningQuery,
  learningSummaryView,
  ledgerEntryList,
  ledgerEntryView,
  recommendationList,
  recommendationsQuery,
  reportQuery,
} from "@kompeten/core/learning/learning.schemas";
import { recommendCourses } from "@kompeten/core/learning/learning";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { readSession, requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();
const adminOnly = requireRole("admin");

export const learningRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "getLearning",
      access: ["supervisor", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Learning"],
      summary: "Learning hours (JP) of a year: total towards 20 JP, every entry, current enrollments and waitlist places, and the JP they will add",
      request: { query: learningQuery },
      responses: { 200: jsonOk(learningSummaryView, "The year"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await learningOverview(c.var.ctx, c.var.session, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/external",
      operationId: "reportExternalTraining",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Learning"],
      summary: "Report training done elsewhere, with evidence; it counts once the supervisor approves",
      request: { body: jsonBody(externalTrainingInput) },
      responses: { 201: jsonOk(ledgerEntryView, "Reported, pending approval"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await reportExternalTraining(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/approvals",
      operationId: "listApprovals",
      access: ["own", "supervisor"],
      middleware: [signedIn] as const,
      tags: ["Learning"],
      summary: "Reported training waiting for my decision",
      responses: { 200: jsonOk(ledgerEntryList, "Pending entries"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await pendingApprovals(c.var.ctx, c.var.actor) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{staffId}/entries/{entryId}/decision",
      operationId: "decideEntry",
      access: ["supervisor"],
      middleware: [signedIn] as const,
      tags: ["Learning"],
      summary: "Approve or reject reported training (the person's supervisor)",
      request: { params: entryParam, body: jsonBody(decisionInput) },
      responses: { 200: jsonOk(ledgerEntryView, "Decided"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { staffId, entryId } = c.req.valid("param");
      return c.json(await decideEntry(c.var.ctx, c.var.actor, staffId, entryId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/report",
      operationId: "getUnitReport",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Learning"],
      summary: "A unit's year: each member's JP and who is below 20 (admin)",
      request: { query: reportQuery },
      responses: {
        200: jsonOk(jpReportView, "The report"),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await unitReport(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/report/units",
      operationId: "getAllUnitsReport",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Learning"],
      summary: "Every unit's year: staff, how many reached 20 JP, the share and the median JP (admin)",
      request: { query: allUnitsReportQuery },
      responses: {
        200: jsonOk(allUnitsReportView, "One row per unit"),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await allUnitsReport(c.var.ctx, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/report.csv",
      operationId: "getReportCsv",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Learning"],
      summary: "Approved training of a year as CSV, in SIASN's training-history fields: one unit's, or every unit's without unitId (admin)",
      request: { query: csvReportQuery },
      responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const query = c.req.valid("query");
      c.header("content-disposition", `attachment; filename="jp-${query.unitId ?? "semua-unit"}-${query.year}.csv"`);
      return c.body(await unitReportCsv(c.var.ctx, query), 200, { "content-type": "text/csv; charset=utf-8" });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/recommendations",
      operationId: "listRecommendations",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Learning"],
      summary: "Published courses that close a gap between a person's competency levels and their position's standard",
      request: { query: recommendationsQuery },
      responses: {
        200: jsonOk(recommendationList, "Recommendations"),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await recommendCourses(c.var.ctx, c.var.actor, c.req.valid("query").staffId) }, 200),
  );
