import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "@kompeten/core/context";
import { createTable } from "@kompeten/core/table/create";
import { runJob, type JobName } from "@kompeten/functions/jobs/jobs";
import { seedDemoData } from "./demo-data";
import { localClient, startDynamoDbLocal, type DynamoDbLocal } from "./dynamodb-local";
import { chooseInstance, describeData, type InstanceChoice } from "./instance";
import { fileMailer } from "./mailbox";

export const LOCAL_TABLE = "kompeten-local";

export interface LocalJobOptions {
  name: JobName;
  /** The .data folder of the checkout. */
  dataDir: string;
  /** The port of the instance to run on; without it, the one running instance or .data/. */
  port?: number;
  now: () => Date;
  log?: (line: string) => void;
}

export class JobTargetError extends Error {}

/** Runs one scheduled job on the data of a running instance, or on .data/ when none runs. */
export async function runLocalJob(options: LocalJobOptions): Promise<{ result: unknown; ranOn: string; choice: InstanceChoice }> {
  const log = options.log ?? console.log;
  const choice = chooseInstance(options.dataDir, options.port);
  if (choice.kind === "error") throw new JobTargetError(choice.message);

  let own: DynamoDbLocal | undefined;
  try {
    let endpoint: string;
    let tableName = LOCAL_TABLE;
    let mailboxDir = join(options.dataDir, "mailbox");
    let appUrl = "http://localhost:3000";
    if (choice.kind === "instance") {
      ({ endpoint, tableName, mailboxDir, appUrl } = choice.instance);
    } else {
      mkdirSync(join(options.dataDir, "dynamodb"), { recursive: true });
      own = await startDynamoDbLocal({ dataDir: join(options.dataDir, "dynamodb") });
      endpoint = own.endpoint;
    }
    const ranOn = describeData(choice);
    log(`Running on ${ranOn}.`);
    const client = localClient(endpoint, { durable: choice.kind === "own" || choice.instance.mode === "disk" });
    const ctx = createContext({ tableName, client, now: options.now, mailer: fileMailer(mailboxDir, options.now), appUrl });
    if (choice.kind === "own") {
      await createTable(client, tableName);
      if (await seedDemoData(ctx)) log("The local data in .data/ was empty: demo data seeded first.");
    }
    const result = await runJob(options.name, ctx);
    log(`${options.name} at ${options.now().toISOString()} on ${ranOn}: ${JSON.stringify(result)}`);
    log(`E-mail it sent: ${appUrl}/dev/mailbox${choice.kind === "own" ? " (while npm start runs), files in .data/mailbox/" : ""}`);
    return { result, ranOn, choice };
  } finally {
    await own?.stop();
  }
}
