import { OpenAPIHono } from "@hono/zod-openapi";
import type { Env } from "hono";
import { errorResponse } from "./errors";

const isMissing = (issue: { code: string; message: string }) => issue.code === "invalid_type" && /received undefined$/.test(issue.message);

/** Every router validates with zod and answers invalid input with the one error shape. */
export function createRouter<E extends Env>() {
  return new OpenAPIHono<E>({
    defaultHook: (result, c) => {
      if (!result.success) {
        // A missing field says so ("required") instead of zod's type wording.
        const issues = result.error.issues.map((issue) =>
          isMissing(issue)
            ? { path: issue.path.join("."), code: "required", message: "This field is required" }
            : { path: issue.path.join("."), code: issue.code, message: issue.message },
        );
        return errorResponse(c, 400, "validation_failed", issues[0] ? `${issues[0].path || "input"}: ${issues[0].message}` : "Invalid input", {
          issues,
        });
      }
    },
  });
}
