import { App, BootstraplessSynthesizer, CfnOutput, CfnParameter, Stack } from "aws-cdk-lib";
import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";

// The optional WAF in front of the distribution. CloudFront's web ACLs live in us-east-1, and
// SST v2 keeps one region per app, so this is its own template, deployed once per stage with
// `aws cloudformation deploy --region us-east-1` (README, "A WAF in front"); its ARN then goes to
// the stage as KOMPETEN_WEB_ACL_ARN.

/** Requests one client address may send in five minutes before the WAF answers 429. */
export const RATE_LIMITS = { signIn: 100, public: 1000 } as const;
/** The sign-in routes: staff passwords, the citizens' e-mailed codes. */
export const SIGN_IN_PATHS = [
  { path: "/api/auth/login", match: "EXACTLY" },
  { path: "/public/auth/", match: "STARTS_WITH" },
] as const;

const FIVE_MINUTES = 300;
const TOO_MANY = "too_many_requests";

const visibility = (metricName: string) => ({ cloudWatchMetricsEnabled: true, sampledRequestsEnabled: true, metricName });

const pathMatch = (path: string, match: "EXACTLY" | "STARTS_WITH") => ({
  byteMatchStatement: { searchString: path, positionalConstraint: match, fieldToMatch: { uriPath: {} }, textTransformations: [{ priority: 0, type: "NONE" }] },
});

const rateRule = (name: string, priority: number, limit: CfnParameter, scopeDown: CfnWebACL.StatementProperty): CfnWebACL.RuleProperty => ({
  name,
  priority,
  // The app's own error shape, so the web app shows it as it shows the app's 429.
  action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY } } },
  statement: { rateBasedStatement: { aggregateKeyType: "IP", evaluationWindowSec: FIVE_MINUTES, limit: limit.valueAsNumber, scopeDownStatement: scopeDown } },
  visibilityConfig: visibility(name),
});

/** The stage's web ACL: two rate-based rules per client address, everything else allowed. */
export function webAclStack(stage: string): Stack {
  const app = new App();
  const stack = new Stack(app, `kompeten-${stage}-web-acl`, {
    env: { region: "us-east-1" },
    // A plain template for `aws cloudformation deploy`: no assets, so no CDK bootstrap is needed.
    synthesizer: new BootstraplessSynthesizer(),
    description: `Kompeten ${stage}: rate limits per client address in front of CloudFront`,
  });
  const signInLimit = new CfnParameter(stack, "SignInLimit", {
    type: "Number",
    default: RATE_LIMITS.signIn,
    minValue: 10,
    description: "Requests to the sign-in routes one address may send in 5 minutes",
  });
  const publicLimit = new CfnParameter(stack, "PublicLimit", {
    type: "Number",
    default: RATE_LIMITS.public,
    minValue: 10,
    description: "Requests to /public/ one address may send in 5 minutes",
  });
  const acl = new CfnWebACL(stack, "WebAcl", {
    name: `kompeten-${stage}`,
    scope: "CLOUDFRONT",
    defaultAction: { allow: {} },
    visibilityConfig: visibility(`kompeten-${stage}`),
    customResponseBodies: {
      [TOO_MANY]: {
        contentType: "APPLICATION_JSON",
        content: JSON.stringify({ error: { code: TOO_MANY, message: "Too many requests from this address; try again in a few minutes" } }),
      },
    },
    rules: [
      rateRule("sign-in", 0, signInLimit, { orStatement: { statements: SIGN_IN_PATHS.map(({ path, match }) => pathMatch(path, match)) } }),
      rateRule("public", 1, publicLimit, pathMatch("/public/", "STARTS_WITH")),
    ],
  });
  new CfnOutput(stack, "WebAclArn", { value: acl.attrArn, description: "Set as KOMPETEN_WEB_ACL_ARN for the stage" });
  return stack;
}

/** The template as JSON, as `aws cloudformation deploy` takes it. */
export function webAclTemplate(stage: string): Record<string, unknown> {
  const stack = webAclStack(stage);
  const assembly = (stack.node.root as App).synth();
  return assembly.getStackByName(stack.stackName).template;
}
