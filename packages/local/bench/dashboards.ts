import { randomBytes } from "node:crypto";
import { rebuildFigures, type RebuildResult } from "@kompeten/core/aggregates/rebuild";
import { standardLevels } from "@kompeten/core/competencies/competencies";
import type { AppContext } from "@kompeten/core/context";
import { formCompetencies, type EvaluationRecord } from "@kompeten/core/cycles/cycles";
import type { PlanItem } from "@kompeten/core/plans/plans.schemas";
import type { StaffRecord } from "@kompeten/core/staff/staff";
import { NO_SUPERVISOR } from "@kompeten/core/staff/staff.entity";
import { quarter, quarterOf } from "@kompeten/core/time";
import type { FinalRating, PositionLevel } from "@kompeten/core/values";
import { createStaffApi } from "@kompeten/functions/api/app";
import { staffRouteTables } from "@kompeten/functions/api/areas";
import { DEMO_PASSWORD } from "../src/demo-data";
import type { Benchmark } from "./benchmark";
import { captureReads, recordKeys, type BareRead, type ReadSchedule } from "./bare-reads";
import { cleanUp, nodePeakRssMiB, startBenchEnvironment } from "./environment";
import { caller, serveApp, startHttpFloor } from "./http";
import { measureInterleaved, measureOptionsFrom, median, percentile, renderTable, summarizeCommands, type MeasureOptions, type Probe } from "./measure";
import { BENCH_NOW, batchPutTasks, generator, positiveInt, runPool, seedYear, UsageError } from "./seed";
import { weighted, type Random } from "./seed/random";

const DOMAIN = "demo.mataramkota.go.id";
const ADMIN = `admin@${DOMAIN}`;
const SUPERVISOR = `atasan@${DOMAIN}`;
const STAFF = `pegawai@${DOMAIN}`;

/** A growth of a ratio (to the call's own reads, to the bare Query) beyond this, between the smallest and the largest size, counts as growing (the rest is noise). */
const GROWTH_TOLERANCE = 1.25;
/** Rounds of the team of the largest unit's head, timed apart. */
const HEAD_ROUNDS = 10;

/** One dashboard as measured at one size. */
interface Measured {
  key: string;
  name: string;
  login: string;
  path: string;
  /** What it showed, in words (checked once before measuring). */
  shows: string;
  bytes: number;
  dynamoRequests: number;
  commands: string;
  itemsRead: number;
  /** Every DynamoDB read the call made, to send again bare in its order and parallelism. */
  own: ReadSchedule;
  p50: number;
  p99: number;
  floorP50: number;
  /** The p50 of its own reads sent bare, in the same rounds. */
  ownP50: number;
}

interface SizeResult {
  requested: number;
  activeStaff: number;
  units: number;
  seedSeconds: number;
  assessed: number;
  rebuild: {
    result: RebuildResult;
    seconds: number;
    requests: number;
    byCommand: Map<string, number>;
    written: number;
    read: number;
    nodeCpu: number;
    javaCpu: number | null;
  };
  calls: Measured[];
  bare: { read: BareRead; p50: number; p99: number };
  /** The Query of the units (gsi1, in the partition the staff name words share), bare. */
  bareUnits: { read: BareRead; p50: number; p99: number };
  /** The team dashboard of the largest unit's head (the whole unit), timed apart: it lists every person in it. */
  headTeam: { login: string; unitId: string; members: number; dynamoRequests: number; itemsRead: number; bytes: number; own: ReadSchedule; p50: number; ownP50: number; bareP50: number };
  rounds: number;
  cutShort: boolean;
  javaPeakMiB: number | null;
}

/**
 * The five dashboards over HTTP as `npm start` serves them, over N staff with a year of facts
 * (courses, enrollments, completions and their JP, last quarter's final evaluations with the
 * levels they set) and the figures rebuilt from them by the nightly rebuild, itself timed. Each
 * dashboard is timed in the same rounds as an HTTP floor answering as many bytes, its own
 * DynamoDB reads sent bare by the raw SDK client in the order and with the parallelism it sends
 * them (the ratio to those is the app's own cost: ElectroDB, the figures, JSON, HTTP), and a
 * bare DynamoDB Query of the unit counters (the read the city dashboard and the heat map make),
 * with the requests and items each call costs; a second bare Query, of the units, shows what
 * DynamoDB Local makes of a partition many other items share. Several sizes (`--staff
 * 1000,10000`; the default 1000,3000 keeps to a few minutes) each get their own DynamoDB
 * Local and end in a table of the ratios side by side.
 */
export const dashboardsBenchmark: Benchmark = {
  name: "dashboards",
  summary: "the dashboards (me, team, city, unit, gaps) over N staff, sizes as a comma list: DynamoDB requests, items, latency as a ratio to their own reads sent bare and to one bare Query; the figures' rebuild",
  options: {
    staff: { type: "string", default: "1000,3000" },
    rounds: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "max-seconds": { type: "string", default: "30" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "1" },
  },
  usage: "[--staff 1000,3000 | --staff 1000,10000 | --staff 10000] [--rounds 200] [--warmup 20] [--max-seconds 30] [--concurrency 8] [--seed 1]",
  async run(values) {
    const sizes = staffSizes(values.staff);
    const concurrency = positiveInt(values, "concurrency", 1);
    const seed = positiveInt(values, "seed", 0);
    const measureOptions = measureOptionsFrom(values, "rounds");

    console.log(
      `The dashboards against DynamoDB Local (in memory), one fresh instance per size: ${sizes.join(", ")} staff (+ the demo's). ` +
        `Per size: a year seeded (courses and enrollments scale with staff: one course per 50 staff, four enrollments a person), ` +
        `last quarter's final evaluations for most people, the figures rebuilt (timed), then each dashboard over HTTP.`,
    );
    const results: SizeResult[] = [];
    for (const staff of sizes) {
      results.push(await runSize(staff, { concurrency, seed, measureOptions }));
      await cleanUp(); // stop this size's DynamoDB Local before the next starts
    }
    if (results.length > 1) printComparison(results);
    console.log(`\nPeak RSS: node ${nodePeakRssMiB().toFixed(0)} MiB (this process, whole run)`);
  },
};

function staffSizes(raw: string | boolean | undefined): number[] {
  const parts = typeof raw === "string" ? raw.split(",").map((p) => p.trim()) : [];
  if (!parts.length || parts.some((p) => !/^\d+$/.test(p) || !Number.isSafeInteger(Number(p)) || Number(p) < 50)) {
    throw new UsageError(`--staff must be a whole number of at least 50 or a comma list of them (1000,10000), not "${raw}"`);
  }
  return parts.map(Number);
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const secs = (s: number) => (s >= 100 ? s.toFixed(0) : s.toFixed(1));

async function runSize(staff: number, options: { concurrency: number; seed: number; measureOptions: MeasureOptions }): Promise<SizeResult> {
  const env = await startBenchEnvironment({ now: () => new Date(BENCH_NOW) });
  const { ctx, requests } = env;
  const courses = Math.max(20, Math.round(staff / 50));
  const enrollments = staff * 4;

  // ---- a year of facts, then last quarter's final evaluations and the levels they set
  console.log(`\n=== ${staff} staff ===`);
  console.log(`Seeding the demo data and a year: ${staff} staff, ${courses} courses, ${enrollments} enrollments (seed ${options.seed})…`);
  const seedStarted = performance.now();
  const fixture = await seedYear(ctx, { staff, courses, enrollments, concurrency: options.concurrency, seed: options.seed });
  const { data: everyone } = await ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
  const assessed = await seedAssessments(ctx, everyone, options.concurrency, generator(options.seed + 104_729));
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const activeStaff = everyone.filter((s) => s.active).length;
  console.log(
    `Seeded in ${secs(seedSeconds)} s (${Object.entries(fixture.timings)
      .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
      .join(", ")}): ${activeStaff} active staff in ${fixture.units.length} units; ` +
      `${fixture.items.ledgerEntry ?? 0} completions with their JP; ${assessed.count} final evaluations of ${assessed.cycleId} with the levels they set.`,
  );

  // ---- the figures, as the nightly rebuild makes them from those facts
  console.log(`rebuildFigures(ctx)…`);
  requests.reset();
  const javaBefore = env.javaCpuSeconds();
  const cpuBefore = process.cpuUsage();
  const rebuildStarted = performance.now();
  const result = await rebuildFigures(ctx);
  const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const javaAfter = env.javaCpuSeconds();
  const rebuild = {
    result,
    seconds: rebuildSeconds,
    requests: requests.count,
    byCommand: new Map(requests.byCommand),
    written: requests.itemsWritten,
    read: requests.itemsRead,
    nodeCpu: (cpu.user + cpu.system) / 1e6,
    javaCpu: javaBefore === null || javaAfter === null ? null : javaAfter - javaBefore,
  };
  console.log(
    `  ${secs(rebuildSeconds)} s for ${result.staff} people, ${result.topics} topics, ${result.units} units ` +
      `(${((rebuildSeconds * 1000) / result.staff).toFixed(2)} ms a person; node CPU ${rebuild.nodeCpu.toFixed(1)} s` +
      `${rebuild.javaCpu === null ? "" : `, DynamoDB Local CPU ${rebuild.javaCpu.toFixed(1)} s`}); ` +
      `${rebuild.requests} requests (${(rebuild.requests / result.staff).toFixed(2)} a person: ${[...rebuild.byCommand].map(([c, n]) => `${c} ${n}`).join(", ")}), ` +
      `${rebuild.read} items read, ${rebuild.written} written; changed: ${result.changed.staff} people, ${result.changed.topics} topics, ${result.changed.units} units`,
  );

  // ---- the app on a real HTTP server, its floor, the sessions
  const app = createStaffApi({ ctx, sessionSecret: randomBytes(32).toString("hex"), secureCookies: false }, staffRouteTables);
  const server = await serveApp(app.fetch);
  const floor = await startHttpFloor();
  const call = caller(server.url);
  const cookies = new Map<string, string>();
  const signIn = async (login: string) => {
    if (cookies.has(login)) return cookies.get(login)!;
    const response = await call("/api/auth/login", undefined, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login, password: DEMO_PASSWORD }),
    });
    if (response.status !== 200) throw new Error(`sign-in of ${login} failed: ${response.status} ${response.text.slice(0, 200)}`);
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
    cookies.set(login, cookie);
    return cookie;
  };

  // The unit measured: the largest (the most people behind the JP pace to list); its head, for the team of a whole unit.
  const largest = [...fixture.units].sort((a, b) => b.members - a.members)[0]!;
  const rank = (level: string) => (["pelaksana", "pengawas", "administrator", "jpt_pratama", "jpt_madya"] as string[]).indexOf(level);
  const head = everyone.filter((s) => s.active && s.unitId === largest.id).sort((a, b) => rank(b.positionLevel) - rank(a.positionLevel) || a.id.localeCompare(b.id))[0]!;

  const endpoints = [
    { key: "me", name: "GET /api/dashboards/me", login: STAFF, path: "/api/dashboards/me" },
    { key: "team", name: "GET /api/dashboards/team", login: SUPERVISOR, path: "/api/dashboards/team" },
    { key: "city", name: "GET /api/dashboards/city", login: ADMIN, path: "/api/dashboards/city" },
    { key: "unit", name: `GET /api/dashboards/units/${largest.id}`, login: ADMIN, path: `/api/dashboards/units/${largest.id}` },
    { key: "gaps", name: "GET /api/dashboards/gaps", login: ADMIN, path: "/api/dashboards/gaps" },
  ];

  // ---- each once: what it shows, which DynamoDB requests, how many items
  console.log(`\nWhat each dashboard shows here (checked once before measuring):`);
  const checked: (Omit<Measured, "p50" | "p99" | "floorP50" | "ownP50"> & { reads: string })[] = [];
  const check = async (e: (typeof endpoints)[number]) => {
    const cookie = await signIn(e.login);
    requests.reset();
    const keys = recordKeys(env);
    const captured = captureReads(env);
    const response = await call(e.path, cookie);
    captured.stop();
    keys.stop();
    if (response.status !== 200) throw new Error(`GET ${e.path} as ${e.login}: ${response.status} ${response.text.slice(0, 300)}`);
    return {
      ...e,
      shows: describe(e.key, JSON.parse(response.text), activeStaff),
      bytes: Buffer.byteLength(response.text),
      dynamoRequests: requests.count,
      commands: summarizeCommands(requests.commands),
      itemsRead: requests.itemsRead,
      own: captured.schedule(),
      reads: keys.lines.join("; "),
    };
  };
  for (const e of endpoints) {
    const c = await check(e);
    console.log(`  ${c.name} as ${c.login}: ${c.shows}\n    DynamoDB: ${c.own.steps}; ${c.itemsRead} items, ${(c.bytes / 1024).toFixed(1)} KB of JSON`);
    if (c.own.reads.length !== c.dynamoRequests) console.log(`  (!) ${c.own.reads.length} reads captured to send bare, of ${c.dynamoRequests} requests`);
    checked.push(c);
  }

  // The yardstick: the Query of every unit's counters (one partition), as the city dashboard and the heat map send it.
  const reads = captureReads(env);
  const { data: unitRows } = await ctx.db.entities.unitFigures.query.byUnit({}).go({ pages: "all" });
  reads.stop();
  const bareRead = reads.heaviest();
  if (bareRead.command !== "Query" || bareRead.items !== unitRows.length) console.log(`  (!) the bare read is a ${bareRead.command} of ${bareRead.items} items, not the Query of ${unitRows.length} unit counters`);
  const unitReads = captureReads(env);
  await ctx.db.entities.unit.query.all({}).go({ pages: "all" });
  unitReads.stop();
  const bareUnitsRead = unitReads.heaviest();

  // ---- the five, their floors and the bare Query, in the same rounds
  const probes: Probe[] = [
    ...checked.flatMap((e) => [
      {
        name: `api ${e.key}`,
        run: async () => {
          const response = await call(e.path, cookies.get(e.login));
          if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status}`);
        },
      },
      { name: `floor ${e.key}`, run: async () => void (await (await fetch(`${floor.url}/${e.bytes}`)).arrayBuffer()) },
      { name: `own ${e.key}`, run: () => e.own.run() },
    ]),
    { name: "bare", run: () => bareRead.replay() },
    { name: "bare units", run: () => bareUnitsRead.replay() },
  ];
  const m = options.measureOptions;
  console.log(`\nMeasuring: ${m.warmup} warm-up rounds, then ${m.requests} rounds of ${probes.length} probes (each dashboard, its floor, its own reads sent bare; the two bare Queries; in turn)…`);
  const { samples, cutShort } = await measureInterleaved(probes, m);
  const calls: Measured[] = checked.map((e) => ({
    ...e,
    p50: median(samples.get(`api ${e.key}`)!),
    p99: percentile(samples.get(`api ${e.key}`)!, 99),
    floorP50: median(samples.get(`floor ${e.key}`)!),
    ownP50: median(samples.get(`own ${e.key}`)!),
  }));
  const bare = { read: bareRead, p50: median(samples.get("bare")!), p99: percentile(samples.get("bare")!, 99) };
  const bareUnits = { read: bareUnitsRead, p50: median(samples.get("bare units")!), p99: percentile(samples.get("bare units")!, 99) };
  const rounds = samples.get(probes[0]!.name)!.length;

  // ---- the team of the largest unit's head: every person in the unit, so it grows with the unit; timed apart, with its own reads sent bare
  const headCheck = await check({ key: "team", name: "GET /api/dashboards/team", login: head.email, path: "/api/dashboards/team" });
  const headSamples = await measureInterleaved(
    [
      { name: "api", run: async () => void (await call("/api/dashboards/team", cookies.get(head.email))) },
      { name: "own", run: () => headCheck.own.run() },
      { name: "bare", run: () => bareRead.replay() },
    ],
    { warmup: 1, requests: HEAD_ROUNDS, maxSeconds: 15, minRequests: 5 },
  );
  const headTeam = {
    login: head.email,
    unitId: largest.id,
    members: (JSON.parse((await call("/api/dashboards/team", cookies.get(head.email))).text) as { members: unknown[] }).members.length,
    dynamoRequests: headCheck.dynamoRequests,
    itemsRead: headCheck.itemsRead,
    bytes: headCheck.bytes,
    own: headCheck.own,
    p50: median(headSamples.samples.get("api")!),
    ownP50: median(headSamples.samples.get("own")!),
    bareP50: median(headSamples.samples.get("bare")!),
  };

  await server.close();
  await floor.close();

  const size: SizeResult = {
    requested: staff,
    activeStaff,
    units: fixture.units.length,
    seedSeconds,
    assessed: assessed.count,
    rebuild,
    calls,
    bare,
    bareUnits,
    headTeam,
    rounds,
    cutShort,
    javaPeakMiB: env.javaPeakRssMiB(),
  };
  printSize(size);
  return size;
}

/** One line of what a dashboard's answer holds, to see that the figures are there. */
function describe(key: string, body: any, activeStaff: number): string {
  switch (key) {
    case "me":
      return `JP ${body.jp.earned} of ${body.jp.target} (expected by now ${body.jp.expectedByNow}, planned ${body.jp.planned}), ${body.courses.length} upcoming courses, ${body.reviews.length} open reviews, ${body.planItems.length} plan items, ${body.notifications.unread} unread notifications`;
    case "team":
      return `${body.totals.members} people in the subtree, ${body.totals.atRisk} behind the JP pace, ${body.totals.atTarget} at 20 JP; ${body.approvals.externalTraining + body.approvals.plans} approvals waiting`;
    case "city": {
      const t = body.totals;
      const consistent = t.staff === activeStaff ? "" : ` (!) the units' counters add up to ${t.staff} staff, not ${activeStaff}`;
      const last = t.trend.at(-2);
      return `${body.units.length} units, ${t.staff} staff${consistent}; ${t.jp.atTarget} at 20 JP, ${t.jp.atRisk} behind the pace, median ${t.jp.median} JP; ${last ? `${last.final} final ratings in ${last.cycleId}` : ""}`;
    }
    case "unit":
      return `${body.unit.name}: ${body.unit.staff} staff, ${body.unit.jp.atRisk} behind the pace; ${body.atRisk.length} listed as at risk, ${body.programs.length} programs`;
    case "gaps": {
      const cells = body.units.flatMap((u: any) => u.cells);
      return `${body.units.length} units x ${body.competencies.length} competencies: ${cells.filter((c: any) => c.meanGap !== null).length} cells shown, ${cells.filter((c: any) => c.hidden).length} hidden (under 5 people)`;
    }
  }
  return "";
}

function printSize(s: SizeResult) {
  console.log(
    `\nAbsolute times depend on the machine (and DynamoDB Local is not DynamoDB): read the ratios. ` +
      `floor: a plain node:http server answering the same number of JSON bytes over the same loopback; ` +
      `own reads: every DynamoDB read the call made, sent again by the raw SDK client in the same order and with the same parallelism ` +
      `(what went out together in one Promise.all goes out together), so p50 / own reads is the app's own cost (ElectroDB, the figures, JSON, HTTP); ` +
      `bare: one Query of every unit's counters (unitFigures, one partition, ${s.bare.read.items} items), the read the city dashboard and the heat map make, sent by the raw SDK client; ` +
      `bare units: the Query of the units (gsi1, ${s.bareUnits.read.items} items) both also make, in the partition the staff name words share (its ratio to the first shows what DynamoDB Local makes of that).`,
  );
  console.log(`Data: ${s.activeStaff} active staff in ${s.units} units; clock fixed at ${BENCH_NOW.toISOString()}; HTTP on 127.0.0.1, sequential.\n`);
  const rows = s.calls.map((c) => [
    c.name,
    c.login.split("@")[0]!,
    `${(c.bytes / 1024).toFixed(1)} KB`,
    String(c.dynamoRequests),
    c.commands,
    String(c.itemsRead),
    fmt(c.p50),
    fmt(c.p99),
    fmt(c.floorP50),
    fmt(c.ownP50),
    `${(c.p50 / c.ownP50).toFixed(2)}x`,
    `${(c.p50 / s.bare.p50).toFixed(2)}x`,
  ]);
  rows.push(["bare Query (unit counters)", "-", "-", "1", "Query", String(s.bare.read.items), fmt(s.bare.p50), fmt(s.bare.p99), "-", "-", "-", "1.00x"]);
  rows.push(["bare Query (units, gsi1)", "-", "-", "1", "Query", String(s.bareUnits.read.items), fmt(s.bareUnits.p50), fmt(s.bareUnits.p99), "-", "-", "-", `${(s.bareUnits.p50 / s.bare.p50).toFixed(2)}x`]);
  console.log(
    renderTable(
      ["dashboard", "as", "JSON", "DynamoDB req", "DynamoDB commands", "items read", "p50 ms", "p99 ms", "floor p50", "own reads p50", "p50 / own reads", "p50 / bare Query"],
      rows,
      [false, false, true, true, false, true, true, true, true, true, true, true],
    ),
  );
  console.log(`n = ${s.rounds} rounds${s.cutShort ? " (stopped early by --max-seconds)" : ""}`);
  const h = s.headTeam;
  console.log(
    `Apart: GET /api/dashboards/team as ${h.login.split("@")[0]}, head of ${h.unitId} (the largest unit): ${h.members} people, ${h.dynamoRequests} requests, ` +
      `${h.itemsRead} items, ${(h.bytes / 1024).toFixed(0)} KB; p50 ${fmt(h.p50)} ms, its own reads bare ${fmt(h.ownP50)} ms: ${(h.p50 / h.ownP50).toFixed(2)}x them, ` +
      `${(h.p50 / h.bareP50).toFixed(1)}x the bare Query (${HEAD_ROUNDS} rounds). It lists the whole unit, so its reads and its JSON grow with it.`,
  );
  console.log(
    `Rebuild: ${secs(s.rebuild.seconds)} s, ${((s.rebuild.seconds * 1000) / s.rebuild.result.staff).toFixed(2)} ms and ${(s.rebuild.requests / s.rebuild.result.staff).toFixed(2)} requests a person. ` +
      `Peak RSS of DynamoDB Local (java, this size): ${s.javaPeakMiB === null ? "-" : `${s.javaPeakMiB.toFixed(0)} MiB`}`,
  );
}

/** Whether a figure grew from the smallest size to the largest beyond the noise: "no (x1.04)", "yes (x2.31)". */
function growth(first: number, last: number, tolerance = GROWTH_TOLERANCE): string {
  if (first === 0) return last === 0 ? "no (=)" : "yes";
  const factor = last / first;
  return `${factor > tolerance ? "yes" : "no"} (x${factor.toFixed(2)})`;
}

function printComparison(results: SizeResult[]) {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const header = [
    "dashboard",
    ...results.flatMap((s) => [`req ${s.requested}`, `items ${s.requested}`, `p50/own ${s.requested}`, `p50/1 Query ${s.requested}`]),
    "grew? (p50/own)",
    "p50/1 Query grew?",
    "items grew?",
  ];
  const row = (name: string, at: (s: SizeResult) => { dynamoRequests: number; itemsRead: number; p50: number; ownP50: number; bareP50: number }) => {
    const own = (s: SizeResult) => at(s).p50 / at(s).ownP50;
    const single = (s: SizeResult) => at(s).p50 / at(s).bareP50;
    return [
      name,
      ...results.flatMap((s) => [String(at(s).dynamoRequests), String(at(s).itemsRead), `${own(s).toFixed(2)}x`, `${single(s).toFixed(2)}x`]),
      growth(own(first), own(last)),
      growth(single(first), single(last)),
      growth(at(first).itemsRead, at(last).itemsRead),
    ];
  };
  const rows = first.calls.map((c, i) => row(c.name.replace(/units\/[^/]+$/, "units/:unitId"), (s) => ({ ...s.calls[i]!, bareP50: s.bare.p50 })));
  rows.push(row("team of the largest unit's head (apart)", (s) => s.headTeam));
  rows.push(["bare Query (unit counters)", ...results.flatMap((s) => ["1", String(s.bare.read.items), "-", `${fmt(s.bare.p50)} ms`]), "-", "-", growth(first.bare.read.items, last.bare.read.items)]);
  rows.push([
    "bare Query (units, gsi1)",
    ...results.flatMap((s) => ["1", String(s.bareUnits.read.items), "-", `${(s.bareUnits.p50 / s.bare.p50).toFixed(2)}x`]),
    "-",
    growth(first.bareUnits.p50 / first.bare.p50, last.bareUnits.p50 / last.bare.p50),
    growth(first.bareUnits.read.items, last.bareUnits.read.items),
  ]);
  console.log(
    `\nThe dashboards at each size: DynamoDB requests and items read per call, and the median latency as a ratio to two yardsticks of the same run. ` +
      `p50/own: to the call's own DynamoDB reads sent bare (same requests, same order, same parallelism): the app's own cost (ElectroDB, the figures, JSON, HTTP), ` +
      `which is what "grew?" judges. p50/1 Query: to one bare Query of the unit counters, as before: it grows where a call reads more as the staff grow ` +
      `(the team and the unit list people, so their reads grow with the subtree and the unit) and where DynamoDB Local slows as the table grows ` +
      `(its Query of the units, in the index partition the staff name words share: the last row). ` +
      `"grew?" compares the largest size with the smallest; a factor up to x${GROWTH_TOLERANCE} counts as noise.\n`,
  );
  console.log(renderTable(header, rows, [false, ...results.flatMap(() => [true, true, true, true]), false, false, false]));
  console.log(`\nThe rebuild at each size:\n`);
  console.log(
    renderTable(
      ["staff", "seed s", "rebuild s", "ms/person", "requests", "req/person", "items read", "items written", "java MiB"],
      results.map((s) => [
        String(s.activeStaff),
        secs(s.seedSeconds),
        secs(s.rebuild.seconds),
        ((s.rebuild.seconds * 1000) / s.rebuild.result.staff).toFixed(2),
        String(s.rebuild.requests),
        (s.rebuild.requests / s.rebuild.result.staff).toFixed(2),
        String(s.rebuild.read),
        String(s.rebuild.written),
        s.javaPeakMiB === null ? "-" : s.javaPeakMiB.toFixed(0),
      ]),
      Array(9).fill(true),
    ),
  );
}

// ---- last quarter's final evaluations, and the levels they set ------------------------------------

const ratings: [FinalRating, number][] = [
  ["sangat_baik", 10],
  ["baik", 55],
  ["butuh_perbaikan", 25],
  ["kurang", 8],
  ["sangat_kurang", 2],
];

/**
 * Four in five of the generated staff with a supervisor get a finalized evaluation of last
 * quarter: the supervisor's scores become their levels (as finalizing does), around their
 * position's standard, and most have a plan. Written in batches with the staff records carrying
 * those levels; the demo's people keep what the demo gave them.
 */
async function seedAssessments(ctx: AppContext, staff: StaffRecord[], concurrency: number, r: Random) {
  const q = quarterOf(ctx.now());
  const last = q.quarter > 1 ? quarter(q.year, q.quarter - 1) : quarter(q.year - 1, 4);
  const finalizedAt = new Date(Date.parse(last.endsAt) - 5 * 86_400_000).toISOString();
  const records: StaffRecord[] = [];
  const evaluations: EvaluationRecord[] = [];
  for (const person of staff) {
    if (!person.active || person.id.startsWith("demo-") || person.supervisorId === NO_SUPERVISOR || !r.chance(0.8)) continue;
    const standard = standardLevels[person.positionLevel as PositionLevel];
    const formIds = formCompetencies(person);
    const levels = Object.fromEntries(formIds.map((id) => [id, Math.min(5, Math.max(1, standard + weighted<number>([[-2, 1], [-1, 3], [0, 4], [1, 2]], r)))]));
    const lowest = [...formIds].sort((a, b) => levels[a]! - levels[b]!)[0]!;
    const planStatus = weighted<EvaluationRecord["planStatus"]>([["approved", 50], ["submitted", 15], ["none", 35]], r);
    const plan: PlanItem[] =
      planStatus === "none"
        ? []
        : [{ id: `plan-${person.id}`, competencyId: lowest, action: r.pick(["course", "mentorship", "self_study"] as const), description: "", targetDate: `${q.year}-${r.pick(["09-30", "10-31", "11-30"])}`, status: "planned" }];
    records.push({ ...person, competencyLevels: { ...(person.competencyLevels as Record<string, number>), ...levels }, updatedAt: finalizedAt });
    evaluations.push({
      cycleId: last.id,
      staffId: person.id,
      staffName: person.name,
      unitId: person.unitId,
      unitName: person.unitName,
      supervisorId: person.supervisorId,
      positionLevel: person.positionLevel,
      competencyIds: formIds,
      peerIds: [],
      progress: { self: "submitted", supervisor: "submitted" },
      status: "finalized",
      finalRating: weighted(ratings, r),
      finalizedAt,
      plan,
      planStatus,
      ...(planStatus === "approved" ? { planApprovedBy: person.supervisorId } : {}),
      createdAt: last.startsAt,
      updatedAt: finalizedAt,
    });
  }
  const tasks = [
    ...batchPutTasks("staff", records, (chunk) => ctx.db.entities.staff.put(chunk).go()),
    ...batchPutTasks("evaluation", evaluations, (chunk) => ctx.db.entities.evaluation.put(chunk).go()),
  ];
  await runPool(tasks, concurrency);
  return { count: evaluations.length, cycleId: last.id };
}
