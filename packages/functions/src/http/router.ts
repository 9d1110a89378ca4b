import type { $ZodIssue, $ZodType, output } from "zod/v4/core";
import { safeParseAsync } from "@kompeten/core/zod";
import type { Context, Env, MiddlewareHandler, TypedResponse } from "hono";
import type { StatusCode } from "hono/utils/http-status";
import type { JSONParsed } from "hono/utils/types";
import { Hono } from "hono/tiny";
import { HTTPException } from "hono/http-exception";
import { errorResponse } from "./error-handler";
import type { RouteConfig, RouteInput } from "./route";

const isMissing = (issue: { code: string; message: string }) => issue.code === "invalid_type" && /received undefined$/.test(issue.message);

/** Invalid input answers with the one error shape; a missing field says so ("required") instead of zod's type wording. */
function validationFailed(c: Context, zodIssues: $ZodIssue[]) {
  const issues = zodIssues.map((issue) =>
    isMissing(issue)
      ? { path: issue.path.join("."), code: "required", message: "This field is required" }
      : { path: issue.path.join("."), code: issue.code, message: issue.message },
  );
  return errorResponse(c, 400, "validation_failed", issues[0] ? `${issues[0].path || "input"}: ${issues[0].message}` : "Invalid input", { issues });
}

type Target = "param" | "query" | "json";

/** What a part of the request holds, read as Hono's `validator` reads it. */
async function partOf(c: Context, target: Target): Promise<unknown> {
  if (target === "param") return c.req.param();
  if (target === "query") return Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]));
  const mediaType = c.req.header("content-type")?.split(";")[0]!.trim() ?? "";
  if (!/^application\/([\w.-]+\+)?json$/i.test(mediaType)) return {};
  try {
    return await c.req.json();
  } catch {
    throw new HTTPException(400, { message: "Malformed JSON in request body" });
  }
}

const validate =
  (target: Target, schema: $ZodType): MiddlewareHandler =>
  async (c, next) => {
    const result = await safeParseAsync(schema, await partOf(c, target));
    if (!result.success) return validationFailed(c, result.error.issues);
    c.req.addValidatedData(target, result.data as object);
    await next();
  };

const isJson = (mediaType: string) => /^application\/([a-z-.]+\+)?json/i.test(mediaType);
const jsonRequest = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

async function hasBody(c: Context) {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  return (await raw.clone().arrayBuffer()).byteLength > 0;
}

/** A JSON body route refuses another media type (415), and a body sent without one. */
const jsonOnly = (mediaTypes: string[]): MiddlewareHandler => async (c, next) => {
  const contentType = c.req.header("content-type");
  const accepted = contentType
    ? mediaTypes.some((type) => (isJson(type) ? jsonRequest.test(contentType) : contentType.split(";")[0]!.trim().toLowerCase() === type.toLowerCase()))
    : !(await hasBody(c));
  if (!accepted) throw new HTTPException(415, { message: "Unsupported Media Type" });
  await next();
};

function validators(route: RouteConfig): MiddlewareHandler[] {
  const request = route.request;
  const list: MiddlewareHandler[] = [];
  if (request?.query) list.push(validate("query", request.query));
  if (request?.params) list.push(validate("param", request.params));
  const content = request?.body?.content;
  const json = content && Object.entries(content).find(([type]) => isJson(type));
  if (content && json) {
    list.push(jsonOnly(Object.keys(content)));
    const body = validate("json", json[1].schema);
    // An optional body is validated when one is sent as JSON; otherwise the handler sees `{}`.
    list.push(
      request.body?.required
        ? body
        : async (c, next) => {
            const type = c.req.header("content-type");
            if (type && isJson(type)) return body(c, next);
            c.req.addValidatedData("json", {});
            await next();
          },
    );
  }
  return list;
}

/** The answer a JSON response of the route declares: its body as the schema's output, with its status. */
type DeclaredJson<R extends RouteConfig> = {
  [S in keyof R["responses"] & number]: R["responses"][S] extends { content: { "application/json": { schema: infer T extends $ZodType } } }
    ? TypedResponse<JSONParsed<output<T>>, S & StatusCode, "json">
    : never;
}[keyof R["responses"] & number];

/** A success the route declares without a JSON body (a CSV, a calendar file, 204): any Response. */
type HasOtherSuccess<R extends RouteConfig> = true extends {
  [S in keyof R["responses"] & number]: S extends 200 | 201 | 202 | 204 ? (R["responses"][S] extends { content: { "application/json": unknown } } ? false : true) : false;
}[keyof R["responses"] & number]
  ? true
  : false;

/**
 * What a handler may return: `c.json(body, status)` whose body has the declared schema's shape
 * for that status, so a handler and the document (and the web's types, taken from the same
 * schemas) cannot disagree without failing the typecheck.
 */
type Answer<R extends RouteConfig> = HasOtherSuccess<R> extends true ? Response : Response & DeclaredJson<R>;

type RouteHandler<E extends Env, R extends RouteConfig> = (c: Context<E, any, RouteInput<R>>) => Answer<R> | Promise<Answer<R>>;

/**
 * A Hono router whose routes are declared with `createRoute`: each registers its middleware, then
 * a validator per part of the request, then the handler. The declarations stay on the router, so
 * the OpenAPI document is written from the same table the app serves.
 */
export class RouteTable<E extends Env> extends Hono<E> {
  readonly definitions: RouteConfig[] = [];

  openapi<const R extends RouteConfig>(route: R, handler: RouteHandler<E, R>): this {
    this.definitions.push(route);
    const path = route.path.replaceAll(/\/{(.+?)}/g, "/:$1");
    const handlers = [...(route.middleware ?? []), ...validators(route), handler] as MiddlewareHandler[];
    (this.on as (method: string, path: string, ...handlers: MiddlewareHandler[]) => unknown)(route.method.toUpperCase(), path, ...handlers);
    return this;
  }
}

export function createRouter<E extends Env>() {
  return new RouteTable<E>();
}
