import { createSchema } from "electrodb";
import { ledgerSources, ledgerStatuses } from "../values";

export { ledgerSources, ledgerStatuses };


/** One credit of learning hours (JP). Only approved entries count towards the yearly 20 JP. */
export const ledgerEntrySchema = createSchema({
  model: { entity: "ledgerEntry", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    // For a course, "course-<courseId>": completing twice can never credit twice.
    id: { type: "string", required: true },
    year: { type: "number", required: true },
    staffName: { type: "string", required: true },
    staffNip: { type: "string", required: true },
    unitId: { type: "string", required: true },
    supervisorId: { type: "string", required: true },
    source: { type: ledgerSources, required: true },
    title: { type: "string", required: true },
    institution: { type: "string", required: true },
    startDate: { type: "string", required: true },
    endDate: { type: "string", required: true },
    jp: { type: "number", required: true },
    evidence: { type: "string" },
    status: { type: ledgerStatuses, required: true },
    decidedBy: { type: "string" },
    decidedByName: { type: "string" },
    decidedAt: { type: "string" },
    note: { type: "string" },
    certificateCode: { type: "string" },
    courseId: { type: "string" },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byStaff: {
      pk: { field: "pk", composite: ["staffId"] },
      sk: { field: "sk", composite: ["year", "id"] },
    },
    byUnit: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["unitId", "year"] },
      sk: { field: "gsi1sk", composite: ["staffId", "id"] },
    },
    // A supervisor's queue of reported training to approve.
    bySupervisor: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: ["supervisorId"] },
      sk: { field: "gsi2sk", composite: ["status", "createdAt", "id"] },
    },
  },
});
