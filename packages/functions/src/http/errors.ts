import * as z from "@kompeten/core/zod";
import { errorCodes } from "@kompeten/core/errors";
import { codeByStatus } from "./error-handler";

export { errorResponse, handleError, notFoundHandler } from "./error-handler";

/** The one error shape of every API answer that is not a success ("Error" in the OpenAPI documents). */
export const errorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes),
    message: z.string(),
    details: z.optional(z.unknown()),
  }),
});

/** OpenAPI response entries for the errors a route can answer. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: codeByStatus[status] ?? "error", content: { "application/json": { schema: errorBody } } }]),
  );
}
