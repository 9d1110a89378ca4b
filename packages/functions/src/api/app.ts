import { swaggerUI } from "@hono/swagger-ui";
import { createRouter } from "../http/router";
import { handleError, notFoundHandler } from "../http/errors";
import { requestLog } from "../http/logging";
import { limitBody, originCheck, securityHeaders } from "../http/security";
import type { StaffApiOptions, StaffEnv } from "./env";
import { auditRoutes } from "./routes/audit";
import { authRoutes } from "./routes/auth";
import { competencyRoutes } from "./routes/competencies";
import { courseRoutes } from "./routes/courses";
import { cycleRoutes, evaluationRoutes } from "./routes/evaluations";
import { institutionRoutes } from "./routes/institutions";
import { learningRoutes } from "./routes/learning";
import { notificationRoutes } from "./routes/notifications";
import { staffRoutes } from "./routes/staff";
import { unitRoutes } from "./routes/units";
import { SESSION_SCHEME, sessionSecurityScheme, signedInSecurity } from "./routes/openapi";

/** The staff API under /api: the same app runs in Lambda and in the local runtime. */
export function createStaffApi(options: StaffApiOptions) {
  const app = createRouter<StaffEnv>().basePath("/api");
  app.use("*", ...requestLog(options.logRequests ?? false));
  app.use("*", securityHeaders());
  app.use("*", async (c, next) => {
    c.set("options", options);
    c.set("ctx", options.ctx);
    await next();
  });
  app.use("*", originCheck(options.allowedOrigins));
  // The CSV import sets its own, larger limit.
  app.use("*", async (c, next) => (c.req.path === "/api/staff/import" ? next() : limitBody(256 * 1024)(c, next)));

  app.route("/", authRoutes);
  app.route("/units", unitRoutes);
  app.route("/staff", staffRoutes);
  app.route("/competencies", competencyRoutes);
  app.route("/audit", auditRoutes);
  app.route("/institutions", institutionRoutes);
  app.route("/courses", courseRoutes);
  app.route("/learning", learningRoutes);
  app.route("/notifications", notificationRoutes);
  app.route("/cycles", cycleRoutes);
  app.route("/evaluations", evaluationRoutes);

  app.openAPIRegistry.registerComponent("securitySchemes", SESSION_SCHEME, sessionSecurityScheme);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Kompeten staff API", version: "1.0.0", description: "Competency development for the civil servants of Kota Mataram." },
    // Same origin as the web app, in the cloud and locally.
    servers: [{ url: "/", description: "The site that serves the web app" }],
    // Every operation needs the session cookie unless it says otherwise (signing in).
    security: signedInSecurity,
  });
  app.get("/docs", swaggerUI({ url: "/api/openapi.json" }));
  app.notFound(notFoundHandler);
  app.onError(handleError);
  return app;
}
