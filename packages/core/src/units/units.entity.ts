import { createSchema } from "electrodb";
import { unitKinds } from "../values";

export { unitKinds };
import { keyedBy } from "../table/keys";


/** A unit (OPD, perangkat daerah) of the city government. */
export const unitSchema = createSchema({
  model: { entity: "unit", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true },
    code: { type: "string", required: true },
    name: { type: "string", required: true },
    kind: { type: unitKinds, required: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    byId: keyedBy("primary", ["id"], []),
    // All units in one small partition, ordered by name: the unit list is one Query.
    all: keyedBy("gsi1", [], ["name", "id"]),
  },
});
