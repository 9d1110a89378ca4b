import { writeFile } from "node:fs/promises";
import { bundleLambdas, initTime } from "../src/lambda-bundles";
import type { Benchmark } from "./benchmark";
import { renderTable } from "./measure";

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Each Lambda bundled as the deploy build bundles it: size against its budget, the inputs
 * that weigh most, and the module-initialisation time in a fresh Node process (a cold
 * start's share of our code), next to loading the DynamoDB client alone in the same run.
 */
export const bundlesBenchmark: Benchmark = {
  name: "bundles",
  summary: "Lambda bundle sizes against their budgets, biggest inputs, module-initialisation time",
  options: { runs: { type: "string", default: "5" }, top: { type: "string", default: "6" } },
  usage: "[--runs 5] [--top 6]",
  async run(values) {
    const runs = Math.max(1, Number(values.runs) || 5);
    const { bundles, dispose } = await bundleLambdas(Math.max(1, Number(values.top) || 6));
    try {
      const sdkOnly = await sdkFloor(bundles[0]!.file);
      const init = new Map<string, number[]>(bundles.map((b) => [b.name, []]));
      const floor: number[] = [];
      // Interleaved, so that a busy moment of the machine weighs on all of them alike.
      for (let i = 0; i < runs; i++) {
        floor.push(await initTime(sdkOnly));
        for (const bundle of bundles) init.get(bundle.name)!.push(await initTime(bundle.file));
      }
      const floorMs = median(floor);
      console.log(
        renderTable(
          ["bundle", "size", "budget", "within", "init p50", "init / SDK load"],
          bundles.map((b) => {
            const ms = median(init.get(b.name)!);
            return [b.name, kb(b.bytes), kb(b.budget), b.bytes <= b.budget ? "yes" : "NO", `${ms.toFixed(0)} ms`, `${(ms / floorMs).toFixed(2)}x`];
          }),
          [false, true, true, false, true, true],
        ),
      );
      console.log(`Loading @aws-sdk/client-dynamodb alone: ${floorMs.toFixed(0)} ms p50 over ${runs} runs.`);
      for (const b of bundles) {
        console.log(`\n${b.name}: biggest inputs`);
        console.log(renderTable(["input", "bytes in output", "share"], b.biggest.map((i) => [i.input, kb(i.bytes), `${((100 * i.bytes) / b.bytes).toFixed(0)}%`]), [false, true, true]));
      }
    } finally {
      await dispose();
    }
  },
};

/** A file beside the bundles that loads only the DynamoDB client, the floor under every Lambda's start. */
async function sdkFloor(besides: string): Promise<string> {
  const file = besides.replace(/[^/]+$/, "sdk-only.mjs");
  await writeFile(file, `import "@aws-sdk/client-dynamodb";\n`);
  return file;
}
