import { createSchema } from "electrodb";
import { programStatuses } from "../values";
import { keyedBy } from "../table/keys";

// Service programs: a unit turns topics into a program with milestones. Every key starts with
// "pub#": the forum Lambda reads them, the staff app writes them.

/** A service program (program layanan) of one unit, from one or more topics. */
export const programSchema = createSchema({
  model: { entity: "program", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    title: { type: "string", required: true },
    description: { type: "string", required: true },
    unitCode: { type: "string", required: true },
    unitName: { type: "string", required: true },
    status: { type: programStatuses, required: true },
    topicIds: { type: "list", items: { type: "string" }, required: true },
    // [{ id, title, targetDate, doneAt: string | null }]
    milestones: { type: "any", required: true },
    // What delivering it needs of the unit's staff: [{ competencyId, level }].
    competencyNeeds: { type: "any", required: true },
    // Who created it; never part of any public view.
    createdBy: { type: "string", required: true },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: keyedBy("primary", { composite: ["id"], template: "pub#program#${id}" }, { composite: [], template: "program" }),
    // Every program, newest first: the public list and BKPSDM's view of all needs.
    recent: keyedBy("gsi1", { composite: [], template: "pub#programs" }, ["createdAt", "id"]),
    // One owner unit's programs: its staff's recommendations read them in one Query.
    byUnit: keyedBy("gsi2", { composite: ["unitCode"], template: "pub#programs#unit#${unitCode}" }, ["createdAt", "id"]),
  },
});
