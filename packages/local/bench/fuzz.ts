import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Benchmark } from "./benchmark";
import { positiveInt, UsageError } from "./seed";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The API fuzz test (packages/functions/test/fuzz.test.ts) with more runs: the same property,
 * in vitest with its DynamoDB Local, over a demo-seeded table. It prints the requests sent, the
 * status histogram and each operation's 2xx/4xx counts, and fails on any 5xx, any 4xx without
 * the error shape, or a refused request that changed what was stored.
 */
export const fuzzBenchmark: Benchmark = {
  name: "fuzz",
  summary: "generated requests for every operation of both OpenAPI documents, as each role: no 5xx, the error shape, nothing stored on a refusal",
  options: {
    runs: { type: "string", default: "5000" },
    seed: { type: "string" },
    /** Stop at the first failing request and shrink it to a smallest counterexample. */
    shrink: { type: "boolean", default: false },
  },
  usage: "[--runs 5000] [--seed N] [--shrink]",
  async run(values) {
    const runs = positiveInt(values, "runs");
    if (values.seed !== undefined && !/^\d+$/.test(String(values.seed))) throw new UsageError("--seed must be a whole number");
    const env = { ...process.env, FUZZ_RUNS: String(runs), ...(values.seed !== undefined ? { FUZZ_SEED: String(values.seed) } : {}), ...(values.shrink ? { FUZZ_SHRINK: "1" } : {}) };
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn("npx", ["vitest", "run", "--project", "api", "packages/functions/test/fuzz.test.ts"], { cwd: root, env, stdio: "inherit" });
      child.on("error", reject);
      child.on("exit", (status) => resolve(status ?? 1));
    });
    if (code !== 0) throw new Error(`the fuzz test failed (exit ${code}); its output above names the requests`);
  },
};
