import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from "@aws-sdk/client-dynamodb";
import { createContext } from "@kompeten/core/context";
import { AppError } from "@kompeten/core/errors";
import { AdminAccountError, provideAdminAccount } from "@kompeten/core/staff/first-admin";
import { tableKeys } from "@kompeten/core/table/keys";

/**
 * `npm run admin -- create --stage prod --email ... --nip ... --name ... --unit BKPSDM`: the
 * first admin of a deployed stage (or an existing account made an active admin again), with a
 * one-time password that must be changed at the first sign-in. The table comes from the stage's
 * SST outputs (.sst/outputs.json, written by `sst deploy`) or `--table`.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const ADMIN_USAGE =
  "usage: npm run admin -- create --stage prod --email admin@mataramkota.go.id --nip 198001012005011001 --name \"Nama Lengkap\" --unit BKPSDM\n" +
  "         [--unit-name \"Badan Kepegawaian ...\" --unit-kind badan]  (when the stage has no such unit yet)\n" +
  "         [--position \"Administrator Kompeten\"] [--table NAME] [--region ap-southeast-3] [--endpoint URL]";

export class UsageError extends Error {}

const options = {
  stage: { type: "string" },
  email: { type: "string" },
  nip: { type: "string" },
  name: { type: "string" },
  unit: { type: "string" },
  "unit-name": { type: "string" },
  "unit-kind": { type: "string" },
  position: { type: "string" },
  table: { type: "string" },
  region: { type: "string" },
  endpoint: { type: "string" },
} as const;

/** The table name `sst deploy` wrote for the stage's Storage stack. */
export function tableFromOutputs(file: string, stage: string): string | null {
  if (!existsSync(file)) return null;
  const outputs = JSON.parse(readFileSync(file, "utf8")) as Record<string, Record<string, string>>;
  return outputs[`${stage}-kompeten-Storage`]?.TableName ?? null;
}

/** Runs the command; returns the lines it prints. Throws UsageError for anything the caller got wrong. */
export async function adminCommand(argv: string[], io: { client?: DynamoDBClient; outputsFile?: string } = {}): Promise<string[]> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals[0] !== "create" || positionals.length !== 1) throw new UsageError('the one command is "create"');
  for (const required of ["stage", "email", "nip", "name", "unit"] as const) if (!values[required]) throw new UsageError(`--${required} is required`);
  const stage = values.stage!;
  const tableName = values.table ?? tableFromOutputs(io.outputsFile ?? join(root, ".sst/outputs.json"), stage);
  if (!tableName) throw new UsageError(`no table is known for stage "${stage}": deploy it first (sst deploy writes .sst/outputs.json) or give --table`);

  const client = io.client ?? new DynamoDBClient({ region: values.region ?? "ap-southeast-3", ...(values.endpoint ? { endpoint: values.endpoint } : {}) });
  // Refuse a table that is not there, or not Kompeten's.
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const keys = Object.fromEntries((Table?.KeySchema ?? []).map((k) => [k.KeyType, k.AttributeName]));
    if (keys.HASH !== tableKeys.partitionKey || keys.RANGE !== tableKeys.sortKey) throw new UsageError(`table ${tableName} is not a Kompeten table (its keys are not ${tableKeys.partitionKey}/${tableKeys.sortKey})`);
  } catch (error) {
    if (error instanceof ResourceNotFoundException) throw new UsageError(`stage "${stage}" has no table ${tableName}`);
    throw error;
  }

  const ctx = createContext({ tableName, client });
  try {
    const result = await provideAdminAccount(ctx, {
      nip: values.nip!,
      name: values.name!,
      email: values.email!,
      unit: values.unit!,
      unitName: values["unit-name"],
      unitKind: values["unit-kind"] as never,
      position: values.position,
    });
    return [
      result.unitCreated ? `Unit ${values.unit!.toUpperCase()} created.` : null,
      result.created ? `Admin account created in ${tableName} (stage ${stage}).` : `Existing account ${values.email} is an active admin again (stage ${stage}); its sessions have ended.`,
      `One-time password: ${result.oneTimePassword}`,
      "It must be changed at the first sign-in. Hand it over in person or by phone, not by e-mail.",
    ].filter((line): line is string => line !== null);
  } catch (error) {
    if (error instanceof AdminAccountError || error instanceof AppError) throw new UsageError(error.message);
    throw error;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  adminCommand(process.argv.slice(2))
    .then((lines) => console.log(lines.join("\n")))
    .catch((error) => {
      if (error instanceof UsageError) {
        console.error(`kompeten admin: ${error.message}\n${ADMIN_USAGE}`);
        process.exit(2);
      }
      console.error(`kompeten admin: ${(error as Error).message}`);
      process.exit(1);
    });
}
