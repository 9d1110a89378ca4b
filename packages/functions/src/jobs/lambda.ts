import { createContext } from "@kompeten/core/context";
import { Config } from "sst/node/config";
import { runJob, type JobName } from "./jobs";
import { sesMailer } from "./ses-mailer";

// Lambda entries of the scheduled jobs; the local runtime runs the same jobs with croner.
const ctx = () =>
  createContext({
    tableName: process.env.TABLE_NAME!,
    mailer: sesMailer((Config as unknown as Record<string, string>).MAIL_FROM!),
    appUrl: process.env.APP_URL ?? "",
  });

const handlerFor = (name: JobName) => async (_event: unknown, context: { awsRequestId: string }) => runJob(name, ctx(), context.awsRequestId);

export const openCycle = handlerFor("open-cycle");
export const sendReminders = handlerFor("send-reminders");
export const closeCycles = handlerFor("close-cycles");
export const mentoringNudges = handlerFor("mentoring-nudges");
export const forumDeadlines = handlerFor("forum-deadlines");
export const rebuildFigures = handlerFor("rebuild-figures");
