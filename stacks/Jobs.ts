import { Duration } from "aws-cdk-lib";
import { StartingPosition } from "aws-cdk-lib/aws-lambda";
import { watchedEntities } from "../packages/core/src/aggregates/changes";
import { Cron, StackContext, use } from "sst/constructs";
import { Api } from "./Api";
import { Storage } from "./Storage";
import { tableItemAccess } from "./table-access";
import { Web } from "./Web";

/**
 * EventBridge cron runs in UTC; Mataram keeps WITA (UTC+8, no daylight saving).
 * - open-cycle: 00:00 WITA on 1 Jan/Apr/Jul/Oct = 16:00 UTC on the last day of Dec/Mar/Jun/Sep ("L").
 * - send-reminders: 08:00 WITA daily = 00:00 UTC.
 * - close-cycles: 00:10 WITA daily = 16:10 UTC; it closes whatever cycle is 28 days old.
 * - mentoring-nudges: 08:05 WITA daily = 00:05 UTC.
 * - forum-deadlines: 08:10 WITA daily = 00:10 UTC.
 * - rebuild-figures: 02:00 WITA daily = 18:00 UTC.
 * The local runtime runs the same jobs on the same WITA times with croner.
 */
export const schedules = {
  openCycle: "cron(0 16 L 3,6,9,12 ? *)",
  sendReminders: "cron(0 0 * * ? *)",
  closeCycles: "cron(10 16 * * ? *)",
  mentoringNudges: "cron(5 0 * * ? *)",
  forumDeadlines: "cron(10 0 * * ? *)",
  rebuildFigures: "cron(0 18 * * ? *)",
} as const;

export function Jobs({ stack }: StackContext) {
  const { table } = use(Storage);
  const { site } = use(Web);
  // The sender of reminder e-mails, defined with the API (the forum sends sign-in codes from it too).
  const { mailFrom, sendEmail } = use(Api);

  const tablePermissions = tableItemAccess(table);

  const job = (id: string, schedule: `cron(${string})`, handler: string, withMail: boolean) =>
    new Cron(stack, id, {
      schedule,
      job: {
        function: {
          handler: `packages/functions/src/jobs/lambda.${handler}`,
          // Opening a cycle for 10,000 staff writes about 60,000 items: well inside 15 minutes.
          timeout: "15 minutes",
          memorySize: 1024,
          environment: { TABLE_NAME: table.tableName, APP_URL: site.url ?? "" },
          // Every job reads the sender when it builds its context; only the reminder, mentoring and forum deadline jobs may send.
          bind: [mailFrom],
          permissions: withMail ? [tablePermissions, sendEmail] : [tablePermissions],
        },
      },
    });

  const openCycle = job("OpenCycle", schedules.openCycle, "openCycle", false);
  const sendReminders = job("SendReminders", schedules.sendReminders, "sendReminders", true);
  const closeCycles = job("CloseCycles", schedules.closeCycles, "closeCycles", false);
  const mentoringNudges = job("MentoringNudges", schedules.mentoringNudges, "mentoringNudges", true);
  const forumDeadlines = job("ForumDeadlines", schedules.forumDeadlines, "forumDeadlines", true);
  const rebuildFigures = job("RebuildFigures", schedules.rebuildFigures, "rebuildFigures", false);

  // The dashboards' figures follow the table's stream: only the entities they are made of reach
  // the consumer (never the figures it writes itself). A failed batch is split and retried; the
  // refresh is idempotent, and the nightly rebuild mends anything a long outage left behind.
  const watched = { S: [...watchedEntities] };
  table.addConsumers(stack, {
    figures: {
      function: {
        handler: "packages/functions/src/aggregates/lambda.handler",
        timeout: "5 minutes",
        memorySize: 1024,
        environment: { TABLE_NAME: table.tableName },
        permissions: [tablePermissions],
      },
      filters: [{ dynamodb: { NewImage: { __edb_e__: watched } } }, { dynamodb: { OldImage: { __edb_e__: watched } } }],
      cdk: {
        eventSource: {
          startingPosition: StartingPosition.TRIM_HORIZON,
          batchSize: 100,
          maxBatchingWindow: Duration.seconds(2),
          bisectBatchOnError: true,
          retryAttempts: 20,
          // One batch at a time per shard keeps each person's changes in order.
          parallelizationFactor: 1,
        },
      },
    },
  });
  const crons = { openCycle, sendReminders, closeCycles, mentoringNudges, forumDeadlines, rebuildFigures };
  return { ...crons, crons, figuresConsumer: table.getFunction("figures")!, mailFrom };
}
