import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

/**
 * A certificate of completion. It lives in a public partition ("pub#..."): the public
 * Lambda may read only such partitions, and a certificate holds nothing private about its holder.
 * Codes were 20 lowercase characters before; new ones are 16 uppercase. ElectroDB lower-cases
 * key values, so either form, in any case, finds the same item.
 */
export const certificateSchema = createSchema({
  model: { entity: "certificate", version: "1", service: "kompeten" },
  attributes: {
    code: { type: "string", required: true },
    courseId: { type: "string", required: true },
    courseTitle: { type: "string", required: true },
    staffId: { type: "string", required: true },
    holderName: { type: "string", required: true },
    institutionName: { type: "string", required: true },
    completedOn: { type: "string", required: true },
    jp: { type: "number", required: true },
    issuedAt: { type: "string", required: true },
    // The signing official and place as the institution had them on the day of issue.
    signatoryName: { type: "string" },
    signatoryPosition: { type: "string" },
    signatoryNip: { type: "string" },
    city: { type: "string" },
  },
  indexes: {
    byCode: keyedBy("primary", { composite: ["code"], template: "pub#certificate#${code}" }, { composite: [], template: "certificate" }),
  },
});
