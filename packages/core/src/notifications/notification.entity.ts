import { createSchema } from "electrodb";

/** An in-app notification (the bell). Expires after a while through the table's TTL. */
export const notificationSchema = createSchema({
  model: { entity: "notification", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    // Deterministic per event (e.g. "promoted:<course>"), so a retried write cannot notify twice.
    id: { type: "string", required: true },
    type: { type: "string", required: true },
    title: { type: "string", required: true },
    body: { type: "string", required: true },
    link: { type: "string" },
    createdAt: { type: "string", required: true },
    readAt: { type: "string" },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byStaff: {
      pk: { field: "pk", composite: ["staffId"] },
      sk: { field: "sk", composite: ["id"] },
    },
    // Newest first for the bell.
    byStaffRecent: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["staffId"] },
      sk: { field: "gsi1sk", composite: ["createdAt", "id"] },
    },
  },
});
