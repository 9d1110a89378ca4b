import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/**
 * Runs `work` under V8's sampling CPU profiler (what `node --cpu-prof` records), writes the
 * profile for Chrome DevTools, and returns the functions that spent the most time themselves.
 */
export async function cpuProfile(file: string, work: () => Promise<void>, top = 15) {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  let stopped: { profile: { nodes: ProfileNode[] } };
  try {
    await work();
  } finally {
    stopped = (await session.post("Profiler.stop")) as typeof stopped;
    session.disconnect();
  }
  const { profile } = stopped;
  await writeFile(file, JSON.stringify(profile));
  const totalHits = profile.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0);
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber } = node.callFrame;
    const hits = node.hitCount ?? 0;
    const where = url ? `${shorten(url)}:${lineNumber + 1}` : "(native)";
    const fn = `${functionName || "(anonymous)"} ${where}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + hits);
    const owner = ownerOf(url, functionName);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + hits);
  }
  const ranked = (counts: Map<string, number>) =>
    [...counts]
      .map(([name, hits]) => ({ name, share: hits / totalHits }))
      .sort((a, b) => b.share - a.share)
      .slice(0, top);
  return { functions: ranked(byFunction), owners: ranked(byOwner) };
}

/** Who a sample's code belongs to: a package, a folder of this repository, Node's HTTP client, or V8 itself. */
function ownerOf(url: string, functionName: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.includes("/packages/")) return url.replace(/^.*\/packages\//, "packages/").split("/").slice(0, 3).join("/");
  if (url.startsWith("node:internal/deps/undici")) return "undici (the benchmark's HTTP client)";
  if (url.startsWith("node:")) return "node: built-ins";
  return functionName || "(native)";
}

const shorten = (url: string) => url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "").replace(/^.*\/packages\//, "packages/");
