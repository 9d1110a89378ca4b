import { createSchema } from "electrodb";
import { cycleStatuses } from "../values";
import { keyedBy } from "../table/keys";

/** One quarterly evaluation cycle, "2026-Q4". */
export const cycleSchema = createSchema({
  model: { entity: "cycle", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true },
    year: { type: "number", required: true },
    quarter: { type: "number", required: true },
    // opening: evaluations are being written; open: reviews may be written; closed: nothing more.
    status: { type: cycleStatuses, required: true },
    openedAt: { type: "string", required: true },
    peersLockedAt: { type: "string", required: true },
    dueAt: { type: "string", required: true },
    closesAt: { type: "string", required: true },
    openedBy: { type: "string", required: true },
    evaluations: { type: "number", required: true, default: 0 },
    reviews: { type: "number", required: true, default: 0 },
    closedAt: { type: "string" },
  },
  indexes: {
    byId: keyedBy("primary", ["id"], []),
    all: keyedBy("gsi1", [], ["id"]),
    byStatus: keyedBy("gsi2", ["status"], ["id"]),
  },
});
