import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDemoData } from "../src/demo-data";
import { bundleLambdas, type BundleFigures } from "../src/lambda-bundles";
import { mentoringPrefixes } from "../../../stacks/Api";
import { createTestContext, DEMO } from "./support";
import { ORIGIN_SECRET_HEADER } from "@kompeten/functions/http/origin";

describe("Lambda bundles, as the deploy build makes them", () => {
  let bundles: BundleFigures[];
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    ({ bundles, dispose } = await bundleLambdas());
  }, 120_000);
  afterAll(() => dispose?.());

  it.each(["staff", "evaluations", "mentoring", "forum-staff", "dashboards", "figures", "jobs", "public", "forum"])("keeps the %s Lambda within its size budget", (name) => {
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

  it("keeps each area of the staff API in its own Lambda", () => {
    const inputsOf = (name: string) => bundles.find((b) => b.name === name)!.inputs;
    // The entity models are shared (one table, one Service); the mentoring routes and services are not.
    expect(inputsOf("staff").filter((input) => /api\/routes\/mentoring|core\/src\/mentor[^/]*\/[^/]+(?<!\.entity)\.ts$/.test(input))).toEqual([]);
    expect(inputsOf("mentoring").filter((input) => /api\/routes\/(courses|evaluations|staff)\.ts/.test(input))).toEqual([]);
  });

  it("answers from the bundled staff Lambdas, each path from its area's, as API Gateway routes them", async () => {
    const ORIGIN_SECRET = "origin-secret-origin-secret-origin-secret";
    const test = await createTestContext();
    await seedDemoData(test.ctx, { forum: false, dashboards: false });
    const file = (name: string) => bundles.find((b) => b.name === name)!.file;
    // API Gateway (HTTP API, payload 2.0) events, sent in order by a fresh Node process that loads the bundles.
    const probe = `${file("staff")}.answers.mjs`;
    await writeFile(
      probe,
      `const main = (await import(${JSON.stringify(file("staff"))})).handler;
const mentoring = (await import(${JSON.stringify(file("mentoring"))})).handler;
const prefixes = ${JSON.stringify(mentoringPrefixes.map((prefix) => `/api${prefix}`))};
const handlerOf = (path) => (prefixes.some((p) => path === p || path.startsWith(p + "/")) ? mentoring : main);
const steps = JSON.parse(process.argv[2]);
let cookies = [];
const answers = [];
for (const { method, path, body } of steps) {
  const [rawPath, rawQueryString = ""] = path.split("?");
  const event = {
    version: "2.0", routeKey: "$default", rawPath, rawQueryString, cookies,
    headers: { host: "kompeten.test", "content-type": "application/json", ...(${JSON.stringify({ [ORIGIN_SECRET_HEADER]: ORIGIN_SECRET })}) },
    requestContext: { domainName: "kompeten.test", http: { method, path: rawPath, protocol: "HTTP/1.1", sourceIp: "127.0.0.1", userAgent: "probe" } },
    body: body === undefined ? undefined : JSON.stringify(body), isBase64Encoded: false,
  };
  const answer = await handlerOf(rawPath)(event, {});
  if (answer.cookies?.length) cookies = answer.cookies.map((c) => c.split(";")[0]);
  answers.push({ status: answer.statusCode, body: JSON.parse(answer.body || "null") });
}
console.log(JSON.stringify(answers));`,
    );
    const steps = [
      { method: "GET", path: "/api/me" },
      { method: "POST", path: "/api/auth/login", body: { login: DEMO.mentor, password: DEMO.password } },
      { method: "GET", path: "/api/me" },
      { method: "PUT", path: "/api/mentors/me", body: { available: true, competencies: [{ competencyId: "analisis-kebijakan", level: 4 }], modes: ["daring"] } },
      { method: "POST", path: "/api/auth/login", body: { login: DEMO.staff, password: DEMO.password } },
      { method: "GET", path: "/api/mentors?competencyId=analisis-kebijakan" },
    ];
    const { stdout } = await promisify(execFile)(process.execPath, [probe, JSON.stringify(steps)], {
      env: {
        PATH: process.env.PATH,
        TABLE_NAME: test.ctx.tableName,
        AWS_REGION: "ap-southeast-3",
        AWS_ENDPOINT_URL_DYNAMODB: inject("dynamoEndpoint"),
        AWS_ACCESS_KEY_ID: "local",
        AWS_SECRET_ACCESS_KEY: "local",
        SST_APP: "kompeten",
        SST_STAGE: "test",
        SST_Secret_value_SESSION_SECRET: "bundle-secret-bundle-secret-bundle-secret",
        // What CloudFront sends with every request (stacks/Web.ts); without it each answer is a 403.
        ORIGIN_SECRET,
      },
    });
    const answers = JSON.parse(stdout.trim().split("\n").at(-1)!) as { status: number; body: any }[];
    expect(answers.map((a) => a.status)).toEqual([401, 200, 200, 200, 200, 200]);
    expect(answers[0]!.body.error.code).toBe("unauthenticated");
    expect(answers[3]!.body).toMatchObject({ offered: true, available: true, capacity: 2 });
    expect(answers[5]!.body.items[0]).toMatchObject({ competencyId: "analisis-kebijakan", level: 4, score: expect.any(Number) });
  }, 60_000);
});
