import { createSchema } from "electrodb";
import { courseCategories, courseForms, courseStatuses } from "../values";
import { keyedBy } from "../table/keys";

export const courseSchema = createSchema({
  model: { entity: "course", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    code: { type: "string", required: true },
    year: { type: "number", required: true },
    title: { type: "string", required: true },
    description: { type: "string", required: true },
    category: { type: courseCategories, required: true },
    form: { type: courseForms, required: true },
    // Shapes checked by the zod schemas before anything is written.
    competencies: { type: "any", required: true },
    // The competency ids alone, so the catalog can filter with `contains`.
    competencyIds: { type: "list", items: { type: "string" }, required: true, default: () => [] },
    jp: { type: "number", required: true },
    institutionId: { type: "string", required: true },
    institutionName: { type: "string", required: true },
    capacity: { type: "number", required: true },
    // Seats taken: only ever changed together with an enrollment, in one transaction.
    enrolled: { type: "number", required: true, default: 0 },
    waitlisted: { type: "number", required: true, default: 0 },
    // Hands out waitlist places in order.
    waitlistCounter: { type: "number", required: true, default: 0 },
    sessions: { type: "any", required: true },
    enrollOpensAt: { type: "string", required: true },
    enrollClosesAt: { type: "string", required: true },
    eligibility: { type: "any", required: true },
    // Share of sessions a participant must have attended to complete; absent means every session.
    minAttendancePercent: { type: "number" },
    status: { type: courseStatuses, required: true, default: "draft" },
    /** Start of the first session: the catalog's order. */
    startsAt: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: keyedBy("primary", ["id"], []),
    byStatus: keyedBy("gsi1", ["status"], ["startsAt", "id"]),
  },
});
