import { defineConfig } from "vitest/config";

// `npm test`: everything that needs no browser. Each project runs in its own environment.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "api",
          include: ["packages/core/test/**/*.test.ts", "packages/functions/test/**/*.test.ts", "packages/local/test/**/*.test.ts"],
          environment: "node",
          // One DynamoDB Local (in memory, on a free port) for the whole run; each test file gets its own table.
          globalSetup: ["packages/local/test/dynamodb.global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "stacks",
          include: ["stacks/**/*.test.ts"],
          environment: "node",
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      "packages/web/vitest.config.ts",
    ],
  },
});
