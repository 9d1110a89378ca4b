import { timingSafeEqual } from "node:crypto";
import type { APIGatewayProxyResult, LambdaContext, LambdaEvent } from "hono/aws-lambda";

/** The header CloudFront adds to every request it forwards to the API (stacks/Web.ts). */
export const ORIGIN_SECRET_HEADER = "x-kompeten-origin";

type Handler = (event: LambdaEvent, context?: LambdaContext) => Promise<APIGatewayProxyResult>;

const sameSecret = (given: string | undefined, expected: string) => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * A Lambda handler that answers only requests that came through CloudFront: the API's own
 * execute-api address would skip the distribution's limits and WAF. Without a configured
 * secret it refuses everything rather than serve unguarded.
 */
export function onlyThroughCloudFront(handler: Handler, secret = process.env.ORIGIN_SECRET): Handler {
  return async (event, context) => {
    const headers = (event as { headers?: Record<string, string | undefined> }).headers;
    if (!secret || !sameSecret(headers?.[ORIGIN_SECRET_HEADER], secret)) {
      return {
        statusCode: 403,
        headers: { "content-type": "application/json", "cache-control": "no-store" },
        body: JSON.stringify({ error: { code: "forbidden", message: "Requests reach this API through its site's address only" } }),
        isBase64Encoded: false,
      };
    }
    return handler(event, context);
  };
}
