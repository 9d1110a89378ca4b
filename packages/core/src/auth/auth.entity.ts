import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

/**
 * Sign-in tries from one client address in one 15-minute window, counted before each password is
 * checked (a success gives its try back): many accounts tried from one address hit this limit
 * where each account's own lock would not. Kept out of the public partitions: addresses are
 * personal data. Expires with the table's TTL.
 */
export const signInTriesSchema = createSchema({
  model: { entity: "signInTries", version: "1", service: "kompeten" },
  attributes: {
    address: { type: "string", required: true },
    window: { type: "string", required: true },
    count: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byAddress: keyedBy("primary", { composite: ["address"], template: "signintries#${address}" }, { composite: ["window"], template: "${window}" }),
  },
});
