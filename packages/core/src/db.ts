import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { Entity, Service, type EntityItem } from "electrodb";
import { staffFiguresSchema, topicFiguresSchema, unitFiguresSchema } from "./aggregates/aggregates.entity";
import { auditSchema } from "./audit/audit.entity";
import { signInTriesSchema } from "./auth/auth.entity";
import { certificateSchema } from "./certificates/certificates.entity";
import { citizenEmailSchema, citizenSchema, quotaSchema, signInCodeSchema } from "./citizens/citizens.entity";
import { citizenNoticeSchema, topicCommentSchema, topicDeadlineSchema, topicFollowSchema, topicReportSchema, topicSchema, topicSupportSchema } from "./topics/topics.entity";
import { dialogSchema } from "./dialogs/dialogs.entity";
import { programSchema } from "./programs/programs.entity";
import { courseSchema } from "./courses/courses.entity";
import { cycleSchema } from "./cycles/cycles.entity";
import { enrollmentSchema } from "./enrollments/enrollments.entity";
import { evaluationSchema, reviewSchema } from "./evaluations/evaluations.entity";
import { institutionSchema } from "./institutions/institutions.entity";
import { ledgerEntrySchema } from "./learning/learning.entity";
import { mentorCompetencySchema, mentorSchema } from "./mentors/mentors.entity";
import { mentorshipLockSchema, mentorshipSchema } from "./mentorships/mentorships.entity";
import { mentorRatingSchema, mentorshipFeedbackSchema } from "./mentorship-feedback/mentorship-feedback.entity";
import { mentorshipSessionSchema } from "./mentorship-sessions/mentorship-sessions.entity";
import { moderationItemSchema } from "./moderation/moderation.entity";
import { notificationSchema } from "./notifications/notifications.entity";
import { staffLoginSchema, staffNameWordSchema, staffSchema } from "./staff/staff.entity";
import { unitSchema } from "./units/units.entity";

/** All entities on the one table, joined in a Service so they can share transactions. */
export function createDatabase(client: DynamoDBClient, table: string) {
  const config = { client, table };
  return new Service(
    {
      unit: new Entity(unitSchema, config),
      staff: new Entity(staffSchema, config),
      staffLogin: new Entity(staffLoginSchema, config),
      staffNameWord: new Entity(staffNameWordSchema, config),
      signInTries: new Entity(signInTriesSchema, config),
      audit: new Entity(auditSchema, config),
      notification: new Entity(notificationSchema, config),
      institution: new Entity(institutionSchema, config),
      course: new Entity(courseSchema, config),
      enrollment: new Entity(enrollmentSchema, config),
      ledgerEntry: new Entity(ledgerEntrySchema, config),
      certificate: new Entity(certificateSchema, config),
      cycle: new Entity(cycleSchema, config),
      evaluation: new Entity(evaluationSchema, config),
      review: new Entity(reviewSchema, config),
      mentor: new Entity(mentorSchema, config),
      mentorCompetency: new Entity(mentorCompetencySchema, config),
      mentorship: new Entity(mentorshipSchema, config),
      mentorshipLock: new Entity(mentorshipLockSchema, config),
      mentorshipSession: new Entity(mentorshipSessionSchema, config),
      mentorshipFeedback: new Entity(mentorshipFeedbackSchema, config),
      mentorRating: new Entity(mentorRatingSchema, config),
      citizen: new Entity(citizenSchema, config),
      citizenEmail: new Entity(citizenEmailSchema, config),
      signInCode: new Entity(signInCodeSchema, config),
      quota: new Entity(quotaSchema, config),
      topic: new Entity(topicSchema, config),
      topicSupport: new Entity(topicSupportSchema, config),
      topicFollow: new Entity(topicFollowSchema, config),
      citizenNotice: new Entity(citizenNoticeSchema, config),
      moderationItem: new Entity(moderationItemSchema, config),
      topicComment: new Entity(topicCommentSchema, config),
      topicReport: new Entity(topicReportSchema, config),
      staffFigures: new Entity(staffFiguresSchema, config),
      topicFigures: new Entity(topicFiguresSchema, config),
      unitFigures: new Entity(unitFiguresSchema, config),
      topicDeadline: new Entity(topicDeadlineSchema, config),
      dialog: new Entity(dialogSchema, config),
      program: new Entity(programSchema, config),
    },
    config,
  );
}

export type Database = ReturnType<typeof createDatabase>;
export type Entities = Database["entities"];
export type EntityName = keyof Entities;
/** A stored item of one entity, as ElectroDB reads and writes it: `Item<"staff">`. Declared here only. */
export type Item<K extends EntityName> = EntityItem<Entities[K]>;
