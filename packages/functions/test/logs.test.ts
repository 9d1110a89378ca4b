import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runJob } from "../src/jobs/jobs";
import { createStaffApi } from "../src/api/app";
import { staffRouteTables } from "../src/api/areas";
import { createForumApi } from "../src/forum/app";
import { createTestContext, DEMO, type TestContext } from "../../local/test/support";
import { seedDemoData } from "../../local/src/demo-data";

// Nothing secret in any log line: the apps log every request as in Lambda, and every console
// line of a run of sign-ins (right and wrong), a password change, the forum's code sign-in and
// the daily jobs is searched for the passwords, the codes, the cookies and the secrets.

const SESSION_SECRET = "log-test-session-secret-log-test-session-secret";
const CITIZEN_SECRET = "log-test-citizen-secret-log-test-citizen-secret";
const NEW_PASSWORD = "kata-sandi-baru-yang-panjang-2026";

describe("logs", () => {
  let test: TestContext;
  const lines: string[] = [];
  const secrets = new Set<string>([DEMO.password, NEW_PASSWORD, SESSION_SECRET, CITIZEN_SECRET]);

  beforeAll(async () => {
    test = await createTestContext();
    await seedDemoData(test.ctx, { forum: false });
    for (const level of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        lines.push(args.map((a) => (typeof a === "string" ? a : a instanceof Error ? `${a.message} ${a.stack}` : JSON.stringify(a))).join(" "));
      });
    }
  });
  afterAll(() => vi.restoreAllMocks());

  it("holds no password, code, cookie or secret, in a run that logs every request", async () => {
    const staff = createStaffApi({ ctx: test.ctx, sessionSecret: SESSION_SECRET, secureCookies: false, logRequests: true }, staffRouteTables);
    const forum = createForumApi({ ctx: test.ctx, citizenSecret: CITIZEN_SECRET, secureCookies: false, logRequests: true });
    const call = async (app: { request: (url: string, init: RequestInit) => Response | Promise<Response> }, path: string, init: { method?: string; json?: unknown; cookie?: string } = {}) => {
      const answer = await app.request(`http://localhost${path}`, {
        method: init.method ?? (init.json === undefined ? "GET" : "POST"),
        headers: { ...(init.json === undefined ? {} : { "content-type": "application/json" }), ...(init.cookie ? { cookie: init.cookie } : {}) },
        body: init.json === undefined ? undefined : JSON.stringify(init.json),
      });
      const cookie = (answer.headers.get("set-cookie") ?? "").split(";")[0]!;
      if (cookie.includes("=")) secrets.add(cookie.split("=").slice(1).join("="));
      return { status: answer.status, cookie, text: await answer.text() };
    };

    // Staff: a wrong password, the right one, a password change, a malformed body with a password in it.
    expect((await call(staff, "/api/auth/login", { json: { login: DEMO.staff, password: `${DEMO.password}-salah` } })).status).toBe(401);
    secrets.add(`${DEMO.password}-salah`);
    const signedIn = await call(staff, "/api/auth/login", { json: { login: DEMO.staff, password: DEMO.password } });
    expect(signedIn.status).toBe(200);
    const changed = await call(staff, "/api/auth/password", { json: { currentPassword: DEMO.password, newPassword: NEW_PASSWORD }, cookie: signedIn.cookie });
    expect(changed.status, changed.text).toBeLessThan(300);
    await call(staff, "/api/auth/login", { method: "POST", json: { login: DEMO.staff, password: NEW_PASSWORD, extra: "x".repeat(10) } });
    await staff.request("http://localhost/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: `{"login":"${DEMO.staff}","password":"${NEW_PASSWORD}"` });
    expect((await call(staff, "/api/me", { cookie: signedIn.cookie })).status).toBe(401);

    // A citizen signs in by the e-mailed code, after a wrong one.
    const email = "warga.log@example.org";
    expect((await call(forum, "/public/auth/code", { json: { email } })).status).toBe(200);
    const code = test.mail.filter((m) => m.to === email).at(-1)!.subject.match(/(\d{6})$/)![1]!;
    secrets.add(code);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    expect((await call(forum, "/public/auth/verify", { json: { email, code: wrong, displayName: "Warga Log" } })).status).toBe(401);
    const citizen = await call(forum, "/public/auth/verify", { json: { email, code, displayName: "Warga Log" } });
    expect(citizen.status).toBe(200);
    expect((await call(forum, "/public/me", { cookie: citizen.cookie })).status).toBe(200);

    // The daily jobs, as the schedule runs them.
    for (const job of ["send-reminders", "close-cycles", "mentoring-nudges", "forum-deadlines"] as const) await runJob(job, test.ctx, `log-${job}`);

    // The run was logged (a line per request at least), and no line holds a secret.
    expect(lines.filter((l) => l.includes('"path":"/api/auth/login"')).length).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => l.includes('"path":"/public/auth/verify"'))).toBe(true);
    const leaks = lines.flatMap((line) => [...secrets].filter((secret) => secret.length >= 6 && line.includes(secret)).map((secret) => `${secret.slice(0, 3)}…: ${line.slice(0, 200)}`));
    process.stdout.write(`logs: ${lines.length} lines searched for ${secrets.size} secrets, ${leaks.length} found\n`);
    expect(leaks).toEqual([]);
  });
});
