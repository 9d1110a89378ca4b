import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";

/**
 * zod's namespace objects (`z`, and `z.locales`) can carry every locale of zod's error messages,
 * some 250 KB minified, and a bundler cannot drop what hangs off an object used as a value. Our
 * messages are English (core/zod.ts sets zod's English locale) or our own, so the locales
 * module is replaced by one that holds English alone, whatever imports it.
 */
export const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(\.\.\/)?locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/]/.test(args.importer)) return undefined;
      return { path: join(dirname(args.importer), args.path), namespace: "zod-locales" };
    });
    build.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), "en.js"))};\n`,
      loader: "js",
      resolveDir: dirname(args.path),
    }));
  },
};

/** What the Lambda build's stand-in for ElectroDB's model check calls a model: a plain object (not an Entity or a Service). */
export function isPlainModel(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * ElectroDB checks every model against its JSON Schema with `jsonschema` (some 31 KB minified,
 * CommonJS) as an Entity is built, and asks the same check whether a value joined into a
 * Service is a model or an Entity. In the Lambdas the models are the ones every test run has
 * already built with the real check (the tests load ElectroDB and jsonschema as they are), so
 * the build swaps it for a stand-in: a plain object passes as a model, an Entity or Service
 * instance does not, as the real check answers for them (stacks/test/lambda-build.test.ts).
 */
export const electrodbCheckedModels: Plugin = {
  name: "electrodb-checked-models",
  setup(build) {
    build.onResolve({ filter: /^jsonschema$/ }, (args) => {
      if (!/[\\/]electrodb[\\/]/.test(args.importer)) return undefined;
      return { path: "jsonschema", namespace: "electrodb-checked-models" };
    });
    build.onLoad({ filter: /.*/, namespace: "electrodb-checked-models" }, () => ({
      contents: [
        `const isPlainModel = ${isPlainModel.toString()};`,
        "class Validator {",
        "  addSchema() {}",
        '  validate(instance) { return { errors: isPlainModel(instance) ? [] : [{ property: "instance", message: "is not a model" }] }; }',
        "}",
        "Validator.prototype.customFormats = {};",
        "module.exports = { Validator };",
      ].join("\n"),
      loader: "js",
    }));
  },
};

/**
 * How every Lambda is bundled (SST's `nodejs` function props, set as the app's defaults):
 * minified ESM, the AWS SDK v3 left to the Lambda runtime (Node.js 24 ships it), zod with
 * English messages only. With `splitting`, what a handler loads with `import()` (the CSV parser
 * of the staff import, say) lands in its own chunk beside the entry, read on first use and not at
 * a cold start. SST's build sets esbuild's `keepNames`, which wraps every function and class in
 * a call that restores its name (some tens of KB over a bundle); SST spreads `esbuild` after its
 * own settings, so `keepNames: false` here turns it off. Nothing at run time reads a minified
 * name (errors carry their own `name`), and deploy builds write sourcemaps, which keep the
 * names for stack traces. packages/local/src/lambda-bundles.ts measures the same build.
 */
export const lambdaNodejs = {
  format: "esm" as const,
  minify: true,
  splitting: true,
  esbuild: {
    keepNames: false,
    external: ["@aws-sdk/*"],
    plugins: [zodEnglishOnly, electrodbCheckedModels],
  },
};
