import { createRoute, z } from "@hono/zod-openapi";
import { verifyCertificate } from "@kompeten/core/certificates/certificates";
import { certificateView } from "@kompeten/core/certificates/certificates.schemas";
import type { AppContext } from "@kompeten/core/context";
import { rateLimiter } from "hono-rate-limiter";
import { errorResponse, errorResponses, handleError, notFoundHandler } from "../http/errors";
import { createRouter } from "../http/router";
import { requestLog } from "../http/logging";
import { limitBody, originCheck, securityHeaders } from "../http/security";

/**
 * Per client, per instance: 30 checks a minute. API Gateway's route throttling caps the
 * total in the cloud; with 100-bit codes, guessing gets nowhere either way.
 */
function verificationLimit() {
  return rateLimiter<PublicEnv>({
    windowMs: 60_000,
    limit: 30,
    standardHeaders: "draft-7",
    keyGenerator: (c) => c.req.header("x-forwarded-for")?.split(",")[0]?.trim() ?? c.req.header("x-real-ip") ?? "local",
    handler: (c) => errorResponse(c, 429, "too_many_requests", "Too many certificate checks; wait a minute"),
  });
}

export type PublicEnv = { Variables: { ctx: AppContext } };

/**
 * The citizens' API under /public. It runs as its own Lambda whose IAM policy only
 * reaches public partitions of the table, and it has no route into staff data.
 */
export function createPublicApi(options: { ctx: AppContext; logRequests?: boolean }) {
  const app = createRouter<PublicEnv>().basePath("/public");
  app.use("*", ...requestLog(options.logRequests ?? false));
  app.use("*", securityHeaders());
  app.use("*", async (c, next) => {
    c.set("ctx", options.ctx);
    await next();
  });
  app.use("*", originCheck());
  app.use("*", limitBody(64 * 1024));

  app.openapi(
    createRoute({
      method: "get",
      path: "/health",
      operationId: "getHealth",
      security: [],
      tags: ["Public"],
      summary: "Whether the public API is up",
      responses: { 200: { description: "Up", content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } } } },
    }),
    (c) => c.json({ status: "ok" as const }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/certificates/{code}",
      operationId: "verifyCertificate",
      security: [],
      middleware: [verificationLimit()] as const,
      tags: ["Public"],
      summary: "Check a certificate by its verification code: course, holder, institution, date and JP only",
      request: { params: z.object({ code: z.string().min(1).max(64) }) },
      responses: {
        200: { description: "A valid certificate", content: { "application/json": { schema: certificateView } } },
        ...errorResponses(404, 429),
      },
    }),
    async (c) => c.json(await verifyCertificate(c.var.ctx, c.req.valid("param").code), 200),
  );

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Kompeten public API", version: "1.0.0", description: "The public side of Kompeten, for citizens of Kota Mataram." },
    servers: [{ url: "/", description: "The site that serves the web app" }],
  });
  app.notFound(notFoundHandler);
  app.onError(handleError);
  return app;
}
