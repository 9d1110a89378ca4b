import { positiveInt } from "./seed/common";

/** The measuring options every HTTP benchmark takes: rounds (named `requests` or `rounds`), `--warmup`, `--max-seconds`. */
export const measureOptionsFrom = (values: Record<string, string | boolean | undefined>, rounds: "requests" | "rounds"): MeasureOptions => ({
  requests: positiveInt(values, rounds),
  warmup: positiveInt(values, "warmup", 0),
  maxSeconds: positiveInt(values, "max-seconds"),
});

export interface MeasureOptions {
  warmup: number;
  requests: number;
  /** Stop after this many seconds (at least `minRequests` rounds are always taken). */
  maxSeconds: number;
  minRequests?: number;
}

/** "GetItem, Query×2": each command with how often it was sent, in first-sent order. */
export function summarizeCommands(commands: string[]): string {
  const counts = new Map<string, number>();
  for (const command of commands) counts.set(command, (counts.get(command) ?? 0) + 1);
  return [...counts].map(([command, n]) => (n === 1 ? command : `${command}×${n}`)).join(", ");
}

/** The value below which `p` percent of the samples fall (nearest rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export const median = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A plain-text table: columns padded, numbers right-aligned. */
export function renderTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** One operation to time, among others measured in the same rounds. */
export interface Probe {
  name: string;
  run: () => Promise<void>;
}

/**
 * Times the probes round-robin: each round runs every probe once, in turn, so whatever the
 * machine does meanwhile (GC, DynamoDB Local's JIT, another process) touches each alike and
 * their ratios hold within one run. Returns each probe's samples (ms) by name.
 */
export async function measureInterleaved(
  probes: Probe[],
  options: MeasureOptions,
): Promise<{ samples: Map<string, number[]>; cutShort: boolean }> {
  for (let i = 0; i < options.warmup; i++) for (const probe of probes) await probe.run();
  const samples = new Map(probes.map((probe) => [probe.name, [] as number[]]));
  const minRounds = Math.min(options.requests, options.minRequests ?? 20);
  const started = performance.now();
  let rounds = 0;
  while (rounds < options.requests) {
    for (const probe of probes) {
      const t0 = performance.now();
      await probe.run();
      samples.get(probe.name)!.push(performance.now() - t0);
    }
    rounds++;
    if (rounds >= minRounds && performance.now() - started > options.maxSeconds * 1000) break;
  }
  return { samples, cutShort: rounds < options.requests };
}
