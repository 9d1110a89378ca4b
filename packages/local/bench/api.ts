import { randomBytes } from "node:crypto";
import { QueryCommand } from "@aws-sdk/client-dynamodb";
import { createStaffApi } from "@kompeten/functions/api/app";
import { DEMO_PASSWORD } from "../src/demo-data";
import type { Benchmark } from "./benchmark";
import { nodePeakRssMiB, startBenchEnvironment } from "./environment";
import { measure, measurementTable, type Measurement, type MeasureOptions } from "./measure";
import { BENCH_NOW, positiveInt, seedYear, yearOptionsFrom, yearOptionSpecs, yearOptionsUsage } from "./seed";

const ADMIN = "admin@demo.mataramkota.go.id";
const STAFF = "pegawai@demo.mataramkota.go.id";

/**
 * The staff API under a year of data: each key endpoint, sequentially, through the real
 * Hono app in-process (no network), next to a bare DynamoDB Query as the yardstick.
 */
export const apiBenchmark: Benchmark = {
  name: "api",
  summary: "latency and DynamoDB requests of the key staff API endpoints over a seeded year",
  options: {
    ...yearOptionSpecs,
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "max-seconds": { type: "string", default: "60" },
  },
  usage: `${yearOptionsUsage} [--requests 200] [--warmup 20] [--max-seconds 60]`,
  async run(values) {
    const year = yearOptionsFrom(values);
    const measureOptions: MeasureOptions = {
      requests: positiveInt(values, "requests"),
      warmup: positiveInt(values, "warmup", 0),
      maxSeconds: positiveInt(values, "max-seconds"),
    };

    console.log(`Starting DynamoDB Local (in memory)…`);
    const env = await startBenchEnvironment({ now: () => new Date(BENCH_NOW) });
    const { ctx, requests } = env;
    console.log(`  ${env.dynamo.endpoint}${env.javaPid ? ` (java pid ${env.javaPid})` : ""}`);

    console.log(`Seeding a year: ${year.staff} staff, ${year.courses} courses, ${year.enrollments} enrollments (seed ${year.seed})…`);
    const seedStarted = performance.now();
    const fixture = await seedYear(ctx, year);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const totalItems = Object.values(fixture.items).reduce((a, b) => a + b, 0);
    console.log(
      `Seeded ${totalItems} items in ${seedSeconds.toFixed(1)} s (${Math.round(totalItems / seedSeconds)} items/s): ` +
        Object.entries(fixture.timings)
          .map(([phase, s]) => `${phase} ${s.toFixed(1)} s`)
          .join(", "),
    );
    console.log(
      `  ${Object.entries(fixture.items)
        .map(([entity, n]) => `${entity} ${n}`)
        .join(", ")}`,
    );
    const statusCounts = fixture.courses.reduce<Record<string, number>>((acc, c) => ((acc[c.status] = (acc[c.status] ?? 0) + 1), acc), {});
    const enrollmentCounts = fixture.courses.reduce<Record<string, number>>((acc, c) => {
      for (const [status, n] of Object.entries(c.byStatus)) acc[status] = (acc[status] ?? 0) + n;
      return acc;
    }, {});
    console.log(`  courses: ${fmtCounts(statusCounts)}; enrollments: ${fmtCounts(enrollmentCounts)}`);

    // ---- the app, and two real sessions
    const app = createStaffApi({ ctx, sessionSecret: randomBytes(32).toString("hex"), secureCookies: false });
    const call = async (path: string, cookie?: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (cookie) headers.set("cookie", cookie);
      const response = await app.request(`http://localhost${path}`, { ...init, headers });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    };
    const signIn = async (login: string) => {
      const response = await call("/api/auth/login", undefined, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ login, password: DEMO_PASSWORD }),
      });
      if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.status} ${response.text.slice(0, 200)}`);
      return (response.headers.get("set-cookie") ?? "").split(";")[0]!;
    };
    const [admin, staff] = [await signIn(ADMIN), await signIn(STAFF)];
    const getJson = async (path: string, cookie: string) => {
      const response = await call(path, cookie);
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${response.text.slice(0, 300)}`);
      return JSON.parse(response.text);
    };

    // ---- what to ask for
    const unit = fixture.units.find((u) => u.id === "diskominfo") ?? fixture.units[0]!;
    const rosterCourse = [...fixture.courses].sort((a, b) => Math.abs(a.total - 200) - Math.abs(b.total - 200))[0]!;
    const y = fixture.year;
    const endpoints: { name: string; as: "admin" | "staff"; path: string; note: (body: any) => string }[] = [
      { name: "GET /api/me", as: "staff", path: "/api/me", note: (b) => `${b.name}, ${b.position}` },
      { name: "GET /api/staff?limit=25&unitId", as: "admin", path: `/api/staff?limit=25&unitId=${unit.id}`, note: (b) => `${b.items.length} of ${unit.members} in ${unit.id}` },
      { name: "GET /api/courses?limit=20", as: "staff", path: "/api/courses?limit=20", note: (b) => `${b.items.length} published courses` },
      {
        name: "GET /api/courses/:id",
        as: "staff",
        path: `/api/courses/${fixture.staffEnrolledCourseId}`,
        note: (b) => `${b.course.id}, mine: ${b.myEnrollment?.status ?? "none"}`,
      },
      ...(fixture.staffWaitlistedCourseId
        ? [
            {
              name: "GET /api/courses/:id (waitlisted)",
              as: "staff" as const,
              path: `/api/courses/${fixture.staffWaitlistedCourseId}`,
              note: (b: any) =>
                `${b.course.id}, mine: ${b.myEnrollment?.status} #${b.myEnrollment?.position} of ${b.course.waitlisted} waiting` +
                (b.myEnrollment?.position > b.course.waitlisted ? " (!) position beyond the waitlist's length" : ""),
            },
          ]
        : []),
      { name: `GET /api/learning?year=${y}`, as: "staff", path: `/api/learning?year=${y}`, note: (b) => `${b.entries.length} entries, ${b.totalJp} JP` },
      {
        name: "GET /api/courses/:id/enrollments",
        as: "admin",
        path: `/api/courses/${rosterCourse.id}/enrollments`,
        note: (b) => `${b.items.length} on the roster of ${rosterCourse.id}`,
      },
      {
        name: `GET /api/learning/report?year=${y}&unitId`,
        as: "admin",
        path: `/api/learning/report?year=${y}&unitId=${unit.id}`,
        note: (b) => `${b.items.length} members of ${unit.id}, ${b.items.filter((i: any) => i.belowTarget).length} below ${b.targetJp} JP`,
      },
    ];

    console.log(`\nWhat each endpoint returns here (checked once before measuring):`);
    for (const e of endpoints) console.log(`  ${e.name.padEnd(42)} ${e.note(await getJson(e.path, e.as === "admin" ? admin : staff))}`);

    // ---- the yardstick: one page of the roster course's partition, raw SDK, no ElectroDB, no HTTP app
    const params = ctx.db.entities.enrollment.query.byCourse({ courseId: rosterCourse.id }).params<{ ExpressionAttributeValues: Record<string, unknown> }>();
    const pk = params.ExpressionAttributeValues[":pk"];
    if (typeof pk !== "string") throw new Error("bench: could not derive the byCourse partition key");
    const bare = new QueryCommand({
      TableName: env.tableName,
      KeyConditionExpression: "#pk = :pk",
      ExpressionAttributeNames: { "#pk": "pk" },
      ExpressionAttributeValues: { ":pk": { S: pk } },
      Limit: 25,
    });

    console.log(`\nMeasuring: ${measureOptions.warmup} warm-up, then ${measureOptions.requests} sequential requests per endpoint…`);
    const results: Measurement[] = [];
    const baseline = await measure(
      "bare DynamoDB Query (Limit 25)",
      "-",
      async () => {
        const out = await env.client.send(bare);
        if (!out.Items) throw new Error("bench: the bare query returned nothing");
      },
      requests,
      measureOptions,
    );
    results.push(baseline);
    for (const e of endpoints) {
      const cookie = e.as === "admin" ? admin : staff;
      const m = await measure(
        e.name,
        e.as,
        async () => {
          const response = await call(e.path, cookie);
          if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status} ${response.text.slice(0, 300)}`);
        },
        requests,
        measureOptions,
      );
      results.push(m);
      process.stdout.write(".");
    }
    process.stdout.write("\n");

    console.log(
      `\nAbsolute times depend on the machine (and DynamoDB Local is not DynamoDB): read the ratios to the bare query and the request counts.`,
    );
    console.log(
      `Data: ${fixture.units.reduce((a, u) => a + u.members, 0)} staff in ${fixture.units.length} units, ${fixture.courses.length} courses, ` +
        `${fixture.items.enrollment} enrollments (+ the demo catalog); clock fixed at ${fixture.now.toISOString()}; in-process app.request, sequential.\n`,
    );
    console.log(measurementTable(results, baseline));
    if (results.some((m) => m.cutShort)) console.log(`* stopped early by --max-seconds ${measureOptions.maxSeconds}`);
    console.log(`\nPeak RSS: node ${nodePeakRssMiB().toFixed(0)} MiB` + fmtJava(env.javaPeakRssMiB()));
  },
};

const fmtCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");

const fmtJava = (mib: number | null) => (mib === null ? "" : `, DynamoDB Local (java) ${mib.toFixed(0)} MiB`);
