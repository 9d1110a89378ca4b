import * as z from "@kompeten/core/zod";
import type { $ZodType } from "zod/v4/core";
import type { Content, RouteConfig } from "./route";

// Builds an OpenAPI 3.1 document from route tables with zod's own JSON Schema conversion. It runs
// when the documents are written (`npm run openapi`) and in tests, never in a Lambda: the apps
// serve the written files.

type Json = Record<string, unknown>;

export interface DocumentBase {
  openapi: "3.1.0";
  info: { title: string; version: string; description?: string };
  servers: { url: string; description?: string }[];
  security?: { [name: string]: string[] }[];
}

export interface DocumentOptions {
  /** Where each table is mounted, below the app's base path. */
  mounts: { prefix: string; routes: readonly RouteConfig[] }[];
  basePath: string;
  /** Schemas that become named components (`#/components/schemas/<name>`). */
  names?: Map<$ZodType, string>;
  securitySchemes?: Record<string, Json>;
}

/** Joins path parts as Hono does: `/api` + `/staff` + `/` is `/api/staff`. */
function joinPath(...parts: string[]) {
  const joined = `/${parts.map((part) => part.replace(/^\/+|\/+$/g, "")).filter(Boolean).join("/")}`;
  return joined;
}

const REF_PREFIX = "#/components/schemas/";

export function openApiDocument(base: DocumentBase, options: DocumentOptions) {
  const registry = z.registry<{ id?: string }>();
  for (const [schema, id] of options.names ?? []) registry.add(schema, { id });
  const components: Record<string, Json> = {};

  /** Field descriptions live in zod's global registry (`.register(z.globalRegistry, { description })`). */
  const describe = (ctx: { zodSchema: $ZodType; jsonSchema: Json }) => {
    const meta = z.globalRegistry.get(ctx.zodSchema);
    if (meta?.description && ctx.jsonSchema.description === undefined) ctx.jsonSchema.description = meta.description;
    if (meta?.examples !== undefined && ctx.jsonSchema.examples === undefined) ctx.jsonSchema.examples = meta.examples;
  };

  const relink = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(relink);
    if (!value || typeof value !== "object") return value;
    const out: Json = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") out[key] = inner.replace(/^#\/\$defs\//, REF_PREFIX);
      else out[key] = relink(inner);
    }
    return out;
  };

  /** A schema as JSON Schema; named parts (and the schema itself, if named) become components. */
  function schemaOf(schema: $ZodType, io: "input" | "output"): Json {
    const converted = z.toJSONSchema(schema, {
      target: "draft-2020-12",
      io,
      metadata: registry,
      unrepresentable: "any",
      reused: "inline",
      override: describe,
    }) as Json;
    const { $schema: _, $defs, id: __, ...rest } = converted;
    for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
      const { id: _id, ...clean } = def;
      components[name] ??= relink(clean) as Json;
    }
    const name = options.names?.get(schema);
    if (name) {
      components[name] ??= relink(rest) as Json;
      return { $ref: `${REF_PREFIX}${name}` };
    }
    return relink(rest) as Json;
  }

  const contentOf = (content: Content, io: "input" | "output") =>
    Object.fromEntries(Object.entries(content).map(([type, { schema }]) => [type, { schema: schemaOf(schema, io) }]));

  function parametersOf(schema: $ZodType | undefined, where: "path" | "query") {
    if (!schema) return [];
    // As a client sends it: a field with a default need not be given.
    const object = schemaOf(schema, "input") as { properties?: Record<string, Json>; required?: string[] };
    return Object.entries(object.properties ?? {}).map(([name, { description, ...fieldSchema }]) => ({
      name,
      in: where,
      required: where === "path" || (object.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: fieldSchema,
    }));
  }

  const paths: Record<string, Record<string, Json>> = {};
  for (const { prefix, routes } of options.mounts) {
    for (const route of routes) {
      const path = joinPath(options.basePath, prefix, route.path);
      const parameters = [...parametersOf(route.request?.params, "path"), ...parametersOf(route.request?.query, "query")];
      const body = route.request?.body;
      const operation: Json = {
        operationId: route.operationId,
        "x-access": route.access,
        ...(route.tags ? { tags: route.tags } : {}),
        ...(route.summary ? { summary: route.summary } : {}),
        ...(route.description ? { description: route.description } : {}),
        ...(route.security ? { security: route.security } : {}),
        ...(parameters.length ? { parameters } : {}),
        ...(body
          ? { requestBody: { ...(body.description ? { description: body.description } : {}), content: contentOf(body.content, "input"), ...(body.required ? { required: true } : {}) } }
          : {}),
        responses: Object.fromEntries(
          Object.entries(route.responses).map(([status, response]) => [
            status,
            { description: response.description, ...(response.content ? { content: contentOf(response.content, "output") } : {}) },
          ]),
        ),
      };
      (paths[path] ??= {})[route.method] = operation;
    }
  }

  const sorted = Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b)));
  return {
    ...base,
    paths,
    components: { schemas: sorted, ...(options.securitySchemes ? { securitySchemes: options.securitySchemes } : {}) },
  };
}
