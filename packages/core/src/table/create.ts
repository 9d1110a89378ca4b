import { CreateTableCommand, DescribeTableCommand, ResourceInUseException, UpdateTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { keyAttributeNames, tableKeys } from "./keys";

/**
 * Creates the table from the shared key schema (local runtime and tests; the cloud uses the stack).
 * `stream`: with the change stream the dashboards' figures follow (`npm start`, the dashboards'
 * tests). Tests that do not follow it go without: DynamoDB Local serializes writes to streamed
 * tables, which slows many parallel test tables down to lock timeouts.
 */
export async function createTable(client: DynamoDBClient, tableName: string, options: { stream?: boolean } = {}): Promise<void> {
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: "PAY_PER_REQUEST",
        ...(options.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: tableKeys.streamView } } : {}),
        AttributeDefinitions: keyAttributeNames.map((name) => ({ AttributeName: name, AttributeType: "S" })),
        KeySchema: [
          { AttributeName: tableKeys.partitionKey, KeyType: "HASH" },
          { AttributeName: tableKeys.sortKey, KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: Object.entries(tableKeys.globalIndexes).map(([indexName, index]) => ({
          IndexName: indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: "HASH" },
            { AttributeName: index.sortKey, KeyType: "RANGE" },
          ],
          Projection: { ProjectionType: "ALL" },
        })),
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  // A table kept from before the dashboards has no stream yet.
  if (options.stream && !Table?.StreamSpecification?.StreamEnabled) {
    await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: tableKeys.streamView } }));
  }
}
