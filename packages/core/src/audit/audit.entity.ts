import { createSchema } from "electrodb";

/** Who changed what, when, with the record before and after (JSON). */
export const auditSchema = createSchema({
  model: { entity: "audit", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true },
    at: { type: "string", required: true },
    month: { type: "string", required: true },
    actorId: { type: "string", required: true },
    actorName: { type: "string", required: true },
    action: { type: "string", required: true },
    targetType: { type: "string", required: true },
    targetId: { type: "string", required: true },
    before: { type: "string" },
    after: { type: "string" },
  },
  indexes: {
    byTarget: {
      pk: { field: "pk", composite: ["targetType", "targetId"] },
      sk: { field: "sk", composite: ["at", "id"] },
    },
    byMonth: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["month"] },
      sk: { field: "gsi1sk", composite: ["at", "id"] },
    },
  },
});
