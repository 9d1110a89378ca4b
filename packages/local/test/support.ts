import { randomUUID } from "node:crypto";
import { createContext, type AppContext } from "@kompeten/core/context";
import type { Mail } from "@kompeten/core/mail";
import { rebuildFigures } from "@kompeten/core/aggregates/rebuild";
import { createTable } from "@kompeten/core/table/create";
import { inject } from "vitest";
import { DEMO_PASSWORD, seedDemoData } from "../src/demo-data";
import { localClient } from "../src/dynamodb-local";
import { createLocalApp } from "../src/server";
import { followStream } from "../src/stream";

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(private current = new Date("2026-11-27T01:00:00.000Z")) {}
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestContext {
  ctx: AppContext;
  /** E-mail the code under test "sent". */
  mail: Mail[];
  clock: FakeClock;
  /** DynamoDB requests sent since the last reset. */
  requests: { count: number; commands: string[]; reset(): void };
}

/** A fresh table in the run's DynamoDB Local, with a fake clock and a request counter. */
export async function createTestContext(options: { stream?: boolean } = {}): Promise<TestContext> {
  const client = localClient(inject("dynamoEndpoint"));
  const requests = {
    count: 0,
    commands: [] as string[],
    reset() {
      this.count = 0;
      this.commands = [];
    },
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      requests.count++;
      requests.commands.push(String(context.commandName));
      return next(args);
    },
    { step: "initialize", name: "countRequests" },
  );
  const tableName = `test-${randomUUID()}`;
  await createTable(client, tableName, { stream: options.stream ?? false });
  const clock = new FakeClock();
  const mail: Mail[] = [];
  const mailer = { send: async (m: Mail) => void mail.push(m) };
  return { ctx: createContext({ tableName, client, now: clock.now, mailer, appUrl: "http://localhost" }), clock, requests, mail };
}

export const DEMO = {
  password: DEMO_PASSWORD,
  admin: "admin@demo.mataramkota.go.id",
  supervisor: "atasan@demo.mataramkota.go.id",
  staff: "pegawai@demo.mataramkota.go.id",
  mentor: "mentor@demo.mataramkota.go.id",
};

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/**
 * The whole local app over a fresh, demo-seeded table, driven without a server. The forum's demo
 * topics only with `forum: true`: the forum's own tests start from an empty forum. The past
 * quarters' evaluations and the year's reported training only with `dashboards: true`: the other
 * tests start from people never assessed and no cycle yet. With
 * `aggregates: true` the dashboards' figures are rebuilt after seeding and `settle()` applies
 * every change since, as the stream consumer does in the cloud.
 */
export async function createTestApi(options: { forum?: boolean; dashboards?: boolean; aggregates?: boolean } = {}) {
  const test = await createTestContext({ stream: options.aggregates ?? false });
  await seedDemoData(test.ctx, { forum: options.forum ?? false, dashboards: options.dashboards ?? false });
  const stream = options.aggregates ? await followStream(test.ctx, { endpoint: inject("dynamoEndpoint"), from: "now" }) : null;
  if (options.aggregates) await rebuildFigures(test.ctx);
  /** Applies every change written so far to the dashboards' figures. */
  const settle = async () => {
    if (!stream) throw new Error("createTestApi({ aggregates: true }) follows the stream");
    return stream.settle();
  };
  const app = createLocalApp({ ctx: test.ctx, sessionSecret: "test-secret-test-secret-test-secret" });
  const base = "http://localhost";

  /** `address`: the client's, as the Node server reads it from the socket (default 127.0.0.1). */
  async function request(path: string, init: RequestInit & { cookie?: string; json?: unknown; address?: string } = {}) {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set("cookie", init.cookie);
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(init.json);
    }
    const { address = "127.0.0.1", ...rest } = init;
    const response = await app.request(`${base}${path}`, { ...rest, headers, body }, { incoming: { socket: { remoteAddress: address } } });
    const text = await response.text();
    let data: any = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = text;
    }
    return { status: response.status, headers: response.headers, data };
  }

  /** Signs in and returns the session cookie. */
  async function signIn(login: string, password = DEMO_PASSWORD) {
    const response = await request("/api/auth/login", { method: "POST", json: { login, password } });
    if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.status} ${JSON.stringify(response.data)}`);
    return cookieFrom(response.headers);
  }

  return { ...test, app, request, signIn, settle };
}

export function cookieFrom(headers: Headers): string {
  const setCookie = headers.get("set-cookie") ?? "";
  return setCookie.split(";")[0]!;
}
