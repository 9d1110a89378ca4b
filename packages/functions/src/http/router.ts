import { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "hono";
import { errorResponse } from "./errors";

/** Every router validates with zod and answers invalid input with the one error shape. */
export function createRouter<E extends Env>() {
  return new OpenAPIHono<E>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
        return errorResponse(c, 400, "validation_failed", issues[0] ? `${issues[0].path || "input"}: ${issues[0].message}` : "Invalid input", {
          issues,
        });
      }
    },
  });
}
