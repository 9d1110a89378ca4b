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
  // The API docs page loads Swagger UI from its CDN (no inline script: packages/functions/src/api/docs-page.ts).
  "script-src 'self' https://cdn.jsdelivr.net",
  "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
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

/** What CloudFront sends with the site's files (stacks/Web.ts), and the local runtime with the same files. */
export const PAGE_SECURITY_HEADERS: readonly [string, string][] = [
  ["Content-Security-Policy", PAGE_CONTENT_SECURITY_POLICY],
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
];

/** A fixed set, so a few lines do what the configurable middleware did (the staff Lambda counts its bytes). */
export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  for (const [name, value] of SECURITY_HEADERS) c.res.headers.set(name, value);
  c.res.headers.delete("X-Powered-By");
};

/** How much of a refused body is read and dropped so that the connection can carry the next request. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/** Reads and drops a body up to `limit` bytes; false when it is longer or cannot be read. */
async function drain(body: ReadableStream<Uint8Array> | null, limit: number): Promise<boolean> {
  if (!body) return true;
  try {
    const reader = body.getReader();
    let read = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return true;
      read += value.byteLength;
      if (read > limit) {
        await reader.cancel();
        return false;
      }
    }
  } catch {
    return false;
  }
}

/**
 * Refuses bodies over `maxSize` with 413 in the error shape. A server that answers before the
 * client has sent the whole body would leave the rest on the connection (the client's next
 * request on it then fails), so the refused body is read and dropped first; one too large even
 * for that is answered with `Connection: close`, announced.
 */
export const limitBody = (maxSize: number) =>
  bodyLimit({
    maxSize,
    onError: async (c) => {
      const drained = await drain(c.req.raw.body, DRAIN_LIMIT);
      const answer = errorResponse(c, 413, "payload_too_large", `The body may be at most ${Math.round(maxSize / 1024)} KiB`);
      if (!drained) answer.headers.set("connection", "close");
      return answer;
    },
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
