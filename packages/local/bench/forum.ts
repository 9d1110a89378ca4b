import { randomBytes } from "node:crypto";
import type { CitizenRecord } from "@kompeten/core/citizens/citizens";
import { createTopic } from "@kompeten/core/topics/topics";
import { forumAreas, kecamatanList } from "@kompeten/core/values";
import { createForumApi } from "@kompeten/functions/forum/app";
import { serializeSigned } from "hono/utils/cookie";
import type { Benchmark } from "./benchmark";
import { captureReads, type BareRead } from "./bare-reads";
import { nodePeakRssMiB, startBenchEnvironment } from "./environment";
import { caller, serveApp, startHttpFloor } from "./http";
import { measureInterleaved, measureOptionsFrom, median, percentile, renderTable, summarizeCommands, type Probe } from "./measure";
import { BENCH_NOW, generator, positiveInt } from "./seed";

/** Runs `work(i)` for i in 0..count-1, `concurrency` at a time. */
async function inParallel(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

/**
 * The citizens' forum over HTTP as `npm start` serves it, over N topics: the front page (newest
 * topics), one area's page and one topic, each timed in the same rounds as an HTTP floor
 * answering as many bytes and the bare DynamoDB read it makes; then supports per second on one
 * hot topic from many citizens at once, and whether the count came out exact.
 */
export const forumBenchmark: Benchmark = {
  name: "forum",
  summary: "forum topic list and topic page over N topics: latency as a ratio to a bare Query; supports per second on one hot topic",
  options: {
    topics: { type: "string", default: "3000" },
    supporters: { type: "string", default: "400" },
    "support-concurrency": { type: "string", default: "16" },
    rounds: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    "max-seconds": { type: "string", default: "120" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "1" },
  },
  usage: "[--topics 3000] [--supporters 400] [--support-concurrency 16] [--rounds 200] [--warmup 20] [--max-seconds 120] [--concurrency 8] [--seed 1]",
  async run(values) {
    const topicCount = positiveInt(values, "topics", 1);
    const supporters = positiveInt(values, "supporters", 1);
    const supportConcurrency = positiveInt(values, "support-concurrency", 1);
    const concurrency = positiveInt(values, "concurrency", 1);
    const random = generator(positiveInt(values, "seed", 0));
    const measureOptions = measureOptionsFrom(values, "rounds");

    const env = await startBenchEnvironment({ now: () => new Date(BENCH_NOW) });
    const { ctx, requests } = env;

    // ---- citizens (3 topics a day each at most), then their topics through the app's own createTopic
    const authors = Math.ceil(topicCount / 3);
    const citizenCount = Math.max(authors, supporters);
    console.log(`Seeding ${citizenCount} citizens and ${topicCount} topics…`);
    const seedStarted = performance.now();
    const now = BENCH_NOW.toISOString();
    const citizens: CitizenRecord[] = Array.from({ length: citizenCount }, (_, i) => ({
      id: `bench-citizen-${i}`,
      email: `warga${i}@example.org`,
      displayName: `Warga ${i}`,
      blocked: false,
      createdAt: now,
      updatedAt: now,
    }));
    await inParallel(citizens.length, concurrency, async (i) => void (await ctx.db.entities.citizen.create(citizens[i]!).go()));
    const topicIds: string[] = [];
    await inParallel(topicCount, concurrency, async (i) => {
      const area = random.pick(forumAreas);
      const kecamatan = random.pick(kecamatanList);
      const { topic } = await createTopic(ctx, citizens[Math.floor(i / 3)]!, {
        title: `Kebutuhan layanan ${area} nomor ${i} di ${kecamatan}`,
        body: `Warga ${kecamatan} menyampaikan kebutuhan layanan ${area}. Uraian ke-${i}: mohon ditindaklanjuti oleh dinas terkait.`,
        area,
        kecamatan,
        website: "",
      });
      topicIds.push(topic.id);
    });
    console.log(`Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s.`);

    // ---- the forum app on a real HTTP server, and its floor
    const citizenSecret = randomBytes(32).toString("hex");
    const app = createForumApi({ ctx, citizenSecret, secureCookies: false });
    const server = await serveApp(app.fetch);
    const floor = await startHttpFloor();
    const call = caller(server.url);
    /** The cookie the forum sets at sign-in, signed with its secret. */
    const cookieOf = async (citizen: CitizenRecord) =>
      (await serializeSigned("kompeten_citizen", `${citizen.id}.${BENCH_NOW.getTime()}`, citizenSecret, { path: "/public" })).split(";")[0]!;

    const hot = topicIds[0]!;
    const endpoints = [
      { name: "GET /public/topics (newest 20)", path: "/public/topics" },
      { name: "GET /public/topics?area=kesehatan", path: "/public/topics?area=kesehatan" },
      { name: "GET /public/topics/:id", path: `/public/topics/${hot}` },
    ];

    console.log(`\nWhat each call returns here (checked once before measuring):`);
    const checked: { name: string; path: string; bytes: number; items: number; dynamoRequests: number; commands: string; bare: BareRead }[] = [];
    for (const e of endpoints) {
      requests.reset();
      const reads = captureReads(env);
      const response = await call(e.path);
      reads.stop();
      if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status} ${response.text.slice(0, 300)}`);
      const body = JSON.parse(response.text) as { items?: unknown[] };
      const items = body.items ? body.items.length : 1;
      const bare = reads.heaviest();
      console.log(`  ${e.name}: ${items} topic(s), ${response.headers.get("cache-control") ?? "no Cache-Control"}; DynamoDB ${summarizeCommands(requests.commands)}`);
      checked.push({ ...e, bytes: Buffer.byteLength(response.text), items, dynamoRequests: requests.count, commands: summarizeCommands(requests.commands), bare });
    }

    const probes: Probe[] = [
      ...checked.flatMap((e) => [
        {
          name: `api ${e.name}`,
          run: async () => {
            const response = await call(e.path);
            if (response.status !== 200) throw new Error(`GET ${e.path}: ${response.status}`);
          },
        },
        { name: `floor ${e.name}`, run: async () => void (await (await fetch(`${floor.url}/${e.bytes}`)).arrayBuffer()) },
        { name: `bare ${e.name}`, run: () => e.bare.replay() },
      ]),
    ];
    console.log(`\nMeasuring: ${measureOptions.warmup} warm-up rounds, then ${measureOptions.requests} rounds of ${probes.length} probes (each call, its floor, its bare read, in turn)…`);
    const { samples, cutShort } = await measureInterleaved(probes, measureOptions);

    console.log(
      `\nAbsolute times depend on the machine (and DynamoDB Local is not DynamoDB): read the ratios. ` +
        `floor: a plain node:http server answering the same number of JSON bytes; bare: the call's own heaviest DynamoDB read, sent again by the raw SDK client.`,
    );
    const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
    const rows = checked.map((e) => {
      const api = median(samples.get(`api ${e.name}`)!);
      const floorMs = median(samples.get(`floor ${e.name}`)!);
      const bareMs = median(samples.get(`bare ${e.name}`)!);
      return [
        e.name,
        `${(e.bytes / 1024).toFixed(1)} KB`,
        fmt(api),
        fmt(percentile(samples.get(`api ${e.name}`)!, 95)),
        fmt(floorMs),
        `${fmt(bareMs)} (${e.bare.command} ${e.bare.items})`,
        `${(api / bareMs).toFixed(2)}x`,
        `${(api / (floorMs + bareMs)).toFixed(2)}x`,
        String(e.dynamoRequests),
        e.commands,
      ];
    });
    console.log(
      renderTable(
        ["call", "JSON", "median ms", "p95 ms", "floor ms", "bare ms (read)", "/ bare", "/ (floor+bare)", "DynamoDB req", "DynamoDB commands"],
        rows,
        [false, true, true, true, true, true, true, true, true, false],
      ),
    );
    console.log(`n = ${samples.get(probes[0]!.name)!.length} rounds${cutShort ? ` (stopped early by --max-seconds ${measureOptions.maxSeconds})` : ""}; ${topicCount} topics.`);

    // ---- one hot topic: many citizens support it at once, then all of them again (a retry storm)
    const cookies = await Promise.all(citizens.slice(0, supporters).map(cookieOf));
    const supportAll = async () => {
      const statuses = new Map<number, number>();
      const started = performance.now();
      await inParallel(cookies.length, supportConcurrency, async (i) => {
        const response = await call(`/public/topics/${hot}/support`, cookies[i], { method: "PUT", headers: { "x-requested-with": "kompeten" } });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      });
      return { seconds: (performance.now() - started) / 1000, statuses };
    };
    const first = await supportAll();
    const countAfterFirst = (JSON.parse((await call(`/public/topics/${hot}`)).text) as { supports: number }).supports;
    const again = await supportAll();
    const countAfterAgain = (JSON.parse((await call(`/public/topics/${hot}`)).text) as { supports: number }).supports;
    const fmtStatuses = (statuses: Map<number, number>) => [...statuses].map(([status, n]) => `${status}: ${n}`).join(", ");
    console.log(`\nOne hot topic, ${supporters} citizens supporting it, ${supportConcurrency} at a time over HTTP:`);
    console.log(`  first support of each: ${(supporters / first.seconds).toFixed(0)} supports/s (${fmtStatuses(first.statuses)}); count ${countAfterFirst} (${countAfterFirst === supporters ? "exact" : `(!) expected ${supporters}`})`);
    console.log(`  each again (a repeat): ${(supporters / again.seconds).toFixed(0)} requests/s (${fmtStatuses(again.statuses)}); count ${countAfterAgain} (${countAfterAgain === supporters ? "unchanged" : "(!) changed"})`);

    await server.close();
    await floor.close();
    console.log(`\nPeak RSS: node ${nodePeakRssMiB().toFixed(0)} MiB` + (env.javaPeakRssMiB() === null ? "" : `, DynamoDB Local (java) ${env.javaPeakRssMiB()!.toFixed(0)} MiB`));
  },
};
