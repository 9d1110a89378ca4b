import { AppError, type ErrorCode } from "@kompeten/core/errors";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

// The error answers at run time, without zod: the public Lambda uses these alone.

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, details?: unknown) {
  return c.json({ error: details === undefined ? { code, message } : { code, message, details } }, status);
}

export const codeByStatus: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthenticated",
  403: "forbidden",
  404: "not_found",
  405: "method_not_allowed",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
};

/** Turns anything thrown into the error shape; only the truly unexpected becomes a 500. */
export function handleError(error: Error, c: Context) {
  if (error instanceof AppError) {
    const retryAfter = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (error.status === 429 && typeof retryAfter === "number") c.header("retry-after", String(retryAfter));
    return errorResponse(c, error.status, error.code, error.message, error.details);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const message = /malformed json/i.test(error.message) ? "The body is not valid JSON" : error.message || "Bad request";
    const code = /malformed json/i.test(error.message) ? "malformed_json" : (codeByStatus[status] ?? "error");
    return errorResponse(c, status, code, message);
  }
  console.error(JSON.stringify({ level: "error", message: "unhandled error", path: c.req.path, error: error.stack ?? String(error) }));
  return errorResponse(c, 500, "internal_error", "Something went wrong on our side");
}

export const notFoundHandler = (c: Context) => errorResponse(c, 404, "not_found", `No route for ${c.req.method} ${c.req.path}`);

