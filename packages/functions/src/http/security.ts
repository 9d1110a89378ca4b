import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorResponse } from "./error-handler";

/**
 * The pages of the site (the SolidJS app): scripts and styles from the site only, never inline
 * script, never framed. CloudFront sends it with the site's files (stacks/Web.ts), the local
 * runtime with the same files.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Inline style attributes only (charts and bars set widths); no inline script.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const contentSecurityPolicy = [
  "default-src 'self'",
  // The API docs page loads its script and style from the CDN it names.
  "script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
  "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
].join("; ");

/** The security headers of every answer (those of Hono's `secureHeaders` defaults, with our CSP, HSTS and referrer policy). */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ["Content-Security-Policy", contentSecurityPolicy],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Origin-Agent-Cluster", "?1"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"],
  ["X-Content-Type-Options", "nosniff"],
  ["X-DNS-Prefetch-Control", "off"],
  ["X-Download-Options", "noopen"],
  ["X-Frame-Options", "SAMEORIGIN"],
  ["X-Permitted-Cross-Domain-Policies", "none"],
  ["X-XSS-Protection", "0"],
];

/** A fixed set, so a few lines do what the configurable middleware did (the staff Lambda counts its bytes). */
export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
  c.res.headers.delete("X-Powered-By");
};

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
