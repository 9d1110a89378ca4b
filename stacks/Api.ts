import { CfnStage, HttpRoute } from "aws-cdk-lib/aws-apigatewayv2";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Api as HttpApi, Config, Function, StackContext, use } from "sst/constructs";
import { Storage } from "./Storage";
import { publicItemAccess, tableAndIndexes, tableItemAccess } from "./table-access";

/** Route keys, shared with the stack tests (the Web stack forwards the same prefixes). */
export const staffRouteKey = "ANY /api/{proxy+}";
export const publicRouteKey = "ANY /public/{proxy+}";

/** The paths of the staff API's evaluations area (packages/functions/src/api/areas/evaluations.ts), served by their own Lambda. */
export const evaluationsPrefixes = ["/cycles", "/evaluations"] as const;
export const evaluationsRouteKeys = evaluationsPrefixes.flatMap((prefix) => [`ANY /api${prefix}`, `ANY /api${prefix}/{proxy+}`]);

/**
 * The paths of the staff API's mentoring area (packages/functions/src/api/areas/mentoring.ts),
 * served by their own Lambda; the main staff function serves every other /api path.
 */
export const mentoringPrefixes = ["/mentors", "/mentorships", "/mentoring"] as const;
export const mentoringRouteKeys = mentoringPrefixes.flatMap((prefix) => [`ANY /api${prefix}`, `ANY /api${prefix}/{proxy+}`]);

/**
 * The paths of the staff API's forum area (packages/functions/src/api/areas/forum.ts): responders
 * and moderators, served by their own Lambda, which e-mails a topic's followers as it is answered.
 */
export const forumStaffPrefixes = ["/forum", "/moderation"] as const;
export const forumStaffRouteKeys = forumStaffPrefixes.flatMap((prefix) => [`ANY /api${prefix}`, `ANY /api${prefix}/{proxy+}`]);

/** The paths of the staff API's dashboards area (packages/functions/src/api/areas/dashboards.ts), served by their own Lambda. */
export const dashboardsPrefixes = ["/dashboards"] as const;
export const dashboardsRouteKeys = dashboardsPrefixes.flatMap((prefix) => [`ANY /api${prefix}`, `ANY /api${prefix}/{proxy+}`]);

/** The citizens' forum under /public (packages/functions/src/forum/areas.ts), served by its own Lambda. */
export const forumPrefixes = ["/auth", "/me", "/areas", "/topics", "/reports", "/dialogs", "/programs"] as const;
export const forumRouteKeys = forumPrefixes.flatMap((prefix) => [`ANY /public${prefix}`, `ANY /public${prefix}/{proxy+}`]);

/** Requests per second (steady) and burst, per API stage. The public routes are anonymous, so tighter. */
export const staffThrottle = { rate: 100, burst: 200 };
export const publicThrottle = { rate: 20, burst: 50 };

/**
 * Public items (certificates to verify, the forum) live in partitions whose key
 * starts with this prefix; the public function's IAM policy cannot read any other.
 */
export const publicPartitionPrefix = "pub#";

/** Written by `npm run openapi`; the bundle lands in the same folder as its source, so the app finds it at the same relative place. */
export const staffOpenApiFile = "packages/functions/src/api/openapi.json";

/**
 * One Hono app per audience: the staff app (signed-in civil servants), one Lambda per area of
 * it (main, evaluations, mentoring, forum, dashboards), and the anonymous public app. Each gets only the DynamoDB actions it needs.
 */
export function Api({ stack }: StackContext) {
  const { table } = use(Storage);

  // Set per stage with `npx sst secrets set SESSION_SECRET <value> --stage <stage>` (and CITIZEN_SESSION_SECRET).
  const sessionSecret = new Config.Secret(stack, "SESSION_SECRET");
  // The citizens' cookie is signed with its own secret: a staff secret never signs a citizen, nor the other way round.
  const citizenSecret = new Config.Secret(stack, "CITIZEN_SESSION_SECRET");
  // The sender of every e-mail (sign-in codes here, reminders from the jobs); an SES-verified identity of the stage's domain.
  const mailFrom = new Config.Parameter(stack, "MAIL_FROM", { value: "Kompeten <noreply@kompeten.mataramkota.go.id>" });

  const sendEmail = new PolicyStatement({ actions: ["ses:SendEmail"], resources: [`arn:aws:ses:${stack.region}:${stack.account}:identity/*`] });
  const staffArea = (id: string, handler: string, more: { copyFiles?: { from: string }[]; withMail?: boolean } = {}) => {
    const { withMail, ...rest } = more;
    return new Function(stack, id, {
      handler,
      memorySize: 512,
      timeout: 20,
      environment: { TABLE_NAME: table.tableName },
      bind: withMail ? [sessionSecret, mailFrom] : [sessionSecret],
      permissions: withMail ? [tableItemAccess(table), sendEmail] : [tableItemAccess(table)],
      ...rest,
    });
  };
  const staffFunction = staffArea("StaffFunction", "packages/functions/src/api/lambda.handler", {
    // The OpenAPI document, beside the bundle where the app reads it on the first request for it (api/app.ts).
    copyFiles: [{ from: staffOpenApiFile }],
  });
  const evaluationsFunction = staffArea("EvaluationsFunction", "packages/functions/src/api/evaluations-lambda.handler");
  const mentoringFunction = staffArea("MentoringFunction", "packages/functions/src/api/mentoring-lambda.handler");
  const forumStaffFunction = staffArea("ForumStaffFunction", "packages/functions/src/api/forum-lambda.handler", { withMail: true });
  const dashboardsFunction = staffArea("DashboardsFunction", "packages/functions/src/api/dashboards-lambda.handler");

  const publicFunction = new Function(stack, "PublicFunction", {
    handler: "packages/functions/src/public/lambda.handler",
    memorySize: 256,
    timeout: 10,
    environment: { TABLE_NAME: table.tableName },
    // No secret: the public app never reads or signs sessions.
    permissions: [
      new PolicyStatement({
        actions: ["dynamodb:GetItem", "dynamodb:Query"],
        resources: tableAndIndexes(table),
        // Even a bug in the public app cannot read staff data: only `pub#...` partitions are readable.
        conditions: {
          "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [`${publicPartitionPrefix}*`] },
        },
      }),
    ],
  });

  const forumFunction = new Function(stack, "ForumFunction", {
    handler: "packages/functions/src/forum/lambda.handler",
    memorySize: 512,
    timeout: 10,
    environment: { TABLE_NAME: table.tableName },
    bind: [citizenSecret, mailFrom],
    permissions: [
      publicItemAccess(table, publicPartitionPrefix),
      new PolicyStatement({ actions: ["ses:SendEmail"], resources: [`arn:aws:ses:${stack.region}:${stack.account}:identity/*`] }),
    ],
  });

  const api = new HttpApi(stack, "Api", {
    // The browser reaches the API through the site's CloudFront origin (same origin), so no CORS.
    cors: false,
    defaults: { throttle: staffThrottle },
    routes: {
      [staffRouteKey]: staffFunction,
      ...Object.fromEntries(evaluationsRouteKeys.map((key) => [key, evaluationsFunction])),
      ...Object.fromEntries(mentoringRouteKeys.map((key) => [key, mentoringFunction])),
      ...Object.fromEntries(forumStaffRouteKeys.map((key) => [key, forumStaffFunction])),
      ...Object.fromEntries(dashboardsRouteKeys.map((key) => [key, dashboardsFunction])),
      [publicRouteKey]: publicFunction,
      ...Object.fromEntries(forumRouteKeys.map((key) => [key, forumFunction])),
    },
  });

  // SST's Api only has stage-wide throttling; per-route limits are stage RouteSettings keyed by route key.
  // That property is untyped JSON passed through verbatim, hence CloudFormation's PascalCase names.
  const stage = api.cdk.httpApi.defaultStage!.node.defaultChild as CfnStage;
  stage.routeSettings = {
    [publicRouteKey]: {
      ThrottlingRateLimit: publicThrottle.rate,
      ThrottlingBurstLimit: publicThrottle.burst,
    },
  };
  // CloudFormation rejects RouteSettings for a route key that does not exist yet.
  for (const child of api.node.children) {
    if (child instanceof HttpRoute) stage.node.addDependency(child);
  }

  return { api, staffFunction, evaluationsFunction, mentoringFunction, forumStaffFunction, dashboardsFunction, publicFunction, forumFunction, sessionSecret, citizenSecret, mailFrom };
}
