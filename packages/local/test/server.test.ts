import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { Agent, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { publicOpenApiDocument } from "@kompeten/functions/public/openapi";
import openApiFile from "../../functions/src/public/openapi.json";
import { beforeAll, describe, expect, it } from "vitest";
import { createLocalApp } from "../src/server";
import { createTestContext } from "./support";

describe("the local server", () => {
  let app: ReturnType<typeof createLocalApp>;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), "kompeten-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), `<!doctype html><html><body>${"<p>Kompeten</p>".repeat(200)}</body></html>`);
    writeFileSync(join(dist, "assets", "index-3f9a1c.js"), `console.log(${JSON.stringify("x".repeat(4000))});`);
    const { ctx } = await createTestContext();
    app = createLocalApp({ ctx, sessionSecret: "test-secret-test-secret-test-secret", webDist: dist });
  });

  it("compresses text answers for clients that accept it", async () => {
    for (const path of ["/", "/assets/index-3f9a1c.js", "/public/openapi.json"]) {
      const answer = await app.request(`http://localhost${path}`, { headers: { "accept-encoding": "gzip, br" } });
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get("content-encoding"), path).toBe("gzip");
    }
    const plain = await app.request("http://localhost/public/openapi.json");
    expect(plain.headers.get("content-encoding")).toBeNull();
  });

  it("lets browsers keep hashed assets for good and checks the shell every time", async () => {
    const asset = await app.request("http://localhost/assets/index-3f9a1c.js");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/index.html", "/courses/some-page"]) {
      const shell = await app.request(`http://localhost${path}`);
      expect(shell.status, path).toBe(200);
      expect(shell.headers.get("cache-control"), path).toBe("no-cache");
    }
    expect((await app.request("http://localhost/assets/missing.js")).headers.get("cache-control")).not.toContain("immutable");
  });

  it("serves the public OpenAPI document as its zod definition writes it (npm run openapi)", () => {
    expect(openApiFile).toEqual(JSON.parse(JSON.stringify(publicOpenApiDocument())));
  });

  it("answers an oversized body with 413 in the error shape and the next request on the same connection still works", async () => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }) as Server;
    await new Promise<void>((resolve) => (server.listening ? resolve() : server.once("listening", () => resolve())));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (method: string, path: string, body?: Buffer) =>
      new Promise<{ status: number; body: string; connection?: string }>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, method, path, agent, headers: body ? { "content-type": "application/json", "content-length": body.length } : {} }, (res) => {
          let text = "";
          res.on("data", (chunk) => (text += chunk));
          res.on("end", () => resolve({ status: res.statusCode!, body: text, connection: res.headers.connection }));
        });
        req.on("error", reject);
        req.end(body);
      });
    try {
      for (let round = 0; round < 3; round++) {
        const refused = await send("POST", "/api/staff", Buffer.alloc(3 * 1024 * 1024, "a"));
        expect(refused.status).toBe(413);
        expect(JSON.parse(refused.body)).toEqual({ error: { code: "payload_too_large", message: expect.any(String) } });
        const next = await send("GET", "/public/health");
        expect(next.status).toBe(200);
      }
      // Too large even to drop: the server closes the connection and says so; the next request gets a new one.
      const huge = await send("POST", "/api/staff", Buffer.alloc(20 * 1024 * 1024, "a"));
      expect(huge).toMatchObject({ status: 413, connection: "close" });
      expect((await send("GET", "/public/health")).status).toBe(200);
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
