import type { $ZodType, input, output } from "zod/v4/core";
import type { MiddlewareHandler } from "hono";

/** Media types a request or an answer carries, each with the schema of its body. */
export type Content = Record<string, { schema: $ZodType }>;

/**
 * Who gets an answer from a route on a record that is not their own. Each route declares its
 * list; the role-matrix test calls every route as each of these and expects exactly that.
 * - anyone: no session needed;
 * - citizen: a signed-in citizen, about themselves;
 * - staff: any signed-in staff member, what all staff share (the catalog, the directory);
 * - own: any signed-in staff member, about themselves only (their notifications, their tasks);
 * - anySupervisor: anyone with the supervisor role, about their own team;
 * - self: only the person the record names (a review's reviewer, an answer's author);
 * - supervisor: the subject's direct supervisor; manager: a supervisor higher up the chain;
 * - unitHead: the head of the subject's unit;
 * - mentor, mentee: a party of the mentoring relation;
 * - unitSupervisor: a supervisor of the unit a forum record belongs to (the forum's responders);
 * - moderator, admin: the roles.
 */
export const accessLevels = [
  "anyone",
  "citizen",
  "staff",
  "own",
  "anySupervisor",
  "self",
  "supervisor",
  "manager",
  "unitHead",
  "mentor",
  "mentee",
  "unitSupervisor",
  "moderator",
  "admin",
] as const;
export type Access = (typeof accessLevels)[number];

/**
 * One operation of an API, declared once: the router validates requests from it and the
 * OpenAPI document describes the operation from it (packages/functions/src/http/openapi-document.ts).
 */
export interface RouteConfig {
  method: "get" | "post" | "put" | "patch" | "delete";
  /** OpenAPI style: `/{id}/team`. */
  path: string;
  operationId: string;
  /** Who gets an answer (see `Access`); written into the OpenAPI document as `x-access`. */
  access: readonly Access[];
  tags?: string[];
  summary?: string;
  description?: string;
  /** Overrides the document's default security requirement (e.g. `[]`: no session needed). */
  security?: { [name: string]: string[] }[];
  /** Runs before the request is validated (sessions and roles first: a stranger gets 401, not 400). */
  middleware?: readonly MiddlewareHandler<any, any, any>[];
  request?: {
    params?: $ZodType;
    query?: $ZodType;
    /** A JSON body is validated; other media types are the handler's to read. */
    body?: { content: Content; required?: boolean; description?: string };
  };
  responses: Record<number, { description: string; content?: Content }>;
}

/** Keeps the route's literal types, so that handlers see what `c.req.valid(...)` returns. */
export const createRoute = <const R extends RouteConfig>(route: R): R => route;

type JsonBodySchema<R extends RouteConfig> = R["request"] extends { body: { content: { "application/json": { schema: infer S extends $ZodType } } } }
  ? S
  : never;
type Part<R extends RouteConfig, Key extends "params" | "query"> = R["request"] extends { [K in Key]: infer S extends $ZodType } ? S : never;

type Targets<R extends RouteConfig> = {
  param: Part<R, "params">;
  query: Part<R, "query">;
  json: JsonBodySchema<R>;
};
type Present<R extends RouteConfig> = { [T in keyof Targets<R> as [Targets<R>[T]] extends [never] ? never : T]: Targets<R>[T] };

/** Hono's validated-input type for a route: what each validator accepts and hands on. */
export type RouteInput<R extends RouteConfig> = {
  in: { [T in keyof Present<R>]: input<Present<R>[T]> };
  out: { [T in keyof Present<R>]: output<Present<R>[T]> };
};
