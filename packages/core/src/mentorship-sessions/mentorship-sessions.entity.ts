import { createSchema } from "electrodb";
import { mentoringModes, mentorshipSessionStatuses } from "../values";
import { keyedBy } from "../table/keys";

/**
 * One meeting of a mentor and a mentee, logged by either party and confirmed by the other;
 * the actions agreed in it travel with it. `version` grows with every write, so confirming and
 * ticking an action never overwrite each other.
 */
export const mentorshipSessionSchema = createSchema({
  model: { entity: "mentorshipSession", version: "1", service: "kompeten" },
  attributes: {
    mentorshipId: { type: "string", required: true },
    id: { type: "string", required: true },
    date: { type: "string", required: true },
    minutes: { type: "number", required: true },
    mode: { type: mentoringModes, required: true },
    notes: { type: "string", required: true, default: "" },
    loggedBy: { type: "string", required: true },
    loggedByName: { type: "string", required: true },
    // "pending" until the other party confirms or disputes it; see `sessionStatus` for the 14-day rule.
    status: { type: mentorshipSessionStatuses, required: true },
    decidedAt: { type: "string" },
    disputeReason: { type: "string" },
    // [{ id, text, dueDate, doneAt }]
    actions: { type: "any", required: true },
    version: { type: "number", required: true, default: 1 },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byMentorship: keyedBy("primary", ["mentorshipId"], ["id"]),
  },
});
