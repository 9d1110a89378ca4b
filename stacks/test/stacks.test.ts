import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { Match, Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { keyAttributeNames, tableKeys } from "../../packages/core/src/table/keys";
import { dashboardsPrefixes, dashboardsRouteKeys, evaluationsPrefixes, evaluationsRouteKeys, forumPrefixes, forumRouteKeys, forumStaffPrefixes, forumStaffRouteKeys, mentoringPrefixes, mentoringRouteKeys, publicRouteKey, publicThrottle, staffOpenApiFile, staffRouteKey, staffThrottle } from "../Api";
import { dashboardsArea } from "../../packages/functions/src/api/areas/dashboards";
import { forumArea } from "../../packages/functions/src/api/areas/forum";
import { evaluationsArea } from "../../packages/functions/src/api/areas/evaluations";
import { mentoringArea } from "../../packages/functions/src/api/areas/mentoring";
import { forumMounts } from "../../packages/functions/src/forum/areas";
import { schedules } from "../Jobs";
import { watchedEntities } from "../../packages/core/src/aggregates/changes";
import { ACCESS_LOG_DAYS, FORUM_EDGE_SECONDS, forumCachedPathPatterns } from "../Web";
import { ORIGIN_SECRET_HEADER } from "../../packages/functions/src/http/origin";
import { PAGE_CONTENT_SECURITY_POLICY } from "../../packages/functions/src/http/security";
import { DEFAULT_MAIL_FROM, stageSettings } from "../settings";
import { actionsOf, logicalId, statementsOfRole, synthesize } from "./synthesize";

// AWS managed CloudFront policies (fixed ids).
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";

type Synthesized = Awaited<ReturnType<typeof synthesize>>;
let test: Synthesized;
let prod: Synthesized;
/** prod with every stage setting: its domain and certificate, a WAF web ACL, an alarm address. */
let prodWithSettings: Synthesized;
const settingsEnv = {
  KOMPETEN_DOMAIN: "kompeten.mataramkota.go.id",
  KOMPETEN_CERTIFICATE_ARN: "arn:aws:acm:us-east-1:123456789012:certificate/0c0ffee0-1234-4abc-9def-0123456789ab",
  KOMPETEN_WEB_ACL_ARN: "arn:aws:wafv2:us-east-1:123456789012:global/webacl/kompeten-prod/0c0ffee0-1234-4abc-9def-0123456789ab",
  KOMPETEN_ALARM_EMAIL: "it@mataramkota.go.id",
};

beforeAll(async () => {
  // Sequential on purpose: SST keeps "the current app" in module state.
  test = await synthesize("test");
  prod = await synthesize("prod");
  prodWithSettings = await synthesize("prod", { env: settingsEnv });
});

/** A policy's resources: the table and each index named in tableKeys, never `index/*`. */
function expectTableAndIndexes(resource: unknown) {
  const names = Object.keys(tableKeys.globalIndexes);
  expect(resource).toHaveLength(1 + names.length);
  const text = JSON.stringify(resource);
  expect(text).not.toContain("index/*");
  for (const name of names) expect(text).toContain(`/index/${name}"`);
}

function onlyTable(template: Template) {
  const tables = Object.values(template.findResources("AWS::DynamoDB::Table"));
  expect(tables).toHaveLength(1);
  return tables[0];
}

describe("Storage", () => {
  it("derives the key schema, indexes and TTL from packages/core/src/table/keys.ts", () => {
    const table = onlyTable(test.storage).Properties;

    expect(table.KeySchema).toEqual([
      { AttributeName: "pk", KeyType: "HASH" },
      { AttributeName: "sk", KeyType: "RANGE" },
    ]);
    // Every key attribute is a string, and there are no attributes other than keys.
    expect(table.AttributeDefinitions).toHaveLength(keyAttributeNames.length);
    for (const name of keyAttributeNames) {
      expect(table.AttributeDefinitions).toContainEqual({ AttributeName: name, AttributeType: "S" });
    }

    const indexes = Object.entries(tableKeys.globalIndexes);
    expect(indexes.map(([name]) => name)).toEqual(["gsi1", "gsi2", "gsi3", "gsi4"]);
    expect(table.GlobalSecondaryIndexes).toHaveLength(indexes.length);
    for (const [indexName, keys] of indexes) {
      expect(table.GlobalSecondaryIndexes).toContainEqual({
        IndexName: indexName,
        KeySchema: [
          { AttributeName: keys.partitionKey, KeyType: "HASH" },
          { AttributeName: keys.sortKey, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      });
    }

    expect(table.BillingMode).toBe("PAY_PER_REQUEST");
    expect(table.TimeToLiveSpecification).toEqual({ AttributeName: "expiresAt", Enabled: true });
  });

  it("keeps point-in-time recovery on every stage", () => {
    for (const template of [test.storage, prod.storage]) {
      expect(onlyTable(template).Properties.PointInTimeRecoverySpecification).toEqual({
        PointInTimeRecoveryEnabled: true,
      });
    }
  });

  it("protects the prod table from deletion and keeps it if the stack goes", () => {
    const table = onlyTable(prod.storage);
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe("Retain");
    expect(table.UpdateReplacePolicy).toBe("Retain");
  });

  it("lets other stages be torn down", () => {
    const table = onlyTable(test.storage);
    expect(table.Properties.DeletionProtectionEnabled).not.toBe(true);
    expect(table.DeletionPolicy).toBe("Delete");
  });
});

describe("Api", () => {
  const functions = () => {
    const { staffFunction, evaluationsFunction, mentoringFunction, forumStaffFunction, publicFunction, forumFunction } = test.apiConstructs;
    const all = test.api.findResources("AWS::Lambda::Function");
    return {
      staff: { props: test.functionProps.staff, resource: all[logicalId(staffFunction)] },
      evaluations: { props: test.functionProps.evaluations, resource: all[logicalId(evaluationsFunction)] },
      mentoring: { props: test.functionProps.mentoring, resource: all[logicalId(mentoringFunction)] },
      forumStaff: { props: test.functionProps.forumStaff, resource: all[logicalId(forumStaffFunction)] },
      public: { props: test.functionProps.public, resource: all[logicalId(publicFunction)] },
      forum: { props: test.functionProps.forum, resource: all[logicalId(forumFunction)] },
    };
  };

  it("runs every function on Node.js 24 on arm64, from handler files that exist", () => {
    for (const fn of Object.values(functions())) {
      expect(fn.resource).toBeDefined();
      expect(fn.resource.Properties.Architectures).toEqual(["arm64"]);
      // Until `app.finish()` bundles the code the template holds a placeholder runtime; the deploy
      // build then writes the runtime from the function's registered (defaults-merged) props.
      expect(fn.props?.runtime).toBe("nodejs24.x");
      // The handler the build will bundle ("<file>.handler") points at a real entry file.
      expect(existsSync(`${fn.props?.handler?.replace(/\.handler$/, "")}.ts`), fn.props?.handler).toBe(true);
      expect(fn.resource.Properties.Runtime).toBe("nodejs24.x");
    }
  });

  it("ships the staff OpenAPI document where the staff app reads it: beside its bundle, which SST writes to the handler's folder", () => {
    expect(existsSync(staffOpenApiFile)).toBe(true);
    expect(dirname(staffOpenApiFile)).toBe("packages/functions/src/api");
    expect(existsSync("packages/functions/src/api/lambda.ts")).toBe(true);
  });

  it("sizes the functions and gives each the table name", () => {
    const { staff, evaluations, mentoring, forumStaff, public: pub } = functions();
    expect(staff.resource.Properties.MemorySize).toBe(512);
    expect(evaluations.resource.Properties.MemorySize).toBe(512);
    expect(mentoring.resource.Properties.MemorySize).toBe(512);
    expect(forumStaff.resource.Properties.MemorySize).toBe(512);
    expect(pub.resource.Properties.MemorySize).toBe(256);
    for (const fn of [staff, evaluations, mentoring, forumStaff, pub]) {
      expect(fn.resource.Properties.Timeout).toBeGreaterThanOrEqual(10);
      expect(fn.resource.Properties.Timeout).toBeLessThanOrEqual(30);
      // A cross-stack import of the Storage stack's export whose value is the table's Ref (its name).
      const imported = fn.resource.Properties.Environment.Variables.TABLE_NAME["Fn::ImportValue"];
      expect(typeof imported).toBe("string");
      const exported = Object.values(test.storage.toJSON().Outputs).find(
        (output: any) => output.Export?.Name === imported,
      ) as { Value: unknown } | undefined;
      expect(exported?.Value).toEqual({ Ref: logicalId(test.storageConstructs.table.cdk.table) });
    }
  });

  it("routes /public, the evaluations, mentoring, forum and dashboards areas and the rest of /api to their own functions", () => {
    const routes = Object.values(test.api.findResources("AWS::ApiGatewayV2::Route"));
    const integrations = test.api.findResources("AWS::ApiGatewayV2::Integration");
    const targetFunction = (routeKey: string) => {
      const route = routes.find((r) => r.Properties.RouteKey === routeKey);
      expect(route, routeKey).toBeDefined();
      // Target is "integrations/<Ref Integration>".
      const [, [, integrationRef]] = route!.Properties.Target["Fn::Join"];
      const integration = integrations[integrationRef.Ref];
      expect(integration.Properties.IntegrationType).toBe("AWS_PROXY");
      return integration.Properties.IntegrationUri["Fn::GetAtt"][0];
    };

    expect(routes).toHaveLength(2 + evaluationsRouteKeys.length + mentoringRouteKeys.length + forumStaffRouteKeys.length + dashboardsRouteKeys.length + forumRouteKeys.length);
    expect(targetFunction(staffRouteKey)).toBe(logicalId(test.apiConstructs.staffFunction));
    expect(targetFunction(publicRouteKey)).toBe(logicalId(test.apiConstructs.publicFunction));
    // The stack routes exactly the mounts of each area, each path and everything under it.
    expect([...evaluationsPrefixes]).toEqual(evaluationsArea.map((mount) => mount.prefix));
    for (const key of evaluationsRouteKeys) expect(targetFunction(key)).toBe(logicalId(test.apiConstructs.evaluationsFunction));
    expect([...mentoringPrefixes]).toEqual(mentoringArea.map((mount) => mount.prefix));
    for (const key of mentoringRouteKeys) expect(targetFunction(key)).toBe(logicalId(test.apiConstructs.mentoringFunction));
    // Likewise the staff side of the forum (responders and moderators).
    expect([...forumStaffPrefixes]).toEqual(forumArea.map((mount) => mount.prefix));
    for (const key of forumStaffRouteKeys) expect(targetFunction(key)).toBe(logicalId(test.apiConstructs.forumStaffFunction));
    expect([...dashboardsPrefixes]).toEqual(dashboardsArea.map((mount) => mount.prefix));
    for (const key of dashboardsRouteKeys) expect(targetFunction(key)).toBe(logicalId(test.apiConstructs.dashboardsFunction));
    // The forum's mounts under /public go to the forum function; the certificate check stays with the public one.
    expect([...forumPrefixes]).toEqual(forumMounts.map((mount) => mount.prefix));
    for (const key of forumRouteKeys) expect(targetFunction(key)).toBe(logicalId(test.apiConstructs.forumFunction));
  });

  it("throttles the public routes harder than the staff routes", () => {
    const stages = Object.values(test.api.findResources("AWS::ApiGatewayV2::Stage"));
    expect(stages).toHaveLength(1);
    const stage = stages[0];
    expect(stage.Properties.RouteSettings).toEqual({
      [publicRouteKey]: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 50 },
    });
    expect(stage.Properties.DefaultRouteSettings).toEqual({
      ThrottlingRateLimit: staffThrottle.rate,
      ThrottlingBurstLimit: staffThrottle.burst,
    });
    expect(publicThrottle.rate).toBeLessThan(staffThrottle.rate);
    // CloudFormation rejects route settings for a route that does not exist yet.
    const publicRouteId = Object.entries(test.api.findResources("AWS::ApiGatewayV2::Route")).find(
      ([, r]) => r.Properties.RouteKey === publicRouteKey,
    )![0];
    expect(stage.DependsOn).toContain(publicRouteId);
  });

  const dynamoStatements = (roleOwner: "staffFunction" | "evaluationsFunction" | "mentoringFunction" | "forumStaffFunction" | "publicFunction" | "forumFunction") => {
    const role = test.apiConstructs[roleOwner].role!;
    const statements = statementsOfRole(test.api, logicalId(role));
    return { statements, dynamo: statements.filter((s) => actionsOf(s).some((a) => a.startsWith("dynamodb:"))) };
  };

  it("lets the public function only read public partitions", () => {
    const { statements, dynamo } = dynamoStatements("publicFunction");
    const allActions = statements.flatMap(actionsOf);
    expect(allActions).not.toContain("*");
    for (const forbidden of ["dynamodb:*", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:Scan", "dynamodb:BatchWriteItem"]) {
      expect(allActions).not.toContain(forbidden);
    }

    expect(dynamo).toHaveLength(1);
    const [statement] = dynamo;
    expect(statement.Effect).toBe("Allow");
    expect([...actionsOf(statement)].sort()).toEqual(["dynamodb:GetItem", "dynamodb:Query"]);
    expect(statement.Condition).toEqual({
      "ForAllValues:StringLike": { "dynamodb:LeadingKeys": ["pub#*"] },
    });
    // The table and its indexes by name, nothing else.
    expectTableAndIndexes(statement.Resource);
  });

  it("lets the forum write only public partitions, with its own secret and the sender's e-mail", () => {
    const { statements, dynamo } = dynamoStatements("forumFunction");
    const allActions = statements.flatMap(actionsOf);
    expect(allActions).not.toContain("dynamodb:Scan");
    expect(allActions).not.toContain("dynamodb:*");
    expect(allActions).toContain("ses:SendEmail");
    expect(dynamo).toHaveLength(1);
    expect(dynamo[0]!.Condition).toEqual({ "ForAllValues:StringLike": { "dynamodb:LeadingKeys": ["pub#*"] } });
    expect(actionsOf(dynamo[0]!)).toEqual(expect.arrayContaining(["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query"]));
    const { forum, staff } = functions();
    const env = (fn: typeof forum) => Object.keys(fn.resource.Properties.Environment.Variables);
    expect(env(forum)).toContain("SST_Secret_value_CITIZEN_SESSION_SECRET");
    expect(env(forum)).not.toContain("SST_Secret_value_SESSION_SECRET");
    expect(env(staff)).not.toContain("SST_Secret_value_CITIZEN_SESSION_SECRET");
  });

  it("keeps the session secret away from the public function", () => {
    const { staff, public: pub } = functions();
    const { statements: publicStatements } = dynamoStatements("publicFunction");
    const { statements: staffStatements } = dynamoStatements("staffFunction");

    // Staff: bound secret = env marker + ssm:GetParameters on its parameter path.
    expect(Object.keys(staff.resource.Properties.Environment.Variables)).toContain("SST_Secret_value_SESSION_SECRET");
    expect(JSON.stringify(staffStatements.filter((s) => actionsOf(s).includes("ssm:GetParameters")))).toContain(
      "SESSION_SECRET",
    );

    // Public: neither the env marker nor any SSM access.
    expect(JSON.stringify(pub.resource.Properties.Environment)).not.toContain("SESSION_SECRET");
    expect(JSON.stringify(publicStatements)).not.toContain("SESSION_SECRET");
    expect(publicStatements.flatMap(actionsOf).filter((a) => a.startsWith("ssm:"))).toEqual([]);
  });

  it("gives every staff function the same item access, without Scan or table administration", () => {
    expect(dynamoStatements("mentoringFunction").dynamo).toEqual(dynamoStatements("staffFunction").dynamo);
    expect(dynamoStatements("evaluationsFunction").dynamo).toEqual(dynamoStatements("staffFunction").dynamo);
    expect(dynamoStatements("forumStaffFunction").dynamo).toEqual(dynamoStatements("staffFunction").dynamo);
    expect(Object.keys(functions().mentoring.resource.Properties.Environment.Variables)).toContain("SST_Secret_value_SESSION_SECRET");
    // The forum area e-mails a topic's followers as it is answered; the other staff areas send no e-mail.
    const forumStaffEnv = Object.keys(functions().forumStaff.resource.Properties.Environment.Variables);
    expect(forumStaffEnv).toEqual(expect.arrayContaining(["SST_Secret_value_SESSION_SECRET", "SST_Parameter_value_MAIL_FROM"]));
    expect(forumStaffEnv).not.toContain("SST_Secret_value_CITIZEN_SESSION_SECRET");
    expect(dynamoStatements("forumStaffFunction").statements.flatMap(actionsOf)).toContain("ses:SendEmail");
    expect(dynamoStatements("staffFunction").statements.flatMap(actionsOf)).not.toContain("ses:SendEmail");
    expect(dynamoStatements("mentoringFunction").statements.flatMap(actionsOf)).not.toContain("ses:SendEmail");
    const { statements, dynamo } = dynamoStatements("staffFunction");
    const allActions = statements.flatMap(actionsOf);
    expect(allActions).not.toContain("*");
    expect(allActions).not.toContain("dynamodb:*");
    expect(allActions).not.toContain("dynamodb:Scan");
    expect(allActions.filter((a) => /^dynamodb:(Create|Delete|Update)Table/.test(a))).toEqual([]);

    expect(dynamo).toHaveLength(1);
    expect([...actionsOf(dynamo[0])].sort()).toEqual(
      [
        "dynamodb:BatchGetItem",
        "dynamodb:BatchWriteItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:DeleteItem",
        "dynamodb:GetItem",
        "dynamodb:PutItem",
        "dynamodb:Query",
        "dynamodb:UpdateItem",
      ],
    );
    expectTableAndIndexes(dynamo[0].Resource);
  });

  it("lets e-mail go out only as the stage's sender, its address or its domain", () => {
    for (const fn of ["forumFunction", "forumStaffFunction"] as const) {
      const ses = dynamoStatements(fn).statements.filter((st) => actionsOf(st).includes("ses:SendEmail"));
      expect(ses).toHaveLength(1);
      expect(ses[0]!.Resource).toEqual([
        "arn:aws:ses:ap-southeast-3:123456789012:identity/noreply@kompeten.mataramkota.go.id",
        "arn:aws:ses:ap-southeast-3:123456789012:identity/kompeten.mataramkota.go.id",
      ]);
    }
  });

  it("gives every API function the origin secret that CloudFront sends, from Secrets Manager", () => {
    const secrets = Object.keys(prod.api.findResources("AWS::SecretsManager::Secret"));
    expect(secrets).toHaveLength(1);
    for (const fn of Object.values(functions())) {
      const value = JSON.stringify(fn.resource.Properties.Environment.Variables.ORIGIN_SECRET);
      expect(value).toContain("resolve:secretsmanager:");
    }
  });

  it("keeps the API's access log, with callers' addresses, for three months", () => {
    const groups = Object.values(prod.api.findResources("AWS::Logs::LogGroup"));
    expect(groups.length).toBeGreaterThanOrEqual(1);
    for (const group of groups) expect(group.Properties.RetentionInDays).toBe(90);
    const stage = Object.values(prod.api.findResources("AWS::ApiGatewayV2::Stage"))[0]!;
    expect(stage.Properties.AccessLogSettings.DestinationArn).toBeDefined();
  });
});

describe("Web", () => {
  const distribution = () => {
    const distributions = Object.values(test.web.findResources("AWS::CloudFront::Distribution"));
    expect(distributions).toHaveLength(1);
    return distributions[0].Properties.DistributionConfig;
  };

  it("serves /api/* and /public/* from the API origin, uncached, all methods, HTTPS only", () => {
    const config = distribution();
    for (const pathPattern of ["/api/*", "/public/*"]) {
      const behavior = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pathPattern);
      expect(behavior, pathPattern).toBeDefined();
      expect(behavior.CachePolicyId).toBe(CACHING_DISABLED);
      expect(behavior.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
      expect(behavior.ViewerProtocolPolicy).toBe("redirect-to-https");
      expect([...behavior.AllowedMethods].sort()).toEqual(["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]);

      // ...and that origin is the API's host, taken from the Api stack's URL.
      const origin = config.Origins.find((o: { Id: string }) => o.Id === behavior.TargetOriginId);
      expect(origin.DomainName).toEqual({
        "Fn::Select": [2, { "Fn::Split": ["/", { "Fn::ImportValue": expect.stringMatching(/ApiEndpoint/) }] }],
      });
      expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe("https-only");
    }
  });

  it("caches the forum's public reads at the edge for at most the 10 seconds the forum allows, keyed without cookies", () => {
    const config = distribution();
    const patterns = config.CacheBehaviors.map((b: { PathPattern: string }) => b.PathPattern);
    for (const pathPattern of forumCachedPathPatterns) {
      // Matched before the uncached "/public/*".
      expect(patterns.indexOf(pathPattern), pathPattern).toBeLessThan(patterns.indexOf("/public/*"));
      const behavior = config.CacheBehaviors.find((b: { PathPattern: string }) => b.PathPattern === pathPattern);
      expect(behavior.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
      expect(behavior.ViewerProtocolPolicy).toBe("redirect-to-https");
      const policy = test.web.findResources("AWS::CloudFront::CachePolicy")[behavior.CachePolicyId.Ref].Properties.CachePolicyConfig;
      expect(policy.MinTTL).toBe(0);
      expect(policy.DefaultTTL).toBe(0);
      expect(policy.MaxTTL).toBe(FORUM_EDGE_SECONDS);
      expect(FORUM_EDGE_SECONDS).toBe(10);
      const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
      expect(key.CookiesConfig.CookieBehavior).toBe("none");
      expect(key.HeadersConfig.HeaderBehavior).toBe("none");
      expect(key.QueryStringsConfig.QueryStringBehavior).toBe("all");
    }
  });

  it("falls back to index.html for client-side routes without touching API errors", () => {
    const config = distribution();
    // No distribution-wide error pages: they would turn the API's 403/404 into the HTML page.
    expect(config.CustomErrorResponses).toBeUndefined();
    expect(config.DefaultRootObject).toBe("index.html");

    const functions = test.web.findResources("AWS::CloudFront::Function");
    expect(Object.keys(functions)).toHaveLength(1);
    const [[functionId, cfFunction]] = Object.entries(functions);
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: "viewer-request", FunctionARN: { "Fn::GetAtt": [functionId, "FunctionARN"] } },
    ]);

    // Run the CloudFront Function's code on a few URIs.
    const handler = new Function(`${cfFunction.Properties.FunctionCode}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const rewrite = (uri: string) => handler({ request: { uri } }).uri;
    expect(rewrite("/")).toBe("/index.html");
    expect(rewrite("/kursus/123/peserta")).toBe("/index.html");
    expect(rewrite("/forum/")).toBe("/index.html");
    expect(rewrite("/assets/index-abc123.js")).toBe("/assets/index-abc123.js");
    expect(rewrite("/favicon.ico")).toBe("/favicon.ico");
  });

  it("compresses the site's files at CloudFront (gzip and brotli through the caching-optimized policy)", () => {
    const site = distribution().DefaultCacheBehavior;
    expect(site.Compress).toBe(true);
    // CloudFront only compresses when the cache policy takes Accept-Encoding into the cache key.
    expect(site.CachePolicyId).toBe(CACHING_OPTIMIZED);
  });

  it("outputs the site and API URLs", () => {
    test.web.hasOutput("SiteUrl", {});
    test.web.hasOutput("ApiUrl", { Value: { "Fn::ImportValue": Match.stringLikeRegexp("ApiEndpoint") } });
    // `npm run admin` reads the table's name from the Storage stack's outputs.
    test.storage.hasOutput("TableName", { Value: { Ref: Match.stringLikeRegexp("^Table") } });
  });
});

describe("Web, hardened", () => {
  const config = (synthesized: Synthesized) => Object.values(synthesized.web.findResources("AWS::CloudFront::Distribution"))[0]!.Properties.DistributionConfig;

  it("sends the origin secret header with every request to the API origin, and only there", () => {
    const origins = config(prod).Origins as { Id: string; CustomOriginConfig?: unknown; S3OriginConfig?: unknown; OriginCustomHeaders?: { HeaderName: string; HeaderValue: unknown }[] }[];
    const api = origins.filter((o) => o.CustomOriginConfig);
    expect(api).toHaveLength(1);
    expect(api[0]!.OriginCustomHeaders).toEqual([{ HeaderName: ORIGIN_SECRET_HEADER, HeaderValue: expect.anything() }]);
    expect(JSON.stringify(api[0]!.OriginCustomHeaders)).toContain("resolve:secretsmanager:");
    for (const site of origins.filter((o) => o.S3OriginConfig)) expect(site.OriginCustomHeaders).toBeUndefined();
  });

  it("serves the pages with a content security policy: scripts from the site only, never framed", () => {
    const policies = Object.values(prod.web.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
    expect(policies).toHaveLength(1);
    const headers = policies[0]!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp: string = headers.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toBe(PAGE_CONTENT_SECURITY_POLICY);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers.FrameOptions.FrameOption).toBe("DENY");
    expect(config(prod).DefaultCacheBehavior.ResponseHeadersPolicyId).toBeDefined();
  });

  it("refuses plain HTTP to the site bucket and logs its access and CloudFront's to a bucket that expires them", () => {
    const buckets = prod.web.findResources("AWS::S3::Bucket");
    const policies = Object.values(prod.web.findResources("AWS::S3::BucketPolicy"));
    const tlsOnly = (bucketId: string) =>
      policies.some(
        (p) =>
          JSON.stringify(p.Properties.Bucket).includes(bucketId) &&
          p.Properties.PolicyDocument.Statement.some((st: { Effect: string; Condition?: unknown }) => st.Effect === "Deny" && JSON.stringify(st.Condition).includes('"aws:SecureTransport":"false"')),
      );
    const [logsId, logs] = Object.entries(buckets).find(([, b]) => b.Properties.LifecycleConfiguration)!;
    expect(logs.Properties.LifecycleConfiguration.Rules).toEqual([expect.objectContaining({ ExpirationInDays: ACCESS_LOG_DAYS, Status: "Enabled" })]);
    const [siteId, site] = Object.entries(buckets).find(([, b]) => b.Properties.LoggingConfiguration)!;
    expect(site.Properties.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logsId });
    expect(tlsOnly(siteId)).toBe(true);
    expect(tlsOnly(logsId)).toBe(true);
    expect(config(prod).Logging.Bucket).toEqual({ "Fn::GetAtt": [logsId, "RegionalDomainName"] });
  });

  it("answers on the stage's own domain with TLS 1.2 at least and puts the stage's WAF in front, when the stage sets them", () => {
    const withSettings = config(prodWithSettings);
    expect(withSettings.Aliases).toEqual([settingsEnv.KOMPETEN_DOMAIN]);
    expect(withSettings.ViewerCertificate).toMatchObject({ AcmCertificateArn: settingsEnv.KOMPETEN_CERTIFICATE_ARN, MinimumProtocolVersion: "TLSv1.2_2021", SslSupportMethod: "sni-only" });
    expect(withSettings.WebACLId).toBe(settingsEnv.KOMPETEN_WEB_ACL_ARN);
    expect(config(prod).Aliases ?? []).toEqual([]);
    expect(config(prod).WebACLId).toBeUndefined();
  });

  it("stops a deploy whose stage settings are wrong, naming the setting", () => {
    expect(() => stageSettings({ KOMPETEN_DOMAIN: "kompeten.mataramkota.go.id" })).toThrow(/KOMPETEN_CERTIFICATE_ARN go together/);
    expect(() => stageSettings({ KOMPETEN_ALARM_EMAIL: "not an address" })).toThrow(/KOMPETEN_ALARM_EMAIL/);
    expect(() => stageSettings({ KOMPETEN_CERTIFICATE_ARN: "arn:aws:acm:ap-southeast-3:123456789012:certificate/abc", KOMPETEN_DOMAIN: "kompeten.mataramkota.go.id" })).toThrow(/us-east-1/);
    expect(stageSettings({}).mailFrom).toBe(DEFAULT_MAIL_FROM);
  });
});

describe("Alarms", () => {
  const alarms = (synthesized: Synthesized) => Object.values(synthesized.alarms.findResources("AWS::CloudWatch::Alarm"));

  it("raises an alarm on every function's errors and throttles, the jobs and the stream consumer included", () => {
    const functionAlarms = alarms(prod).filter((a) => a.Properties.Namespace === "AWS/Lambda");
    const byMetric = (name: string) => functionAlarms.filter((a) => a.Properties.MetricName === name);
    // 7 API functions, 6 jobs, 1 stream consumer.
    expect(byMetric("Errors")).toHaveLength(14);
    expect(byMetric("Throttles")).toHaveLength(14);
    for (const alarm of functionAlarms) {
      expect(alarm.Properties).toMatchObject({ Threshold: 1, EvaluationPeriods: 1, ComparisonOperator: "GreaterThanOrEqualToThreshold", TreatMissingData: "notBreaching", Period: 300, Statistic: "Sum" });
    }
  });

  it("raises an alarm on the table's throttled requests", () => {
    const table = alarms(prod).filter((a) => JSON.stringify(a.Properties.Metrics ?? []).includes("ThrottledRequests"));
    expect(table).toHaveLength(1);
  });

  it("sends every alarm to the stage's one topic, TLS only, with the stage's e-mail address subscribed when it is set", () => {
    const topics = Object.keys(prod.alarms.findResources("AWS::SNS::Topic"));
    expect(topics).toHaveLength(1);
    for (const alarm of alarms(prod)) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topics[0] }]);
    expect(Object.values(prod.alarms.findResources("AWS::SNS::TopicPolicy"))[0]!.Properties.PolicyDocument.Statement).toEqual(
      expect.arrayContaining([expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } })]),
    );
    expect(Object.keys(prod.alarms.findResources("AWS::SNS::Subscription"))).toHaveLength(0);
    const subscriptions = Object.values(prodWithSettings.alarms.findResources("AWS::SNS::Subscription"));
    expect(subscriptions).toEqual([expect.objectContaining({ Properties: expect.objectContaining({ Protocol: "email", Endpoint: settingsEnv.KOMPETEN_ALARM_EMAIL }) })]);
  });
});

describe("Jobs", () => {
  const rules = () => Object.values(test.jobs.findResources("AWS::Events::Rule")) as { Properties: { ScheduleExpression: string; Targets: { Arn: unknown }[] } }[];

  it("opens each quarter's cycle at 00:00 WITA on its first day: 16:00 UTC on the last day of the quarter before", () => {
    expect(schedules.openCycle).toBe("cron(0 16 L 3,6,9,12 ? *)");
    expect(rules().map((r) => r.Properties.ScheduleExpression)).toContain(schedules.openCycle);
  });

  it("reminds at 08:00 WITA (00:00 UTC), nudges mentoring at 08:05 WITA, checks forum deadlines at 08:10 WITA and closes due cycles at 00:10 WITA (16:10 UTC) every day", () => {
    expect(schedules.sendReminders).toBe("cron(0 0 * * ? *)");
    expect(schedules.mentoringNudges).toBe("cron(5 0 * * ? *)");
    expect(schedules.forumDeadlines).toBe("cron(10 0 * * ? *)");
    expect(schedules.closeCycles).toBe("cron(10 16 * * ? *)");
    expect(schedules.rebuildFigures).toBe("cron(0 18 * * ? *)");
    expect(rules().map((r) => r.Properties.ScheduleExpression).sort()).toEqual(
      [schedules.openCycle, schedules.sendReminders, schedules.closeCycles, schedules.mentoringNudges, schedules.forumDeadlines, schedules.rebuildFigures].sort(),
    );
  });

  it("keeps the dashboards' figures from the table's stream: only the watched entities, retried in halves, from the oldest record", () => {
    const table = Object.values(test.storage.findResources("AWS::DynamoDB::Table"))[0] as { Properties: { StreamSpecification: { StreamViewType: string } } };
    expect(table.Properties.StreamSpecification.StreamViewType).toBe("NEW_AND_OLD_IMAGES");
    const mappings = Object.values(test.jobs.findResources("AWS::Lambda::EventSourceMapping")) as { Properties: Record<string, any> }[];
    expect(mappings).toHaveLength(1);
    const mapping = mappings[0]!.Properties;
    expect(mapping).toMatchObject({ StartingPosition: "TRIM_HORIZON", BisectBatchOnFunctionError: true, ParallelizationFactor: 1, BatchSize: 100 });
    const patterns = mapping.FilterCriteria.Filters.map((f: { Pattern: string }) => JSON.parse(f.Pattern));
    expect(patterns).toEqual([
      { dynamodb: { NewImage: { __edb_e__: { S: [...watchedEntities] } } } },
      { dynamodb: { OldImage: { __edb_e__: { S: [...watchedEntities] } } } },
    ]);
    expect(watchedEntities).not.toContain("staffFigures");
  });

  it("gives each job the table, a 15-minute timeout, and arm64 on Node.js 24", () => {
    const functions = Object.values(test.jobs.findResources("AWS::Lambda::Function")).filter(
      (f) => JSON.stringify(f.Properties.Environment ?? {}).includes("TABLE_NAME") && f.Properties.Timeout === 900,
    );
    expect(functions).toHaveLength(6);
    for (const f of functions) {
      expect(f.Properties.Timeout).toBe(900);
      expect(f.Properties.Architectures).toEqual(["arm64"]);
    }
    expect(existsSync("packages/functions/src/jobs/lambda.ts")).toBe(true);
  });

  it("gives the jobs the same table access as the staff API, from one definition", () => {
    const dynamoActions = (template: Template, roleLogicalId: string) =>
      statementsOfRole(template, roleLogicalId)
        .flatMap(actionsOf)
        .filter((a) => a.startsWith("dynamodb:"))
        .sort();
    const staff = dynamoActions(test.api, logicalId(test.apiConstructs.staffFunction.role!));
    for (const cron of Object.values(test.jobsConstructs).filter((c) => "jobFunction" in c)) {
      expect(dynamoActions(test.jobs, logicalId((cron as typeof test.jobsConstructs.openCycle).jobFunction.role!))).toEqual(staff);
    }
  });

  it("lets only the reminder, mentoring and forum deadline jobs send e-mail through SES, and no job Scan", () => {
    const { sendReminders, mentoringNudges, forumDeadlines, openCycle, closeCycles } = test.jobsConstructs;
    const actions = (cron: typeof sendReminders) => statementsOfRole(test.jobs, logicalId(cron.jobFunction.role!)).flatMap(actionsOf);
    expect(actions(sendReminders)).toContain("ses:SendEmail");
    expect(actions(mentoringNudges)).toContain("ses:SendEmail");
    expect(actions(forumDeadlines)).toContain("ses:SendEmail");
    expect(actions(openCycle)).not.toContain("ses:SendEmail");
    expect(actions(closeCycles)).not.toContain("ses:SendEmail");
    for (const cron of [sendReminders, mentoringNudges, forumDeadlines, openCycle, closeCycles]) {
      expect(actions(cron)).toContain("dynamodb:BatchWriteItem");
      expect(actions(cron)).not.toContain("dynamodb:Scan");
      expect(actions(cron)).not.toContain("dynamodb:*");
    }
  });
});
