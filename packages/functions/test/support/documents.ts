import type { AppContext } from "@kompeten/core/context";
import { createStaffApi } from "../../src/api/app";
import { staffRouteTables } from "../../src/api/areas";
import { createPublicApi } from "../../src/public/app";

/** The context is never reached: writing the documents reads no data. */
const noContext = new Proxy({}, { get: () => { throw new Error("the OpenAPI documents need no data"); } }) as AppContext;

export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
  [key: string]: unknown;
};
export type Operation = {
  operationId?: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
};

/** Both OpenAPI documents, as the running apps serve them. */
export async function openApiDocuments(): Promise<Record<"staff" | "public", OpenApiDocument>> {
  const staff = createStaffApi({ ctx: noContext, sessionSecret: "documents-only-documents-only-1234", secureCookies: false }, staffRouteTables);
  const citizens = createPublicApi({ ctx: noContext });
  const [staffDoc, publicDoc] = await Promise.all([
    Promise.resolve(staff.request("http://localhost/api/openapi.json")).then((r) => r.json()),
    Promise.resolve(citizens.request("http://localhost/public/openapi.json")).then((r) => r.json()),
  ]);
  return { staff: staffDoc as OpenApiDocument, public: publicDoc as OpenApiDocument };
}
