import { createSchema } from "electrodb";
import { positionLevels } from "../values";
import { keyedBy } from "../table/keys";

/**
 * A staff member's offer to mentor: availability, how many mentees at once (`capacity`) and how
 * many seats active mentorships hold (`taken`). `version` grows with every write, so a profile
 * change and an accepted request never overwrite each other's counts.
 */
export const mentorSchema = createSchema({
  model: { entity: "mentor", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    available: { type: "boolean", required: true },
    capacity: { type: "number", required: true },
    taken: { type: "number", required: true, default: 0 },
    // [{ competencyId, level }]
    competencies: { type: "any", required: true },
    bio: { type: "string", required: true, default: "" },
    modes: { type: "any", required: true },
    version: { type: "number", required: true, default: 1 },
    createdAt: { type: "string", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byStaff: keyedBy("primary", ["staffId"], []),
  },
});

/**
 * The mentor index: one item per mentor per competency they mentor in, carrying all a
 * suggestion's score needs (level, seats, position, unit), so the suggestions for a competency
 * are one Query, never a read per mentor. Written with the mentor record, in its transactions.
 */
export const mentorCompetencySchema = createSchema({
  model: { entity: "mentorCompetency", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    competencyId: { type: "string", required: true },
    level: { type: "number", required: true },
    available: { type: "boolean", required: true },
    capacity: { type: "number", required: true },
    taken: { type: "number", required: true },
    name: { type: "string", required: true },
    unitId: { type: "string", required: true },
    unitName: { type: "string", required: true },
    position: { type: "string", required: true },
    positionLevel: { type: positionLevels, required: true },
  },
  indexes: {
    byMentor: keyedBy("primary", ["staffId"], ["competencyId"]),
    byCompetency: keyedBy("gsi1", ["competencyId"], ["staffId"]),
  },
});
