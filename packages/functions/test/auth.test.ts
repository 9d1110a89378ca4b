import { beforeEach, describe, expect, it } from "vitest";
import { ADDRESS_TRIES, ADDRESS_WINDOW_MINUTES } from "@kompeten/core/auth/auth";
import { cookieFrom, createTestApi, DEMO, type TestApi } from "../../local/test/support";

describe("sign-in and sessions", () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await createTestApi();
  });

  it("signs in with email or NIP into an HttpOnly, SameSite=Lax session", async () => {
    const byEmail = await api.request("/api/auth/login", { method: "POST", json: { login: DEMO.staff, password: DEMO.password } });
    expect(byEmail.status).toBe(200);
    expect(byEmail.data).toMatchObject({ email: DEMO.staff, roles: ["staff"], mustChangePassword: false });
    expect(byEmail.data).not.toHaveProperty("passwordHash");
    const setCookie = byEmail.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const byNip = await api.request("/api/auth/login", { method: "POST", json: { login: byEmail.data.nip, password: DEMO.password } });
    expect(byNip.status).toBe(200);
    expect(byNip.data.id).toBe(byEmail.data.id);

    const me = await api.request("/api/me", { cookie: cookieFrom(byNip.headers) });
    expect(me.data.id).toBe(byEmail.data.id);
  });

  it("answers a wrong password or an unknown login the same way", async () => {
    const wrong = await api.request("/api/auth/login", { method: "POST", json: { login: DEMO.staff, password: "salah-sekali" } });
    const unknown = await api.request("/api/auth/login", { method: "POST", json: { login: "siapa@mataramkota.go.id", password: "salah-sekali" } });
    expect(wrong).toMatchObject({ status: 401, data: { error: { code: "invalid_credentials" } } });
    expect(unknown.status).toBe(401);
    expect(unknown.data.error.message).toBe(wrong.data.error.message);
    expect((await api.request("/api/me")).status).toBe(401);
  });

  it("locks the account for 15 minutes after five failed sign-ins", async () => {
    const attempt = (password: string) => api.request("/api/auth/login", { method: "POST", json: { login: DEMO.staff, password } });
    for (let i = 0; i < 4; i++) expect((await attempt("salah-sekali")).status).toBe(401);
    const fifth = await attempt("salah-sekali");
    expect(fifth).toMatchObject({ status: 429, data: { error: { code: "account_locked" } } });
    expect(fifth.data.error.details.retryAfterSeconds).toBe(900);
    // Even the right password is refused while locked.
    expect((await attempt(DEMO.password)).status).toBe(429);
    api.clock.advance(14 * 60_000);
    expect((await attempt(DEMO.password)).status).toBe(429);
    api.clock.advance(61_000);
    expect((await attempt(DEMO.password)).status).toBe(200);
    // A success resets the count: four more failures do not lock.
    for (let i = 0; i < 4; i++) expect((await attempt("salah-sekali")).status).toBe(401);
    expect((await attempt(DEMO.password)).status).toBe(200);
  });

  it("counts parallel failed sign-ins without losing any", async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => api.request("/api/auth/login", { method: "POST", json: { login: DEMO.staff, password: "salah-sekali" } })),
    );
    expect(attempts.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(1);
    expect((await api.request("/api/auth/login", { method: "POST", json: { login: DEMO.staff, password: DEMO.password } })).status).toBe(429);
  });

  it("limits sign-in tries per client address, across accounts, and lets other addresses and the next window in", async () => {
    const { data } = await api.request("/api/staff?limit=40", { cookie: await api.signIn(DEMO.admin) });
    const logins: string[] = data.items.map((s: { nip: string }) => s.nip);
    expect(logins.length).toBeGreaterThanOrEqual(ADDRESS_TRIES / 4);
    const attacker = "198.51.100.23";
    // Four wrong passwords for each account in turn: no account reaches its own lock of five.
    const tries = Array.from({ length: ADDRESS_TRIES }, (_, i) => logins[Math.floor(i / 4)]!);
    const answers = await Promise.all(tries.map((login) => api.request("/api/auth/login", { method: "POST", address: attacker, json: { login, password: "tebak-tebakan" } })));
    expect(answers.map((a) => a.status)).toEqual(tries.map(() => 401));
    // Exactly ADDRESS_TRIES were counted, in parallel: the next is refused, even with the right password.
    const refused = await api.request("/api/auth/login", { method: "POST", address: attacker, json: { login: DEMO.staff, password: DEMO.password } });
    expect(refused).toMatchObject({ status: 429, data: { error: { code: "too_many_requests", details: { retryAfterSeconds: expect.any(Number) } } } });
    expect(Number(refused.headers.get("retry-after"))).toBe(refused.data.error.details.retryAfterSeconds);
    // Another address signs in; successes never use up an address's tries.
    for (let i = 0; i < ADDRESS_TRIES + 5; i++) {
      const ok = await api.request("/api/auth/login", { method: "POST", address: "203.0.113.50", json: { login: DEMO.staff, password: DEMO.password } });
      expect(ok.status, `${i} ${JSON.stringify(ok.data)}`).toBe(200);
    }
    api.clock.advance(ADDRESS_WINDOW_MINUTES * 60_000);
    expect((await api.request("/api/auth/login", { method: "POST", address: attacker, json: { login: DEMO.staff, password: DEMO.password } })).status).toBe(200);
  });

  it("makes an account created by an admin change its password first", async () => {
    const admin = await api.signIn(DEMO.admin);
    const created = await api.request("/api/staff", {
      method: "POST",
      cookie: admin,
      json: { nip: "199507172020122005", name: "Lale Anggun Puspita", email: "lale.anggun@mataramkota.go.id", unitId: "dinsos", position: "Pekerja Sosial", positionLevel: "pelaksana", initialPassword: "sementara-123" },
    });
    expect(created.status).toBe(201);
    expect(created.data.mustChangePassword).toBe(true);

    const cookie = await api.signIn("lale.anggun@mataramkota.go.id", "sementara-123");
    expect((await api.request("/api/me", { cookie })).data.mustChangePassword).toBe(true);
    expect(await api.request("/api/units", { cookie })).toMatchObject({ status: 403, data: { error: { code: "password_change_required" } } });

    const tooShort = await api.request("/api/auth/password", { method: "POST", cookie, json: { currentPassword: "sementara-123", newPassword: "pendek" } });
    expect(tooShort).toMatchObject({ status: 400, data: { error: { code: "invalid_password" } } });
    const wrongCurrent = await api.request("/api/auth/password", { method: "POST", cookie, json: { currentPassword: "bukan-ini-123", newPassword: "kata-sandi-baru-1" } });
    expect(wrongCurrent.status).toBe(401);

    const changed = await api.request("/api/auth/password", { method: "POST", cookie, json: { currentPassword: "sementara-123", newPassword: "kata-sandi-baru-1" } });
    expect(changed.status).toBe(200);
    expect(changed.data.mustChangePassword).toBe(false);
    const fresh = cookieFrom(changed.headers);
    expect((await api.request("/api/units", { cookie: fresh })).status).toBe(200);
    // The session from before the change no longer works.
    expect((await api.request("/api/me", { cookie })).status).toBe(401);
    expect((await api.request("/api/auth/login", { method: "POST", json: { login: "lale.anggun@mataramkota.go.id", password: "sementara-123" } })).status).toBe(401);
  });

  it("ends a deactivated account's session at once", async () => {
    const admin = await api.signIn(DEMO.admin);
    const staff = await api.signIn(DEMO.staff);
    const me = await api.request("/api/me", { cookie: staff });
    expect(me.status).toBe(200);
    const patched = await api.request(`/api/staff/${me.data.id}`, { method: "PATCH", cookie: admin, json: { active: false } });
    expect(patched.data.active).toBe(false);
    expect((await api.request("/api/me", { cookie: staff })).status).toBe(401);
    const again = await api.request("/api/auth/login", { method: "POST", json: { login: DEMO.staff, password: DEMO.password } });
    expect(again).toMatchObject({ status: 403, data: { error: { code: "account_inactive" } } });
  });

  it("logs out: the old cookie stops working", async () => {
    const cookie = await api.signIn(DEMO.staff);
    expect((await api.request("/api/auth/logout", { method: "POST", cookie })).status).toBe(204);
    expect((await api.request("/api/me", { cookie })).status).toBe(401);
  });

  it("refuses a tampered or expired session cookie", async () => {
    const cookie = await api.signIn(DEMO.staff);
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${decodeURIComponent(value!).replace(/^demo-\d+/, "demo-1")}`;
    expect((await api.request("/api/me", { cookie: tampered })).status).toBe(401);
    api.clock.advance(13 * 3600_000);
    expect((await api.request("/api/me", { cookie })).status).toBe(401);
  });

  it("refuses state-changing requests sent from another site", async () => {
    const cookie = await api.signIn(DEMO.admin);
    const crossSite = await api.request("/api/units", {
      method: "POST",
      cookie,
      headers: { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      json: { code: "EVIL", name: "Unit Palsu", kind: "lainnya" },
    });
    expect(crossSite).toMatchObject({ status: 403, data: { error: { code: "cross_site_request" } } });
    const oldBrowser = await api.request("/api/units", {
      method: "POST",
      cookie,
      headers: { origin: "https://evil.example" },
      json: { code: "EVIL", name: "Unit Palsu", kind: "lainnya" },
    });
    expect(oldBrowser.status).toBe(403);
    const sameOrigin = await api.request("/api/units", {
      method: "POST",
      cookie,
      headers: { "sec-fetch-site": "same-origin", origin: "http://localhost" },
      json: { code: "BPBD", name: "Badan Penanggulangan Bencana Daerah", kind: "badan" },
    });
    expect(sameOrigin.status).toBe(201);
  });
});
