import type { AppContext } from "@kompeten/core/context";
import { runJob, type JobName } from "@kompeten/functions/jobs/jobs";
import { Cron } from "croner";

/**
 * The cloud's schedule, run locally by croner in WITA: open the quarter's cycle at 00:00 on
 * the first day of each quarter, remind at 08:00 daily, close due cycles at 00:10 daily, send
 * the mentoring nudges at 08:05 daily, the forum's deadline reminders at 08:10 daily and rebuild
 * the dashboards' figures from the facts at 02:00 daily.
 */
export const schedule: Record<JobName, string> = {
  "open-cycle": "0 0 1 1,4,7,10 *",
  "send-reminders": "0 8 * * *",
  "close-cycles": "10 0 * * *",
  "mentoring-nudges": "5 8 * * *",
  "forum-deadlines": "10 8 * * *",
  "rebuild-figures": "0 2 * * *",
};

export function scheduleJobs(ctx: AppContext): Cron[] {
  return Object.entries(schedule).map(
    ([name, pattern]) =>
      new Cron(pattern, { timezone: "Asia/Makassar", protect: true, catch: true }, () => {
        void runJob(name as JobName, ctx).catch(() => undefined);
      }),
  );
}
