import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { AppContext } from "../context";
import { descendantsOf, refreshStaff, refreshTopic } from "./aggregates";

// From changes of the table (DynamoDB Streams: a Lambda in the cloud, a poller locally) to the
// subjects whose figures they touch. Each subject is refreshed from its facts once per batch,
// so a batch delivered again changes nothing.

/** One changed item, its images unmarshalled (absent before an insert or after a removal). */
export interface TableChange {
  oldImage?: Record<string, unknown>;
  newImage?: Record<string, unknown>;
}

type Image = Record<string, unknown>;

/** The entities whose changes move a dashboard; the cloud's stream filter passes only these. */
export const watchedEntities = ["staff", "ledgerEntry", "evaluation", "enrollment", "course", "mentorship", "mentorshipSession", "topic"] as const;

/** A DynamoDB Streams record (Lambda's event or the local poller's) as a change. */
export function fromStreamRecord(record: { dynamodb?: { OldImage?: Record<string, AttributeValue>; NewImage?: Record<string, AttributeValue> } }): TableChange {
  const image = (raw?: Record<string, AttributeValue>) => (raw ? unmarshall(raw) : undefined);
  return { oldImage: image(record.dynamodb?.OldImage), newImage: image(record.dynamodb?.NewImage) };
}
const entityOf = (image: Image | undefined) => (image?.__edb_e__ as string | undefined) ?? undefined;
const text = (image: Image | undefined, name: string) => (typeof image?.[name] === "string" ? (image[name] as string) : undefined);
const changed = (change: TableChange, names: string[]) => names.some((name) => JSON.stringify(change.oldImage?.[name]) !== JSON.stringify(change.newImage?.[name]));

/** The people and topics a batch of changes touches. */
export async function subjectsOf(ctx: AppContext, changes: TableChange[]) {
  const staff = new Set<string>();
  const topics = new Set<string>();
  const either = (change: TableChange, name: string) => [text(change.oldImage, name), text(change.newImage, name)].filter((v): v is string => Boolean(v));
  for (const change of changes) {
    const image = change.newImage ?? change.oldImage;
    switch (entityOf(image)) {
      case "staff":
        either(change, "id").forEach((id) => staff.add(id));
        // A new supervisor, or someone leaving or coming back, moves everyone below in the hierarchy.
        if (changed(change, ["supervisorId", "active"]) || !change.oldImage || !change.newImage) {
          for (const id of either(change, "id")) for (const below of await descendantsOf(ctx, id)) staff.add(below);
        }
        break;
      case "ledgerEntry":
      case "evaluation":
        either(change, "staffId").forEach((id) => staff.add(id));
        break;
      case "enrollment": {
        either(change, "staffId").forEach((id) => staff.add(id));
        // A seat freed or a place taken moves the others' waitlist places.
        if (changed(change, ["status"])) {
          const courseId = text(image, "courseId")!;
          const { data } = await ctx.db.entities.enrollment.query.byCourseStatus({ courseId, status: "waitlisted" }).go({ pages: "all", attributes: ["staffId"] });
          data.forEach((w) => staff.add(w.staffId));
        }
        break;
      }
      case "course":
        if (changed(change, ["jp", "category", "status"])) {
          const { data } = await ctx.db.entities.enrollment.query.byCourse({ courseId: text(image, "id")! }).go({ pages: "all", attributes: ["staffId"] });
          data.forEach((en) => staff.add(en.staffId));
        }
        break;
      case "mentorship":
        [...either(change, "menteeId"), ...either(change, "mentorId")].forEach((id) => staff.add(id));
        break;
      case "mentorshipSession": {
        const { data } = await ctx.db.entities.mentorship.get({ id: text(image, "mentorshipId")! }).go({ attributes: ["menteeId", "mentorId"] });
        if (data) [data.menteeId, data.mentorId].forEach((id) => staff.add(id));
        break;
      }
      case "topic":
        either(change, "id").forEach((id) => topics.add(id));
        break;
      default:
        // Everything else (sessions, notifications, the figures themselves...) shows on no dashboard.
        break;
    }
  }
  return { staff: [...staff], topics: [...topics] };
}

/** Refreshes what a batch of changes touches; returns how many figures changed. */
export async function applyChanges(ctx: AppContext, changes: TableChange[]): Promise<{ subjects: number; changed: number }> {
  const { staff, topics } = await subjectsOf(ctx, changes);
  let count = 0;
  // One at a time: the subjects of a batch often share a unit, whose counters every write moves.
  for (const id of staff) if (await refreshStaff(ctx, id)) count++;
  for (const id of topics) if (await refreshTopic(ctx, id)) count++;
  return { subjects: staff.length + topics.length, changed: count };
}
