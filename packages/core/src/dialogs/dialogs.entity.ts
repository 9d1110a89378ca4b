import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

// Public dialogues of the forum: announced by a unit's staff, with minutes once held.
// Every key starts with "pub#": the forum Lambda reads them, the staff app writes them.

/** A public dialogue (forum warga) on some topics: when and where, its agenda, and afterwards its minutes. */
export const dialogSchema = createSchema({
  model: { entity: "dialog", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    title: { type: "string", required: true },
    unitCode: { type: "string", required: true },
    unitName: { type: "string", required: true },
    startsAt: { type: "string", required: true },
    place: { type: "string" },
    onlineUrl: { type: "string" },
    agenda: { type: "string", required: true },
    topicIds: { type: "list", items: { type: "string" }, required: true },
    // Notulen, the number who came and what was agreed, once held.
    minutes: { type: "string" },
    attendees: { type: "number" },
    outcomes: { type: "list", items: { type: "string" } },
    minutesAt: { type: "string" },
    // Who announced it; never part of any public view.
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: keyedBy("primary", { composite: ["id"], template: "pub#dialog#${id}" }, { composite: [], template: "dialog" }),
    // Every dialogue by when it starts: upcoming ones read forwards from now, past ones backwards.
    byStart: keyedBy("gsi1", { composite: [], template: "pub#dialogs" }, ["startsAt", "id"]),
    // One unit's dialogues by when they start: its responders' editors.
    byUnit: keyedBy("gsi2", { composite: ["unitCode"], template: "pub#dialogs#unit#${unitCode}" }, ["startsAt", "id"]),
  },
});
