import type { AppContext } from "@kompeten/core/context";
import { createRoute, z } from "@hono/zod-openapi";
import { handleError, notFoundHandler } from "../http/errors";
import { createRouter } from "../http/router";
import { requestLog } from "../http/logging";
import { limitBody, originCheck, securityHeaders } from "../http/security";

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
      tags: ["Public"],
      summary: "Whether the public API is up",
      responses: { 200: { description: "Up", content: { "application/json": { schema: z.object({ status: z.literal("ok") }) } } } },
    }),
    (c) => c.json({ status: "ok" as const }, 200),
  );

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Kompeten public API", version: "1.0.0", description: "The public side of Kompeten, for citizens of Kota Mataram." },
  });
  app.notFound(notFoundHandler);
  app.onError(handleError);
  return app;
}
