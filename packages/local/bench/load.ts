import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { evaluationId } from "@kompeten/core/evaluations/evaluations";
import { quarterOf } from "@kompeten/core/time";
import { DEMO_PASSWORD } from "../src/demo-data";
import type { InstanceInfo } from "../src/instance";
import type { Benchmark } from "./benchmark";
import { median, percentile, renderTable } from "./measure";
import { positiveInt } from "./seed";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** `npm start -- --memory` without the web build (the mix reads no pages), in its own process group. */
async function startRuntime(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "packages/local/src/start.ts", "--memory", "--port", String(port)], { cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid!, "SIGINT");
    } catch {
      // already gone
    }
  };
  const deadline = Date.now() + 180_000;
  while (!output.includes("Kompeten is running")) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
    if (Date.now() > deadline) {
      stop();
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const info = JSON.parse(readFileSync(join(root, ".data/instances", `${port}.json`), "utf8")) as InstanceInfo;
  return { info, stop };
}

type Answer = { status: number; data: any; cookie: string };

function client(base: string) {
  return async (path: string, init: { method?: string; json?: unknown; cookie?: string } = {}): Promise<Answer> => {
    const answer = await fetch(`${base}${path}`, {
      method: init.method ?? (init.json === undefined ? "GET" : "POST"),
      headers: { ...(init.json === undefined ? {} : { "content-type": "application/json" }), ...(init.cookie ? { cookie: init.cookie } : {}) },
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    const text = await answer.text();
    let data: any = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch {
      data = text;
    }
    return { status: answer.status, data, cookie: (answer.headers.get("set-cookie") ?? "").split(";")[0]! };
  };
}

/** A citizen signed in by the code the forum e-mailed to the runtime's mailbox. */
async function signInCitizen(call: ReturnType<typeof client>, mailboxDir: string, n: number): Promise<{ cookie: string }> {
  const email = `warga.beban${n}@example.org`;
  const asked = await call("/public/auth/code", { json: { email } });
  if (asked.status !== 200) throw new Error(`code for ${email}: ${asked.status} ${JSON.stringify(asked.data)}`);
  for (let tries = 0; tries < 40; tries++) {
    const letter = readdirSync(mailboxDir)
      .map((file) => readFileSync(join(mailboxDir, file), "utf8"))
      .find((text) => text.includes(`To: ${email}`));
    const code = letter && /(\d{6})/.exec(letter.split("\r\n\r\n").slice(1).join("\n"))?.[1];
    if (code) {
      const verified = await call("/public/auth/verify", { json: { email, code, displayName: `Warga Beban ${n}` } });
      if (verified.status !== 200) throw new Error(`verify ${email}: ${verified.status} ${JSON.stringify(verified.data)}`);
      return { cookie: verified.cookie };
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no code letter for ${email}`);
}

/** The routes of the mix, in the order each client sends them, again and again. */
const ROUTES = ["sign-in", "catalog", "course page", "enroll (hot course)", "review save", "forum list", "topic page", "support", "approve (JP)"] as const;
type Route = (typeof ROUTES)[number];

/**
 * A realistic mix against `npm start -- --memory` over HTTP with autocannon: each of N clients
 * signs in (each round of the mix as the next demo account), reads the catalog and a course, enrolls on one hot course,
 * saves its self-review draft, reads the forum and a topic, supports it as a citizen, and the
 * supervisor approves one external training again and again. Then the invariants: the hot
 * course not over its capacity, the topic's supports exact, the training's JP credited once.
 */
export const loadBenchmark: Benchmark = {
  name: "load",
  summary: "a realistic mix over HTTP (autocannon) against npm start -- --memory: throughput, p50/p99 per route, errors, then the invariants",
  options: {
    connections: { type: "string", default: "50" },
    duration: { type: "string", default: "60" },
    "hot-capacity": { type: "string", default: "10" },
  },
  usage: "[--connections 50] [--duration 60] [--hot-capacity 10]",
  async run(values) {
    const connections = positiveInt(values, "connections", 1);
    const duration = positiveInt(values, "duration", 1);
    const hotCapacity = positiveInt(values, "hot-capacity", 1);
    const port = await freePort();
    console.log(`Starting npm start -- --memory on port ${port} (demo data)…`);
    const runtime = await startRuntime(port);
    const base = `http://localhost:${port}`;
    const call = client(base);
    try {
      // ---- set-up: accounts, this quarter's cycle, a hot course, a training to approve, citizens and a topic
      const admin = await call("/api/auth/login", { json: { login: "admin@demo.mataramkota.go.id", password: DEMO_PASSWORD } });
      const staffPage = await call("/api/staff?limit=100", { cookie: admin.cookie });
      const accounts: { nip: string; id: string }[] = staffPage.data.items.map((s: { nip: string; id: string }) => ({ nip: s.nip, id: s.id }));
      const quarter = quarterOf(new Date());
      const opened = await call("/api/cycles", { cookie: admin.cookie, json: { year: quarter.year, quarter: quarter.quarter } });
      if (opened.status >= 300) throw new Error(`opening the cycle: ${opened.status} ${JSON.stringify(opened.data)}`);
      const now = new Date().toISOString();
      const catalog = await call("/api/courses?limit=50", { cookie: admin.cookie });
      const open = catalog.data.items.filter((c: { enrollOpensAt: string; enrollClosesAt: string; seatsLeft: number }) => c.enrollOpensAt <= now && c.enrollClosesAt > now && c.seatsLeft > 0);
      if (open.length === 0) throw new Error("the demo has no course open for enrollment");
      const hot = open[0];
      const capacity = Math.max(hot.enrolled, hotCapacity);
      const patched = await call(`/api/courses/${hot.id}`, { method: "PATCH", cookie: admin.cookie, json: { capacity } });
      if (patched.status !== 200) throw new Error(`hot course capacity: ${patched.status} ${JSON.stringify(patched.data)}`);
      const pegawai = await call("/api/auth/login", { json: { login: "pegawai@demo.mataramkota.go.id", password: DEMO_PASSWORD } });
      const atasan = await call("/api/auth/login", { json: { login: "atasan@demo.mataramkota.go.id", password: DEMO_PASSWORD } });
      const day = now.slice(0, 10);
      const training = await call("/api/learning/external", {
        cookie: pegawai.cookie,
        json: { title: "Pelatihan Beban Uji", institution: "BPSDM NTB", source: "external", startDate: day, endDate: day, jp: 3, evidence: "Sertifikat 1/2026" },
      });
      if (training.status !== 201) throw new Error(`external training: ${training.status} ${JSON.stringify(training.data)}`);
      const jpBefore = (await call(`/api/learning?staffId=${pegawai.data.id}`, { cookie: admin.cookie })).data.totalJp as number;
      const topics = await call("/public/topics");
      const topic = topics.data.items[0];
      const supportsBefore = topic.supports as number;
      const citizenCount = Math.min(connections, 40);
      console.log(`Signing in ${citizenCount} citizens by their e-mailed codes…`);
      const citizens: { cookie: string }[] = [];
      for (let i = 0; i < citizenCount; i++) citizens.push(await signInCitizen(call, runtime.info.mailboxDir, i));

      // ---- the load: one autocannon client per person
      type Context = { n: number; cookie?: string; staffId?: string; started?: number; route?: Route };
      let assigned = 0;
      const samples = new Map<Route, number[]>(ROUTES.map((r) => [r, []]));
      const statuses = new Map<Route, Map<number, number>>(ROUTES.map((r) => [r, new Map()]));
      const supportedBy = new Set<number>();
      const enrolledBy = new Set<string>();
      const approvals = { ok: 0 };
      const person = (c: Context) => accounts[c.n % accounts.length]!;
      // autocannon starts each round of the mix with a fresh context, so each round is the next person;
      // the first two rounds are the supervisor, whose approval of the training is the one that counts.
      const loginOf = (c: Context) => (c.n < 2 ? "atasan@demo.mataramkota.go.id" : person(c).nip);
      const request = (route: Route, build: (c: Context) => { method: string; path: string; body?: string; headers?: Record<string, string> }) => ({
        setupRequest: (req: any, context: any) => {
          const c = context as Context;
          if (c.n === undefined) c.n = assigned++;
          const built = build(c);
          c.started = performance.now();
          c.route = route;
          return { ...req, method: built.method, path: built.path, body: built.body, headers: { ...built.headers, ...(built.body ? { "content-type": "application/json" } : {}) } };
        },
        onResponse: (status: number, body: string, context: any, headers: Record<string, string>) => {
          const c = context as Context;
          samples.get(route)!.push(performance.now() - c.started!);
          const counts = statuses.get(route)!;
          counts.set(status, (counts.get(status) ?? 0) + 1);
          if (route === "sign-in" && status === 200) {
            c.cookie = (headers["set-cookie"] ?? "").split(";")[0];
            c.staffId = JSON.parse(body).id;
          }
          if (route === "support" && status === 200) supportedBy.add(c.n % citizens.length);
          if (route === "enroll (hot course)" && status === 201) enrolledBy.add(loginOf(c));
          if (route === "approve (JP)" && status === 200) approvals.ok++;
        },
      });
      const withCookie = (c: Context): Record<string, string> => (c.cookie ? { cookie: c.cookie } : {});
      const requests = [
        request("sign-in", (c) => ({ method: "POST", path: "/api/auth/login", body: JSON.stringify({ login: loginOf(c), password: DEMO_PASSWORD }) })),
        request("catalog", (c) => ({ method: "GET", path: "/api/courses?limit=20", headers: withCookie(c) })),
        request("course page", (c) => ({ method: "GET", path: `/api/courses/${open[c.n % open.length].id}`, headers: withCookie(c) })),
        request("enroll (hot course)", (c) => ({ method: "POST", path: `/api/courses/${hot.id}/enrollments`, headers: withCookie(c) })),
        request("review save", (c) => ({
          method: "PUT",
          path: `/api/evaluations/${encodeURIComponent(evaluationId(quarter.id, c.staffId ?? "-"))}/reviews/self`,
          body: JSON.stringify({ strengths: `Catatan ${c.n} pada ${new Date().toISOString()}` }),
          headers: withCookie(c),
        })),
        request("forum list", () => ({ method: "GET", path: "/public/topics" })),
        request("topic page", () => ({ method: "GET", path: `/public/topics/${topic.id}` })),
        request("support", (c) => ({ method: "PUT", path: `/public/topics/${topic.id}/support`, headers: citizens[c.n % citizens.length]! })),
        request("approve (JP)", (c) => ({
          method: "POST",
          path: `/api/learning/${pegawai.data.id}/entries/${training.data.id}/decision`,
          body: JSON.stringify({ approve: true }),
          headers: withCookie(c),
        })),
      ];
      console.log(`Load: ${connections} clients for ${duration} s, each sending ${ROUTES.join(", ")} in turn…`);
      const result = await autocannon({ url: base, connections, duration, requests: requests as never, initialContext: {} });

      // ---- invariants, read back through the API
      const course = (await call(`/api/courses/${hot.id}`, { cookie: admin.cookie })).data.course;
      const after = (await call(`/public/topics/${topic.id}`)).data;
      const supportsAfter = (after.topic ?? after).supports as number;
      const learning = (await call(`/api/learning?staffId=${pegawai.data.id}`, { cookie: admin.cookie })).data;
      const credited = learning.entries.filter((e: { id: string; status?: string }) => e.id === training.data.id);

      const rows = ROUTES.map((route) => {
        const times = samples.get(route)!;
        const counts = [...statuses.get(route)!].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(" ");
        return [route, String(times.length), times.length ? median(times).toFixed(1) : "-", times.length ? percentile(times, 99).toFixed(1) : "-", counts];
      });
      const serverErrors = [...statuses.values()].reduce((sum, counts) => sum + [...counts].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0), 0);
      console.log(`\n${renderTable(["route", "requests", "p50 ms", "p99 ms", "statuses"], rows, [false, true, true, true, false])}`);
      console.log(
        `\nThroughput: ${result.requests.average.toFixed(0)} requests/s on average (${result.requests.total} in ${result.duration.toFixed(0)} s), ` +
          `overall p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
          `errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${serverErrors} answers 5xx (must all be 0).`,
      );
      console.log(
        [
          `Invariants:`,
          `  hot course: ${course.enrolled} enrolled of ${course.capacity} seats, ${course.waitlisted} waiting: ${course.enrolled <= course.capacity ? "not over capacity" : "OVER CAPACITY"}; ` +
            `${hot.enrolled + hot.waitlisted} before + ${enrolledBy.size} people answered 201 = ${hot.enrolled + hot.waitlisted + enrolledBy.size}, stored ${course.enrolled + course.waitlisted}: ` +
            `${course.enrolled + course.waitlisted === hot.enrolled + hot.waitlisted + enrolledBy.size ? "each once" : "NOT EACH ONCE"}`,
          `  topic supports: ${supportsBefore} before + ${supportedBy.size} citizens who supported = ${supportsBefore + supportedBy.size}; stored ${supportsAfter}: ${supportsAfter === supportsBefore + supportedBy.size ? "exact" : "NOT EXACT"}`,
          `  JP: the training approved ${approvals.ok} time(s) with 200, in the ledger ${credited.length} time(s); total ${jpBefore} -> ${learning.totalJp}: ${approvals.ok === 1 && credited.length === 1 && learning.totalJp === jpBefore + 3 ? "credited once" : "NOT CREDITED ONCE"}`,
        ].join("\n"),
      );
    } finally {
      runtime.stop();
    }
  },
};
