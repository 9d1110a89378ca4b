import { createRoute } from "../http/route";
import { certificateParam, certificateView } from "@kompeten/core/certificates/certificates.schemas";
import { citizenView, codeSentView } from "@kompeten/core/citizens/citizens.schemas";
import { healthView } from "@kompeten/core/health/health.schemas";
import { topicView } from "@kompeten/core/topics/topics.schemas";
import { dialogSummaryView, dialogView } from "@kompeten/core/dialogs/dialogs.schemas";
import { programDetailView, programView } from "@kompeten/core/programs/programs.schemas";
import type { $ZodType } from "zod/v4/core";
import { errorBody, errorResponses } from "../http/errors";
import { openApiDocument } from "../http/openapi-document";
import { forumMounts } from "../forum/areas";

/** The citizen's own session cookie (set by POST /public/auth/verify), never a staff session. */
const CITIZEN_SCHEME = "citizen";

/**
 * The public API's OpenAPI document, from zod like the staff API's. The public Lambda does not
 * carry zod: it serves `openapi.json`, written from this by `npm run openapi` (a test fails
 * when the file and this definition differ).
 */
export const publicRoutes = {
  health: createRoute({
    method: "get",
    path: "/health",
    access: ["anyone"],
    operationId: "getHealth",
    security: [],
    tags: ["Public"],
    summary: "Whether the public API is up",
    responses: { 200: { description: "Up", content: { "application/json": { schema: healthView } } } },
  }),
  certificate: createRoute({
    method: "get",
    path: "/certificates/{code}",
    operationId: "verifyCertificate",
    access: ["anyone"],
    security: [],
    tags: ["Public"],
    summary: "Check a certificate by its verification code: course, holder, institution, date and JP only",
    request: { params: certificateParam },
    responses: {
      200: { description: "A valid certificate", content: { "application/json": { schema: certificateView } } },
      ...errorResponses(404, 429),
    },
  }),
};

export function publicOpenApiDocument() {
  return openApiDocument(
    {
      openapi: "3.1.0",
      info: { title: "Kompeten public API", version: "1.0.0", description: "The public side of Kompeten, for citizens of Kota Mataram." },
      servers: [{ url: "/", description: "The site that serves the web app" }],
      // The forum's own routes need the citizen's cookie unless they say otherwise.
      security: [{ [CITIZEN_SCHEME]: [] }],
    },
    {
      basePath: "/public",
      mounts: [
        { prefix: "/", routes: Object.values(publicRoutes) },
        ...forumMounts.map(({ prefix, routes }) => ({ prefix, routes: routes.definitions })),
      ],
      names: new Map<$ZodType, string>([
        [errorBody, "Error"],
        [certificateView, "Certificate"],
        [healthView, "Health"],
        [citizenView, "Citizen"],
        [codeSentView, "CodeSent"],
        [topicView, "Topic"],
        [dialogView, "Dialog"],
        [dialogSummaryView, "DialogSummary"],
        [programView, "Program"],
        [programDetailView, "ProgramDetail"],
      ]),
      securitySchemes: {
        [CITIZEN_SCHEME]: { type: "apiKey" as const, in: "cookie" as const, name: "kompeten_citizen", description: "The signed citizen cookie set by POST /public/auth/verify" },
      },
    },
  );
}
