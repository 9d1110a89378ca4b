import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { handle } from "hono/aws-lambda";
import { createPublicApi } from "./app";

// Lambda entry of the public API; the local runtime wraps the same app in a Node server.
// Only the raw client: the public app reads one item by key, without ElectroDB.
export const handler = handle(createPublicApi({ ctx: { client: new DynamoDBClient({}), tableName: process.env.TABLE_NAME! }, logRequests: true }));
