import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
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
});
