import { Duration, Fn, RemovalPolicy } from "aws-cdk-lib";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import {
  AllowedMethods,
  BehaviorOptions,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { StackContext, StaticSite, use } from "sst/constructs";
import { ORIGIN_SECRET_HEADER } from "../packages/functions/src/http/origin";
import { PAGE_CONTENT_SECURITY_POLICY } from "../packages/functions/src/http/security";
import { Api } from "./Api";

/** CloudFront path patterns forwarded to the API; they match the API's route prefixes. */
export const apiPathPatterns = ["/api/*", "/public/*"] as const;

/**
 * The forum's public reads (topic lists and pages, comments, areas, dialogues, programs), which the forum answers with
 * `Cache-Control: public, max-age=10` when they are the same for everyone: CloudFront keeps those
 * for the seconds the origin says, at most 10, and nothing that says `private, no-store` (my
 * support, my follow). Matched before "/public/*".
 */
export const forumCachedPathPatterns = ["/public/topics*", "/public/areas*", "/public/dialogs*", "/public/programs*"] as const;
export const FORUM_EDGE_SECONDS = 10;

/** Days CloudFront's and the site bucket's access logs (callers' addresses: personal data) are kept. */
export const ACCESS_LOG_DAYS = 90;

/**
 * The SolidJS site on S3 + CloudFront, with the API behind the same distribution:
 * one origin means the session cookie can be HttpOnly + SameSite=Strict and needs no CORS.
 */
export function Web({ stack, app }: StackContext) {
  const { api, originSecret, settings } = use(Api);
  const isProd = app.stage === "prod";

  // Access logs of the distribution and of the site bucket, expired after ACCESS_LOG_DAYS.
  // CloudFront's standard logs are written with an ACL, hence object-writer ownership.
  const accessLogs = new Bucket(stack, "AccessLogs", {
    encryption: BucketEncryption.S3_MANAGED,
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    objectOwnership: ObjectOwnership.OBJECT_WRITER,
    lifecycleRules: [{ expiration: Duration.days(ACCESS_LOG_DAYS) }],
    removalPolicy: isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    autoDeleteObjects: !isProd,
  });

  // api.url is "https://<id>.execute-api.<region>.amazonaws.com"; the origin wants the bare host.
  // The secret header proves to the API's functions that a request came through here.
  const apiOrigin = new HttpOrigin(Fn.select(2, Fn.split("/", api.url)), {
    customHeaders: { [ORIGIN_SECRET_HEADER]: originSecret.secretValue.unsafeUnwrap() },
  });
  const apiBehavior: BehaviorOptions = {
    origin: apiOrigin,
    viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
    allowedMethods: AllowedMethods.ALLOW_ALL,
    // Responses are per user (cookies): never cache them at the edge.
    cachePolicy: CachePolicy.CACHING_DISABLED,
    // Forward cookies, query and headers, but not Host: API Gateway routes on its own host name.
    originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
  };

  const forumReads: BehaviorOptions = {
    ...apiBehavior,
    // Only GET and HEAD are ever cached; the key is the path and query, never a cookie (the cached answers name nobody).
    cachePolicy: new CachePolicy(stack, "ForumReads", {
      comment: "Kompeten forum public reads: as the origin's Cache-Control says, at most 10 s",
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(FORUM_EDGE_SECONDS),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
      headerBehavior: CacheHeaderBehavior.none(),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    }),
    compress: true,
  };

  // SPA fallback on the site behavior only. SST's default (distribution-wide 403/404 -> index.html
  // with 200) would also rewrite the API's 4xx answers into the HTML page.
  const spaFallback = new CloudFrontFunction(stack, "SpaFallback", {
    code: FunctionCode.fromInline(`
function handler(event) {
  var request = event.request;
  var last = request.uri.split("/").pop();
  // Files (with an extension) are served as they are; every other path is a client-side route.
  if (last.indexOf(".") === -1) request.uri = "/index.html";
  return request;
}`),
  });

  // The site's pages: no inline script, never framed, HTTPS remembered.
  const pageHeaders = new ResponseHeadersPolicy(stack, "PageHeaders", {
    comment: "Kompeten site pages: content security policy and security headers",
    securityHeadersBehavior: {
      contentSecurityPolicy: { contentSecurityPolicy: PAGE_CONTENT_SECURITY_POLICY, override: true },
      contentTypeOptions: { override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
      referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
    },
  });

  const site = new StaticSite(stack, "Site", {
    path: "packages/web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    // The site reads no SST env; keep SST's generated vite types out of the web package's sources.
    vite: { types: "../../.sst/types/web-env.d.ts" },
    // The stage's own host name, with its certificate from ACM in us-east-1 (stacks/settings.ts).
    customDomain: settings.domain && {
      domainName: settings.domain.name,
      isExternalDomain: true,
      cdk: { certificate: Certificate.fromCertificateArn(stack, "Certificate", settings.domain.certificateArn) },
    },
    cdk: {
      bucket: {
        enforceSSL: true,
        serverAccessLogsBucket: accessLogs,
        serverAccessLogsPrefix: "site-bucket/",
      },
      distribution: {
        errorResponses: [],
        enableLogging: true,
        logBucket: accessLogs,
        logFilePrefix: "cloudfront/",
        // TLS 1.2 at least; only a custom domain's certificate allows choosing (the default *.cloudfront.net one does not).
        ...(settings.domain ? { minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 } : {}),
        ...(settings.webAclArn ? { webAclId: settings.webAclArn } : {}),
        defaultBehavior: {
          functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
          responseHeadersPolicy: pageHeaders,
        },
        additionalBehaviors: Object.fromEntries([
          ...forumCachedPathPatterns.map((pattern) => [pattern, forumReads] as const),
          ...apiPathPatterns.map((pattern) => [pattern, apiBehavior] as const),
        ]),
      },
    },
  });
  // Replaced by SpaFallback above; drop SST's now-unassociated "append .html" function.
  site.node.tryRemoveChild("CloudFrontFunction");

  stack.addOutputs({
    SiteUrl: site.url,
    ApiUrl: api.url,
  });

  return { site, accessLogs };
}
