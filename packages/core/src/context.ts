import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { createDatabase, type Database } from "./db";
import { noMailer, type Mailer } from "./mail";

/**
 * Everything the domain needs from the outside world, injected so that the
 * same code runs in Lambda, in the local runtime and in tests (fake clock).
 */
export interface AppContext {
  db: Database;
  client: DynamoDBClient;
  tableName: string;
  now: () => Date;
  mailer: Mailer;
  /** Where links in e-mails point, e.g. https://kompeten.mataramkota.go.id */
  appUrl: string;
}

export interface ContextOptions {
  tableName: string;
  client?: DynamoDBClient;
  clientConfig?: DynamoDBClientConfig;
  now?: () => Date;
  mailer?: Mailer;
  appUrl?: string;
}

export function createContext(options: ContextOptions): AppContext {
  const client = options.client ?? new DynamoDBClient(options.clientConfig ?? {});
  return {
    client,
    tableName: options.tableName,
    db: createDatabase(client, options.tableName),
    now: options.now ?? (() => new Date()),
    mailer: options.mailer ?? noMailer,
    appUrl: options.appUrl ?? "",
  };
}
