import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

// The dashboards' aggregates, kept as the facts change (aggregates.ts) and rebuilt from them
// at night. Each subject (a staff member, a forum topic) has a figures item that holds what
// the dashboards show of it and what it adds to its unit's counters (`contribution`); a unit's
// counters are the sum of its subjects' contributions. Every write carries a version condition,
// so a change is counted exactly once however often an event is delivered.

/** What the dashboards know of one active staff member, derived from their facts. */
export const staffFiguresSchema = createSchema({
  model: { entity: "staffFigures", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    unitName: { type: "string", required: true },
    name: { type: "string", required: true },
    position: { type: "string", required: true },
    positionLevel: { type: "string", required: true },
    supervisorId: { type: "string", required: true },
    /** "/<top>/.../<supervisor>/<staffId>/": a supervisor's subtree is every path that begins with theirs. */
    path: { type: "string", required: true },
    /** The WITA year the JP figures are for. */
    year: { type: "number", required: true },
    /** Approved JP of `year`. */
    jp: { type: "number", required: true },
    /** `jp` in whole JP, for the index (padded so it sorts as a number). */
    jpWhole: { type: "number", required: true, padding: { length: 5, char: "0" } },
    /** JP of the courses held a seat on, not finished yet. */
    planned: { type: "number", required: true },
    /** { [year]: approved JP }, this year and last. */
    jpByYear: { type: "any", required: true },
    /** { [category]: approved JP } of `year`'s courses. */
    categories: { type: "any", required: true },
    /** Upcoming courses: seats and waitlist places. */
    courses: { type: "any", required: true },
    /** { [cycleId]: review progress, final rating and plan status }, the last eight quarters. */
    reviews: { type: "any", required: true },
    /** Open items of the latest development plan. */
    planItems: { type: "any", required: true },
    /** The active relation as mentee, if any: "mentoring" or "coaching". */
    mentoring: { type: "string" },
    /** Sessions still to come and open actions, as mentee or mentor. */
    upcomingSessions: { type: "any", required: true },
    openActions: { type: "any", required: true },
    /** { [competencyId]: assessed level minus the position's standard }. */
    gaps: { type: "any", required: true },
    /** { "YYYY-MM": confirmed sessions as mentee }, the last twelve months. */
    sessionsByMonth: { type: "any", required: true },
    contribution: { type: "any", required: true },
    version: { type: "number", required: true },
    refreshedAt: { type: "string", required: true },
  },
  indexes: {
    byStaff: keyedBy("primary", ["staffId"], []),
    // A unit's people by JP, lowest first: its at-risk list is the first part of one Query.
    byUnitJp: keyedBy("gsi1", ["unitId", "year"], ["jpWhole", "staffId"]),
    // Every person by their place in the hierarchy: a supervisor's subtree is one range.
    byPath: keyedBy("gsi2", [], ["path"]),
    // A unit's people, for the heat map's list.
    byUnit: keyedBy("gsi3", ["unitId"], ["name", "staffId"]),
  },
});

/** What one forum topic adds to its owner unit's responsiveness figures. */
export const topicFiguresSchema = createSchema({
  model: { entity: "topicFigures", version: "1", service: "kompeten" },
  attributes: {
    topicId: { type: "string", required: true },
    unitId: { type: "string", required: true },
    contribution: { type: "any", required: true },
    version: { type: "number", required: true },
    refreshedAt: { type: "string", required: true },
  },
  indexes: {
    byTopic: keyedBy("primary", ["topicId"], []),
    all: keyedBy("gsi1", [], ["topicId"]),
  },
});

/** One unit's counters: the sum of its people's and topics' contributions. */
export const unitFiguresSchema = createSchema({
  model: { entity: "unitFigures", version: "1", service: "kompeten" },
  attributes: {
    unitId: { type: "string", required: true },
    /** { [counter]: number }; the counters are named in aggregates.ts. */
    counters: { type: "any", required: true },
    version: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    // Every unit in one partition: the city dashboard reads them all in one Query.
    byUnit: keyedBy("primary", [], ["unitId"]),
  },
});
