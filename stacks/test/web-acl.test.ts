import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { RATE_LIMITS, webAclStack, webAclTemplate } from "../WebAcl";

// The optional WAF template (us-east-1, deployed apart from the SST app): two rate-based rules per
// client address, answered in the app's error shape.

describe("the web ACL template", () => {
  const template = Template.fromStack(webAclStack("prod"));
  const acl = () => Object.values(template.findResources("AWS::WAFv2::WebACL"))[0]!.Properties;

  it("is a CloudFront web ACL in us-east-1 that allows what no rule blocks", () => {
    const stack = webAclStack("prod");
    expect(stack.region).toBe("us-east-1");
    template.resourceCountIs("AWS::WAFv2::WebACL", 1);
    expect(acl()).toMatchObject({ Name: "kompeten-prod", Scope: "CLOUDFRONT", DefaultAction: { Allow: {} } });
    template.hasOutput("WebAclArn", { Value: { "Fn::GetAtt": ["WebAcl", "Arn"] } });
    // A plain template: nothing that needs a CDK bootstrap in us-east-1.
    const plain = webAclTemplate("prod");
    expect(Object.keys((plain.Parameters ?? {}) as object)).toEqual(["SignInLimit", "PublicLimit"]);
    expect(plain.Rules).toBeUndefined();
  });

  it("limits each client address on the sign-in routes and on /public/, per five minutes, with a 429 in the error shape", () => {
    const parameters = template.toJSON().Parameters;
    expect(parameters.SignInLimit.Default).toBe(RATE_LIMITS.signIn);
    expect(parameters.PublicLimit.Default).toBe(RATE_LIMITS.public);
    const [signIn, publicRoutes] = acl().Rules;
    for (const rule of [signIn, publicRoutes]) {
      expect(rule.Action.Block.CustomResponse).toEqual({ ResponseCode: 429, CustomResponseBodyKey: "too_many_requests" });
      expect(rule.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: "IP", EvaluationWindowSec: 300 });
    }
    expect(signIn.Statement.RateBasedStatement.Limit).toEqual({ Ref: "SignInLimit" });
    const paths = signIn.Statement.RateBasedStatement.ScopeDownStatement.OrStatement.Statements.map((s: any) => [s.ByteMatchStatement.SearchString, s.ByteMatchStatement.PositionalConstraint]);
    expect(paths).toEqual([
      ["/api/auth/login", "EXACTLY"],
      ["/public/auth/", "STARTS_WITH"],
    ]);
    expect(publicRoutes.Statement.RateBasedStatement.Limit).toEqual({ Ref: "PublicLimit" });
    expect(publicRoutes.Statement.RateBasedStatement.ScopeDownStatement.ByteMatchStatement).toMatchObject({ SearchString: "/public/", PositionalConstraint: "STARTS_WITH" });
    const body = JSON.parse(acl().CustomResponseBodies.too_many_requests.Content);
    expect(body).toEqual({ error: { code: "too_many_requests", message: expect.any(String) } });
  });
});
