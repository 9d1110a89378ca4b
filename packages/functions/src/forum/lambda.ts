import { createContext } from "@kompeten/core/context";
import { handle } from "hono/aws-lambda";
import { Config } from "sst/node/config";
import { sesMailer } from "../jobs/ses-mailer";
import { createForumApi } from "./app";
import { onlyThroughCloudFront } from "../http/origin";

// Lambda entry of the citizens' forum; the local runtime serves the same app beside the public one.
const config = Config as unknown as Record<string, string>;
export const handler = onlyThroughCloudFront(handle(
  createForumApi({
    ctx: createContext({ tableName: process.env.TABLE_NAME!, mailer: sesMailer(config.MAIL_FROM!), appUrl: process.env.APP_URL ?? "" }),
    citizenSecret: config.CITIZEN_SESSION_SECRET!,
    secureCookies: true,
    logRequests: true,
  }),
));
