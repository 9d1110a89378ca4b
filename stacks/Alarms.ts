import { Duration } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { Operation } from "aws-cdk-lib/aws-dynamodb";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import type { Function as Fn } from "sst/constructs";
import { StackContext, use } from "sst/constructs";
import { Api } from "./Api";
import { Jobs } from "./Jobs";
import { Storage } from "./Storage";

/** The operations the app makes (an alarm's metric math takes at most 10 metrics). */
const tableOperations = [
  Operation.GET_ITEM,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.QUERY,
  Operation.BATCH_GET_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
];

/** Every alarm looks at 5-minute periods and fires on the first bad one. */
const PERIOD = Duration.minutes(5);

/**
 * What a city IT team is told about: any function's errors or throttles, the table's throttled
 * requests, and a job or the figures' stream consumer failing. One SNS topic per stage; its
 * e-mail subscriber is the stage's `KOMPETEN_ALARM_EMAIL` (stacks/settings.ts).
 */
export function Alarms({ stack }: StackContext) {
  const { table } = use(Storage);
  const { functions, settings } = use(Api);
  const jobs = use(Jobs);

  const topic = new Topic(stack, "AlarmTopic", { displayName: `Kompeten ${stack.stage}: alarms`, enforceSSL: true });
  if (settings.alarmEmail) topic.addSubscription(new EmailSubscription(settings.alarmEmail));
  const notify = new SnsAction(topic);

  const alarm = (id: string, metric: IMetric, description: string) => {
    const created = new Alarm(stack, id, {
      metric,
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: description,
    });
    created.addAlarmAction(notify);
    return created;
  };
  const watchFunction = (name: string, fn: Fn, what: string) => {
    alarm(`${name}Errors`, fn.metricErrors({ period: PERIOD, statistic: "Sum" }), `${what} failed (Lambda errors)`);
    alarm(`${name}Throttles`, fn.metricThrottles({ period: PERIOD, statistic: "Sum" }), `${what} was throttled (Lambda concurrency)`);
  };

  for (const fn of functions) watchFunction(fn.node.id, fn, `The API function ${fn.node.id}`);
  for (const [name, cron] of Object.entries(jobs.crons)) watchFunction(`Job${name}`, cron.jobFunction, `The job ${name}`);
  watchFunction("FiguresConsumer", jobs.figuresConsumer, "The dashboards' stream consumer");
  alarm(
    "TableThrottles",
    table.cdk.table.metricThrottledRequestsForOperations({ operations: tableOperations, period: PERIOD, statistic: "Sum" }),
    "DynamoDB throttled requests on the table",
  );
  return { topic };
}
