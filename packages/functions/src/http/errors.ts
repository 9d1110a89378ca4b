import { z } from "@hono/zod-openapi";
import { AppError, errorCodes, type ErrorCode } from "@kompeten/core/errors";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The one error shape of every API answer that is not a success. */
export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi("Error");

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, details?: unknown) {
  return c.json({ error: details === undefined ? { code, message } : { code, message, details } }, status);
}

const codeByStatus: Record<number, ErrorCode> = {
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
  if (error instanceof AppError) return errorResponse(c, error.status, error.code, error.message, error.details);
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

/** OpenAPI response entries for the errors a route can answer. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: codeByStatus[status] ?? "error", content: { "application/json": { schema: errorBody } } }]),
  );
}
