import { dirname, join } from "node:path";
import type { Plugin } from "esbuild";

/**
 * zod's namespace object (`z`, which @hono/zod-openapi re-exports and extends) carries every
 * locale of zod's error messages, some 250 KB minified, and a bundler cannot drop what hangs
 * off an object used as a value. Our messages are English (zod's default) or our own, so the
 * locales module is replaced by one that holds English alone.
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

/**
 * How every Lambda is bundled (SST's `nodejs` function props, set as the app's defaults):
 * minified ESM, the AWS SDK v3 left to the Lambda runtime (Node.js 22 ships it), zod with
 * English messages only. With `splitting`, what a handler loads with `import()` (the CSV parser
 * of the staff import, say) lands in its own chunk beside the entry, read on first use and not at
 * a cold start. packages/local/src/lambda-bundles.ts measures the same build.
 */
export const lambdaNodejs = {
  format: "esm" as const,
  minify: true,
  splitting: true,
  esbuild: {
    external: ["@aws-sdk/*"],
    plugins: [zodEnglishOnly],
  },
};
