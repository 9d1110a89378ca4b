import type { MiddlewareHandler } from "hono";

/**
 * Anonymous reads of lists and topic pages may be kept 10 seconds by browsers and CloudFront:
 * they hold nothing personal (what a citizen supports or follows comes from its own request).
 * Set on successful answers only, so an error is not kept.
 */
export const publicCache = (): MiddlewareHandler => async (c, next) => {
  await next();
  if (c.res.ok) c.res.headers.set("Cache-Control", "public, max-age=10");
};

/** Anything personal is never kept, by a browser or on the way. */
export const personal = (): MiddlewareHandler => async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "private, no-store");
};
