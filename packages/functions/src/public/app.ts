import type { Health } from "@kompeten/core/health/health.schemas";
import { verifyCertificate, type PublicContext } from "@kompeten/core/certificates/certificates";
import { Hono } from "hono";
import { rateLimiter } from "hono-rate-limiter";
import { errorResponse, handleError, notFoundHandler } from "../http/error-handler";
import { requestLog } from "../http/logging";
import { limitBody, originCheck, securityHeaders } from "../http/security";
import openApiDocument from "./openapi.json";

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

export type PublicEnv = { Variables: { ctx: PublicContext } };

const MAX_CODE = 64;

/**
 * The citizens' API under /public. It runs as its own Lambda whose IAM policy only
 * reaches public partitions of the table, and it has no route into staff data. It is kept
 * small on purpose (plain Hono, one GetItem with the raw client, no zod or ElectroDB) so the
 * Lambda starts fast; its OpenAPI document is written from zod in openapi.ts.
 */
export function createPublicApi(options: { ctx: PublicContext; logRequests?: boolean }) {
  const app = new Hono<PublicEnv>().basePath("/public");
  app.use("*", ...requestLog(options.logRequests ?? false));
  app.use("*", securityHeaders());
  app.use("*", async (c, next) => {
    c.set("ctx", options.ctx);
    await next();
  });
  app.use("*", originCheck());
  app.use("*", limitBody(64 * 1024));

  app.get("/health", (c) => c.json({ status: "ok" } satisfies Health, 200));

  app.get("/certificates/:code", verificationLimit(), async (c) => {
    const code = c.req.param("code");
    if (code.length > MAX_CODE) {
      const message = `Too big: expected string to have <=${MAX_CODE} characters`;
      return errorResponse(c, 400, "validation_failed", `code: ${message}`, { issues: [{ path: "code", code: "too_big", message }] });
    }
    return c.json(await verifyCertificate(c.var.ctx, code), 200);
  });

  app.get("/openapi.json", (c) => c.json(openApiDocument, 200));
  app.notFound(notFoundHandler);
  app.onError(handleError);
  return app;
}
