import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { Table } from "sst/constructs";
import { tableKeys } from "../packages/core/src/table/keys";

/**
 * What the staff API and the jobs may do on the table: item reads and writes, Query,
 * batches and transactions (ConditionCheckItem); no Scan and no table administration.
 * `bind: [table]` is avoided on purpose because it grants `dynamodb:*`.
 */
export function tableItemAccess(table: Table): PolicyStatement {
  return new PolicyStatement({
    actions: [
      "dynamodb:GetItem",
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
      "dynamodb:Query",
      "dynamodb:BatchGetItem",
      "dynamodb:BatchWriteItem",
      "dynamodb:ConditionCheckItem",
    ],
    resources: tableAndIndexes(table),
  });
}

/**
 * What the forum may do on the table: the same item access, but only on public partitions
 * (`pub#...`, an IAM LeadingKeys condition): even a bug in the forum cannot touch staff data.
 */
export function publicItemAccess(table: Table, prefix: string): PolicyStatement {
  const access = tableItemAccess(table);
  return new PolicyStatement({
    actions: access.actions,
    resources: tableAndIndexes(table),
    conditions: { "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [`${prefix}*`] } },
  });
}

/** The table and each of its indexes, by the names in `tableKeys` (no `index/*`). */
export function tableAndIndexes(table: Table): string[] {
  return [table.tableArn, ...Object.keys(tableKeys.globalIndexes).map((name) => `${table.tableArn}/index/${name}`)];
}
