import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { handle } from "hono/aws-lambda";
import { createPublicApi } from "./app";
import { onlyThroughCloudFront } from "../http/origin";

// Lambda entry of the public API; the local runtime wraps the same app in a Node server.
// Only the raw client: the public app reads one item by key, without ElectroDB.
export const handler = onlyThroughCloudFront(handle(createPublicApi({ ctx: { client: new DynamoDBClient({}), tableName: process.env.TABLE_NAME! }, logRequests: true })));
