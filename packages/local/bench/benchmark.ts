import type { ParseArgsConfig } from "node:util";

/**
 * One benchmark, selected by name: `npm run bench -- <name> [options]`. To add one (say
 * `cycle`, the quarterly evaluation job), write a module exporting a Benchmark and add it
 * to the list in bench.ts.
 */
export interface Benchmark {
  name: string;
  /** One line for the usage text. */
  summary: string;
  /** Its options, for node:util parseArgs (strings; each benchmark checks its own values). */
  options: NonNullable<ParseArgsConfig["options"]>;
  /** The options part of the usage line. */
  usage: string;
  run(values: Record<string, string | boolean | undefined>): Promise<void>;
}
