import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

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
    byTarget: keyedBy("primary", ["targetType", "targetId"], ["at", "id"]),
    byMonth: keyedBy("gsi1", ["month"], ["at", "id"]),
  },
});
