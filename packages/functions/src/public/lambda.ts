import { createContext } from "@kompeten/core/context";
import { handle } from "hono/aws-lambda";
import { createPublicApi } from "./app";

// Lambda entry of the public API; the local runtime wraps the same app in a Node server.
export const handler = handle(createPublicApi({ ctx: createContext({ tableName: process.env.TABLE_NAME! }), logRequests: true }));
