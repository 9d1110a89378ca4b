import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi } from "../../local/test/support";
import { DeleteItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { ANONYMOUS_ONLY, diffTables, dumpTable, formatStats, loadOperations, prepareFuzz, runFuzz, type FuzzSetup } from "./support/fuzz";

// Every operation of /api/openapi.json and /public/openapi.json, fuzzed from its own schemas as each
// role: never a 5xx, the error shape on every 4xx, and nothing stored changes on a refused request.
// `npm run bench -- fuzz --runs N` runs the same property longer (FUZZ_RUNS, FUZZ_SEED, FUZZ_SHRINK).

const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const timeout = Math.max(120_000, runs * 200);

describe("fuzzing the API from its OpenAPI documents", () => {
  let setup: FuzzSetup;
  beforeAll(async () => {
    setup = await prepareFuzz(await createTestApi({ forum: true, dashboards: true }));
  }, 120_000);

  it("covers every operation of both documents", () => {
    const ops = loadOperations();
    expect(ops.filter((o) => !o.public).length).toBeGreaterThan(100);
    expect(ops.filter((o) => o.public).length).toBe(27);
    for (const route of ANONYMOUS_ONLY) expect(ops.some((o) => `${o.method} ${o.path}` === route), route).toBe(true);
    expect(setup.pool.get("*")?.size ?? 0).toBeGreaterThan(50);
  });

  it("sees a change in the table, except in the items a refusal may write", async () => {
    const { api } = setup;
    const before = await dumpTable(api);
    const put = (entity: string) =>
      api.ctx.client.send(new PutItemCommand({ TableName: api.ctx.tableName, Item: { pk: { S: `check#${entity}` }, sk: { S: "x" }, __edb_e__: { S: entity } } }));
    await put("staff");
    await put("signInCode");
    const after = await dumpTable(api);
    expect(diffTables(before, after, "POST /public/auth/verify")).toEqual([expect.stringMatching(/^added staff check#staff\|x/)]);
    expect(diffTables(before, after, "POST /api/staff")).toHaveLength(2);
    for (const entity of ["staff", "signInCode"])
      await api.ctx.client.send(new DeleteItemCommand({ TableName: api.ctx.tableName, Key: { pk: { S: `check#${entity}` }, sk: { S: "x" } } }));
    expect(diffTables(before, await dumpTable(api))).toEqual([]);
  });

  it(
    `answers ${runs} generated requests without a 5xx, with the error shape, and stores nothing on a refusal (seed ${seed})`,
    async () => {
      const started = performance.now();
      // FUZZ_SHRINK=1: stop at the first failing request and let fast-check shrink it to a smallest counterexample.
      const { stats, error } = await runFuzz(setup, { runs, seed, stopAtFirst: process.env.FUZZ_SHRINK === "1" });
      console.log(`fuzz seed ${seed}\n${formatStats(stats, performance.now() - started)}`);
      // fast-check's own report first: a request that threw, or (FUZZ_SHRINK=1) the shrunk counterexample.
      expect(error).toBeNull();
      expect(stats.failures, stats.failures.join("\n")).toEqual([]);
      expect(stats.requests).toBe(runs);
    },
    timeout,
  );
});
