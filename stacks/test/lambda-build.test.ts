import { createRequire } from "node:module";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import * as aggregates from "../../packages/core/src/aggregates/aggregates.entity";
import * as audit from "../../packages/core/src/audit/audit.entity";
import * as auth from "../../packages/core/src/auth/auth.entity";
import * as certificates from "../../packages/core/src/certificates/certificates.entity";
import * as citizens from "../../packages/core/src/citizens/citizens.entity";
import * as courses from "../../packages/core/src/courses/courses.entity";
import * as cycles from "../../packages/core/src/cycles/cycles.entity";
import * as dialogs from "../../packages/core/src/dialogs/dialogs.entity";
import * as enrollments from "../../packages/core/src/enrollments/enrollments.entity";
import { createDatabase } from "../../packages/core/src/db";
import * as evaluations from "../../packages/core/src/evaluations/evaluations.entity";
import * as institutions from "../../packages/core/src/institutions/institutions.entity";
import * as learning from "../../packages/core/src/learning/learning.entity";
import * as mentors from "../../packages/core/src/mentors/mentors.entity";
import * as mentorships from "../../packages/core/src/mentorships/mentorships.entity";
import * as mentorshipFeedback from "../../packages/core/src/mentorship-feedback/mentorship-feedback.entity";
import * as mentorshipSessions from "../../packages/core/src/mentorship-sessions/mentorship-sessions.entity";
import * as moderation from "../../packages/core/src/moderation/moderation.entity";
import * as notifications from "../../packages/core/src/notifications/notifications.entity";
import * as programs from "../../packages/core/src/programs/programs.entity";
import * as staff from "../../packages/core/src/staff/staff.entity";
import * as topics from "../../packages/core/src/topics/topics.entity";
import * as units from "../../packages/core/src/units/units.entity";
import { isPlainModel } from "../lambda-build";

const require = createRequire(import.meta.url);
/** ElectroDB's own model check, with the real jsonschema (what the Lambda build stands in for). */
const { testModel } = require("electrodb/src/validations.js") as { testModel: (value: unknown) => [boolean, string] };

describe("the Lambda build's stand-in for ElectroDB's model check", () => {
  const database = createDatabase(new DynamoDBClient({ region: "ap-southeast-3" }), "kompeten-test");
  const entities = Object.values(database.entities);
  const models = [aggregates, audit, auth, certificates, citizens, courses, cycles, dialogs, enrollments, evaluations, institutions, learning, mentors, mentorships, mentorshipFeedback, mentorshipSessions, moderation, notifications, programs, staff, topics, units].flatMap((module) =>
    Object.entries(module)
      .filter(([name]) => name.endsWith("Schema"))
      .map(([, model]) => model),
  );

  it("answers as the real check for every model, Entity and the Service of the app", () => {
    expect(models.length).toBe(entities.length);
    const values: unknown[] = [...models, ...entities, database];
    for (const value of values) expect(isPlainModel(value)).toBe(testModel(value)[0]);
  });
});
