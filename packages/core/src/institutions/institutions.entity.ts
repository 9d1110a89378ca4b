import { createSchema } from "electrodb";
import { institutionKinds } from "../values";

export { institutionKinds };
import { keyedBy } from "../table/keys";


/** A partner education institution (lembaga penyelenggara). */
export const institutionSchema = createSchema({
  model: { entity: "institution", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true },
    name: { type: "string", required: true },
    kind: { type: institutionKinds, required: true },
    contact: { type: "string", required: true },
    // Who signs the certificates of this institution's courses (printed on each certificate).
    signatoryName: { type: "string" },
    signatoryPosition: { type: "string" },
    signatoryNip: { type: "string" },
    // The place printed before the date of signing ("Mataram, 27 November 2026").
    city: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: keyedBy("primary", ["id"], []),
    all: keyedBy("gsi1", [], ["name", "id"]),
  },
});
