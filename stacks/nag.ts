import type { Stack } from "aws-cdk-lib";
import { NagSuppressions } from "cdk-nag";
import type { StageSettings } from "./settings";

/**
 * The cdk-nag AwsSolutions findings accepted on purpose, each with its reason. Everything else
 * the pack finds fails the stack tests (stacks/test/nag.test.ts).
 */
export function acceptNagFindings(stack: Stack, settings: StageSettings) {
  const basicRole = "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole";
  NagSuppressions.addStackSuppressions(stack, [
    { id: "AwsSolutions-IAM4", reason: "The managed basic execution role only lets a function write its own logs.", appliesTo: [basicRole] },
    { id: "AwsSolutions-IAM5", reason: "X-Ray's PutTraceSegments and PutTelemetryRecords and the stream consumer's ListStreams take no resource ARN.", appliesTo: ["Resource::*"] },
    { id: "AwsSolutions-APIG4", reason: "Every route authenticates in the app (session cookies), behind CloudFront's secret origin header." },
    { id: "AwsSolutions-SMG4", reason: "The origin secret is replaced by redeploying: CloudFront and the functions change in the same deploy." },
    { id: "AwsSolutions-CFR7", reason: "SST v2's StaticSite reaches its private, TLS-only bucket through an origin access identity." },
    { id: "AwsSolutions-CFR1", reason: "Staff and citizens use it from anywhere (travel, mobile roaming): no geographic restriction." },
  ]);
  if (!settings.domain) {
    NagSuppressions.addStackSuppressions(stack, [
      { id: "AwsSolutions-CFR4", reason: "Without KOMPETEN_DOMAIN the default *.cloudfront.net certificate fixes the TLS policy; a custom domain gets TLS 1.2 at least." },
    ]);
  }
  if (!settings.webAclArn) {
    NagSuppressions.addStackSuppressions(stack, [{ id: "AwsSolutions-CFR2", reason: "The WAF is a stage option (KOMPETEN_WEB_ACL_ARN); this stage runs on the API's throttling alone." }]);
  }
  // The handlers SST and CDK add for their own custom resources: their runtime is theirs to choose.
  for (const path of ["CustomResourceHandler", "Custom::S3AutoDeleteObjectsCustomResourceProvider"]) {
    const handler = stack.node.tryFindChild(path);
    if (handler) NagSuppressions.addResourceSuppressions(handler, [{ id: "AwsSolutions-L1", reason: "A custom-resource handler of SST or CDK; its runtime is set by the library." }], true);
  }
}
