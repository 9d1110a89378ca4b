import { handle } from "hono/aws-lambda";
import { describe, expect, it } from "vitest";
import { createTestContext } from "../../local/test/support";
import { createPublicApi } from "../src/public/app";
import { ORIGIN_SECRET_HEADER, onlyThroughCloudFront } from "../src/http/origin";

// The API's Lambdas answer only what CloudFront forwards (it adds the stage's secret header):
// the execute-api address would otherwise skip the distribution's limits and WAF.

const SECRET = "b3c1a0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9";

/** An HTTP API (payload 2.0) event as API Gateway hands it to the function. */
function event(path: string, headers: Record<string, string> = {}) {
  return {
    version: "2.0",
    routeKey: "ANY /public/{proxy+}",
    rawPath: path,
    rawQueryString: "",
    headers: { host: "abc123.execute-api.ap-southeast-3.amazonaws.com", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc123",
      domainName: "abc123.execute-api.ap-southeast-3.amazonaws.com",
      domainPrefix: "abc123",
      http: { method: "GET", path, protocol: "HTTP/1.1", sourceIp: "203.0.113.7", userAgent: "test" },
      requestId: "r1",
      routeKey: "ANY /public/{proxy+}",
      stage: "$default",
      time: "02/Dec/2026:00:00:00 +0000",
      timeEpoch: 1796169600000,
    },
    isBase64Encoded: false,
  };
}

describe("only through CloudFront", async () => {
  const { ctx } = await createTestContext();
  const app = handle(createPublicApi({ ctx: { client: ctx.client, tableName: ctx.tableName } }));

  it("refuses a request without the secret header, or with a wrong one, in the error shape", async () => {
    const handler = onlyThroughCloudFront(app, SECRET);
    for (const headers of [{} as Record<string, string>, { [ORIGIN_SECRET_HEADER]: "guess" }, { [ORIGIN_SECRET_HEADER]: `${SECRET.slice(0, -1)}0` }]) {
      const answer = await handler(event("/public/health", headers) as never);
      expect(answer.statusCode).toBe(403);
      expect(JSON.parse(answer.body)).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
    }
  });

  it("passes a request with the secret on to the app", async () => {
    const answer = await onlyThroughCloudFront(app, SECRET)(event("/public/health", { [ORIGIN_SECRET_HEADER]: SECRET }) as never);
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ status: "ok" });
  });

  it("refuses everything when the function has no secret configured", async () => {
    const answer = await onlyThroughCloudFront(app, undefined)(event("/public/health", { [ORIGIN_SECRET_HEADER]: "" }) as never);
    expect(answer.statusCode).toBe(403);
  });
});
