import type { Actor, PendingSession } from "../actor";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, forbidden } from "../errors";
import { writeTogether } from "../transaction";
import { DAY_MS } from "../time";
import { assertMaySee, getMentorshipRecord, partyOf, type MentorshipRecord } from "../mentorships/mentorships";
import type { MentorshipRole } from "../values";
import type { FeedbackInput, MentorshipFeedback } from "./mentorship-feedback.schemas";

type FeedbackRecord = Item<"mentorshipFeedback">;

/** Each side's rating stays hidden from the other until both have answered or this long after completion. */
export const FEEDBACK_HIDDEN_DAYS = 14;

const revealsAt = (record: MentorshipRecord) => new Date(Date.parse(record.endedAt!) + FEEDBACK_HIDDEN_DAYS * DAY_MS).toISOString();
const entry = (f: FeedbackRecord) => ({ from: f.from, rating: f.rating, comment: f.comment, createdAt: f.createdAt });

/**
 * What the viewer sees of a relation's feedback: their own answer, and the rest only once both
 * sides have answered or 14 days have passed since completion (supervisors and admins too).
 */
function view(ctx: AppContext, record: MentorshipRecord, items: FeedbackRecord[], viewer: MentorshipRole | null): MentorshipFeedback {
  const completed = record.status === "completed";
  const open = completed && (items.length === 2 || ctx.now().toISOString() >= revealsAt(record));
  return {
    entries: items.filter((f) => open || f.from === viewer).map(entry),
    given: items.map((f) => f.from),
    revealsAt: completed && !open ? revealsAt(record) : null,
    // Once the answers show, a side that has not answered can no longer rate blind: feedback closes.
    canGive: completed && !open && !!viewer && !items.some((f) => f.from === viewer),
  };
}

async function feedbackOf(ctx: AppContext, mentorshipId: string) {
  const { data } = await ctx.db.entities.mentorshipFeedback.query.byMentorship({ mentorshipId }).go();
  return data;
}

/** The feedback of a relation as the viewer may see it (who may see the relation). */
export async function getFeedback(ctx: AppContext, session: PendingSession, mentorshipId: string): Promise<MentorshipFeedback> {
  const reading = Promise.all([getMentorshipRecord(ctx, mentorshipId), feedbackOf(ctx, mentorshipId)]);
  reading.catch(() => {});
  const actor = await session.actor;
  const [record, items] = await reading;
  assertMaySee(record, actor);
  return view(ctx, record, items, partyOf(record, actor));
}

/**
 * Each party rates a completed relation once, 1-5 with a comment. The mentee's rating is added
 * to the mentor's sum and count in the same transaction, so the average never counts one twice.
 */
export async function giveFeedback(ctx: AppContext, actor: Actor, mentorshipId: string, input: FeedbackInput): Promise<MentorshipFeedback> {
  const record = await getMentorshipRecord(ctx, mentorshipId);
  const side = partyOf(record, actor);
  if (!side) throw forbidden("Only the mentor and the mentee give feedback");
  if (record.status !== "completed") throw new AppError(409, "feedback_not_open", "Feedback is given once the relation is completed", { status: record.status });
  const before = await feedbackOf(ctx, mentorshipId);
  const mine = before.find((f) => f.from === side);
  if (!mine && ctx.now().toISOString() >= revealsAt(record)) {
    throw new AppError(409, "feedback_closed", "Feedback closed 14 days after completion, when the answers became visible", { closedAt: revealsAt(record) });
  }
  const item: FeedbackRecord = { mentorshipId, from: side, staffId: actor.id, rating: input.rating, comment: input.comment, createdAt: ctx.now().toISOString() };
  const written = await writeTogether(
    ctx,
    ({ mentorshipFeedback, mentorRating }) => [
      mentorshipFeedback.create(item).commit(),
      // A mentor's average is made of mentees' ratings of mentoring; coaching rates the supervisor's coaching.
      ...(side === "mentee" && record.kind === "mentoring" ? [mentorRating.upsert({ staffId: record.mentorId }).add({ sum: input.rating, count: 1 }).commit()] : []),
    ],
    () => new AppError(409, "feedback_given", "You have already given your feedback"),
  ).then(
    () => true,
    (error) => {
      if (error instanceof AppError && error.code === "feedback_given") return false;
      throw error;
    },
  );
  if (!written) {
    const items = await feedbackOf(ctx, mentorshipId);
    const mine = items.find((f) => f.from === side);
    // A retry of the same answer is answered as written; a second, different one is refused.
    if (!mine || mine.rating !== input.rating || mine.comment !== input.comment) throw new AppError(409, "feedback_given", "You have already given your feedback");
    return view(ctx, record, items, side);
  }
  return view(ctx, record, await feedbackOf(ctx, mentorshipId), side);
}
