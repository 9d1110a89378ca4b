import { createSchema } from "electrodb";
import { mentorshipRoles } from "../values";
import { keyedBy } from "../table/keys";

/** One side's rating of a completed relation (`from` mentee or mentor), written once. */
export const mentorshipFeedbackSchema = createSchema({
  model: { entity: "mentorshipFeedback", version: "1", service: "kompeten" },
  attributes: {
    mentorshipId: { type: "string", required: true },
    from: { type: mentorshipRoles, required: true },
    staffId: { type: "string", required: true },
    rating: { type: "number", required: true },
    comment: { type: "string", required: true, default: "" },
    createdAt: { type: "string", required: true },
  },
  indexes: {
    byMentorship: keyedBy("primary", ["mentorshipId"], ["from"]),
  },
});

/**
 * The sum and number of the ratings mentees gave one mentor, added to in the transaction that
 * writes each mentee's feedback, so the average is read in one GetItem.
 */
export const mentorRatingSchema = createSchema({
  model: { entity: "mentorRating", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    sum: { type: "number", required: true },
    count: { type: "number", required: true },
  },
  indexes: {
    byStaff: keyedBy("primary", ["staffId"], []),
  },
});
