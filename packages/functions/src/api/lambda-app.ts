import { createContext, type ContextOptions } from "@kompeten/core/context";
import { handle } from "hono/aws-lambda";
import { Config } from "sst/node/config";
import { createStaffApi, type RouteMounts } from "./app";
import { onlyThroughCloudFront } from "../http/origin";

/** The Lambda handler of one area of the staff API; the local runtime wraps the same app in a Node server. */
export function areaHandler(routeTables: RouteMounts, context: Pick<ContextOptions, "mailer" | "appUrl"> = {}) {
  const app = createStaffApi(
    {
      ctx: createContext({ tableName: process.env.TABLE_NAME!, ...context }),
      sessionSecret: (Config as unknown as Record<string, string>).SESSION_SECRET!,
      secureCookies: true,
      logRequests: true,
    },
    routeTables,
  );
  return onlyThroughCloudFront(handle(app));
}
