import { Hono } from "hono/tiny";
import { handleError, notFoundHandler } from "../http/errors";
import { requestLog } from "../http/logging";
import { limitBody, originCheck, securityHeaders } from "../http/security";
import { forumMounts } from "./areas";
import type { ForumApiOptions, ForumEnv } from "./env";

/**
 * The citizens' forum under /public: signing in by e-mailed code, and (as it grows) topics,
 * supports and comments. It runs as its own Lambda whose IAM policy reaches only the table's
 * public (`pub#`) partitions; citizens hold their own cookie, never a staff session.
 */
export function createForumApi(options: ForumApiOptions) {
  const app = new Hono<ForumEnv>().basePath("/public");
  app.use("*", ...requestLog(options.logRequests ?? false));
  app.use("*", securityHeaders());
  app.use("*", async (c, next) => {
    c.set("options", options);
    c.set("ctx", options.ctx);
    await next();
  });
  app.use("*", originCheck());
  app.use("*", limitBody(64 * 1024));
  for (const { prefix, routes } of forumMounts) app.route(prefix, routes);
  app.notFound(notFoundHandler);
  app.onError(handleError);
  return app;
}
