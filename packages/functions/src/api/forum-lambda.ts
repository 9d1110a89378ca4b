import { Config } from "sst/node/config";
import { sesMailer } from "../jobs/ses-mailer";
import { forumArea } from "./areas/forum";
import { areaHandler } from "./lambda-app";

// Lambda entry of the staff API's forum area (/api/forum, /api/moderation): it e-mails a topic's followers as it is answered.
export const handler = areaHandler(forumArea, { mailer: sesMailer((Config as unknown as Record<string, string>).MAIL_FROM!), appUrl: process.env.APP_URL ?? "" });
