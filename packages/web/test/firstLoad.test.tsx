// @vitest-environment node
// The first load (sign-in, Beranda, the catalog) never fetches chart.js: the app is built as it is
// deployed and the chunks each of those pages needs are followed through their static imports.
import { fileURLToPath } from "node:url";
import { build, type Rollup } from "vite";
import { beforeAll, describe, expect, it } from "vitest";

const webRoot = fileURLToPath(new URL("..", import.meta.url));

type Chunk = Rollup.OutputChunk;

let chunks: Chunk[] = [];

/** A chunk and every chunk it imports statically (what the browser fetches along with it). */
function staticClosure(start: Chunk): Chunk[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...seen.values()];
}

const holdsChartJs = (chunk: Chunk) => chunk.moduleIds.some((id) => id.includes("/node_modules/chart.js/"));

function pageChunk(page: string): Chunk {
  const found = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(`/src/pages/${page}.tsx`));
  if (!found) throw new Error(`no chunk for ${page}`);
  return found;
}

describe("chart.js stays out of the first load", () => {
  beforeAll(async () => {
    const output = (await build({
      root: webRoot,
      configFile: `${webRoot}/vite.config.ts`,
      logLevel: "silent",
      build: { write: false, emptyOutDir: false },
    })) as Rollup.RollupOutput | Rollup.RollupOutput[];
    const outputs = Array.isArray(output) ? output : [output];
    chunks = outputs.flatMap((o) => o.output).filter((item): item is Chunk => item.type === "chunk");
  }, 120_000);

  it("is in a chunk of its own, loaded on demand", () => {
    const withChart = chunks.filter(holdsChartJs);
    expect(withChart.length).toBeGreaterThan(0);
    const importedStatically = chunks.filter((chunk) => chunk.imports.some((name) => withChart.some((c) => c.fileName === name)));
    expect(importedStatically.map((c) => c.fileName)).toEqual([]);
  });

  it("is not fetched by the entry, the sign-in page, Beranda or the catalog", () => {
    const entry = chunks.find((chunk) => chunk.isEntry);
    expect(entry).toBeDefined();
    for (const start of [entry!, pageChunk("SignIn"), pageChunk("Home"), pageChunk("Catalog")]) {
      const loaded = staticClosure(start);
      expect(loaded.filter(holdsChartJs).map((c) => c.fileName), start.fileName).toEqual([]);
    }
  });

  it("is what the dashboards draw their charts with", () => {
    for (const page of ["dashboards/CityDashboard", "dashboards/UnitDashboard"]) {
      const reachable = staticClosure(pageChunk(page)).flatMap((chunk) => chunk.dynamicImports);
      const lazyChunks = chunks.filter((chunk) => reachable.includes(chunk.fileName));
      expect(lazyChunks.some(holdsChartJs), page).toBe(true);
    }
  });
});
