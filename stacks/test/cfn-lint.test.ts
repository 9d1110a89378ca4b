import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { synthesize } from "./synthesize";
import { webAclTemplate } from "../WebAcl";

// cfn-lint (Python, not on npm) over every synthesized template. Its errors fail; its warnings,
// which CDK's own output produces (e.g. DependsOn beside a GetAtt), are counted and printed.
// .ci/run says when the machine lacks it; this file then skips with the same message.

const available = spawnSync("cfn-lint", ["--version"], { encoding: "utf8" }).status === 0;
if (!available) console.warn("cfn-lint is not installed: the CloudFormation templates are not linted (pip install cfn-lint==1.51.0)");

type Finding = { Level: "Error" | "Warning" | "Informational"; Rule: { Id: string }; Message: string; Filename: string; Location: { Path: (string | number)[] } };

const dir = mkdtempSync(join(tmpdir(), "kompeten-cfn-lint-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function lint(stage: string, env: Record<string, string> = {}) {
  const synthesized = await synthesize(stage, { env });
  const templates = { storage: synthesized.storage, api: synthesized.api, web: synthesized.web, jobs: synthesized.jobs, alarms: synthesized.alarms };
  const files = Object.entries(templates).map(([name, template]) => {
    const file = join(dir, `${stage}-${name}.json`);
    writeFileSync(file, JSON.stringify(template.toJSON()));
    return file;
  });
  // The stage's optional WAF template too (deployed apart, in us-east-1).
  const webAcl = join(dir, `${stage}-web-acl.json`);
  writeFileSync(webAcl, JSON.stringify(webAclTemplate(stage)));
  files.push(webAcl);
  // Exit codes are a bit mask (2 errors, 4 warnings, 8 informational): read the JSON instead.
  let output: string;
  try {
    output = execFileSync("cfn-lint", ["--format", "json", "--", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? "";
    if (!output) throw error;
  }
  return JSON.parse(output) as Finding[];
}

describe.skipIf(!available)("cfn-lint", () => {
  for (const [stage, env] of [
    ["prod", { KOMPETEN_DOMAIN: "kompeten.mataramkota.go.id", KOMPETEN_CERTIFICATE_ARN: "arn:aws:acm:us-east-1:123456789012:certificate/0c0ffee0-1234-4abc-9def-0123456789ab", KOMPETEN_ALARM_EMAIL: "it@mataramkota.go.id" }],
    ["test", {}],
  ] as const) {
    it(`finds no error in the ${stage} stage's templates`, async () => {
      const findings = await lint(stage, env);
      const errors = findings.filter((f) => f.Level === "Error");
      const warnings = findings.filter((f) => f.Level === "Warning");
      console.log(`cfn-lint, ${stage}: ${errors.length} errors, ${warnings.length} warnings (${[...new Set(warnings.map((w) => w.Rule.Id))].join(", ") || "none"})`);
      expect(errors.map((e) => `${e.Rule.Id} ${e.Location.Path.join("/")}: ${e.Message}`)).toEqual([]);
    });
  }
});
