import { systemActor } from "@kompeten/core/actor";
import type { AppContext } from "@kompeten/core/context";
import { closeDueCycles, cycleDashboard, openCycle, suggestPeers, type EvaluationRecord, type ReviewRecord } from "@kompeten/core/cycles/cycles";
import { DAY_MS, witaDaysBetween } from "@kompeten/core/time";
import { sendReminders } from "@kompeten/core/reminders/reminders";
import { formItems } from "@kompeten/core/evaluations/evaluations";
import type { Mailer } from "@kompeten/core/mail";
import type { StaffRecord } from "@kompeten/core/staff/staff";
import type { Benchmark } from "./benchmark";
import { cleanUp, nodePeakRssMiB, startBenchEnvironment, type BenchEnvironment } from "./environment";
import { renderTable } from "./measure";
import { BENCH_NOW, batchPutTasks, generator, positiveInt, runPool, seedStaff, UsageError, type StaffFixture } from "./seed";

const HOUR = 3_600_000;

/** One timed call of a job: wall and CPU time, and what it asked of DynamoDB. */
interface Phase<T> {
  result: T;
  seconds: number;
  /** CPU seconds of this process (the job's own code, ElectroDB, the SDK) and of DynamoDB Local's java process. */
  nodeCpu: number;
  javaCpu: number | null;
  requests: number;
  byCommand: Map<string, number>;
  written: number;
  read: number;
  readBy: Map<string, number>;
}

interface SizeResult {
  requested: number;
  fixture: StaffFixture;
  seedSeconds: number;
  evaluations: number;
  reviews: number;
  open: Phase<Awaited<ReturnType<typeof openCycle>>>;
  reopen: Phase<Awaited<ReturnType<typeof openCycle>>>;
  remind: Phase<Awaited<ReturnType<typeof sendReminders>>>;
  close: Phase<Awaited<ReturnType<typeof closeDueCycles>>>;
  submitted: number;
  outstanding: number;
  mails: number;
  /** suggestPeers for everyone, alone (CPU), and the largest unit it works through. */
  peersSeconds: number;
  largestUnit: { id: string; members: number };
  nodePeakMiB: number;
  javaPeakMiB: number | null;
}

/**
 * The quarterly evaluation jobs over N active staff: openCycle (and again, which must do
 * nothing), sendReminders seven days before the due date, closeDueCycles after the close.
 * Each size gets its own DynamoDB Local; several sizes (`--staff 1000,10000`) end in a table
 * with the ratios between them, to see whether the cost grows linearly with staff.
 */
export const cycleBenchmark: Benchmark = {
  name: "cycle",
  summary: "the quarterly evaluation jobs (open, remind, close) over N staff; sizes as a comma list",
  options: {
    staff: { type: "string", default: "1000" },
    submitted: { type: "string", default: "0.25" },
    concurrency: { type: "string", default: "8" },
    seed: { type: "string", default: "1" },
  },
  usage: "[--staff 1000 | --staff 1000,10000] [--submitted 0.25] [--concurrency 8] [--seed 1]",
  async run(values) {
    const sizes = staffSizes(values.staff);
    const submittedShare = share(values.submitted);
    const concurrency = positiveInt(values, "concurrency", 1);
    const seed = positiveInt(values, "seed", 0);

    console.log(
      `The evaluation jobs against DynamoDB Local (in memory), one fresh instance per size: ${sizes.join(", ")} staff (+ the demo's).\n` +
        `Clock: openCycle at ${BENCH_NOW.toISOString()} (09:00 WITA on the first day of a quarter), sendReminders 7 days before the due date, ` +
        `closeDueCycles an hour after closesAt. Before the reminders, ${Math.round(submittedShare * 100)}% of reviewers have submitted all their ` +
        `reviews (written directly, not timed: --submitted).`,
    );
    const results: SizeResult[] = [];
    for (const staff of sizes) {
      results.push(await runSize(staff, { submittedShare, concurrency, seed }));
      await cleanUp(); // stop this size's DynamoDB Local before the next starts
    }
    if (results.length > 1) printComparison(results);
  },
};

function staffSizes(raw: string | boolean | undefined): number[] {
  const parts = typeof raw === "string" ? raw.split(",").map((p) => p.trim()) : [];
  if (!parts.length || parts.some((p) => !/^\d+$/.test(p) || !Number.isSafeInteger(Number(p)))) {
    throw new UsageError(`--staff must be a whole number or a comma list of them (1000,10000), not "${raw}"`);
  }
  return parts.map(Number);
}

function share(raw: string | boolean | undefined): number {
  const n = Number(raw);
  if (typeof raw !== "string" || raw.trim() === "" || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError(`--submitted must be a share between 0 and 1, not "${raw}"`);
  }
  return n;
}

/** A mailer that only counts: the reminder job's e-mails cost nothing here. */
function countingMailer(): Mailer & { sent: number } {
  return {
    sent: 0,
    async send() {
      this.sent++;
    },
  };
}

async function phase<T>(env: BenchEnvironment, job: () => Promise<T>): Promise<Phase<T>> {
  const { requests } = env;
  requests.reset();
  const javaBefore = env.javaCpuSeconds();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await job();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const javaAfter = env.javaCpuSeconds();
  return {
    result,
    seconds,
    nodeCpu: (cpu.user + cpu.system) / 1e6,
    javaCpu: javaBefore === null || javaAfter === null ? null : javaAfter - javaBefore,
    requests: requests.count,
    byCommand: new Map(requests.byCommand),
    written: requests.itemsWritten,
    read: requests.itemsRead,
    readBy: new Map(requests.itemsReadBy),
  };
}

async function runSize(staff: number, options: { submittedShare: number; concurrency: number; seed: number }): Promise<SizeResult> {
  let clock = BENCH_NOW.getTime();
  const env = await startBenchEnvironment({ now: () => new Date(clock) });
  const mailer = countingMailer();
  const ctx: AppContext = { ...env.ctx, mailer, appUrl: "https://kompeten.example" };
  const at = (ms: number) => new Date(ms).toISOString();

  console.log(`\n=== ${staff} staff ===`);
  console.log(`Seeding the demo data and ${staff} staff (seed ${options.seed})…`);
  const seedStarted = performance.now();
  const fixture = await seedStaff(ctx, { staff, concurrency: options.concurrency, seed: options.seed });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const largest = [...fixture.units].sort((a, b) => b.members - a.members)[0]!;
  console.log(
    `Seeded in ${seedSeconds.toFixed(1)} s (${Object.entries(fixture.timings)
      .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
      .join(", ")}): ${fixture.activeStaff} active staff in ${fixture.units.length} units, largest ${largest.id} with ${largest.members}.`,
  );

  // ---- openCycle, then again
  console.log(`openCycle(ctx, systemActor) at ${at(clock)}…`);
  const open = await phase(env, () => openCycle(ctx, systemActor));
  const cycle = open.result.cycle;
  if (!open.result.created) throw new Error(`bench: the first openCycle reported created=false (${cycle.id} was there before?)`);
  if (cycle.evaluations !== fixture.activeStaff) console.log(`  (!) ${cycle.evaluations} evaluations for ${fixture.activeStaff} active staff`);
  console.log(`openCycle again…`);
  const reopen = await phase(env, () => openCycle(ctx, systemActor));
  if (reopen.result.created) console.log(`  (!) the second openCycle reported created=true`);
  if (reopen.written) console.log(`  (!) the second openCycle wrote ${reopen.written} items`);

  // ---- suggestPeers alone: openCycle runs it once per person over the person's whole unit
  const { data: everyone } = await ctx.db.entities.staff.query.byName({}).go({ pages: "all" });
  const byUnit = new Map<string, StaffRecord[]>();
  for (const s of everyone.filter((s) => s.active)) {
    const members = byUnit.get(s.unitId) ?? [];
    members.push(s);
    byUnit.set(s.unitId, members);
  }
  const peersStarted = performance.now();
  for (const members of byUnit.values()) {
    // As openCycle does: each unit sorted once, then one ring walk per person.
    members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const indexOf = new Map(members.map((m, index) => [m.id, index]));
    for (const person of members) suggestPeers(person, members, indexOf, cycle.quarter);
  }
  const peersSeconds = (performance.now() - peersStarted) / 1000;

  // ---- some reviewers submit everything they owe (directly, as saveReview would leave the items)
  clock = Date.parse(cycle.peersLockedAt);
  const submitStarted = performance.now();
  const { data: outstandingBefore } = await ctx.db.entities.review.query.byCycleState({ cycleId: cycle.id, state: "outstanding" }).go({ pages: "all" });
  const { data: evaluations } = await ctx.db.entities.evaluation.query.byCycle({ cycleId: cycle.id }).go({ pages: "all" });
  const r = generator(options.seed);
  const reviewerIds = [...new Set(outstandingBefore.map((review) => review.reviewerId))].sort();
  const diligent = new Set(reviewerIds.filter(() => r.chance(options.submittedShare)));
  const evaluationBySubject = new Map(evaluations.map((e) => [e.staffId, e]));
  const now = at(clock);
  const submittedReviews: ReviewRecord[] = [];
  const touched = new Map<string, EvaluationRecord>();
  for (const review of outstandingBefore) {
    if (!diligent.has(review.reviewerId)) continue;
    const evaluation = touched.get(review.subjectId) ?? { ...evaluationBySubject.get(review.subjectId)! };
    const ratings = Object.fromEntries(formItems(evaluation).map((item, i) => [item.id, { score: 2 + ((i + review.subjectId.length) % 4) }]));
    submittedReviews.push({ ...review, ratings, draft: false, state: "submitted", submittedAt: now, updatedAt: now });
    touched.set(review.subjectId, { ...evaluation, progress: { ...(evaluation.progress as Record<string, string>), [review.reviewId]: "submitted" }, updatedAt: now });
  }
  await runPool(
    [
      ...batchPutTasks("review", submittedReviews, (chunk) => ctx.db.entities.review.put(chunk).go()),
      ...batchPutTasks("evaluation", [...touched.values()], (chunk) => ctx.db.entities.evaluation.put(chunk).go()),
    ],
    options.concurrency,
  );
  const outstanding = outstandingBefore.length - submittedReviews.length;
  console.log(
    `Submitted directly (not timed, ${((performance.now() - submitStarted) / 1000).toFixed(1)} s): ${submittedReviews.length} reviews of ${diligent.size} of ` +
      `${reviewerIds.length} reviewers, ${touched.size} evaluations' progress; ${outstanding} reviews outstanding.`,
  );

  // ---- sendReminders, 7 days before the due date
  clock = Date.parse(cycle.dueAt) - 7 * DAY_MS;
  if (witaDaysBetween(new Date(clock), cycle.dueAt) !== 7) throw new Error("bench: the reminder moment is not 7 WITA days before the due date");
  console.log(`sendReminders at ${at(clock)} (7 days before ${cycle.dueAt})…`);
  const remind = await phase(env, () => sendReminders(ctx));
  if (remind.result.emails !== mailer.sent) console.log(`  (!) the job counted ${remind.result.emails} e-mails, the mailer ${mailer.sent}`);

  // ---- closeDueCycles, after the close
  clock = Date.parse(cycle.closesAt) + HOUR;
  console.log(`closeDueCycles at ${at(clock)} (an hour after ${cycle.closesAt})…`);
  const close = await phase(env, () => closeDueCycles(ctx));
  if (!close.result.closed.includes(cycle.id)) console.log(`  (!) closeDueCycles did not close ${cycle.id}: ${JSON.stringify(close.result)}`);
  // Missed is derived from the closed cycle: the dashboard must read every unsubmitted review as missed.
  const after = (await cycleDashboard(ctx, cycle.id)).units.reduce((sum, u) => ({ outstanding: sum.outstanding + u.outstanding, missed: sum.missed + u.missed }), { outstanding: 0, missed: 0 });
  if (after.outstanding) console.log(`  (!) ${after.outstanding} reviews still outstanding after closing`);
  if (after.missed !== outstanding) console.log(`  (!) ${after.missed} reviews read as missed, ${outstanding} were outstanding`);

  const result: SizeResult = {
    requested: staff,
    fixture,
    seedSeconds,
    evaluations: cycle.evaluations,
    reviews: cycle.reviews,
    open,
    reopen,
    remind,
    close,
    submitted: submittedReviews.length,
    outstanding,
    mails: mailer.sent,
    peersSeconds,
    largestUnit: { id: largest.id, members: largest.members },
    nodePeakMiB: nodePeakRssMiB(),
    javaPeakMiB: env.javaPeakRssMiB(),
  };
  printSize(result);
  return result;
}

const secs = (s: number) => (s >= 100 ? s.toFixed(0) : s >= 10 ? s.toFixed(1) : s.toFixed(2));
const commands = (byCommand: Map<string, number>) =>
  [...byCommand]
    .sort((a, b) => b[1] - a[1])
    .map(([command, n]) => (n === 1 ? command : `${command}×${n}`))
    .join(", ");

function printSize(s: SizeResult) {
  const staff = s.evaluations;
  const row = (name: string, p: Phase<unknown>, outcome: string) => [
    name,
    secs(p.seconds),
    secs(p.nodeCpu),
    p.javaCpu === null ? "-" : secs(p.javaCpu),
    String(p.requests),
    (p.requests / staff).toFixed(3),
    p.requests ? ((p.seconds * 1000) / p.requests).toFixed(1) : "-",
    String(p.written),
    String(p.read),
    commands(p.byCommand),
    outcome,
  ];
  console.log(
    `\n${s.fixture.activeStaff} active staff (${s.requested} generated + the demo's) in ${s.fixture.units.length} units; ` +
      `cycle ${s.open.result.cycle.id}: ${s.evaluations} evaluations, ${s.reviews} reviews (${(s.reviews / staff).toFixed(2)} a person).`,
  );
  console.log(
    renderTable(
      ["job", "wall s", "node CPU s", "java CPU s", "requests", "req/staff", "ms/req", "items written", "items read", "DynamoDB requests by command", "result"],
      [
        row("openCycle", s.open, `created=${s.open.result.created}, status ${s.open.result.cycle.status}, ${s.evaluations} evaluations + ${s.reviews} reviews`),
        row("openCycle again", s.reopen, `created=${s.reopen.result.created}`),
        row(
          "sendReminders (-7 d)",
          s.remind,
          `${s.remind.result.reminders} reminders, ${s.mails} e-mails counted; Query read ${s.remind.readBy.get("Query") ?? 0} items ` +
            `(${s.outstanding} of ${s.reviews} reviews outstanding, + the open cycle), BatchGetItem ${s.remind.readBy.get("BatchGetItem") ?? 0} reviewers`,
        ),
        row("closeDueCycles", s.close, `closed ${s.close.result.closed.join(", ") || "nothing"}`),
      ],
      [false, true, true, true, true, true, true, true, true, false, false],
    ),
  );
  console.log(
    `suggestPeers alone for all ${staff} people (inside openCycle's node CPU): ${secs(s.peersSeconds)} s; each call filters and sorts the person's whole unit ` +
      `(largest: ${s.largestUnit.id}, ${s.largestUnit.members} members).`,
  );
  console.log(`Peak RSS so far: node ${nodePeakRssMiB().toFixed(0)} MiB (this process, all sizes)` + (s.javaPeakMiB === null ? "" : `, DynamoDB Local (java, this size) ${s.javaPeakMiB.toFixed(0)} MiB`));
}

function printComparison(results: SizeResult[]) {
  const jobs = (s: SizeResult) => [s.open, s.reopen, s.remind, s.close];
  const rows: string[][] = [];
  results.forEach((s, i) => {
    rows.push([
      String(s.evaluations),
      String(s.reviews),
      secs(s.open.seconds),
      String(s.open.requests),
      (s.open.requests / s.evaluations).toFixed(3),
      String(s.open.written),
      String(s.reopen.requests),
      secs(s.remind.seconds),
      String(s.remind.requests),
      String(s.remind.result.reminders),
      secs(s.close.seconds),
      String(s.close.requests),
      secs(jobs(s).reduce((a, p) => a + p.seconds, 0)),
      secs(s.peersSeconds),
      s.javaPeakMiB === null ? "-" : s.javaPeakMiB.toFixed(0),
    ]);
    if (i === 0) return;
    const b = results[i - 1]!;
    const x = (now: number, before: number) => (before === 0 ? (now === 0 ? "=" : "-") : `x${(now / before).toFixed(1)}`);
    rows.push([
      x(s.evaluations, b.evaluations),
      x(s.reviews, b.reviews),
      x(s.open.seconds, b.open.seconds),
      x(s.open.requests, b.open.requests),
      x(s.open.requests / s.evaluations, b.open.requests / b.evaluations),
      x(s.open.written, b.open.written),
      x(s.reopen.requests, b.reopen.requests),
      x(s.remind.seconds, b.remind.seconds),
      x(s.remind.requests, b.remind.requests),
      x(s.remind.result.reminders, b.remind.result.reminders),
      x(s.close.seconds, b.close.seconds),
      x(s.close.requests, b.close.requests),
      x(
        jobs(s).reduce((a, p) => a + p.seconds, 0),
        jobs(b).reduce((a, p) => a + p.seconds, 0),
      ),
      x(s.peersSeconds, b.peersSeconds),
      "",
    ]);
  });
  console.log(
    `\nHow the cost grows with staff. Linear growth means each ratio row (xN, against the size above) shows about the staff ratio, and ` +
      `requests per staff stay flat. Absolute times depend on the machine (and DynamoDB Local is not DynamoDB); read the ratios and the request counts. ` +
      `Wall-time ratios may come out below the staff ratio: a smaller size's few thousand requests run on a JVM (fresh for each size) and a node still warming up (see ms/req).\n`,
  );
  console.log(
    renderTable(
      ["staff", "reviews", "open s", "open req", "open req/staff", "open written", "reopen req", "remind s", "remind req", "reminders", "close s", "close req", "jobs s", "peers CPU s", "java MiB"],
      rows,
      Array(15).fill(true),
    ),
  );
  console.log(`\nPeak RSS: node ${nodePeakRssMiB().toFixed(0)} MiB (this process, whole run); java per size in the last column.`);
}
