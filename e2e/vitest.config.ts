import { defineConfig } from "vitest/config";

// `npm run test:e2e`: the whole product in Debian's Chromium, against `npm start -- --memory`.
export default defineConfig({
  test: {
    name: "e2e",
    include: ["e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
