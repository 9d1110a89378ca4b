import { createSchema } from "electrodb";
import { ledgerSources, ledgerStatuses } from "../values";

export { ledgerSources, ledgerStatuses };
import { keyedBy } from "../table/keys";


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
    byStaff: keyedBy("primary", ["staffId"], ["year", "id"]),
    byUnit: keyedBy("gsi1", ["unitId", "year"], ["staffId", "id"]),
    // A supervisor's queue of reported training to approve.
    bySupervisor: keyedBy("gsi2", ["supervisorId"], ["status", "createdAt", "id"]),
  },
});
