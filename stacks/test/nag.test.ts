import { Annotations, Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { synthesize } from "./synthesize";

// cdk-nag's AwsSolutions pack over the synthesized stages. What is accepted on purpose is
// suppressed with its reason in stacks/nag.ts; any other finding fails here.

async function findings(stage: string, env: Record<string, string> = {}) {
  const { stacks } = await synthesize(stage, { nag: true, env });
  const rule = Match.stringLikeRegexp("^AwsSolutions-");
  const list = stacks.flatMap((stack) => {
    const annotations = Annotations.fromStack(stack);
    return [
      ...annotations.findError("*", rule).map((m) => ({ level: "error", path: m.id, rule: String(m.entry.data).split(":")[0] })),
      ...annotations.findWarning("*", rule).map((m) => ({ level: "warning", path: m.id, rule: String(m.entry.data).split(":")[0] })),
    ];
  });
  // With logIgnores each suppressed finding is an info annotation naming its rule.
  const accepted = stacks.flatMap((stack) =>
    Annotations.fromStack(stack)
      .findInfo("*", Match.stringLikeRegexp("AwsSolutions-"))
      .map((m) => String(m.entry.data).match(/(AwsSolutions-[A-Z0-9]+)/)?.[1] ?? "?"),
  );
  return { list, accepted };
}

function tally(rules: string[]) {
  const counts = new Map<string, number>();
  for (const rule of rules) counts.set(rule, (counts.get(rule) ?? 0) + 1);
  return [...counts].sort().map(([rule, n]) => `${rule} ${n}`).join(", ");
}

const withEverything = {
  KOMPETEN_DOMAIN: "kompeten.mataramkota.go.id",
  KOMPETEN_CERTIFICATE_ARN: "arn:aws:acm:us-east-1:123456789012:certificate/0c0ffee0-1234-4abc-9def-0123456789ab",
  KOMPETEN_WEB_ACL_ARN: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/kompeten-prod/0c0ffee0-1234-4abc-9def-0123456789ab",
  KOMPETEN_ALARM_EMAIL: "it@mataramkota.go.id",
};

describe("cdk-nag AwsSolutions", () => {
  it("finds nothing unsuppressed on the prod stage with its domain, WAF and alarm address", async () => {
    const { list, accepted } = await findings("prod", withEverything);
    console.log(`cdk-nag, prod with domain and WAF: ${list.length} unsuppressed findings; ${accepted.length} accepted (${tally(accepted)})`);
    expect(list).toEqual([]);
    // The checks did run: the accepted ones are there, and with a domain and a WAF those two rules pass outright.
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted).not.toContain("AwsSolutions-CFR4");
    expect(accepted).not.toContain("AwsSolutions-CFR2");
  });

  it("finds nothing unsuppressed on a stage without settings (CloudFront's own address, no WAF)", async () => {
    const { list, accepted } = await findings("test");
    console.log(`cdk-nag, a stage without settings: ${list.length} unsuppressed findings; ${accepted.length} accepted (${tally(accepted)})`);
    expect(list).toEqual([]);
    expect(accepted).toContain("AwsSolutions-CFR4");
  });
});
