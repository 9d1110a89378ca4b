import { Duration, Fn } from "aws-cdk-lib";
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
  OriginRequestPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { StackContext, StaticSite, use } from "sst/constructs";
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

/**
 * The SolidJS site on S3 + CloudFront, with the API behind the same distribution:
 * one origin means the session cookie can be HttpOnly + SameSite=Strict and needs no CORS.
 */
export function Web({ stack }: StackContext) {
  const { api } = use(Api);

  // api.url is "https://<id>.execute-api.<region>.amazonaws.com"; the origin wants the bare host.
  const apiOrigin = new HttpOrigin(Fn.select(2, Fn.split("/", api.url)));
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

  const site = new StaticSite(stack, "Site", {
    path: "packages/web",
    buildCommand: "npm run build",
    buildOutput: "dist",
    // The site reads no SST env; keep SST's generated vite types out of the web package's sources.
    vite: { types: "../../.sst/types/web-env.d.ts" },
    cdk: {
      distribution: {
        errorResponses: [],
        defaultBehavior: {
          functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
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

  return { site };
}
