import { randomBytes } from "node:crypto";
import { createStaffApi } from "@kompeten/functions/api/app";
import { staffRouteTables } from "@kompeten/functions/api/areas";
import { DEMO_PASSWORD } from "../src/demo-data";
import type { Benchmark } from "./benchmark";
import { nodePeakRssMiB, startBenchEnvironment } from "./environment";
import { captureReads, type BareRead } from "./bare-reads";
import { caller, serveApp, startHttpFloor } from "./http";
import { measureInterleaved, median, percentile, renderTable, summarizeCommands, measureOptionsFrom, type Probe } from "./measure";
import { cpuProfile } from "./profile";
import { BENCH_NOW, seedYear, UsageError, yearOptionsFrom, yearOptionSpecs, yearOptionsUsage } from "./seed";

const ADMIN = "admin@demo.mataramkota.go.id";
const STAFF = "pegawai@demo.mataramkota.go.id";

/**
 * The staff API's reads under a year of data, over HTTP as `npm start` serves them, each timed
 * in the same rounds as its two yardsticks: an HTTP floor answering as many bytes, and its
 * heaviest DynamoDB read sent bare. With `--profile <endpoint>` a CPU profile of that endpoint.
 */
export const apiBenchmark: Benchmark = {
  name: "api",
  summary: "latency and DynamoDB requests of the key staff API endpoints over a seeded year",
  options: {
    ...yearOptionSpecs,
    requests: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "max-seconds": { type: "string", default: "120" },
    profile: { type: "string" },
  },
  usage: `${yearOptionsUsage} [--requests 200] [--warmup 20] [--max-seconds 120] [--profile "staff?limit"]`,
  async run(values) {
    const year = yearOptionsFrom(values);
    const measureOptions = measureOptionsFrom(values, "requests");

    const env = await startBenchEnvironment({ now: () => new Date(BENCH_NOW) });
    const { ctx, requests } = env;

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

    // ---- the app on a real HTTP server (as `npm start` serves it), its HTTP floor, and two real sessions
    const app = createStaffApi({ ctx, sessionSecret: randomBytes(32).toString("hex"), secureCookies: false }, staffRouteTables);
    const server = await serveApp(app.fetch);
    const floor = await startHttpFloor();
    const call = caller(server.url);
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
    const staffId: string = JSON.parse((await call("/api/me", staff)).text).id;

    // ---- what to ask for
    const unit = fixture.units.find((u) => u.id === "diskominfo") ?? fixture.units[0]!;
    const rosterCourse = [...fixture.courses].sort((a, b) => Math.abs(a.total - 200) - Math.abs(b.total - 200))[0]!;
    const y = fixture.year;
    const endpoints: { name: string; as: "admin" | "staff"; path: string; note: (body: any) => string }[] = [
      { name: "GET /api/me", as: "staff", path: "/api/me", note: (b) => `${b.name}, ${b.position}` },
      { name: "GET /api/staff/:id", as: "admin", path: `/api/staff/${staffId}`, note: (b) => `${b.name}, ${b.unitName}` },
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

    // ---- each endpoint once: what it answers, how big, which DynamoDB requests; its heaviest read becomes its bare yardstick
    console.log(`\nWhat each endpoint returns here (checked once before measuring):`);
    const checked: Checked[] = [];
    for (const e of endpoints) {
      const cookie = e.as === "admin" ? admin : staff;
      requests.reset();
      const reads = captureReads(env);
      const response = await call(e.path, cookie);
      reads.stop();
      if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status} ${response.text.slice(0, 300)}`);
      const bare = reads.heaviest();
      console.log(`  ${e.name.padEnd(42)} ${e.note(JSON.parse(response.text))}`);
      checked.push({
        ...e,
        cookie,
        bytes: Buffer.byteLength(response.text),
        dynamoRequests: requests.count,
        commands: summarizeCommands(requests.commands),
        bare,
      });
    }

    // ---- all of them, and their floors and bare reads, in the same rounds
    const probes: Probe[] = checked.flatMap((e) => [
      {
        name: `api ${e.name}`,
        run: async () => {
          const response = await call(e.path, e.cookie);
          if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status}`);
        },
      },
      { name: `floor ${e.name}`, run: async () => void (await (await fetch(`${floor.url}/${e.bytes}`)).arrayBuffer()) },
      { name: `bare ${e.name}`, run: () => e.bare.replay() },
    ]);
    console.log(`\nMeasuring: ${measureOptions.warmup} warm-up rounds, then ${measureOptions.requests} rounds of ${probes.length} probes (each endpoint, its floor, its bare read, in turn)…`);
    const { samples, cutShort } = await measureInterleaved(probes, measureOptions);

    console.log(
      `\nAbsolute times depend on the machine (and DynamoDB Local is not DynamoDB): read the ratios. ` +
        `floor: a plain node:http server answering the same number of JSON bytes over the same loopback; ` +
        `bare: the endpoint's heaviest DynamoDB read alone, sent by the raw SDK client; ` +
        `target: median <= 1.3 x (floor + bare).`,
    );
    console.log(
      `Data: ${fixture.units.reduce((a, u) => a + u.members, 0)} staff in ${fixture.units.length} units, ${fixture.courses.length} courses, ` +
        `${fixture.items.enrollment} enrollments (+ the demo catalog); clock fixed at ${fixture.now.toISOString()}; HTTP on 127.0.0.1, sequential.\n`,
    );
    const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
    const rows = checked.map((e) => {
      const api = median(samples.get(`api ${e.name}`)!);
      const floorMs = median(samples.get(`floor ${e.name}`)!);
      const bareMs = median(samples.get(`bare ${e.name}`)!);
      const ratio = api / (floorMs + bareMs);
      return [
        e.name,
        e.as,
        `${(e.bytes / 1024).toFixed(1)} KB`,
        fmt(api),
        fmt(percentile(samples.get(`api ${e.name}`)!, 99)),
        fmt(floorMs),
        `${fmt(bareMs)} ${e.bare.command}`,
        `${ratio.toFixed(2)}x${ratio <= 1.3 ? "" : " *"}`,
        String(e.dynamoRequests),
        e.commands,
      ];
    });
    console.log(
      renderTable(
        ["endpoint", "as", "JSON", "median ms", "p99 ms", "floor ms", "bare ms", "/ (floor+bare)", "DynamoDB req", "DynamoDB commands"],
        rows,
        [false, false, true, true, true, true, true, true, true, false],
      ),
    );
    console.log(`n = ${samples.get(probes[0]!.name)!.length} rounds${cutShort ? ` (stopped early by --max-seconds ${measureOptions.maxSeconds})` : ""}; * above the 1.3x target`);

    // ---- where the app's own time goes, for one endpoint
    const profiled = typeof values.profile === "string" ? checked.find((e) => e.name.includes(values.profile as string)) : undefined;
    if (values.profile && !profiled) throw new UsageError(`--profile: no endpoint named like "${values.profile}"`);
    if (profiled) {
      const file = `bench-api.cpuprofile`;
      const top = await cpuProfile(file, async () => {
        for (let i = 0; i < measureOptions.requests; i++) await call(profiled.path, profiled.cookie);
      });
      console.log(`\nCPU profile of ${measureOptions.requests} x ${profiled.name} (written to ${file}, opens in Chrome DevTools): self time`);
      const share = (rows: { name: string; share: number }[]) => rows.map((r) => [r.name, `${(r.share * 100).toFixed(1)}%`]);
      console.log(renderTable(["code (the server, the client and the floor share this process)", "share"], share(top.owners), [false, true]));
      console.log();
      console.log(renderTable(["function", "share"], share(top.functions), [false, true]));
    }

    await server.close();
    await floor.close();
    console.log(`\nPeak RSS: node ${nodePeakRssMiB().toFixed(0)} MiB` + fmtJava(env.javaPeakRssMiB()));
  },
};

interface Checked {
  name: string;
  as: string;
  path: string;
  cookie: string;
  bytes: number;
  dynamoRequests: number;
  commands: string;
  bare: BareRead;
}

const fmtCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");

const fmtJava = (mib: number | null) => (mib === null ? "" : `, DynamoDB Local (java) ${mib.toFixed(0)} MiB`);
