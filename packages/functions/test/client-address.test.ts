import type { Context } from "hono";
import { describe, expect, it } from "vitest";
import { clientAddress } from "../src/http/client-address";

// The address limits count by: CloudFront's view of the viewer in Lambda, the socket's peer under Node.

const lambda = (xff: string | undefined, sourceIp = "130.176.1.10") =>
  ({ env: { event: { headers: xff === undefined ? {} : { "x-forwarded-for": xff }, requestContext: { http: { sourceIp } } } } }) as unknown as Context;

describe("client address", () => {
  it("takes the viewer CloudFront appended, not what the client wrote before it", () => {
    expect(clientAddress(lambda("198.51.100.23"))).toBe("198.51.100.23");
    expect(clientAddress(lambda("10.0.0.1, 1.2.3.4, 198.51.100.23"))).toBe("198.51.100.23");
    // API Gateway's own append of its peer (CloudFront) is skipped.
    expect(clientAddress(lambda("1.2.3.4, 198.51.100.23, 130.176.1.10"))).toBe("198.51.100.23");
    expect(clientAddress(lambda(undefined))).toBe("130.176.1.10");
  });

  it("uses the socket's peer under Node, and says unknown when there is none", () => {
    expect(clientAddress({ env: { incoming: { socket: { remoteAddress: "::ffff:127.0.0.1" } } } } as unknown as Context)).toBe("::ffff:127.0.0.1");
    expect(clientAddress({ env: undefined } as unknown as Context)).toBe("unknown");
  });
});
