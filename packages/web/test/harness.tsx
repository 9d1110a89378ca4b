// Renders the whole app in memory against a stubbed `fetch` that plays the staff API.
import { createMemoryHistory, MemoryRouter } from "@solidjs/router";
import { cleanup, render } from "@solidjs/testing-library";
import { afterEach, vi } from "vitest";
import { Layout } from "../src/components/Layout";
import { setLang } from "../src/i18n";
import { routes } from "../src/routes";
import { resetSession } from "../src/session";
import type { Me } from "../src/types";

export interface RecordedCall {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Record<string, string>;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
  /** The body parsed as JSON, when it is JSON. */
  json: any;
}

export interface Reply {
  status?: number;
  body?: unknown;
}

type Handler = (call: RecordedCall) => Reply | Promise<Reply>;

export function apiError(status: number, code: string, message = code, details?: unknown): Reply {
  return { status, body: { error: { code, message, ...(details === undefined ? {} : { details }) } } };
}

/** Installs a fake API. Keys are "METHOD /path" (no query string). Unknown routes answer 404. */
export function stubApi(handlers: Record<string, Handler | Reply>) {
  const calls: RecordedCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), "http://localhost");
    const body = typeof init.body === "string" ? init.body : undefined;
    let json: unknown;
    try {
      json = body === undefined ? undefined : JSON.parse(body);
    } catch {
      json = undefined;
    }
    const call: RecordedCall = {
      method: (init.method ?? "GET").toUpperCase(),
      path: url.pathname,
      search: url.searchParams,
      headers: { ...(init.headers as Record<string, string>) },
      body,
      credentials: init.credentials,
      json,
    };
    calls.push(call);
    const handler = handlers[`${call.method} ${call.path}`];
    const reply: Reply =
      handler === undefined
        ? apiError(404, "not_found")
        : typeof handler === "function"
          ? await handler(call)
          : handler;
    const status = reply.status ?? 200;
    return new Response(reply.body === undefined || status === 204 ? null : JSON.stringify(reply.body), {
      status,
      headers: { "Content-Type": "application/json" },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return {
    calls,
    fetchMock,
    callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path),
  };
}

/** The usual answers for a signed-in person. */
export function signedInAs(person: Me): Record<string, Reply> {
  return {
    "GET /api/me": { body: person },
    [`GET /api/staff/${person.id}/team`]: { body: { items: [] } },
  };
}

export function renderApp(path: string) {
  const history = createMemoryHistory();
  history.set({ value: path, scroll: false, replace: true });
  const result = render(() => (
    <MemoryRouter root={Layout} history={history}>
      {routes}
    </MemoryRouter>
  ));
  return { ...result, history };
}

afterEach(() => {
  cleanup();
  resetSession();
  setLang("id");
  localStorage.clear();
  vi.unstubAllGlobals();
});
