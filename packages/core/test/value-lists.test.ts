import { describe, expect, it } from "vitest";
import {
  classicalForms,
  courseCategories,
  courseStatuses,
  enrollmentStatuses,
  finalRatings,
  mentoringModes,
  mentorshipKinds,
  mentorshipSessionStatuses,
  mentorshipStatuses,
  nonClassicalForms,
  programStatuses,
  reportReasons,
  reviewKinds,
  reviewStates,
} from "../src/values";
import { competencyTypes, levelNames } from "../src/competencies/competencies";
import { cycleSchema } from "../src/cycles/cycles.entity";
import { evaluationSchema } from "../src/evaluations/evaluations.entity";
import { planActions, planItemStatuses } from "../src/plans/plans";
import { institutionKinds } from "../src/institutions/institutions.entity";
import { ledgerSources, ledgerStatuses } from "../src/learning/learning.entity";
import { notificationTypes } from "../src/notifications/notifications.schemas";
import { positionLevels, roles } from "../src/staff/staff.entity";
import { unitKinds } from "../src/units/units.entity";
import { topicSchema } from "../src/topics/topics.entity";
import { moderationItemSchema } from "../src/moderation/moderation.entity";
import { LABELLED_LISTS } from "../../web/src/labels";

// The web labels every value of its lists in both languages (packages/web/test/labels.test.tsx);
// this checks that its lists hold every value the server can send, so none goes without a label.
describe("the web's value lists", () => {
  it("knows every value the server has, so none can go without a label", () => {
    const server: Record<keyof typeof LABELLED_LISTS, readonly (string | number)[]> = {
      role: roles,
      level: positionLevels,
      kind: unitKinds,
      competencyLevel: levelNames.map((entry) => entry.level),
      competencyType: competencyTypes,
      instKind: institutionKinds,
      category: courseCategories,
      form: [...classicalForms, ...nonClassicalForms],
      formType: ["klasikal", "non_klasikal"],
      courseStatus: courseStatuses,
      enrollment: enrollmentStatuses,
      source: ledgerSources,
      ledgerStatus: ledgerStatuses,
      cycleStatus: cycleSchema.attributes.status.type,
      reviewKind: reviewKinds,
      reviewState: reviewStates,
      evaluationStatus: evaluationSchema.attributes.status.type,
      finalRating: finalRatings,
      planStatus: evaluationSchema.attributes.planStatus.type,
      planAction: planActions,
      planItemStatus: planItemStatuses,
      notification: notificationTypes,
      mentoringMode: mentoringModes,
      mentorshipKind: mentorshipKinds,
      mentorshipStatus: mentorshipStatuses,
      sessionStatus: mentorshipSessionStatuses,
      forumArea: topicSchema.attributes.area.type,
      kecamatan: topicSchema.attributes.kecamatan.type,
      topicStatus: topicSchema.attributes.status.type,
      moderationTarget: moderationItemSchema.attributes.targetType.type,
      // A free string on the record: a moderator, or three citizens' reports.
      hiddenBy: ["moderator", "reports"],
      reportReason: reportReasons,
      programStatus: programStatuses,
    };
    for (const [prefix, values] of Object.entries(server)) {
      expect([...LABELLED_LISTS[prefix as keyof typeof LABELLED_LISTS]], prefix).toEqual(expect.arrayContaining([...values]));
    }
  });

});
