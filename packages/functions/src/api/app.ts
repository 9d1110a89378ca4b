import { Hono } from "hono/tiny";
import { readFile } from "node:fs/promises";
import { handleError, notFoundHandler } from "../http/errors";
import { requestLog } from "../http/logging";
import { limitBody, originCheck, securityHeaders } from "../http/security";
import type { StaffApiOptions, StaffEnv } from "./env";
import type { RouteTable } from "../http/router";
import { docsHtml, docsScript } from "./docs-page";

/** Route tables and where each is mounted under /api (an area of the API, or all of them). */
export type RouteMounts = readonly { readonly prefix: string; readonly routes: RouteTable<StaffEnv> }[];

/**
 * The staff API's OpenAPI document, written by `npm run openapi` from the route tables
 * (api/openapi.ts). The Lambda ships it beside its bundle at the same relative place
 * (stacks/Api.ts, `copyFiles`), so this one location serves in the cloud and locally. It is
 * read on the first request for it: the bundle stays small and cold starts do not pay for it.
 */
const documentFile = new URL("./openapi.json", import.meta.url);

/** The staff API under /api with the given route tables: one area in each Lambda, all of them in the local runtime. */
export function createStaffApi(options: StaffApiOptions, routeTables: RouteMounts) {
  const app = new Hono<StaffEnv>().basePath("/api");
  app.use("*", ...requestLog(options.logRequests ?? false));
  app.use("*", securityHeaders());
  app.use("*", async (c, next) => {
    c.set("options", options);
    c.set("ctx", options.ctx);
    await next();
  });
  app.use("*", originCheck(options.allowedOrigins));
  // The CSV import sets its own, larger limit.
  app.use("*", async (c, next) => (c.req.path === "/api/staff/import" ? next() : limitBody(256 * 1024)(c, next)));

  for (const { prefix, routes } of routeTables) app.route(prefix, routes);

  let document: Promise<string> | undefined;
  app.get("/openapi.json", async (c) => {
    document ??= readFile(documentFile, "utf8").catch((error: unknown) => {
      document = undefined;
      throw error;
    });
    return c.body(await document, 200, { "content-type": "application/json; charset=utf-8" });
  });
  app.get("/docs", (c) => c.html(docsHtml));
  app.get("/docs.js", (c) => c.body(docsScript, 200, { "content-type": "text/javascript; charset=utf-8" }));
  app.notFound(notFoundHandler);
  app.onError(handleError);
  return app;
}
