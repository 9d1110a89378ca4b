import * as z from "../zod";
import { topicStatuses } from "../values";

// Public dialogues: what staff send, and what everyone reads.

const isoMoment = z.pipe(z.iso.datetime({ offset: true, message: "Use an ISO-8601 date and time with its offset" }), z.transform((value) => new Date(value).toISOString()));
const httpsUrl = z.string().check(z.trim(), z.maxLength(500), z.regex(/^https:\/\/[^\s/]+\.[^\s]+$/, "Use an https:// link"));
const topicIds = z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(20));

const placeOrLink = { message: "Give a place or an online link", path: ["place"] };
const hasPlaceOrLink = (value: { place?: string; onlineUrl?: string }) => Boolean(value.place || value.onlineUrl);

export const createDialogInput = z
  .object({
    title: z.string().check(z.trim(), z.minLength(5), z.maxLength(160)),
    /** The owner unit, by code; a supervisor's own unit when left out. */
    unitCode: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(32))),
    /** ISO-8601 with offset; shown in WITA. */
    startsAt: isoMoment,
    place: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(200))),
    onlineUrl: z.optional(httpsUrl),
    agenda: z.string().check(z.trim(), z.minLength(10), z.maxLength(4000)),
    topicIds: z._default(topicIds, []),
  })
  .check(z.refine(hasPlaceOrLink, placeOrLink));
export type CreateDialogInput = z.infer<typeof createDialogInput>;

/** A change before the dialogue is held: the fields given replace the stored ones. */
export const updateDialogInput = z
  .object({
    title: z.optional(z.string().check(z.trim(), z.minLength(5), z.maxLength(160))),
    startsAt: z.optional(isoMoment),
    place: z.optional(z.nullable(z.string().check(z.trim(), z.minLength(3), z.maxLength(200)))),
    onlineUrl: z.optional(z.nullable(httpsUrl)),
    agenda: z.optional(z.string().check(z.trim(), z.minLength(10), z.maxLength(4000))),
    topicIds: z.optional(topicIds),
  })
  .check(z.refine((value) => Object.keys(value).length > 0, { message: "Change at least one field" }));
export type UpdateDialogInput = z.infer<typeof updateDialogInput>;

export const dialogMinutesInput = z.object({
  /** Notulen. */
  minutes: z.string().check(z.trim(), z.minLength(10), z.maxLength(20000)),
  attendees: z.number().check(z.int(), z.gte(0), z.lte(100000)),
  outcomes: z.array(z.string().check(z.trim(), z.minLength(3), z.maxLength(500))).check(z.maxLength(50)),
});
export type DialogMinutesInput = z.infer<typeof dialogMinutesInput>;

export const dialogParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

export const listDialogsQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});
export type ListDialogsQuery = z.infer<typeof listDialogsQuery>;

/** A unit's own list for its responders: the responder's unit by default, any unit for admins. */
export const unitDialogsQuery = z.object({
  unitCode: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});
export type UnitDialogsQuery = z.infer<typeof unitDialogsQuery>;

export const dialogMinutesView = z.object({ minutes: z.string(), attendees: z.number(), outcomes: z.array(z.string()), publishedAt: z.string() });

const dialogFields = {
  id: z.string(),
  title: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  /** UTC; the web shows it in WITA. */
  startsAt: z.string(),
  place: z.nullable(z.string()),
  onlineUrl: z.nullable(z.string()),
  agenda: z.string(),
  /** Whether it has started by now. */
  past: z.boolean(),
  /** Notulen, attendees and outcomes, once published. */
  minutes: z.nullable(dialogMinutesView),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const dialogSummaryView = z.object({ ...dialogFields, topicIds: z.array(z.string()) });
export type DialogSummary = z.infer<typeof dialogSummaryView>;

/** A linked topic, by title and state (a hidden one shows no title). */
export const dialogTopicView = z.object({ id: z.string(), title: z.string(), status: z.enum(topicStatuses), hidden: z.boolean() });

export const dialogView = z.object({ ...dialogFields, topics: z.array(dialogTopicView) });
export type Dialog = z.infer<typeof dialogView>;

export const dialogPage = z.object({ items: z.array(dialogSummaryView), cursor: z.nullable(z.string()) });
export type DialogPage = z.infer<typeof dialogPage>;
