import { randomBytes } from "node:crypto";
import { competencies } from "@kompeten/core/competencies/competencies";
import { createStaffApi } from "@kompeten/functions/api/app";
import { staffRouteTables } from "@kompeten/functions/api/areas";
import { DEMO_PASSWORD } from "../src/demo-data";
import type { Benchmark } from "./benchmark";
import { captureReads, recordKeys, type BareRead } from "./bare-reads";
import { nodePeakRssMiB, startBenchEnvironment } from "./environment";
import { caller, serveApp, startHttpFloor } from "./http";
import { measureInterleaved, median, percentile, renderTable, summarizeCommands, measureOptionsFrom, type Probe } from "./measure";
import { BENCH_NOW, generator, positiveInt, seedMentors, seedStaff } from "./seed";

/** The measured mentee: an administrator (standard level 3), so a final evaluation can leave gaps below it. */
const MENTEE = "atasan@demo.mataramkota.go.id";

/**
 * Mentor suggestions for one signed-in person over N staff and M mentors, over HTTP as
 * `npm start` serves them: for one competency, and without one (the largest gaps and the
 * planned mentoring), each timed in the same rounds as an HTTP floor answering as many bytes
 * and a bare DynamoDB Query of the mentor index for that competency. With the DynamoDB
 * requests and items each call costs: a few Queries, one per competency, never one read per mentor.
 */
export const mentoringBenchmark: Benchmark = {
  name: "mentoring",
  summary: "mentor suggestions for one person over N staff and M mentors: latency, DynamoDB requests, ratio to a bare Query",
  options: {
    staff: { type: "string", default: "10000" },
    mentors: { type: "string", default: "500" },
    rounds: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "max-seconds": { type: "string", default: "120" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "1" },
  },
  usage: "[--staff 10000] [--mentors 500] [--rounds 200] [--warmup 20] [--max-seconds 120] [--concurrency 8] [--seed 1]",
  async run(values) {
    const staffCount = positiveInt(values, "staff", 0);
    const mentorCount = positiveInt(values, "mentors", 1);
    const concurrency = positiveInt(values, "concurrency", 1);
    const seed = positiveInt(values, "seed", 0);
    const measureOptions = measureOptionsFrom(values, "rounds");

    const env = await startBenchEnvironment({ now: () => new Date(BENCH_NOW) });
    const { ctx, requests } = env;

    // ---- staff, then mentors among them and the mentee's last evaluation
    console.log(`Seeding the demo data, ${staffCount} staff and ${mentorCount} mentors (seed ${seed})…`);
    const seedStarted = performance.now();
    const staffFixture = await seedStaff(ctx, { staff: staffCount, concurrency, seed });
    const { data: everyone } = await ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
    const mentee = everyone.find((s) => s.email === MENTEE);
    if (!mentee) throw new Error(`bench: the demo account ${MENTEE} is missing`);
    const mentors = await seedMentors(ctx, everyone, mentee, { mentors: mentorCount, concurrency }, generator(seed + 7_919));
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    console.log(
      `Seeded in ${seedSeconds.toFixed(1)} s (${Object.entries({ ...staffFixture.timings, ...mentors.timings })
        .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
        .join(", ")}): ${staffFixture.activeStaff} active staff in ${staffFixture.units.length} units.`,
    );
    console.log(
      `  ${mentors.mentors} mentors (${mentors.available} available) in ${mentors.perUnit.size} units, ${mentors.indexItems} mentor-index items; ` +
        `per competency ${Math.min(...mentors.perCompetency.values())}-${Math.max(...mentors.perCompetency.values())}`,
    );
    const levelsLine = competencies
      .map((c) => ({ id: c.id, level: mentors.menteeLevels[c.id] ?? 1 }))
      .filter((c) => c.level < mentors.standard)
      .map((c) => `${c.id} ${c.level}`)
      .join(", ");
    console.log(
      `  mentee ${mentee.name} (${mentee.positionLevel}, standard ${mentors.standard}, ${mentee.unitName}): below the standard after last quarter's ` +
        `final evaluation: ${levelsLine}; mentoring planned for ${mentors.plannedMentoring.join(", ")}`,
    );

    // ---- the app on a real HTTP server, its floor, the mentee's session
    const app = createStaffApi({ ctx, sessionSecret: randomBytes(32).toString("hex"), secureCookies: false }, staffRouteTables);
    const server = await serveApp(app.fetch);
    const floor = await startHttpFloor();
    const call = caller(server.url);
    const login = await call("/api/auth/login", undefined, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login: MENTEE, password: DEMO_PASSWORD }),
    });
    if (login.status !== 200) throw new Error(`sign-in of ${MENTEE} failed: ${login.status} ${login.text.slice(0, 200)}`);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;

    // The mentee's largest gap: the competency asked for by name.
    const competencyId = "komunikasi";
    const endpoints = [
      { name: `GET /api/mentors?competencyId=${competencyId}`, path: `/api/mentors?competencyId=${competencyId}` },
      { name: "GET /api/mentors (largest gaps)", path: "/api/mentors" },
    ];

    // ---- each once: what it answers, which DynamoDB requests, which partitions; the one-competency Query becomes the bare yardstick
    console.log(`\nWhat each call returns here (checked once before measuring):`);
    const checked: Checked[] = [];
    for (const e of endpoints) {
      requests.reset();
      const keys = recordKeys(env);
      const reads = captureReads(env);
      const response = await call(e.path, cookie);
      reads.stop();
      keys.stop();
      if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status} ${response.text.slice(0, 300)}`);
      const body = JSON.parse(response.text) as { items: { mentorId: string; name: string; competencyId: string; score: number; reasons: string[] }[] };
      const covered = [...new Set(body.items.map((s) => s.competencyId))];
      console.log(`  ${e.name}: ${body.items.length} suggestions over ${covered.join(", ")}`);
      for (const s of body.items.slice(0, 2)) console.log(`    ${String(s.score).padStart(3)} ${s.name}: ${s.reasons.join("; ")}`);
      console.log(`    DynamoDB: ${keys.lines.join("; ")}`);
      if (body.items.some((s) => s.mentorId === mentee.id || s.mentorId === mentee.supervisorId)) console.log(`    (!) the mentee or their supervisor is among the suggestions`);
      if (keys.reads.some((read) => read.entities.includes("mentor"))) console.log(`    (!) a mentor's record was read`);
      checked.push({
        ...e,
        bytes: Buffer.byteLength(response.text),
        suggestions: body.items.length,
        dynamoRequests: requests.count,
        commands: summarizeCommands(requests.commands),
        itemsRead: requests.itemsRead,
        queryItems: requests.itemsReadBy.get("Query") ?? 0,
        indexQueries: keys.reads.filter((read) => read.entities.includes("mentorcompetency")).length,
        indexItems: keys.reads.filter((read) => read.entities.includes("mentorcompetency")).reduce((n, read) => n + read.items, 0),
        bare: reads.heaviest(),
      });
    }
    const bare = checked[0]!.bare;
    if (bare.command !== "Query" || bare.items !== mentors.perCompetency.get(competencyId)) {
      console.log(`  (!) the bare read is a ${bare.command} of ${bare.items} items, not the Query of ${mentors.perCompetency.get(competencyId)} ${competencyId} mentors`);
    }

    // ---- both calls, their floors and the bare Query, in the same rounds
    const probes: Probe[] = [
      ...checked.flatMap((e) => [
        {
          name: `api ${e.name}`,
          run: async () => {
            const response = await call(e.path, cookie);
            if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status}`);
          },
        },
        { name: `floor ${e.name}`, run: async () => void (await (await fetch(`${floor.url}/${e.bytes}`)).arrayBuffer()) },
      ]),
      { name: "bare", run: () => bare.replay() },
    ];
    console.log(`\nMeasuring: ${measureOptions.warmup} warm-up rounds, then ${measureOptions.requests} rounds of ${probes.length} probes (each call, its floor, the bare Query, in turn)…`);
    const { samples, cutShort } = await measureInterleaved(probes, measureOptions);

    console.log(
      `\nAbsolute times depend on the machine (and DynamoDB Local is not DynamoDB): read the ratios. ` +
        `floor: a plain node:http server answering the same number of JSON bytes over the same loopback; ` +
        `bare: one Query of the mentor index for ${competencyId} (${bare.items} items, the partition the first call reads), sent by the raw SDK client.`,
    );
    console.log(
      `Data: ${staffFixture.activeStaff} staff, ${mentors.mentors} mentors, ${mentors.indexItems} mentor-index items; ` +
        `clock fixed at ${BENCH_NOW.toISOString()}; HTTP on 127.0.0.1, sequential; signed in as ${MENTEE}.\n`,
    );
    const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
    const bareMs = median(samples.get("bare")!);
    const rows = checked.map((e) => {
      const api = median(samples.get(`api ${e.name}`)!);
      const floorMs = median(samples.get(`floor ${e.name}`)!);
      return [
        e.name,
        String(e.suggestions),
        `${(e.bytes / 1024).toFixed(1)} KB`,
        fmt(api),
        fmt(percentile(samples.get(`api ${e.name}`)!, 95)),
        fmt(floorMs),
        `${(api / bareMs).toFixed(2)}x`,
        `${(api / (floorMs + bareMs)).toFixed(2)}x`,
        String(e.dynamoRequests),
        e.commands,
        `${e.itemsRead} (Query ${e.queryItems})`,
      ];
    });
    rows.push(["bare Query (mentor index, one competency)", "-", "-", fmt(bareMs), fmt(percentile(samples.get("bare")!, 95)), "-", "1.00x", "-", "1", "Query", String(bare.items)]);
    console.log(
      renderTable(
        ["call", "suggestions", "JSON", "median ms", "p95 ms", "floor ms", "/ bare", "/ (floor+bare)", "DynamoDB req", "DynamoDB commands", "items read"],
        rows,
        [false, true, true, true, true, true, true, true, true, false, true],
      ),
    );
    console.log(`n = ${samples.get(probes[0]!.name)!.length} rounds${cutShort ? ` (stopped early by --max-seconds ${measureOptions.maxSeconds})` : ""}`);
    const [one, broad] = checked as [Checked, Checked];
    console.log(
      `Requests per call do not grow with mentors: reading every mentor's record one by one would be ${mentors.mentors} GetItem ` +
        `(${Math.ceil(mentors.mentors / 100)} BatchGetItem at best). The calls make ${one.dynamoRequests} and ${broad.dynamoRequests}, of them ` +
        `${one.indexQueries} and ${broad.indexQueries} Queries of the mentor index (one per competency looked up), and read ${one.indexItems} and ` +
        `${broad.indexItems} of its ${mentors.indexItems} items; no mentor's record.`,
    );

    await server.close();
    await floor.close();
    console.log(`\nPeak RSS: node ${nodePeakRssMiB().toFixed(0)} MiB` + (env.javaPeakRssMiB() === null ? "" : `, DynamoDB Local (java) ${env.javaPeakRssMiB()!.toFixed(0)} MiB`));
  },
};

interface Checked {
  name: string;
  path: string;
  bytes: number;
  suggestions: number;
  dynamoRequests: number;
  commands: string;
  itemsRead: number;
  queryItems: number;
  /** Queries of the mentor index, and the items they returned. */
  indexQueries: number;
  indexItems: number;
  bare: BareRead;
}
