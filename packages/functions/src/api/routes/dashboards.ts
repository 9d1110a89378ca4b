import * as z from "@kompeten/core/zod";
import * as dashboards from "@kompeten/core/dashboards/dashboards";
import {
  cityDashboardView,
  dashboardYearQuery,
  gapsDashboardView,
  gapsQuery,
  myDashboardView,
  teamDashboardView,
  unitDashboardParam,
  unitDashboardView,
} from "@kompeten/core/dashboards/dashboards.schemas";
import type { Context } from "hono";
import { createRoute } from "../../http/route";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireSession } from "../session";
import { jsonOk } from "./openapi";

const signedIn = requireSession();
const csvResponse = { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } } } as const;
const csv = (c: Context<StaffEnv>, name: string, body: string) => {
  c.header("content-disposition", `attachment; filename="${name}.csv"`);
  return c.body(body, 200, { "content-type": "text/csv; charset=utf-8" });
};

/** The dashboards, each with a CSV twin of its tables; every figure from the aggregates. */
export const dashboardRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      operationId: "getMyDashboard",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "Beranda: JP this year against 20 with the pace, upcoming courses and waitlist places, open reviews, plan items due, the next mentoring session and open actions, unread notifications",
      responses: { 200: jsonOk(myDashboardView, "The person's dashboard"), ...errorResponses(401) },
    }),
    async (c) => c.json(await dashboards.myDashboard(c.var.ctx, c.var.actor), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me.csv",
      operationId: "getMyDashboardCsv",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "Beranda's items as CSV",
      responses: { ...csvResponse, ...errorResponses(401) },
    }),
    async (c) => csv(c, "beranda", await dashboards.myDashboardCsv(await dashboards.myDashboard(c.var.ctx, c.var.actor))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/team",
      operationId: "getTeamDashboard",
      access: ["anySupervisor", "supervisor", "manager"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "Tim saya: every person in the supervisor's subtree with JP, pace, this quarter's reviews, rating, plan and mentoring, who needs attention first; the approvals waiting",
      responses: { 200: jsonOk(teamDashboardView, "The team"), ...errorResponses(401, 403) },
    }),
    async (c) => c.json(await dashboards.teamDashboard(c.var.ctx, c.var.actor), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/team.csv",
      operationId: "getTeamDashboardCsv",
      access: ["anySupervisor", "supervisor", "manager"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "The team table as CSV",
      responses: { ...csvResponse, ...errorResponses(401, 403) },
    }),
    async (c) => csv(c, "tim", await dashboards.teamDashboardCsv(await dashboards.teamDashboard(c.var.ctx, c.var.actor))),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/city",
      operationId: "getCityDashboard",
      access: ["admin"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "BKPSDM (admins): every unit's JP compliance, course categories, evaluations with the four-quarter trend, mentoring coverage and forum responsiveness, and the city's totals",
      request: { query: dashboardYearQuery },
      responses: { 200: jsonOk(cityDashboardView, "The city"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await dashboards.cityDashboard(c.var.ctx, c.var.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/city.csv",
      operationId: "getCityDashboardCsv",
      access: ["admin"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "The units table of the city dashboard as CSV, with the totals",
      request: { query: dashboardYearQuery },
      responses: { ...csvResponse, ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      const d = await dashboards.cityDashboard(c.var.ctx, c.var.actor, c.req.valid("query"));
      return csv(c, `kota-${d.cycleId}`, await dashboards.cityDashboardCsv(d));
    },
  )
  // Before /units/{unitId}, which would take "<id>.csv" for its id.
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{unitId}.csv",
      operationId: "getUnitDashboardCsv",
      access: ["unitHead", "admin"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "One unit's figures and its at-risk list as CSV",
      request: { params: unitDashboardParam, query: dashboardYearQuery },
      responses: { ...csvResponse, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      const d = await dashboards.unitDashboard(c.var.ctx, c.var.actor, c.req.valid("param").unitId, c.req.valid("query"));
      return csv(c, `unit-${d.unit.code}-${d.cycleId}`, await dashboards.unitDashboardCsv(d));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/units/{unitId}",
      operationId: "getUnitDashboard",
      access: ["unitHead", "admin"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "One unit, for its head (the highest position level in it) or an admin: its figures, who is behind the JP pace, its service programs",
      request: { params: unitDashboardParam, query: dashboardYearQuery },
      responses: { 200: jsonOk(unitDashboardView, "The unit"), ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => c.json(await dashboards.unitDashboard(c.var.ctx, c.var.actor, c.req.valid("param").unitId, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/gaps",
      operationId: "getGapsDashboard",
      access: ["admin"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "The competency-gap heat map: per unit and competency the mean of (level minus standard) and the people assessed, hidden under 5 people; with unitId (admins) that unit's people",
      request: { query: gapsQuery },
      responses: { 200: jsonOk(gapsDashboardView, "The heat map"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await dashboards.gapsDashboard(c.var.ctx, c.var.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/gaps.csv",
      operationId: "getGapsDashboardCsv",
      access: ["admin"],
      middleware: [signedIn] as const,
      tags: ["Dashboards"],
      summary: "The heat map's cells as CSV (hidden cells say so)",
      request: { query: gapsQuery },
      responses: { ...csvResponse, ...errorResponses(400, 401, 403) },
    }),
    async (c) => csv(c, "kesenjangan", await dashboards.gapsDashboardCsv(await dashboards.gapsDashboard(c.var.ctx, c.var.actor, c.req.valid("query")))),
  );
