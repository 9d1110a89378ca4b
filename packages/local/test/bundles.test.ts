import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleLambdas, type BundleFigures } from "../src/lambda-bundles";

describe("Lambda bundles, as the deploy build makes them", () => {
  let bundles: BundleFigures[];
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ bundles, dispose } = await bundleLambdas());
  }, 120_000);
  afterAll(() => dispose?.());

  it.each(["staff", "jobs", "public"])("keeps the %s Lambda within its size budget", (name) => {
    const bundle = bundles.find((b) => b.name === name)!;
    expect(bundle.bytes, `${name}: ${bundle.biggest.slice(0, 5).map((i) => `${i.input} ${i.bytes}`).join(", ")}`).toBeLessThanOrEqual(bundle.budget);
  });

  it("carries zod's English messages only and no CommonJS copy of a package", () => {
    for (const bundle of bundles) {
      const inputs = bundle.inputs;
      expect(inputs.filter((input) => /zod\/v4\/locales\/(?!en\.js$|index\.js$)/.test(input)), bundle.name).toEqual([]);
      expect(inputs.filter((input) => /\/(cjs|commonjs)\//.test(input)), bundle.name).toEqual([]);
    }
  });

  it("keeps the public Lambda clear of the staff domain", () => {
    const publicInputs = bundles.find((b) => b.name === "public")!.inputs;
    expect(publicInputs.filter((input) => input.includes("node_modules/electrodb/"))).toEqual([]);
    expect(publicInputs.filter((input) => /packages\/core\/src\/(staff|courses|evaluations|learning|auth)\//.test(input))).toEqual([]);
  });
});
