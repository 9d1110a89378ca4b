import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

const MINUTE = 60_000;

describe("citizens: signing in to the forum by an e-mailed code", () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  const askCode = (email: string) => api.request("/public/auth/code", { method: "POST", json: { email } });
  /** The code in the latest e-mail to the address. */
  const codeFor = (email: string) => {
    const mail = api.mail.filter((m) => m.to === email).at(-1);
    return mail?.subject.match(/(\d{6})$/)?.[1];
  };
  const verify = (json: Record<string, unknown>) => api.request("/public/auth/verify", { method: "POST", json });
  const cookieOf = (response: { headers: Headers }) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;

  it("signs a new citizen in with the code and a display name, and shows the e-mail only masked", async () => {
    const email = "siti.warga@example.org";
    const sent = await askCode(" Siti.Warga@Example.org ");
    expect(sent).toMatchObject({ status: 200, data: { sent: true, validMinutes: 10 } });
    const code = codeFor(email);
    expect(code).toMatch(/^\d{6}$/);

    // The first time, a display name is needed; the code is not used up by asking for it.
    expect(await verify({ email, code })).toMatchObject({ status: 422, data: { error: { code: "display_name_required" } } });
    expect((await verify({ email, code, displayName: "S" })).status).toBe(400);
    const signedIn = await verify({ email, code, displayName: "Siti dari Ampenan" });
    expect(signedIn.status, JSON.stringify(signedIn.data)).toBe(200);
    expect(signedIn.data).toEqual({ displayName: "Siti dari Ampenan", kecamatan: null, email: "s***@example.org", blocked: false });
    const setCookie = signedIn.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^kompeten_citizen=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/public/);
    const cookie = cookieOf(signedIn);

    const me = await api.request("/public/me", { cookie });
    expect(me).toMatchObject({ status: 200, data: { displayName: "Siti dari Ampenan", email: "s***@example.org" } });
    expect(JSON.stringify(me.data)).not.toContain("siti.warga");
    const changed = await api.request("/public/me", { method: "PATCH", cookie, json: { kecamatan: "ampenan" } });
    expect(changed.data.kecamatan).toBe("ampenan");
    expect((await api.request("/public/me", { method: "PATCH", cookie, json: { kecamatan: "bali" } })).status).toBe(400);

    // A used code does not sign in again; the next sign-in needs no display name.
    expect((await verify({ email, code })).data.error.code).toBe("invalid_code");
    await askCode(email);
    const again = await verify({ email, code: codeFor(email) });
    expect(again).toMatchObject({ status: 200, data: { displayName: "Siti dari Ampenan", kecamatan: "ampenan" } });

    // Signing out ends it.
    const out = await api.request("/public/auth/logout", { method: "POST", cookie });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/kompeten_citizen=;/);
  });

  it("answers the same for any address, allows 5 tries a code and 3 codes an hour", async () => {
    const unknown = await askCode("nobody-yet@example.org");
    const known = await askCode("siti.warga@example.org");
    expect(unknown.data).toEqual(known.data);

    const email = "budi@example.org";
    await askCode(email);
    const code = codeFor(email)!;
    const wrong = code === "000000" ? "111111" : "000000";
    // Five wrong tries at once: the limit holds, and the right code no longer works after them.
    const tries = await Promise.all(Array.from({ length: 6 }, () => verify({ email, code: wrong, displayName: "Budi" })));
    expect(tries.every((t) => t.status === 401 && t.data.error.code === "invalid_code")).toBe(true);
    expect((await verify({ email, code, displayName: "Budi" })).status).toBe(401);

    expect((await askCode(email)).status).toBe(200);
    expect((await askCode(email)).status).toBe(200);
    const limited = await askCode(email);
    expect(limited).toMatchObject({ status: 429, data: { error: { code: "too_many_requests" } } });
    // A new hour, new codes; the code lapses after 10 minutes.
    api.clock.advance(61 * MINUTE);
    expect((await askCode(email)).status).toBe(200);
    const fresh = codeFor(email)!;
    api.clock.advance(11 * MINUTE);
    expect((await verify({ email, code: fresh, displayName: "Budi" })).data.error.code).toBe("invalid_code");

    for (const bad of [{}, { email: "not-an-address" }, { email: "a@b.co", code: "12345" }, { email: "a@b.co", code: "abcdef" }]) {
      const answer = await api.request(bad.code === undefined && Object.keys(bad).length < 2 ? "/public/auth/code" : "/public/auth/verify", { method: "POST", json: bad });
      expect(answer.status).toBe(400);
      expect(answer.data.error.code).toBe("validation_failed");
    }
  });

  it("keeps citizens and staff apart: a citizen cookie opens nothing under /api, a staff cookie nothing of the forum", async () => {
    const email = "ani@example.org";
    await askCode(email);
    const citizen = cookieOf(await verify({ email, code: codeFor(email), displayName: "Ani" }));
    expect((await api.request("/api/me", { cookie: citizen })).status).toBe(401);
    const staff = await api.signIn(DEMO.staff);
    expect((await api.request("/public/me", { cookie: staff })).status).toBe(401);
    expect((await api.request("/public/me")).data.error.code).toBe("unauthenticated");
    // A forged cookie is no session either.
    expect((await api.request("/public/me", { cookie: "kompeten_citizen=someone.1" })).status).toBe(401);
  });
});
