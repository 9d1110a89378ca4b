import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";

/** Listens on a free loopback port; resolves with the base URL and a close function. */
function listen(server: Server): Promise<{ url: string; close: () => Promise<void> }> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** A Hono app (or any fetch handler) on a real Node HTTP server, as `npm start` serves it. */
export const serveApp = (fetch: (request: Request) => Response | Promise<Response>) => listen(createAdaptorServer({ fetch }) as Server);

/**
 * The HTTP floor: a plain node:http server that answers `GET /<bytes>` with that many bytes of
 * JSON and does nothing else. What an endpoint costs beyond it is the app and its database reads.
 */
export async function startHttpFloor() {
  const bodies = new Map<number, Buffer>();
  const body = (bytes: number) => {
    let buffer = bodies.get(bytes);
    if (!buffer) {
      // A JSON string of the right length: `"xxxx…"`.
      buffer = Buffer.from(JSON.stringify("x".repeat(Math.max(0, bytes - 2))));
      bodies.set(bytes, buffer);
    }
    return buffer;
  };
  const server = createServer((request, response) => {
    const buffer = body(Number(request.url?.slice(1)) || 2);
    response.writeHead(200, { "content-type": "application/json", "content-length": buffer.length });
    response.end(buffer);
  });
  return listen(server);
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
}

/** A caller of one served app: `call(path, cookie?, init?)` answers status, headers and body text. */
export function caller(baseUrl: string) {
  return async (path: string, cookie?: string, init: RequestInit = {}): Promise<CallResult> => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set("cookie", cookie);
    const response = await fetch(`${baseUrl}${path}`, { ...init, headers });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };
}
