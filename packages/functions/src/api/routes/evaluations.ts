import { createRoute } from "../../http/route";
import { cycleDashboard, listCycles, openCycle } from "@kompeten/core/cycles/cycles";
import { changePeersInput, evaluationList, evaluationParam as idParam, reviewParam, evaluationResultView, evaluationView, finalizedView, finalizeInput, peersView, reviewSavedView, reviewTaskList, reviewView, saveReviewInput, teamEvaluationList } from "@kompeten/core/evaluations/evaluations.schemas";
import { planApprovedView, planSavedView, planView, savePlanInput } from "@kompeten/core/plans/plans.schemas";
import { cycleDashboardView, cycleList, openCycleInput, openCycleResult } from "@kompeten/core/cycles/cycles.schemas";
import { approvePlan, getPlan, savePlan } from "@kompeten/core/plans/plans";
import { changePeers, evaluationResult, finalizeEvaluation, getEvaluation, getReview, myEvaluations, myTasks, saveReview, teamEvaluations } from "@kompeten/core/evaluations/evaluations";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const adminOnly = requireRole("admin");

export const cycleRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listCycles",
      access: ["staff"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Evaluation cycles, newest first",
      responses: { 200: jsonOk(cycleList, "Cycles"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await listCycles(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "openCycle",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Evaluations"],
      summary: "Open the current quarter's cycle by hand (admin); the same code the schedule runs",
      request: { body: jsonBody(openCycleInput) },
      responses: {
        201: jsonOk(openCycleResult, "Opened"),
        200: jsonOk(openCycleResult, "Already open (or closed): nothing changed"),
        ...errorResponses(400, 401, 403, 422),
      },
    }),
    async (c) => {
      const result = await openCycle(c.var.ctx, c.var.actor, c.req.valid("json"));
      return result.created ? c.json(result, 201) : c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/dashboard",
      operationId: "getCycleDashboard",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Evaluations"],
      summary: "Completion of a cycle per unit (admin)",
      request: { params: idParam },
      responses: { 200: jsonOk(cycleDashboardView, "Dashboard"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await cycleDashboard(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/team",
      operationId: "listTeamEvaluations",
      access: ["own", "supervisor"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "My team's evaluations in a cycle: who has submitted what",
      request: { params: idParam },
      responses: { 200: jsonOk(teamEvaluationList, "Team"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await teamEvaluations(c.var.ctx, c.var.actor, c.req.valid("param").id) }, 200),
  );

export const evaluationRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/tasks",
      operationId: "listMyTasks",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "The reviews I owe, soonest due first",
      responses: { 200: jsonOk(reviewTaskList, "Tasks"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await myTasks(c.var.ctx, c.var.actor) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/mine",
      operationId: "listMyEvaluations",
      access: ["own"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "My own evaluations, newest first",
      responses: { 200: jsonOk(evaluationList, "Evaluations"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await myEvaluations(c.var.ctx, c.var.actor) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getEvaluation",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "An evaluation: progress, status, final rating (subject, supervisor, admin)",
      request: { params: idParam },
      responses: { 200: jsonOk(evaluationView, "Evaluation"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getEvaluation(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/reviews/{reviewId}",
      operationId: "getReview",
      access: ["self"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "My review: the form's items and what I wrote so far (the assigned reviewer only)",
      request: { params: reviewParam },
      responses: { 200: jsonOk(reviewView, "Review"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => {
      const { id, reviewId } = c.req.valid("param");
      return c.json(await getReview(c.var.ctx, c.var.actor, id, reviewId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/reviews/{reviewId}",
      operationId: "saveReview",
      access: ["self"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Save a draft of my review, or submit it (`submit: true`); a submitted review never changes",
      request: { params: reviewParam, body: jsonBody(saveReviewInput) },
      responses: { 200: jsonOk(reviewSavedView, "Saved"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, reviewId } = c.req.valid("param");
      return c.json(await saveReview(c.var.ctx, c.var.actor, id, reviewId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/peers",
      operationId: "changePeers",
      access: ["supervisor"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Change the peers (the supervisor, in the first 7 days)",
      request: { params: idParam, body: jsonBody(changePeersInput) },
      responses: { 200: jsonOk(peersView, "Changed"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await changePeers(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").peerIds), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/result",
      operationId: "getEvaluationResult",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary:
        "Scores per value and competency (self, supervisor, peer average of at least two) and gapToStandard: the level minus the standard, negative below it",
      request: { params: idParam },
      responses: { 200: jsonOk(evaluationResultView, "Result"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await evaluationResult(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/final",
      operationId: "finalizeEvaluation",
      access: ["supervisor"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary:
        "The supervisor's final rating: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. Needs the supervisor's own review; " +
        "with fewer than two peer reviews in it answers 409 few_peer_reviews unless `confirmFewPeers: true`",
      request: { params: idParam, body: jsonBody(finalizeInput) },
      responses: { 200: jsonOk(finalizedView, "Finalized"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await finalizeEvaluation(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/plan",
      operationId: "getPlan",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "The development plan, the gaps it answers, and last quarter's plan with its progress",
      request: { params: idParam },
      responses: { 200: jsonOk(planView, "Plan"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getPlan(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/plan",
      operationId: "savePlan",
      access: ["self"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Draft or submit my development plan (`submit: true`); once approved only item statuses change",
      request: { params: idParam, body: jsonBody(savePlanInput) },
      responses: { 200: jsonOk(planSavedView, "Saved"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await savePlan(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/plan/approve",
      operationId: "approvePlan",
      access: ["supervisor"],
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Approve a submitted plan (the supervisor)",
      request: { params: idParam },
      responses: { 200: jsonOk(planApprovedView, "Approved"), ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => c.json(await approvePlan(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  );

