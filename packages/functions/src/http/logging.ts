import type { MiddlewareHandler } from "hono";
import { requestId } from "hono/request-id";

/** One structured JSON line per request, with its id (also sent back as X-Request-Id). */
export function requestLog(enabled: boolean): MiddlewareHandler[] {
  const log: MiddlewareHandler = async (c, next) => {
    const started = performance.now();
    await next();
    if (!enabled) return;
    console.log(
      JSON.stringify({
        level: c.res.status >= 500 ? "error" : "info",
        requestId: c.get("requestId" as never),
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      }),
    );
  };
  return [requestId(), log];
}
