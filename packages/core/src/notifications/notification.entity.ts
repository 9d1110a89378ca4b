import { createSchema } from "electrodb";

/** An in-app notification (the bell). Expires after a while through the table's TTL. */
export const notificationSchema = createSchema({
  model: { entity: "notification", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    // Deterministic per event (e.g. "promoted:<course>"), so a retried write cannot notify twice.
    id: { type: "string", required: true },
    type: { type: "string", required: true },
    // What the reader's app fills into the type's text, in the reader's language.
    params: { type: "any" },
    // Written by older versions, which stored the text in Indonesian; shown when the type is unknown.
    title: { type: "string" },
    body: { type: "string" },
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
