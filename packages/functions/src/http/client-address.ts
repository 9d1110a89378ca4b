import type { Context } from "hono";

/** What each runtime hands Hono as `c.env`: API Gateway's event in Lambda, the socket under Node. */
type RuntimeEnv = {
  event?: { headers?: Record<string, string | undefined>; requestContext?: { http?: { sourceIp?: string } } };
  incoming?: { socket?: { remoteAddress?: string } };
};

/**
 * The address of the client, for limits per address. In Lambda the direct peer (`sourceIp`) is
 * CloudFront, which appends the viewer's address to X-Forwarded-For; entries before it are the
 * client's own say and are ignored. Under Node (the local runtime) it is the socket's peer.
 */
export function clientAddress(c: Context): string {
  const env = (c.env ?? {}) as RuntimeEnv;
  if (env.event) {
    const sourceIp = env.event.requestContext?.http?.sourceIp;
    const chain = (env.event.headers?.["x-forwarded-for"] ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean);
    // API Gateway may append the peer it saw (CloudFront) after the viewer.
    if (chain.length > 0 && chain.at(-1) === sourceIp) chain.pop();
    return chain.at(-1) ?? sourceIp ?? "unknown";
  }
  return env.incoming?.socket?.remoteAddress ?? "unknown";
}
