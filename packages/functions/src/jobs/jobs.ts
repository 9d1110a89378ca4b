import type { AppContext } from "@kompeten/core/context";
import { systemActor } from "@kompeten/core/actor";
import { closeDueCycles, openCycle } from "@kompeten/core/cycles/cycles";
import { sendForumDeadlines } from "@kompeten/core/forum-answers/deadlines";
import { sendMentoringNudges } from "@kompeten/core/mentorships/mentorships";
import { sendReminders } from "@kompeten/core/reminders/reminders";
import { rebuildFigures } from "@kompeten/core/aggregates/rebuild";

/** The scheduled jobs, by name: the cloud's Cron functions and the local scheduler run these same six. */
export const jobs = {
  "open-cycle": (ctx: AppContext) => openCycle(ctx, systemActor),
  "send-reminders": (ctx: AppContext) => sendReminders(ctx),
  "close-cycles": (ctx: AppContext) => closeDueCycles(ctx),
  "mentoring-nudges": (ctx: AppContext) => sendMentoringNudges(ctx),
  "forum-deadlines": (ctx: AppContext) => sendForumDeadlines(ctx),
  // The dashboards' figures from the facts: catches what a stream outage missed, and the new year.
  "rebuild-figures": (ctx: AppContext) => rebuildFigures(ctx),
} as const;

export type JobName = keyof typeof jobs;
export const jobNames = Object.keys(jobs) as JobName[];

/** Runs one job with a structured log line of what it did. */
export async function runJob(name: JobName, ctx: AppContext, requestId = "local") {
  const started = Date.now();
  try {
    const result = await jobs[name](ctx);
    console.log(JSON.stringify({ level: "info", job: name, requestId, now: ctx.now().toISOString(), ms: Date.now() - started, result }));
    return result;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", job: name, requestId, error: (error as Error).stack ?? String(error) }));
    throw error;
  }
}
