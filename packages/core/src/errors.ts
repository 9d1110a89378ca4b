/**
 * The one error type the domain throws. The HTTP edge turns it into
 * `{ "error": { "code", "message", "details"? } }` with `status`.
 */
export class AppError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} not found`);
export const forbidden = (message = "You may not do this") => new AppError(403, "forbidden", message);
export const conflict = (message: string, details?: unknown) => new AppError(409, "conflict", message, details);
