import { beforeAll, describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { schemaModules, staffOpenApiDocument } from "../src/api/openapi";
import { publicOpenApiDocument } from "../src/public/openapi";
import { openApiDocuments, type OpenApiDocument } from "./support/documents";

const METHODS = new Set(["get", "put", "post", "patch", "delete", "head", "options"]);

function operations(doc: OpenApiDocument) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );
}

/** Follows a `$ref` into components, so a named schema counts by what it holds. */
function resolve(doc: OpenApiDocument, schema: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  return resolve(doc, doc.components?.schemas?.[ref.replace("#/components/schemas/", "")] as Record<string, unknown> | undefined);
}

/** A schema says something when it names a type, lists alternatives, or fixes a value; `{}` and a bare object of anything say nothing. */
function describesSomething(schema: Record<string, unknown> | undefined): boolean {
  if (!schema || Object.keys(schema).length === 0) return false;
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf) || Array.isArray(schema.allOf)) return true;
  if ("const" in schema || Array.isArray(schema.enum)) return true;
  if (schema.type === "object") {
    const properties = schema.properties as Record<string, unknown> | undefined;
    return properties !== undefined && Object.keys(properties).length > 0;
  }
  return typeof schema.type === "string" || Array.isArray(schema.type);
}

describe("the OpenAPI documents", () => {
  let docs: Awaited<ReturnType<typeof openApiDocuments>>;
  beforeAll(async () => {
    docs = await openApiDocuments();
  });

  // The apps serve the written files; `npm run openapi` writes them again after a route changes.
  it("name their components from every domain's schema file", () => {
    const core = new URL("../../core/src/", import.meta.url);
    const domains = readdirSync(core, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && readdirSync(new URL(`${entry.name}/`, core)).includes(`${entry.name}.schemas.ts`))
      .map((entry) => entry.name);
    // The public document names its own few (Certificate, Health, Citizen, CodeSent).
    const publicOnly = ["health", "citizens", "topics"];
    expect(Object.keys(schemaModules).sort()).toEqual(domains.filter((domain) => !publicOnly.includes(domain)).sort());
    expect(Object.keys(docs.public.components?.schemas ?? {})).toEqual(expect.arrayContaining(["Citizen", "CodeSent", "Certificate", "Health"]));
  });

  it("are what the route tables generate", () => {
    expect(docs.staff).toEqual(JSON.parse(JSON.stringify(staffOpenApiDocument())));
    expect(docs.public).toEqual(JSON.parse(JSON.stringify(publicOpenApiDocument())));
  });

  it.each(["staff", "public"] as const)("describe the body of every success answer of the %s API", (which) => {
    const doc = docs[which];
    const all = operations(doc);
    expect(all.length).toBeGreaterThan(which === "staff" ? 50 : 1);
    const undescribed: string[] = [];
    for (const { name, operation } of all) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!/^2\d\d$/.test(status) || status === "204") continue;
        const contents = Object.entries(response.content ?? {});
        if (contents.length === 0) undescribed.push(`${name} ${status}: no content`);
        for (const [type, content] of contents) {
          if (!describesSomething(resolve(doc, content.schema))) undescribed.push(`${name} ${status} ${type}: empty schema`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it.each(["staff", "public"] as const)("names every operation of the %s API once", (which) => {
    const ids = operations(docs[which]).map(({ name, operation }) => operation.operationId ?? `(none: ${name})`);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("asks for the session cookie on every staff operation but signing in, the citizen cookie on the forum's own", () => {
    const staff = docs.staff;
    expect(staff.components?.securitySchemes?.session).toEqual(expect.objectContaining({ type: "apiKey", in: "cookie", name: "kompeten_session" }));
    const open = operations(staff)
      .filter(({ operation }) => Array.isArray(operation.security) && operation.security.length === 0)
      .map(({ name }) => name);
    expect(open).toEqual(["POST /api/auth/login"]);
    expect(staff.security).toEqual([{ session: [] }]);
    expect(docs.public.components?.securitySchemes?.citizen).toEqual(expect.objectContaining({ type: "apiKey", in: "cookie", name: "kompeten_citizen" }));
    expect(docs.public.security).toEqual([{ citizen: [] }]);
    const citizenOnly = operations(docs.public)
      .filter(({ operation }) => !(Array.isArray(operation.security) && operation.security.length === 0))
      .map(({ name }) => name)
      .sort();
    expect(citizenOnly).toEqual([
      "DELETE /public/topics/{id}/follow",
      "DELETE /public/topics/{id}/support",
      "GET /public/me",
      "GET /public/me/notices",
      "GET /public/me/topics",
      "GET /public/topics/{id}/mine",
      "PATCH /public/me",
      "POST /public/me/notices/read",
      "POST /public/reports",
      "POST /public/topics",
      "POST /public/topics/{id}/comments",
      "PUT /public/topics/{id}/follow",
      "PUT /public/topics/{id}/support",
    ]);
    expect(JSON.stringify(docs.public)).not.toContain("kompeten_session");
  });
});
