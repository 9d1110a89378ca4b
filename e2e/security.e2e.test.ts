import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signIn, startApp, type RunningApp } from "./app";

// Every page under its content security policy (scripts from the site only, no inline script,
// never framed), and user text that carries markup shown as text on every page that shows it.

/** Each part would run script if the page put it in as HTML. */
const PAYLOAD = `Uji <img src=x onerror="window.__xss=1"><svg onload="window.__xss=2"></svg><script>window.__xss=3</script>`;
/** Topic titles are shorter. */
const SHORT_PAYLOAD = `Uji <img src=x onerror="window.__xss=4"> antrean puskesmas`;
const MARKER = "Uji <img src=x";

describe("content security policy and inert user text", () => {
  let app: RunningApp;
  let browser: Browser;
  let topicId = "";

  /** JSON to the running app, as a script outside the browser would send it. */
  async function send(path: string, init: { method?: string; json?: unknown; cookie?: string } = {}) {
    const answer = await fetch(`${app.url}${path}`, {
      method: init.method ?? (init.json === undefined ? "GET" : "POST"),
      headers: { ...(init.json === undefined ? {} : { "content-type": "application/json" }), ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    const text = await answer.text();
    return { status: answer.status, data: text ? JSON.parse(text) : null, cookie: (answer.headers.get("set-cookie") ?? "").split(";")[0]! };
  }

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    // A citizen (display name with markup) writes a topic and a comment with markup.
    const email = `warga.csp.${Date.now()}@example.org`;
    expect((await send("/public/auth/code", { json: { email } })).status).toBe(200);
    const mailbox = await browser.newPage();
    await mailbox.goto(`${app.url}/dev/mailbox`);
    const letter = await mailbox.getByRole("article").filter({ hasText: `Kepada ${email}` }).first().textContent();
    await mailbox.close();
    const code = /Kode masuk forum: (\d{6})/.exec(letter ?? "")?.[1];
    expect(code, "the sign-in code in the mailbox").toBeTruthy();
    const citizen = await send("/public/auth/verify", { json: { email, code, displayName: "Warga <b onmouseover=alert(1)>Uji</b>" } });
    expect(citizen.status).toBe(200);
    const topic = await send("/public/topics", { cookie: citizen.cookie, json: { title: SHORT_PAYLOAD, body: `Antrean puskesmas terlalu panjang setiap pagi. ${PAYLOAD}`, area: "kesehatan", kecamatan: "ampenan" } });
    expect(topic.status, JSON.stringify(topic.data)).toBe(201);
    topicId = topic.data.topic.id;
    expect((await send(`/public/topics/${topicId}/comments`, { cookie: citizen.cookie, json: { body: `Saya juga mengalami. ${PAYLOAD}` } })).status).toBeLessThan(300);
    // An admin names a unit with markup: unit names show in many staff pages.
    const admin = await send("/api/auth/login", { json: { login: "admin@demo.mataramkota.go.id", password: "kompeten-demo" } });
    expect((await send("/api/units", { cookie: admin.cookie, json: { code: "UJI-CSP", name: PAYLOAD, kind: "lainnya" } })).status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** Opens a page, waits for it to settle, and returns its policy header and whatever the page saw. */
  async function visit(page: Page, path: string) {
    const response = await page.goto(`${app.url}${path}`);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: number }).__xss ?? null,
      violations: (window as unknown as { __violations: string[] }).__violations,
      text: document.body.innerText,
    }));
    return { csp: response?.headers()["content-security-policy"] ?? "", frameOptions: response?.headers()["x-frame-options"] ?? "", ...seen };
  }

  async function newPage() {
    const page = await (await browser.newContext()).newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Every blocked script, style or frame is reported here.
    await page.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener("securitypolicyviolation", (event) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    return { page, dialogs };
  }

  function expectStrictPolicy(csp: string) {
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
  }

  it("serves every page with the policy, and the pages work under it", async () => {
    const { page } = await newPage();
    for (const path of ["/", "/masuk", "/forum", `/forum/topik/${topicId}`, "/forum/masuk", "/sertifikat/TIDAK-ADA"]) {
      const seen = await visit(page, path);
      expectStrictPolicy(seen.csp);
      expect(seen.frameOptions, path).toBe("DENY");
      expect(seen.violations, path).toEqual([]);
    }
    // The signed-in pages too.
    await signIn(page, app.url, "admin@demo.mataramkota.go.id");
    for (const path of ["/", "/admin/dasbor", "/admin/dasbor/kesenjangan", "/kursus", "/evaluasi", "/mentoring", "/layanan-forum", "/admin/moderasi"]) {
      const seen = await visit(page, path);
      expectStrictPolicy(seen.csp);
      expect(seen.violations, path).toEqual([]);
    }
  });

  it("shows markup in user text as text on every page that shows it, and never runs it", async () => {
    const { page, dialogs } = await newPage();
    const anonymous = [`/forum`, `/forum/topik/${topicId}`];
    for (const path of anonymous) {
      const seen = await visit(page, path);
      expect(seen.xss, path).toBeNull();
      expect(seen.text, path).toContain(MARKER);
    }
    await signIn(page, app.url, "admin@demo.mataramkota.go.id");
    for (const path of ["/layanan-forum", `/layanan-forum/${topicId}`, "/admin/moderasi", "/admin/unit", "/admin/dasbor", "/admin/dasbor/kesenjangan"]) {
      const seen = await visit(page, path);
      expect(seen.xss, path).toBeNull();
      expect(seen.violations, path).toEqual([]);
    }
    // The unit's name is in the city dashboard as text.
    expect((await visit(page, "/admin/unit")).text).toContain(MARKER);
    expect(dialogs).toEqual([]);
  });

  it("keeps the API's own pages and answers under a policy without inline script", async () => {
    const docs = await fetch(`${app.url}/api/docs`);
    const csp = docs.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/script-src 'self' https:\/\/cdn\.jsdelivr\.net(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    // The docs page has no inline script: it starts Swagger UI from /api/docs.js.
    const html = await docs.text();
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    expect((await fetch(`${app.url}/api/docs.js`)).headers.get("content-type")).toContain("javascript");
    const json = await fetch(`${app.url}/public/health`);
    expect(json.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
