import { createSchema } from "electrodb";
import { enrollmentStatuses } from "../values";
import { keyedBy } from "../table/keys";

/** One person on one course: a seat, a waitlist place, or how it ended. */
export const enrollmentSchema = createSchema({
  model: { entity: "enrollment", version: "1", service: "kompeten" },
  attributes: {
    courseId: { type: "string", required: true },
    staffId: { type: "string", required: true },
    status: { type: enrollmentStatuses, required: true },
    // 0 unless waitlisted; padded so the waitlist sorts by number.
    waitlistSeq: { type: "number", required: true, default: 0, padding: { length: 8, char: "0" } },
    staffName: { type: "string", required: true },
    staffNip: { type: "string", required: true },
    unitId: { type: "string", required: true },
    unitName: { type: "string", required: true },
    supervisorId: { type: "string", required: true },
    courseTitle: { type: "string", required: true },
    courseStartsAt: { type: "string", required: true },
    attendance: { type: "any", required: true, default: () => ({}) },
    score: { type: "number" },
    certificateCode: { type: "string" },
    nominatedBy: { type: "string" },
    nominatedByName: { type: "string" },
    enrolledAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byCourse: keyedBy("primary", ["courseId"], ["staffId"]),
    byStaff: keyedBy("gsi1", ["staffId"], ["courseStartsAt", "courseId"]),
    byCourseStatus: keyedBy("gsi2", ["courseId"], ["status", "waitlistSeq", "staffId"]),
  },
});
