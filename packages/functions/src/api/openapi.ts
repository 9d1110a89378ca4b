import * as audit from "@kompeten/core/audit/audit.schemas";
import * as auth from "@kompeten/core/auth/auth.schemas";
import * as certificates from "@kompeten/core/certificates/certificates.schemas";
import * as competencies from "@kompeten/core/competencies/competencies.schemas";
import * as courses from "@kompeten/core/courses/courses.schemas";
import * as cycles from "@kompeten/core/cycles/cycles.schemas";
import * as dashboards from "@kompeten/core/dashboards/dashboards.schemas";
import * as dialogs from "@kompeten/core/dialogs/dialogs.schemas";
import * as enrollments from "@kompeten/core/enrollments/enrollments.schemas";
import * as forumAnswers from "@kompeten/core/forum-answers/forum-answers.schemas";
import * as evaluations from "@kompeten/core/evaluations/evaluations.schemas";
import * as institutions from "@kompeten/core/institutions/institutions.schemas";
import * as learning from "@kompeten/core/learning/learning.schemas";
import * as mentors from "@kompeten/core/mentors/mentors.schemas";
import * as mentorships from "@kompeten/core/mentorships/mentorships.schemas";
import * as mentorshipFeedback from "@kompeten/core/mentorship-feedback/mentorship-feedback.schemas";
import * as mentorshipSessions from "@kompeten/core/mentorship-sessions/mentorship-sessions.schemas";
import * as moderation from "@kompeten/core/moderation/moderation.schemas";
import * as notifications from "@kompeten/core/notifications/notifications.schemas";
import * as plans from "@kompeten/core/plans/plans.schemas";
import * as programs from "@kompeten/core/programs/programs.schemas";
import * as staff from "@kompeten/core/staff/staff.schemas";
import * as units from "@kompeten/core/units/units.schemas";
import type { $ZodType } from "zod/v4/core";
import { errorBody } from "../http/errors";
import { openApiDocument } from "../http/openapi-document";
import { staffRouteTables } from "./areas";
import { SESSION_SCHEME, sessionSecurityScheme, signedInSecurity } from "./routes/openapi";

/** Every domain's schema file, by its folder's name (a test checks that none is missing). */
export const schemaModules = { audit, auth, certificates, competencies, courses, cycles, dashboards, dialogs, enrollments, evaluations, "forum-answers": forumAnswers, institutions, learning, mentors, mentorships, "mentorship-feedback": mentorshipFeedback, "mentorship-sessions": mentorshipSessions, moderation, notifications, plans, programs, staff, units };

/** Every core schema named `<x>View` is the component `<X>` (staffView: Staff), the error shape is `Error`. */
function componentNames() {
  const names = new Map<$ZodType, string>([[errorBody, "Error"]]);
  for (const module of Object.values(schemaModules)) {
    for (const [exported, value] of Object.entries(module)) {
      const match = /^(\w+)View$/.exec(exported);
      if (match && value && typeof value === "object" && "_zod" in value) {
        names.set(value as $ZodType, match[1]!.charAt(0).toUpperCase() + match[1]!.slice(1));
      }
    }
  }
  return names;
}

/**
 * The staff API's OpenAPI document, from the route tables the app serves. `npm run openapi`
 * writes it to api/openapi.json, which the app serves as it is (a test fails when they differ).
 */
export function staffOpenApiDocument() {
  return openApiDocument(
    {
      openapi: "3.1.0",
      info: { title: "Kompeten staff API", version: "1.0.0", description: "Competency development for the civil servants of Kota Mataram." },
      // Same origin as the web app, in the cloud and locally.
      servers: [{ url: "/", description: "The site that serves the web app" }],
      // Every operation needs the session cookie unless it says otherwise (signing in).
      security: signedInSecurity,
    },
    {
      basePath: "/api",
      mounts: staffRouteTables.map(({ prefix, routes }) => ({ prefix, routes: routes.definitions })),
      names: componentNames(),
      securitySchemes: { [SESSION_SCHEME]: sessionSecurityScheme },
    },
  );
}
