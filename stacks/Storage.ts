import { RemovalPolicy } from "aws-cdk-lib";
import { BillingMode } from "aws-cdk-lib/aws-dynamodb";
import { StackContext, Table } from "sst/constructs";
import { keyAttributeNames, tableKeys } from "../packages/core/src/table/keys";

/**
 * The single DynamoDB table. Its whole key schema comes from `tableKeys`, the
 * same object the local runtime and the tests use to create their tables.
 */
export function Storage({ stack, app }: StackContext) {
  const isProd = app.stage === "prod";

  const table = new Table(stack, "Table", {
    fields: Object.fromEntries(keyAttributeNames.map((name) => [name, "string" as const])),
    primaryIndex: { partitionKey: tableKeys.partitionKey, sortKey: tableKeys.sortKey },
    globalIndexes: Object.fromEntries(
      Object.entries(tableKeys.globalIndexes).map(([indexName, keys]) => [
        indexName,
        { partitionKey: keys.partitionKey, sortKey: keys.sortKey, projection: "all" as const },
      ]),
    ),
    timeToLiveAttribute: tableKeys.timeToLiveAttribute,
    stream: tableKeys.streamView.toLowerCase() as "new_and_old_images",
    cdk: {
      table: {
        // Stated explicitly (SST happens to default to both) so a default change cannot silently drop them.
        billingMode: BillingMode.PAY_PER_REQUEST,
        pointInTimeRecovery: true,
        // Training records of civil servants must survive a mistaken `sst remove` or stack rename in prod.
        deletionProtection: isProd,
        removalPolicy: isProd ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      },
    },
  });

  // `npm run admin` finds the stage's table here (.sst/outputs.json after a deploy).
  stack.addOutputs({ TableName: table.tableName });
  return { table };
}
