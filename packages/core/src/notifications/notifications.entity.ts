import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

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
    byStaff: keyedBy("primary", ["staffId"], ["id"]),
    // Newest first for the bell.
    byStaffRecent: keyedBy("gsi1", ["staffId"], ["createdAt", "id"]),
  },
});
