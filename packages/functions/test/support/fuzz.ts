import { readFileSync } from "node:fs";
import { ScanCommand, type AttributeValue } from "@aws-sdk/client-dynamodb";
import fc from "fast-check";
import { DEMO, type TestApi } from "../../../local/test/support";
import { signInCitizen } from "./forum";

// Property-based requests for every operation of the two OpenAPI documents, built from their own
// JSON Schemas: valid, almost valid (one thing wrong) and random, sent as each role.

type Schema = Record<string, any>;
type Doc = { paths: Record<string, Record<string, any>>; components?: { schemas?: Record<string, Schema> } };

const documentFiles = ["../../src/api/openapi.json", "../../src/public/openapi.json"];
const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  doc: Doc;
  pathParams: { name: string; schema: Schema }[];
  query: { name: string; schema: Schema; required: boolean }[];
  body: { type: "json" | "csv"; schema: Schema; required: boolean } | null;
  public: boolean;
}

export function loadOperations(): Operation[] {
  const ops: Operation[] = [];
  for (const file of documentFiles) {
    const doc = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as Doc;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        const params = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: any) => resolve(doc, p));
        const content = op.requestBody?.content ?? {};
        const body = content["application/json"]
          ? { type: "json" as const, schema: content["application/json"].schema ?? {}, required: !!op.requestBody.required }
          : content["text/csv"]
            ? { type: "csv" as const, schema: content["text/csv"].schema ?? { type: "string" }, required: !!op.requestBody.required }
            : null;
        ops.push({
          method: method.toUpperCase(),
          path,
          operationId: op.operationId ?? `${method} ${path}`,
          doc,
          pathParams: params.filter((p: any) => p.in === "path").map((p: any) => ({ name: p.name, schema: p.schema ?? { type: "string" } })),
          query: params.filter((p: any) => p.in === "query").map((p: any) => ({ name: p.name, schema: p.schema ?? { type: "string" }, required: !!p.required })),
          body,
          public: path.startsWith("/public/"),
        });
      }
    }
  }
  return ops;
}

function resolve(doc: Doc, schema: Schema): Schema {
  let s = schema;
  for (let i = 0; s && typeof s.$ref === "string" && i < 20; i++) {
    const name = s.$ref.replace(/^#\/components\/schemas\//, "");
    s = doc.components?.schemas?.[name] ?? {};
  }
  return s ?? {};
}

// ---------------------------------------------------------------------------------------------
// Real ids from the demo, so requests reach the handlers and not only their 404s.

/** Ids seen in answers, by the name of the field or list that held them ("*" for all). */
export type IdPool = Map<string, Set<string>>;

export function collectIds(pool: IdPool, value: unknown, parentKey = "*") {
  const add = (key: string, id: string) => {
    if (!id || id.length > 200) return;
    for (const k of [key, "*"]) {
      if (!pool.has(k)) pool.set(k, new Set());
      pool.get(k)!.add(id);
    }
  };
  if (Array.isArray(value)) {
    for (const v of value) collectIds(pool, v, parentKey);
    return;
  }
  if (!value || typeof value !== "object") return;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string" && key === "id") add(parentKey, v);
    else if (typeof v === "string" && (/Id$/.test(key) || key === "certificateCode" || key === "code")) add(key, v);
    else if (Array.isArray(v) && /Ids$/.test(key)) {
      for (const x of v) if (typeof x === "string") add(key.replace(/s$/, ""), x);
    }
    // A list's `items` hold what the list is named after.
    else if (v && typeof v === "object") collectIds(pool, v, key === "items" ? parentKey : key);
  }
}

/** The pool keys a path parameter draws from: `{id}` after `/courses` takes the courses' ids. */
function poolKeys(param: string, segment: string): string[] {
  const singular = segment.replace(/ies$/, "y").replace(/s$/, "");
  if (param === "id") return [segment, singular, `${singular}Id`, ...(segment === "topics" ? ["topicId"] : [])];
  if (param === "code") return ["certificateCode", "code"];
  const base = param.replace(/Id$/, "");
  return [param, base, `${base}s`, `${base}es`];
}

function idsFor(pool: IdPool, keys: string[]): string[] {
  const found = new Set<string>();
  for (const k of keys) for (const id of pool.get(k) ?? []) found.add(id);
  return [...found];
}

// ---------------------------------------------------------------------------------------------
// JSON Schema to arbitraries.

const unicodeSamples = ["ÄÖÜ ß", "名前テスト", "🙂🚀", "\u0000\u0001", "\u202e\u200b", "Ω≈ç√∫", "ﷺ", "a\u0301", "\ud83d"];

function stringArb(schema: Schema, key: string | undefined): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 60));
  if (schema.format === "date-time")
    return fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === "date")
    return fc.date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === "uri" || (schema.pattern && schema.pattern.startsWith("^https")))
    return fc.webUrl({ validSchemes: ["https"] }).filter((u) => u.length <= (schema.maxLength ?? 2000) && /^https:\/\/[^\s/]+\.[^\s]+$/.test(u));
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // a pattern JavaScript does not read: plain strings
    }
  }
  if (key && /email/i.test(key)) return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 200));
  return fc.string({ minLength: min, maxLength: max, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ0123456789-.,") });
}

/** A value the schema accepts (as far as the keywords used in the documents go). */
export function valueArb(doc: Doc, input: Schema, pool: IdPool, key?: string, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, input);
  if (depth > 6) return fc.constant(null);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(alternatives)) return fc.oneof(...alternatives.map((s: Schema) => valueArb(doc, s, pool, key, depth + 1)));
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1) return valueArb(doc, schema.allOf[0], pool, key, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : null;
  if (type && type.length > 1) return fc.oneof(...type.map((t: string) => valueArb(doc, { ...schema, type: t }, pool, key, depth + 1)));
  switch (type?.[0]) {
    case "string": {
      const plain = stringArb(schema, key);
      const ids = key && /(Id|Ids)$/.test(key) ? idsFor(pool, [key, key.replace(/s$/, ""), key.replace(/Ids?$/, "s")]) : [];
      return ids.length ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 3 }, { arbitrary: plain, weight: 1 }) : plain;
    }
    case "integer": {
      const min = schema.minimum ?? (typeof schema.exclusiveMinimum === "number" ? Math.floor(schema.exclusiveMinimum) + 1 : -50);
      const max = schema.maximum ?? (typeof schema.exclusiveMaximum === "number" ? Math.ceil(schema.exclusiveMaximum) - 1 : Math.max(min, 0) + 500);
      return fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) });
    }
    case "number": {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1000;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1000;
      // Numbers as people type them (at most two decimals) mostly, any double sometimes.
      return fc
        .oneof(
          { arbitrary: fc.integer({ min: Math.ceil(min * 100), max: Math.floor(max * 100) }).map((n) => n / 100), weight: 4 },
          { arbitrary: fc.double({ min, max, noNaN: true, noDefaultInfinity: true }), weight: 1 },
        )
        .filter((n) => (schema.exclusiveMinimum === undefined || n > schema.exclusiveMinimum) && (schema.exclusiveMaximum === undefined || n < schema.exclusiveMaximum));
    }
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, 6));
      const item = valueArb(doc, schema.items ?? {}, pool, key, depth + 1);
      return fc.array(item, { minLength, maxLength });
    }
    case "object":
    case undefined: {
      if (schema.properties) {
        const shape: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, s] of Object.entries(schema.properties as Record<string, Schema>)) shape[name] = valueArb(doc, s, pool, name, depth + 1);
        return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((k: string) => k in shape) });
      }
      if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
        const keyArb = schema.propertyNames ? (valueArb(doc, schema.propertyNames, pool, undefined, depth + 1) as fc.Arbitrary<string>) : fc.string({ minLength: 1, maxLength: 12 });
        return fc.dictionary(keyArb, valueArb(doc, schema.additionalProperties, pool, undefined, depth + 1), { maxKeys: 4 });
      }
      return type ? fc.constant({}) : fc.jsonValue({ maxDepth: 2 });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values that are wrong for most fields: the "almost valid" replacements. */
const wrongValue: fc.Arbitrary<{ label: string; value: unknown }> = fc.oneof(
  fc.constant({ label: "empty string", value: "" }),
  fc.constant({ label: "null", value: null }),
  fc.constantFrom(1e308, -1, 2 ** 53 + 1, -(2 ** 63), 0.5, 1e21).map((value) => ({ label: "huge or odd number", value })),
  fc.constantFrom(true, false).map((value) => ({ label: "boolean", value })),
  fc.constant({ label: "object", value: { nested: { deeper: [1, "x"] } } }),
  fc.constant({ label: "array", value: ["a", 1, null] }),
  fc.constantFrom(...unicodeSamples).map((value) => ({ label: "unicode", value })),
  fc.integer({ min: 200, max: 5000 }).map((n) => ({ label: "too long string", value: "x".repeat(n) })),
  fc.constant({ label: "very long string", value: "y".repeat(70 * 1024) }),
  fc.string({ unit: "binary", maxLength: 30 }).map((value) => ({ label: "random unicode", value })),
  fc.constantFrom("../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "%00", "__proto__", "constructor", "1970-01-01T00:00:00Z", "9999-12-31").map((value) => ({
    label: "tricky string",
    value,
  })),
);

type Location = { parent: any; key: string | number } | null;

/** Every place in a JSON value one mutation can touch (the root as null). */
function locations(value: unknown): Location[] {
  const out: Location[] = [null];
  const walk = (v: any) => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        out.push({ parent: v, key: i });
        walk(x);
      });
    else if (v && typeof v === "object")
      for (const k of Object.keys(v)) {
        out.push({ parent: v, key: k });
        walk(v[k]);
      }
  };
  walk(value);
  return out;
}

/** One thing wrong in a valid value: a field set to a wrong value, removed, or an extra field. */
function mutateArb<T>(valid: T): fc.Arbitrary<{ value: unknown; mutation: string }> {
  const copy = () => structuredClone(valid) as any;
  const count = locations(valid).length;
  return fc.tuple(fc.nat({ max: count - 1 }), fc.constantFrom("replace", "remove", "extra"), wrongValue, fc.string({ minLength: 1, maxLength: 10 })).map(([index, how, wrong, extraKey]) => {
    const value = copy();
    const at = locations(value)[index]!;
    if (how === "extra") {
      const target = at && at.parent[at.key] && typeof at.parent[at.key] === "object" && !Array.isArray(at.parent[at.key]) ? at.parent[at.key] : value;
      if (target && typeof target === "object" && !Array.isArray(target)) {
        target[`extra_${extraKey}`] = wrong.value;
        return { value, mutation: `extra field extra_${extraKey} (${wrong.label})` };
      }
    }
    if (at === null) return { value: wrong.value, mutation: `whole value → ${wrong.label}` };
    if (how === "remove") {
      if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
      else delete at.parent[at.key];
      return { value, mutation: `removed ${String(at.key)}` };
    }
    at.parent[at.key] = wrong.value;
    return { value, mutation: `${String(at.key)} → ${wrong.label}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Requests.

export type Role = "anonymous" | "staff" | "supervisor" | "mentor" | "moderator" | "admin" | "citizen";
export const STAFF_ROLES: Role[] = ["staff", "supervisor", "mentor", "moderator", "admin"];

/**
 * Sign-in, sign-out and password routes are sent only without a session: a signed-in role
 * would end its own session or change its password, and bad sign-ins of the demo accounts
 * would lock them. Their random logins are not the demo accounts'.
 */
export const ANONYMOUS_ONLY = new Set([
  "POST /api/auth/login",
  "POST /api/auth/logout",
  "POST /api/auth/password",
  "POST /api/staff/{id}/password",
  "POST /public/auth/code",
  "POST /public/auth/verify",
  "POST /public/auth/logout",
]);

export interface FuzzRequest {
  op: Operation;
  role: Role;
  kind: "valid" | "almost" | "random";
  url: string;
  method: string;
  body: string | undefined;
  contentType: string | undefined;
  mutation?: string;
}

function describeRequest(r: FuzzRequest) {
  const body = r.body === undefined ? "" : ` body=${r.body.length > 300 ? `${r.body.slice(0, 300)}… (${r.body.length} chars)` : r.body}`;
  const url = r.url.length > 300 ? `${r.url.slice(0, 300)}… (${r.url.length} chars)` : r.url;
  return `${r.method} ${url} as ${r.role} [${r.kind}${r.mutation ? `: ${r.mutation}` : ""}]${body}`;
}

function queryString(entries: [string, unknown][]) {
  const search = new URLSearchParams();
  for (const [name, value] of entries) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) search.append(name, typeof v === "string" ? v : JSON.stringify(v));
    else search.append(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  const s = search.toString();
  return s ? `?${s}` : "";
}

/** All the parts of one operation's request, as the schemas say. */
function partsArb(op: Operation, pool: IdPool) {
  const segments = op.path.split("/");
  const pathParams = fc.record(
    Object.fromEntries(
      op.pathParams.map((p) => {
        const segment = segments[segments.indexOf(`{${p.name}}`) - 1] ?? "";
        const ids = idsFor(pool, poolKeys(p.name, segment));
        const real = ids.length ? ids : [...(pool.get("*") ?? ["none"])];
        return [p.name, fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 4 }, { arbitrary: valueArb(op.doc, p.schema, pool, p.name).map(String), weight: 1 })];
      }),
    ),
  );
  const query = fc.record(Object.fromEntries(op.query.map((q) => [q.name, valueArb(op.doc, q.schema, pool, q.name)])), {
    requiredKeys: op.query.filter((q) => q.required).map((q) => q.name),
  });
  const body: fc.Arbitrary<unknown> = op.body
    ? op.body.type === "csv"
      ? fc.constantFrom(
          "nip,name,email,unitId,position,positionLevel\n",
          "nip,name,email,unitId,position,positionLevel\n199001012020011001,Nama Uji,uji@example.org,bkpsdm,Analis,pelaksana\n",
          "a,b\n\"unterminated",
        )
      : valueArb(op.doc, op.body.schema, pool)
    : fc.constant(undefined);
  return fc.record({ pathParams, query, body });
}

function build(op: Operation, role: Role, kind: FuzzRequest["kind"], parts: { pathParams: Record<string, unknown>; query: Record<string, unknown>; body: unknown }, mutation?: string, rawBody?: string): FuzzRequest {
  const path = op.path.replace(/\{(\w+)\}/g, (_, name) => {
    const value = String(parts.pathParams[name] ?? name);
    // Broken percent escapes go as they are; everything else encoded (lone surrogates made well-formed first).
    return RAW_ESCAPES.includes(value) ? value : encodeURIComponent(wellFormed(value));
  });
  const url = path + queryString(Object.entries(parts.query).map(([k, v]) => [wellFormed(k), typeof v === "string" ? wellFormed(v) : v]));
  const body = rawBody ?? (parts.body === undefined ? undefined : op.body?.type === "csv" && typeof parts.body === "string" ? parts.body : JSON.stringify(parts.body));
  const contentType = body === undefined ? undefined : op.body?.type === "csv" ? "text/csv" : "application/json";
  return { op, role, kind, url, method: op.method, body, contentType, mutation };
}

/** Lone surrogates as U+FFFD: a URL cannot carry them. */
const wellFormed = (s: string) => s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");

/** Percent escapes no decoder takes, sent raw in a path. */
const RAW_ESCAPES = ["%", "%ZZ", "%E0%A4%A", "%C0%AF", "%ED%A0%80", "%FF"];

/** One request: an operation, a role, and valid, almost valid or random parts. */
export function requestArb(ops: Operation[], pool: IdPool): fc.Arbitrary<FuzzRequest> {
  return fc.constantFrom(...ops).chain((op) => {
    const roles: Role[] = ANONYMOUS_ONLY.has(`${op.method} ${op.path}`) ? ["anonymous"] : op.public ? ["anonymous", "citizen"] : ["anonymous", ...STAFF_ROLES];
    const parts = partsArb(op, pool);
    const role = fc.constantFrom(...roles);
    const valid = fc.tuple(role, parts).map(([r, p]) => build(op, r, "valid", p));
    const almost = fc
      .tuple(role, parts, fc.constantFrom("body", "query", "path"))
      .chain(([r, p, where]) => {
        const target = where === "body" && op.body ? "body" : where === "path" && op.pathParams.length ? "pathParams" : "query";
        return mutateArb(p[target]).map(({ value, mutation }) => {
          if (target === "pathParams" || target === "query") {
            const flat = value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { [`x${String(value).slice(0, 5)}`]: value };
            const stringy = Object.fromEntries(Object.entries(flat).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
            return build(op, r, "almost", { ...p, [target]: target === "pathParams" ? { ...p.pathParams, ...stringy } : stringy }, `${target}: ${mutation}`);
          }
          return build(op, r, "almost", { ...p, body: value }, `body: ${mutation}`);
        });
      });
    const random = fc
      .tuple(
        role,
        parts,
        fc.oneof(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), fc.string({ unit: "binary", maxLength: 80 }), fc.constantFrom("{", '{"a":', "[1,2", "null", "")),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ unit: "binary", maxLength: 20 }), { maxKeys: 3 }),
        fc.dictionary(fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 30 }), fc.constantFrom(...RAW_ESCAPES)), fc.constant(true), {
          minKeys: op.pathParams.length,
          maxKeys: op.pathParams.length,
        }),
      )
      .map(([r, p, raw, query, randomPath]) => {
        const names = Object.keys(randomPath);
        const pathParams = Object.fromEntries(op.pathParams.map((param, i) => [param.name, names[i] ?? p.pathParams[param.name]]));
        return build(op, r, "random", { pathParams, query, body: undefined }, "random parts", op.method === "GET" ? undefined : raw);
      });
    return fc.oneof({ arbitrary: valid, weight: 4 }, { arbitrary: almost, weight: 4 }, { arbitrary: random, weight: 2 });
  });
}

// ---------------------------------------------------------------------------------------------
// The table, before and after a refused request.

const WRITES = new Set(["PutItemCommand", "UpdateItemCommand", "DeleteItemCommand", "BatchWriteItemCommand", "TransactWriteItemsCommand"]);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as any)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

export async function dumpTable(api: TestApi): Promise<Map<string, Record<string, AttributeValue>>> {
  const items = new Map<string, Record<string, AttributeValue>>();
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await api.ctx.client.send(new ScanCommand({ TableName: api.ctx.tableName, ExclusiveStartKey: start }));
    for (const item of page.Items ?? []) items.set(`${item.pk?.S}|${item.sk?.S}`, item);
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * What a refused request may still write, by entity and route: a citizen's sign-in code counts
 * its wrong tries, and the quota counters count the codes sent to an address per hour and the
 * topics a citizen opened per day (rate limits), and a staff sign-in counts its try against the
 * client's address. A staff member's failed sign-ins are counted on
 * their record too, but no demo account is sent a wrong password, so no exception is made for it.
 */
export const ALLOWED_ON_REFUSAL: Record<string, { routes: string[]; why: string }> = {
  signInCode: { routes: ["POST /public/auth/verify"], why: "a citizen's sign-in code: its wrong tries" },
  quota: { routes: ["POST /public/auth/code", "POST /public/topics"], why: "rate limits: codes sent to an address per hour, topics opened per day" },
  signInTries: { routes: ["POST /api/auth/login"], why: "staff sign-in tries per client address, counted before the password is checked" },
};

function entityOf(item: Record<string, AttributeValue> | undefined) {
  return item?.__edb_e__?.S ?? "?";
}

export function diffTables(before: Map<string, Record<string, AttributeValue>>, after: Map<string, Record<string, AttributeValue>>, route = "") {
  const changes: string[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    if (a && b && canonical(a) === canonical(b)) continue;
    const entity = entityOf(a ?? b);
    if (ALLOWED_ON_REFUSAL[entity]?.routes.includes(route)) continue;
    changes.push(`${!a ? "added" : !b ? "deleted" : "changed"} ${entity} ${key}${a && b ? `: ${canonical(a).slice(0, 200)} → ${canonical(b).slice(0, 200)}` : ""}`);
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------
// The run.

export interface FuzzStats {
  requests: number;
  byStatus: Map<number, number>;
  byKind: Map<string, number>;
  byOperation: Map<string, { "2xx": number; "4xx": number; other: number }>;
  scans: number;
  /** Refused requests that sent a write to the table, each checked against a dump. */
  refusedWrites: number;
  resignIns: number;
  failures: string[];
}

export interface FuzzSetup {
  api: TestApi;
  ops: Operation[];
  pool: IdPool;
  cookies: Map<Role, string>;
}

const LOGINS: Partial<Record<Role, string>> = {
  staff: DEMO.staff,
  supervisor: DEMO.supervisor,
  mentor: DEMO.mentor,
  moderator: "moderator@demo.mataramkota.go.id",
  admin: DEMO.admin,
};

async function send(api: TestApi, cookies: Map<Role, string>, r: FuzzRequest) {
  const headers: Record<string, string> = {};
  if (r.contentType) headers["content-type"] = r.contentType;
  const cookie = cookies.get(r.role);
  return api.request(r.url, { method: r.method, headers, body: r.body, cookie });
}

/** Signs every role in once and gathers real ids from what the roles can list and open. */
export async function prepareFuzz(api: TestApi): Promise<FuzzSetup> {
  const ops = loadOperations();
  const cookies = new Map<Role, string>();
  for (const [role, login] of Object.entries(LOGINS)) cookies.set(role as Role, await api.signIn(login!));
  cookies.set("citizen", (await signInCitizen(api, "Warga Uji")).cookie);
  const pool: IdPool = new Map();
  const gets = ops.filter((o) => o.method === "GET");
  // Two rounds: the lists first, then the pages their ids open (reviews, sessions, answers...).
  for (let round = 0; round < 2; round++) {
    for (const op of gets) {
      if ((round === 0) !== (op.pathParams.length === 0)) continue;
      const roles: Role[] = op.public ? ["citizen"] : STAFF_ROLES;
      for (const role of roles) {
        const segments = op.path.split("/");
        const choices = op.pathParams.map((p) => idsFor(pool, poolKeys(p.name, segments[segments.indexOf(`{${p.name}}`) - 1] ?? "")).slice(0, 4));
        const combos = choices.length ? choices.reduce<string[][]>((acc, ids) => acc.flatMap((a) => ids.map((id) => [...a, id])), [[]]).slice(0, 4) : [[]];
        for (const combo of combos) {
          const url = op.path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(combo[op.pathParams.findIndex((p) => p.name === name)] ?? ""));
          const answer = await api.request(url, { cookie: cookies.get(role) });
          if (answer.status !== 200 || typeof answer.data !== "object") continue;
          // Under the list's name, and for a list without parameters under its resource too (/api/evaluations/mine: evaluations).
          const names = op.path.split("/").filter((s) => s && !s.startsWith("{"));
          collectIds(pool, answer.data, names.at(-1));
          if (!op.pathParams.length && names[1]) collectIds(pool, answer.data, names[1]);
        }
      }
    }
  }
  return { api, ops, pool, cookies };
}

export function newStats(): FuzzStats {
  return { requests: 0, byStatus: new Map(), byKind: new Map(), byOperation: new Map(), scans: 0, refusedWrites: 0, resignIns: 0, failures: [] };
}

const inc = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1);

/**
 * Runs the property: each run sends one request and checks its answer. Refused requests that
 * wrote anything are checked against a dump of the table (taken again after every request that
 * wrote, so the dump is always the table as it stands); requests that sent no write need none.
 */
export async function runFuzz(setup: FuzzSetup, options: { runs: number; seed?: number; stopAtFirst?: boolean }): Promise<{ stats: FuzzStats; error: unknown }> {
  const { api, ops, pool, cookies } = setup;
  const stats = newStats();
  let table = await dumpTable(api);
  stats.scans++;
  const property = fc.asyncProperty(requestArb(ops, pool), async (r) => {
    api.requests.reset();
    let answer = await send(api, cookies, r);
    // A session ended by another request (a role changed, an account deactivated): sign in again once.
    if (answer.status === 401 && r.role !== "anonymous" && r.role !== "citizen" && LOGINS[r.role]) {
      const again = await api.request("/api/auth/login", { method: "POST", json: { login: LOGINS[r.role], password: DEMO.password } });
      if (again.status === 200) {
        stats.resignIns++;
        cookies.set(r.role, (again.headers.get("set-cookie") ?? "").split(";")[0]!);
        api.requests.reset();
        answer = await send(api, cookies, r);
      }
    }
    stats.requests++;
    inc(stats.byStatus, answer.status);
    inc(stats.byKind, r.kind);
    const key = `${r.op.method} ${r.op.path}`;
    const counts = stats.byOperation.get(key) ?? { "2xx": 0, "4xx": 0, other: 0 };
    if (answer.status >= 200 && answer.status < 300) counts["2xx"]++;
    else if (answer.status >= 400 && answer.status < 500) counts["4xx"]++;
    else counts.other++;
    stats.byOperation.set(key, counts);

    const problems: string[] = [];
    if (answer.status >= 500) problems.push(`status ${answer.status}: ${JSON.stringify(answer.data)?.slice(0, 300)}`);
    const json = (answer.headers.get("content-type") ?? "").includes("json");
    if (answer.status >= 400 && answer.status < 500) {
      const e = answer.data?.error;
      const keys = e && typeof e === "object" ? Object.keys(e) : [];
      if (!json || typeof e?.code !== "string" || typeof e?.message !== "string" || keys.some((k) => !["code", "message", "details"].includes(k)) || Object.keys(answer.data).length !== 1)
        problems.push(`status ${answer.status} without the error shape: ${typeof answer.data === "string" ? answer.data.slice(0, 200) : JSON.stringify(answer.data)?.slice(0, 300)}`);
    }
    const wrote = api.requests.commands.some((c) => WRITES.has(c));
    if (wrote) {
      const after = await dumpTable(api);
      stats.scans++;
      if (answer.status >= 400 && answer.status < 500) {
        stats.refusedWrites++;
        const changes = diffTables(table, after, key);
        if (changes.length) problems.push(`refused (${answer.status} ${answer.data?.error?.code}) but the table changed:\n    ${changes.slice(0, 5).join("\n    ")}`);
      }
      table = after;
    }
    if (problems.length) {
      const report = `${describeRequest(r)}\n  ${problems.join("\n  ")}`;
      stats.failures.push(report);
      if (options.stopAtFirst) throw new Error(report);
    }
  });
  try {
    await fc.assert(property, { numRuns: options.runs, seed: options.seed, endOnFailure: false, verbose: 1 });
    return { stats, error: null };
  } catch (error) {
    return { stats, error };
  }
}

export function formatStats(stats: FuzzStats, ms: number): string {
  const lines = [
    `fuzz: ${stats.requests} requests in ${(ms / 1000).toFixed(1)} s (${stats.scans} table dumps, ${stats.refusedWrites} refused requests that wrote and were checked, ${stats.resignIns} sign-ins again)`,
    `status: ${[...stats.byStatus.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([s, n]) => `${s}×${n}`)
      .join(" ")}`,
    `kind: ${[...stats.byKind.entries()].map(([k, n]) => `${k}×${n}`).join(" ")}`,
    "per operation (2xx/4xx/other):",
    ...[...stats.byOperation.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([op, c]) => `  ${op.padEnd(62)} ${c["2xx"]}/${c["4xx"]}/${c.other}`),
  ];
  if (stats.failures.length) lines.push(`${stats.failures.length} failing requests:`, ...stats.failures.slice(0, 30).map((f) => `  ${f}`));
  return lines.join("\n");
}
