import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { jobNames, type JobName } from "@kompeten/functions/jobs/jobs";
import { localDataDir } from "./instance";
import { JobTargetError, runLocalJob } from "./run-job";

/**
 * `npm run job -- open-cycle|send-reminders|close-cycles|mentoring-nudges|forum-deadlines [--now ISO-8601] [--port N]`: runs one
 * scheduled job by hand at a chosen moment, so a whole quarter can be walked through in minutes.
 * It works on the data of the running `npm start` (on disk or `--memory`; `--port` picks one
 * when several run), or, when none runs, on .data/ with its own DynamoDB Local. It says which.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const USAGE = `usage: npm run job -- ${jobNames.join("|")} [--now 2027-01-01T00:00:00+08:00] [--port 3000]`;

function fail(message: string): never {
  console.error(`kompeten job: ${message}\n${USAGE}`);
  process.exit(2);
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { now: { type: "string" }, port: { type: "string" } } });
  } catch (error) {
    fail((error as Error).message);
  }
  const name = parsed.positionals[0] as JobName | undefined;
  if (!name || !jobNames.includes(name)) fail(`name a job: ${jobNames.join(", ")}`);
  const fixed = parsed.values.now ? new Date(parsed.values.now) : undefined;
  if (fixed && Number.isNaN(fixed.getTime())) fail(`--now must be an ISO-8601 moment, not "${parsed.values.now}"`);
  const port = parsed.values.port === undefined ? undefined : Number(parsed.values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) fail(`--port must be a port number, not "${parsed.values.port}"`);
  // The chosen moment moves on with the wall clock, as it would in a real run.
  const offset = fixed ? fixed.getTime() - Date.now() : 0;
  const now = () => new Date(Date.now() + offset);

  try {
    await runLocalJob({ name, dataDir: localDataDir(root), port, now });
  } catch (error) {
    if (error instanceof JobTargetError) fail(error.message);
    throw error;
  }
}

main().catch((error) => {
  console.error(`kompeten job: ${(error as Error).message}`);
  process.exit(1);
});
