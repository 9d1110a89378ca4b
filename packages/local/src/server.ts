import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { AppContext } from "@kompeten/core/context";
import { createStaffApi } from "@kompeten/functions/api/app";
import { staffRouteTables } from "@kompeten/functions/api/areas";
import { createForumApi } from "@kompeten/functions/forum/app";
import { isForumPath } from "@kompeten/functions/forum/areas";
import { PAGE_SECURITY_HEADERS } from "@kompeten/functions/http/security";
import { createPublicApi } from "@kompeten/functions/public/app";
import { Hono, type MiddlewareHandler } from "hono";
import { compress } from "hono/compress";
import { mailboxPage } from "./mailbox";

export interface LocalAppOptions {
  ctx: AppContext;
  sessionSecret: string;
  /** The built web site (packages/web/dist); omitted in API-only tests. */
  webDist?: string;
  /** Where the local mailer writes; shown at /dev/mailbox. */
  mailboxDir?: string;
  /** How the mailbox page names that place (e.g. a temporary folder of a --memory run). */
  mailboxWhere?: string;
  /** One JSON line per request on stdout, as the Lambdas log (`npm start -- --log-requests`). */
  logRequests?: boolean;
}

/**
 * One origin, as CloudFront gives it in the cloud: /api and /public go to the
 * same Hono apps the Lambdas run, everything else is the static site.
 */
export function createLocalApp(options: LocalAppOptions) {
  const app = new Hono();
  // As CloudFront does in the cloud: text answers (API JSON, HTML, scripts, styles) gzip-compressed when the client accepts it.
  app.use("*", compress());
  const logRequests = options.logRequests ?? false;
  const staffApi = createStaffApi({ ctx: options.ctx, sessionSecret: options.sessionSecret, secureCookies: false, logRequests }, staffRouteTables);
  const publicApi = createPublicApi({ ctx: options.ctx, logRequests });
  // The forum's cookie has its own secret, as in the cloud.
  const forumApi = createForumApi({ ctx: options.ctx, citizenSecret: `${options.sessionSecret}:citizens`, secureCookies: false, logRequests });
  // The runtime env (the socket, for client addresses) goes along to each app.
  app.all("/api/*", (c) => staffApi.fetch(c.req.raw, c.env));
  app.all("/api", (c) => staffApi.fetch(c.req.raw, c.env));
  // As the HTTP API routes them in the cloud: the forum's paths to the forum app, the rest of /public to the public app.
  app.all("/public/*", (c) => (isForumPath(c.req.path) ? forumApi : publicApi).fetch(c.req.raw, c.env));
  if (options.mailboxDir) app.route("/", mailboxPage(options.mailboxDir, options.mailboxWhere));

  const dist = options.webDist;
  if (dist && existsSync(join(dist, "index.html"))) {
    const indexHtml = readFileSync(join(dist, "index.html"), "utf8");
    // Vite names every built asset by its content hash: a browser may keep it for good.
    app.use("/assets/*", cacheControl("public, max-age=31536000, immutable"));
    // The shell (and whatever else is not hashed) is checked on every load, so a new build is picked up at once.
    // Every file of the site carries the pages' security headers, as CloudFront sends them.
    app.use("/*", async (c, next) => {
      await next();
      if (!c.res.headers.has("cache-control")) c.header("Cache-Control", "no-cache");
      for (const [name, value] of PAGE_SECURITY_HEADERS) c.header(name, value);
    });
    app.use("/*", serveStatic({ root: relative(process.cwd(), dist) }));
    // Client-side routes: every other path gets the app shell.
    app.get("*", (c) => c.html(indexHtml));
  }
  return app;
}

/** Sets Cache-Control on a file the next handlers found. */
function cacheControl(value: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    // Not on the app shell that answers a path no file matched.
    if (c.res.ok && !c.res.headers.get("content-type")?.startsWith("text/html")) c.header("Cache-Control", value);
  };
}
