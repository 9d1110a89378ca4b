import type { RequestCounter } from "./environment";

export interface Measurement {
  name: string;
  /** Who asked (admin, staff, or "-" for the bare query). */
  as: string;
  samples: number[];
  /** DynamoDB requests per operation: mean over the measured ones, and min/max to show when it varies. */
  dynamoMean: number;
  dynamoMin: number;
  dynamoMax: number;
  /** The DynamoDB commands of the last measured operation, e.g. "GetItem, Query×2". */
  commands: string;
  /** Set when the time budget cut the run short of the requested count. */
  cutShort: boolean;
}

export interface MeasureOptions {
  warmup: number;
  requests: number;
  /** Stop measuring one endpoint after this many seconds (at least `minRequests` are always taken). */
  maxSeconds: number;
  minRequests?: number;
}

/** Runs `operation` sequentially: warm-up first, then the measured requests, counting DynamoDB requests of each. */
export async function measure(
  name: string,
  as: string,
  operation: () => Promise<void>,
  counter: RequestCounter,
  options: MeasureOptions,
): Promise<Measurement> {
  for (let i = 0; i < options.warmup; i++) await operation();
  const samples: number[] = [];
  const counts: number[] = [];
  let commands: string[] = [];
  const minRequests = Math.min(options.requests, options.minRequests ?? 20);
  const started = performance.now();
  for (let i = 0; i < options.requests; i++) {
    counter.reset();
    const t0 = performance.now();
    await operation();
    samples.push(performance.now() - t0);
    counts.push(counter.count);
    commands = counter.commands;
    if (i + 1 >= minRequests && performance.now() - started > options.maxSeconds * 1000) break;
  }
  return {
    name,
    as,
    samples,
    dynamoMean: counts.reduce((a, b) => a + b, 0) / counts.length,
    dynamoMin: Math.min(...counts),
    dynamoMax: Math.max(...counts),
    commands: summarizeCommands(commands),
    cutShort: samples.length < options.requests,
  };
}

function summarizeCommands(commands: string[]): string {
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

export function measurementTable(measurements: Measurement[], baseline: Measurement): string {
  const baseMedian = median(baseline.samples);
  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
  const rows = measurements.map((m) => {
    const med = median(m.samples);
    const calls =
      m.dynamoMin === m.dynamoMax ? String(m.dynamoMin) : `${m.dynamoMean.toFixed(1)} (${m.dynamoMin}-${m.dynamoMax})`;
    return [
      m.name,
      m.as,
      `${m.samples.length}${m.cutShort ? "*" : ""}`,
      fmt(med),
      fmt(percentile(m.samples, 99)),
      `${(med / baseMedian).toFixed(1)}x`,
      calls,
      m.commands,
    ];
  });
  return renderTable(
    ["endpoint", "as", "n", "median ms", "p99 ms", "median/bare", "DynamoDB req/req", "DynamoDB commands (last request)"],
    rows,
    [false, false, true, true, true, true, true, false],
  );
}
