import { createRoute, z } from "@hono/zod-openapi";
import { cycleDashboard, cycleView, listCycles, openCycle } from "@kompeten/core/evaluations/cycles";
import { approvePlan, getPlan, savePlan, savePlanInput } from "@kompeten/core/evaluations/plan";
import {
  changePeers,
  evaluationResult,
  finalizeEvaluation,
  finalizeInput,
  getEvaluation,
  getReview,
  myEvaluations,
  myTasks,
  saveReview,
  saveReviewInput,
  teamEvaluations,
} from "@kompeten/core/evaluations/reviews";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const adminOnly = requireRole("admin");
const idParam = z.object({ id: z.string().min(3).max(120) });
const reviewParam = idParam.extend({ reviewId: z.string().min(1).max(80) });
const anyJson = z.record(z.string(), z.unknown());

export const cycleRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Evaluation cycles, newest first",
      responses: { 200: jsonOk(z.object({ items: z.array(cycleView) }), "Cycles"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await listCycles(c.var.ctx) }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      middleware: [signedIn, adminOnly] as const,
      tags: ["Evaluations"],
      summary: "Open the current quarter's cycle by hand (admin); the same code the schedule runs",
      request: { body: jsonBody(z.object({ year: z.number().int().min(2020).max(2100), quarter: z.number().int().min(1).max(4) })) },
      responses: {
        201: jsonOk(z.object({ cycle: cycleView, created: z.boolean() }), "Opened"),
        200: jsonOk(z.object({ cycle: cycleView, created: z.boolean() }), "Already open (or closed): nothing changed"),
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
      middleware: [signedIn, adminOnly] as const,
      tags: ["Evaluations"],
      summary: "Completion of a cycle per unit (admin)",
      request: { params: idParam },
      responses: { 200: jsonOk(anyJson, "Dashboard"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await cycleDashboard(c.var.ctx, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/team",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "My team's evaluations in a cycle: who has submitted what",
      request: { params: idParam },
      responses: { 200: jsonOk(z.object({ items: z.array(anyJson) }), "Team"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await teamEvaluations(c.var.ctx, c.var.actor, c.req.valid("param").id) }, 200),
  );

export const evaluationRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/tasks",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "The reviews I owe, soonest due first",
      responses: { 200: jsonOk(z.object({ items: z.array(anyJson) }), "Tasks"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await myTasks(c.var.ctx, c.var.actor) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/mine",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "My own evaluations, newest first",
      responses: { 200: jsonOk(z.object({ items: z.array(anyJson) }), "Evaluations"), ...errorResponses(401) },
    }),
    async (c) => c.json({ items: await myEvaluations(c.var.ctx, c.var.actor) }, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "An evaluation: progress, status, final rating (subject, supervisor, admin)",
      request: { params: idParam },
      responses: { 200: jsonOk(anyJson, "Evaluation"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getEvaluation(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/reviews/{reviewId}",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "My review: the form's items and what I wrote so far (the assigned reviewer only)",
      request: { params: reviewParam },
      responses: { 200: jsonOk(anyJson, "Review"), ...errorResponses(401, 403, 404) },
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
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Save a draft of my review, or submit it (`submit: true`); a submitted review never changes",
      request: { params: reviewParam, body: jsonBody(saveReviewInput) },
      responses: { 200: jsonOk(z.object({ state: z.string(), draft: z.boolean() }), "Saved"), ...errorResponses(400, 401, 403, 404, 409) },
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
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Change the peers (the supervisor, in the first 7 days)",
      request: { params: idParam, body: jsonBody(z.object({ peerIds: z.array(z.string().min(1).max(64)).max(5) })) },
      responses: { 200: jsonOk(z.object({ peerIds: z.array(z.string()) }), "Changed"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await changePeers(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").peerIds), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/result",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary:
        "Scores per value and competency (self, supervisor, peer average of at least two) and gapToStandard: the level minus the standard, negative below it",
      request: { params: idParam },
      responses: { 200: jsonOk(anyJson, "Result"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await evaluationResult(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/final",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary:
        "The supervisor's final rating: Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang. Needs the supervisor's own review; " +
        "with fewer than two peer reviews in it answers 409 few_peer_reviews unless `confirmFewPeers: true`",
      request: { params: idParam, body: jsonBody(finalizeInput) },
      responses: { 200: jsonOk(anyJson, "Finalized"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await finalizeEvaluation(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/plan",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "The development plan, the gaps it answers, and last quarter's plan with its progress",
      request: { params: idParam },
      responses: { 200: jsonOk(anyJson, "Plan"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await getPlan(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/plan",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Draft or submit my development plan (`submit: true`); once approved only item statuses change",
      request: { params: idParam, body: jsonBody(savePlanInput) },
      responses: { 200: jsonOk(anyJson, "Saved"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await savePlan(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/plan/approve",
      middleware: [signedIn] as const,
      tags: ["Evaluations"],
      summary: "Approve a submitted plan (the supervisor)",
      request: { params: idParam },
      responses: { 200: jsonOk(anyJson, "Approved"), ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => c.json(await approvePlan(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  );

