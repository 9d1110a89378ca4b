import { createContext } from "@kompeten/core/context";
import { handle } from "hono/aws-lambda";
import { Config } from "sst/node/config";
import { createStaffApi } from "./app";

// Lambda entry of the staff API; the local runtime wraps the same app in a Node server.
const app = createStaffApi({
  ctx: createContext({ tableName: process.env.TABLE_NAME! }),
  sessionSecret: (Config as unknown as Record<string, string>).SESSION_SECRET!,
  secureCookies: true,
  logRequests: true,
});

export const handler = handle(app);
