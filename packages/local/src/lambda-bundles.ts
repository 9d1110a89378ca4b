import { build, type Metafile } from "esbuild";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { lambdaNodejs } from "../../../stacks/lambda-build";

const root = new URL("../../..", import.meta.url).pathname;

/** The Lambda entry files and their size budgets (minified bytes). */
export const lambdaBundles = [
  // ElectroDB (CommonJS, not tree-shakable) is half of it; zod/mini, Hono and the app the rest.
  // The OpenAPI document ships beside the bundle, the CSV import and export load on first use.
  { name: "staff", entry: "packages/functions/src/api/lambda.ts", budget: 400_000 },
  { name: "evaluations", entry: "packages/functions/src/api/evaluations-lambda.ts", budget: 400_000 },
  { name: "mentoring", entry: "packages/functions/src/api/mentoring-lambda.ts", budget: 400_000 },
  { name: "forum-staff", entry: "packages/functions/src/api/forum-lambda.ts", budget: 400_000 },
  { name: "dashboards", entry: "packages/functions/src/api/dashboards-lambda.ts", budget: 400_000 },
  { name: "figures", entry: "packages/functions/src/aggregates/lambda.ts", budget: 400_000 },
  { name: "jobs", entry: "packages/functions/src/jobs/lambda.ts", budget: 400_000 },
  { name: "public", entry: "packages/functions/src/public/lambda.ts", budget: 150_000 },
  // The forum carries ElectroDB and zod like the staff areas; the certificate check stays in the small public Lambda.
  { name: "forum", entry: "packages/functions/src/forum/lambda.ts", budget: 400_000 },
] as const;

export interface BundleFigures {
  name: string;
  /** What a cold start loads: the entry chunk and the chunks it imports statically. */
  bytes: number;
  /** The chunks loaded by `import()` on first use only. */
  lazyBytes: number;
  budget: number;
  /** The inputs that weigh most in what a cold start loads, biggest first (package or file, bytes). */
  biggest: { input: string; bytes: number }[];
  /** Every input file that adds bytes to any chunk, lazy ones included. */
  inputs: string[];
  /** The entry file, for loading it (removed by `dispose`). */
  file: string;
}

/** What a path under node_modules belongs to: its package; other paths stay as they are. */
function owner(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match ? match[1]! : input;
}

/** The entry output and every chunk it imports statically, transitively: what loading the entry runs. */
function loadedAtStart(metafile: Metafile, entry: string): string[] {
  const loaded = new Set<string>();
  const visit = (path: string) => {
    if (loaded.has(path) || !metafile.outputs[path]) return;
    loaded.add(path);
    for (const imported of metafile.outputs[path]!.imports) if (imported.kind === "import-statement") visit(imported.path);
  };
  visit(entry);
  return [...loaded];
}

function biggestInputs(metafile: Metafile, outputs: string[], top: number) {
  const byOwner = new Map<string, number>();
  for (const output of outputs.map((path) => metafile.outputs[path]!)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      byOwner.set(owner(input), (byOwner.get(owner(input)) ?? 0) + bytesInOutput);
    }
  }
  return [...byOwner.entries()]
    .map(([input, bytes]) => ({ input, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

/**
 * Bundles each Lambda as SST's deploy build does (esbuild, minified ESM for Node.js 24,
 * the AWS SDK v3 left to the runtime). Sizes are deterministic for the same sources.
 */
export async function bundleLambdas(top = 8): Promise<{ bundles: BundleFigures[]; dispose: () => Promise<void> }> {
  // Inside the repository, so that loading a bundle finds the AWS SDK in node_modules as Lambda's runtime provides it.
  const cache = join(root, "node_modules/.cache");
  await mkdir(cache, { recursive: true });
  const dir = await mkdtemp(join(cache, "kompeten-bundles-"));
  const bundles: BundleFigures[] = [];
  for (const { name, entry, budget } of lambdaBundles) {
    const outdir = join(dir, name);
    const result = await build({
      entryPoints: [join(root, entry)],
      // As SST's Node.js build does, with the app's `nodejs` defaults (stacks/lambda-build.ts);
      // split into chunks, of which `bytes` counts those a cold start loads.
      bundle: true,
      platform: "node",
      target: "esnext",
      mainFields: ["module", "main"],
      keepNames: lambdaNodejs.esbuild.keepNames,
      format: lambdaNodejs.format,
      minify: lambdaNodejs.minify,
      splitting: lambdaNodejs.splitting,
      outExtension: { ".js": ".mjs" },
      external: lambdaNodejs.esbuild.external,
      plugins: lambdaNodejs.esbuild.plugins,
      // As SST does for ESM: some CommonJS dependencies call require().
      banner: { js: `import { createRequire as topLevelCreateRequire } from 'module';\nconst require = topLevelCreateRequire(import.meta.url);` },
      outdir,
      absWorkingDir: root,
      metafile: true,
      logLevel: "silent",
    });
    const outputs = result.metafile.outputs;
    // Chunks loaded by import() are entry points too: the Lambda entry is the one built from `entry`.
    const entryOutput = Object.keys(outputs).find((path) => outputs[path]!.entryPoint?.endsWith(entry))!;
    const file = join(root, entryOutput);
    const atStart = loadedAtStart(result.metafile, entryOutput);
    const total = Object.values(outputs).reduce((sum, output) => sum + output.bytes, 0);
    const bytes = atStart.reduce((sum, path) => sum + outputs[path]!.bytes, 0);
    const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([input]) => input),
    );
    bundles.push({ name, bytes, lazyBytes: total - bytes, budget, biggest: biggestInputs(result.metafile, atStart, top), inputs, file });
  }
  return { bundles, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Milliseconds to load a bundle in a fresh Node process (module initialisation, as on a
 * Lambda cold start), with placeholder settings so that nothing reaches AWS.
 */
export async function initTime(file: string): Promise<number> {
  const probe = `${file}.probe.mjs`;
  await writeFile(
    probe,
    `const started = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - started);`,
  );
  const { stdout } = await promisify(execFile)(process.execPath, [probe], {
    env: {
      PATH: process.env.PATH,
      TABLE_NAME: "bench",
      AWS_REGION: "ap-southeast-3",
      SST_APP: "kompeten",
      SST_STAGE: "bench",
      SST_Secret_value_SESSION_SECRET: "bench-secret-bench-secret-bench-secret",
      SST_Parameter_value_MAIL_FROM: "bench@example.org",
    },
  });
  return Number(stdout.trim());
}
