import { fileURLToPath } from "node:url";
import solid from "vite-plugin-solid";
import { defineProject } from "vitest/config";

// Paths are relative to the repository root, so this project runs the same
// from `npx vitest run --project web` at the root as from this folder.
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export default defineProject({
  plugins: [solid()],
  test: {
    name: "web",
    root: repoRoot,
    environment: "jsdom",
    include: ["packages/web/test/**/*.test.tsx"],
    setupFiles: ["packages/web/test/setup.ts"],
    // A ceiling, not a target: a test that clicks through a page can take seconds on a busy machine.
    testTimeout: 20_000,
  },
});
