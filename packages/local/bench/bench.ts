/**
 * Benchmarks against DynamoDB Local: `npm run bench -- [name] [options]`.
 * The name comes first and defaults to `api`; each benchmark brings its own options.
 * Not a test: it prints numbers, it asserts nothing about them.
 */
import { parseArgs } from "node:util";
import { apiBenchmark } from "./api";
import type { Benchmark } from "./benchmark";
import { bundlesBenchmark } from "./bundles";
import { crashBenchmark } from "./crash";
import { cycleBenchmark } from "./cycle";
import { dashboardsBenchmark } from "./dashboards";
import { forumBenchmark } from "./forum";
import { fuzzBenchmark } from "./fuzz";
import { loadBenchmark } from "./load";
import { cleanUp } from "./environment";
import { mentoringBenchmark } from "./mentoring";
import { UsageError } from "./seed";

// Add a benchmark here; the first is the default.
const benchmarks: Benchmark[] = [apiBenchmark, cycleBenchmark, mentoringBenchmark, forumBenchmark, dashboardsBenchmark, bundlesBenchmark, fuzzBenchmark, loadBenchmark, crashBenchmark];

function usage(): string {
  return [
    "usage: npm run bench -- [name] [options]",
    ...benchmarks.map((b) => `  ${b.name.padEnd(9)} ${b.summary}${b === benchmarks[0] ? " (default)" : ""}\n           ${b.usage}`),
  ].join("\n");
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage());
    return 0;
  }
  const name = args[0] && !args[0].startsWith("-") ? args.shift()! : benchmarks[0]!.name;
  const benchmark = benchmarks.find((b) => b.name === name);
  if (!benchmark) {
    console.error(`bench: unknown benchmark "${name}"; known: ${benchmarks.map((b) => b.name).join(", ")}\n${usage()}`);
    return 2;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args, options: benchmark.options, strict: true, allowPositionals: false }).values as typeof values;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${usage()}`);
    return 2;
  }
  const started = performance.now();
  try {
    await benchmark.run(values);
    console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`bench: ${error.message}\n${usage()}`);
      return 2;
    }
    console.error(`bench: ${name} failed:`, error);
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
