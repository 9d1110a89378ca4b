import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import { errorResponse } from "./error-handler";

export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // The API docs page loads its script and style from the CDN it names.
      scriptSrc: ["'self'", "'unsafe-inline'", "https://cdn.jsdelivr.net"],
      styleSrc: ["'self'", "'unsafe-inline'", "https://cdn.jsdelivr.net"],
      imgSrc: ["'self'", "data:"],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: "max-age=31536000; includeSubDomains",
    referrerPolicy: "strict-origin-when-cross-origin",
  });

export const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: (c) => errorResponse(c, 413, "payload_too_large", `The body may be at most ${Math.round(maxSize / 1024)} KiB`),
  });

/**
 * CSRF protection for state-changing requests. Browsers send Sec-Fetch-Site (and Origin) on
 * every cross-site request, so a mutating request is refused when either says another site
 * sent it. Requests with neither header do not come from a browser page and carry no
 * ambient cookie risk. Behind CloudFront the Host is the API's, so origins are compared
 * with the ones the deployment allows and with the request's own.
 */
export function originCheck(allowedOrigins: string[] = []): MiddlewareHandler {
  return async (c, next) => {
    if (["GET", "HEAD", "OPTIONS"].includes(c.req.method)) return next();
    const fetchSite = c.req.header("sec-fetch-site");
    const origin = c.req.header("origin");
    const sameOrigin =
      fetchSite === "same-origin" ||
      fetchSite === "none" ||
      (fetchSite === undefined && (origin === undefined || origin === new URL(c.req.url).origin || allowedOrigins.includes(origin)));
    if (!sameOrigin) return errorResponse(c, 403, "cross_site_request", "Requests from other sites are not accepted");
    return next();
  };
}
