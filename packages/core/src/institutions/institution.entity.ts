import { createSchema } from "electrodb";

export const institutionKinds = ["university", "training_centre", "government_agency", "private"] as const;

/** A partner education institution (lembaga penyelenggara). */
export const institutionSchema = createSchema({
  model: { entity: "institution", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true },
    name: { type: "string", required: true },
    kind: { type: institutionKinds, required: true },
    contact: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["id"] },
      sk: { field: "sk", composite: [] },
    },
    all: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["name", "id"] },
    },
  },
});
