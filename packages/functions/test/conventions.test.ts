import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

describe("API conventions", () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi();
    admin = await api.signIn(DEMO.admin);
  });

  const expectErrorShape = (data: unknown) =>
    expect(data).toEqual({ error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) });

  it("answers malformed JSON, wrong types, unknown routes and oversized bodies with a 4xx in the one error shape", async () => {
    const malformed = await api.request("/api/units", { method: "POST", cookie: admin, headers: { "content-type": "application/json" }, body: "{nope" });
    expect(malformed.status).toBe(400);
    expectErrorShape(malformed.data);

    const wrongTypes = await api.request("/api/units", { method: "POST", cookie: admin, json: { code: 12, name: ["x"], kind: "planet" } });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.data.error.code).toBe("validation_failed");
    expect(wrongTypes.data.error.details.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["code", "name", "kind"]));

    const noBody = await api.request("/api/units", { method: "POST", cookie: admin, headers: { "content-type": "application/json" } });
    expect(noBody.status).toBe(400);
    expectErrorShape(noBody.data);

    const unknown = await api.request("/api/nothing/here", { cookie: admin });
    expect(unknown.status).toBe(404);
    expectErrorShape(unknown.data);
    expect((await api.request("/public/nothing")).status).toBe(404);

    const huge = await api.request("/api/units", { method: "POST", cookie: admin, json: { code: "BIG", name: "x".repeat(400_000), kind: "badan" } });
    expect(huge.status).toBe(413);
    expectErrorShape(huge.data);

    const badQuery = await api.request("/api/staff?limit=5000", { cookie: admin });
    expect(badQuery.status).toBe(400);
    const badCursor = await api.request("/api/staff?cursor=not-a-cursor", { cookie: admin });
    expect(badCursor).toMatchObject({ status: 400, data: { error: { code: "invalid_cursor" } } });
    // A well-formed cursor of another list is refused the same way.
    const foreign = Buffer.from(JSON.stringify({ pk: "x", sk: "y", gsi9pk: "z" })).toString("base64url");
    const foreignCursor = await api.request(`/api/staff?unitId=dinkes&cursor=${foreign}`, { cookie: admin });
    expect(foreignCursor).toMatchObject({ status: 400, data: { error: { code: "invalid_cursor" } } });
  });

  it("sends security headers on every response", async () => {
    for (const path of ["/api/me", "/api/nothing", "/public/health"]) {
      const { headers } = await api.request(path);
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(headers.get("strict-transport-security")).toMatch(/max-age/);
      expect(headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
    }
  });

  it("publishes OpenAPI documents and interactive docs", async () => {
    const staffDoc = await api.request("/api/openapi.json");
    expect(staffDoc.status).toBe(200);
    expect(Object.keys(staffDoc.data.paths)).toEqual(expect.arrayContaining(["/api/auth/login", "/api/me", "/api/staff", "/api/staff/{id}", "/api/staff/import", "/api/units"]));
    const publicDoc = await api.request("/public/openapi.json");
    expect(Object.keys(publicDoc.data.paths)).toContain("/public/health");
    expect(Object.keys(publicDoc.data.paths).some((p) => p.startsWith("/api"))).toBe(false);
    const docs = await api.request("/api/docs");
    expect(docs.status).toBe(200);
    expect(String(docs.data)).toMatch(/swagger/i);
  });

  it("keeps writes whole: a refused unit leaves no audit entry and no unit", async () => {
    const first = await api.request("/api/units", { method: "POST", cookie: admin, json: { code: "DISPAR", name: "Dinas Pariwisata", kind: "dinas" } });
    expect(first.status).toBe(201);
    const again = await api.request("/api/units", { method: "POST", cookie: admin, json: { code: "dispar", name: "Dinas Pariwisata Lain", kind: "dinas" } });
    expect(again.status).toBe(409);
    const audit = await api.request("/api/audit?targetType=unit&targetId=dispar", { cookie: admin });
    expect(audit.data.items).toHaveLength(1);
    const units = await api.request("/api/units", { cookie: admin });
    expect(units.data.items.filter((u: { id: string }) => u.id === "dispar")).toEqual([expect.objectContaining({ name: "Dinas Pariwisata" })]);
  });
});
