import { randomUUID } from "node:crypto";
import { isAdmin, type Actor, type PendingSession } from "../actor";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { getMentorRecord, mentorCompetencies, seatWrites } from "../mentors/mentors";
import { notificationItem } from "../notifications/notifications";
import { pageWith } from "../paging";
import { getStaffRecord, type StaffRecord } from "../staff/staff";
import { writeTogether, type CancellationCodes, type TransactionEntities } from "../transaction";
import type { MentorshipAction, MentorshipStatus, NotificationType } from "../values";
import type { ListMentorshipsQuery, Mentorship, MentorshipGoal, RequestMentorshipInput } from "./mentorships.schemas";

export type MentorshipRecord = Item<"mentorship">;

const DAY = 86_400_000;
/** A request unanswered this long has expired. */
export const REQUEST_DAYS = 14;
/** Open (unanswered) requests one mentee may have at once. */
export const MAX_OPEN_REQUESTS = 3;

const OPEN = "open";
const pairLock = (mentorId: string) => `pair#${mentorId}`;
const competencyLock = (competencyId: string) => `competency#${competencyId}`;

const answerBy = (record: Pick<MentorshipRecord, "requestedAt">) => new Date(Date.parse(record.requestedAt) + REQUEST_DAYS * DAY).toISOString();
/** Unanswered past its 14 days: expired, whether or not the daily job has recorded it yet. */
const isStale = (ctx: AppContext, record: MentorshipRecord) => record.status === "requested" && ctx.now().toISOString() >= answerBy(record);

export function toMentorship(ctx: AppContext, record: MentorshipRecord): Mentorship {
  return {
    id: record.id,
    kind: record.kind,
    status: isStale(ctx, record) ? "expired" : record.status,
    mentee: { id: record.menteeId, name: record.menteeName, unitName: record.menteeUnitName },
    mentor: { id: record.mentorId, name: record.mentorName, unitName: record.mentorUnitName },
    competencyIds: record.competencyIds as string[],
    goals: record.goals as MentorshipGoal[],
    weeks: record.weeks,
    message: record.message,
    reason: record.reason ?? null,
    requestedAt: record.requestedAt,
    answerBy: record.status === "requested" ? answerBy(record) : null,
    startedAt: record.startedAt ?? null,
    endsAt: record.endsAt ?? null,
    endedAt: record.endedAt ?? null,
  };
}

async function getMentorshipRecord(ctx: AppContext, id: string): Promise<MentorshipRecord> {
  const { data } = await ctx.db.entities.mentorship.get({ id }).go();
  if (!data) throw notFound("Mentorship");
  return data;
}

/** Writes of a notification to one party about a relation, named by the event so it is sent once. */
function tell(ctx: AppContext, entities: TransactionEntities, record: MentorshipRecord, to: "mentee" | "mentor", type: NotificationType, extra: Record<string, string> = {}) {
  const name = to === "mentee" ? record.mentorName : record.menteeName;
  const staffId = to === "mentee" ? record.menteeId : record.mentorId;
  return entities.notification
    .put(notificationItem(ctx, { staffId, id: `mentorship:${record.id}:${type}`, type, params: { name, kind: record.kind, ...extra }, link: `/mentoring/${record.id}` }))
    .commit();
}

class Cancelled extends Error {
  constructor(readonly codes: CancellationCodes) {
    super("mentorship transaction cancelled");
  }
}
type Build = (entities: TransactionEntities) => ReturnType<Parameters<typeof writeTogether>[1]>;
/** Writes in one transaction: null when written, else DynamoDB's reasons per item. */
const attempt = (ctx: AppContext, build: Build): Promise<CancellationCodes | null> =>
  writeTogether(ctx, build, (codes) => new Cancelled(codes)).then(
    () => null,
    (error) => {
      if (error instanceof Cancelled) return error.codes;
      throw error;
    },
  );
const failed = (codes: CancellationCodes, index: number) => codes[index] === "ConditionalCheckFailed";
const changedMeanwhile = () => new AppError(409, "invalid_transition", "The mentorship changed meanwhile; reload it");

function newRecord(ctx: AppContext, input: RequestMentorshipInput, mentee: StaffRecord, mentor: StaffRecord): MentorshipRecord {
  const now = ctx.now().toISOString();
  return {
    id: randomUUID(),
    kind: input.kind,
    status: "requested",
    menteeId: mentee.id,
    menteeName: mentee.name,
    menteeUnitName: mentee.unitName,
    menteeSupervisorId: mentee.supervisorId,
    mentorId: mentor.id,
    mentorName: mentor.name,
    mentorUnitName: mentor.unitName,
    mentorSupervisorId: mentor.supervisorId,
    competencyIds: input.competencyIds,
    goals: input.goals.map((goal, index) => ({ id: `g${index + 1}`, ...goal })),
    weeks: input.weeks,
    message: input.message,
    requestedAt: now,
    watchAt: now,
    updatedAt: now,
  };
}

/** What accepting (or starting coaching) sets: active from now for the agreed weeks. */
function activeFrom(ctx: AppContext, record: Pick<MentorshipRecord, "weeks">) {
  const now = ctx.now();
  const endsAt = new Date(now.getTime() + record.weeks * 7 * DAY).toISOString();
  return { status: "active" as const, startedAt: now.toISOString(), endsAt, watchAt: endsAt, updatedAt: now.toISOString() };
}

/** Refuses when the mentee already has an active relation in one of the competencies (read first; the locks decide). */
async function assertCompetenciesFree(ctx: AppContext, menteeId: string, competencyIds: string[]) {
  const { data } = await ctx.db.entities.mentorshipLock.query.byStaff({ staffId: menteeId }).begins({ lock: "competency#" }).go();
  const taken = data.filter((l) => competencyIds.includes(l.lock.slice("competency#".length)));
  if (taken.length) throw competencyTaken();
}
const competencyTaken = () => new AppError(409, "competency_in_mentorship", "An active mentorship already covers one of these competencies");

/**
 * Starts a relation. Mentoring: the signed-in mentee asks a mentor, who answers within 14 days;
 * never oneself, never one's own direct supervisor (that is coaching), only in competencies the
 * mentor offers, one open request per mentor and at most three open requests at once (guards
 * written in the same transaction, so this holds under concurrency). Coaching: the direct
 * supervisor starts it for a member of their own team; it is active at once and the member told.
 */
export async function requestMentorship(ctx: AppContext, actor: Actor, input: RequestMentorshipInput): Promise<Mentorship> {
  if (input.kind === "coaching") return startCoaching(ctx, actor, input);
  const mentorId = input.mentorId!;
  if (mentorId === actor.id) throw new AppError(422, "self_mentoring", "Nobody can mentor themselves");
  const [mentee, mentor, profile] = await Promise.all([
    getStaffRecord(ctx, actor.id),
    getStaffRecord(ctx, mentorId).catch((error) => {
      throw error instanceof AppError && error.status === 404 ? notFound("Mentor") : error;
    }),
    getMentorRecord(ctx, mentorId),
  ]);
  if (mentee.supervisorId === mentorId) throw new AppError(422, "supervisor_is_coach", "Guidance by one's direct supervisor is coaching, which the supervisor starts");
  if (!profile || !mentor.active) throw notFound("Mentor");
  if (!profile.available) throw new AppError(409, "mentor_unavailable", "This mentor takes no new mentees now");
  const offered = new Set(mentorCompetencies(profile).map((c) => c.competencyId));
  const unknown = input.competencyIds.filter((id) => !offered.has(id));
  if (unknown.length) throw new AppError(422, "not_mentor_competency", `This mentor does not mentor in ${unknown.join(", ")}`, { competencyIds: unknown });
  if (profile.taken >= profile.capacity) throw mentorFull();
  // Requests past their 14 days free their places first.
  await expireStaleRequests(ctx, actor.id);
  await assertCompetenciesFree(ctx, actor.id, input.competencyIds);

  const record = newRecord(ctx, input, mentee, mentor);
  await writeTogether(
    ctx,
    (entities) => [
      entities.mentorship.create(record).commit(),
      entities.mentorshipLock
        .update({ staffId: actor.id, lock: OPEN })
        .add({ count: 1 })
        .where(({ count }, { notExists, lt }) => `(${notExists(count)} OR ${lt(count, MAX_OPEN_REQUESTS)})`)
        .commit(),
      entities.mentorshipLock.create({ staffId: actor.id, lock: pairLock(mentorId), mentorshipId: record.id }).commit(),
      tell(ctx, entities, record, "mentor", "mentorship_requested"),
    ],
    (codes) => {
      if (failed(codes, 1)) return new AppError(409, "request_limit", `At most ${MAX_OPEN_REQUESTS} open requests at once; withdraw one first`, { max: MAX_OPEN_REQUESTS });
      if (failed(codes, 2)) return new AppError(409, "request_exists", "There is already an open request to this mentor");
      return new AppError(409, "conflict", "Please try again");
    },
  );
  return toMentorship(ctx, record);
}

const mentorFull = () => new AppError(409, "mentor_full", "This mentor has no free seat");

async function startCoaching(ctx: AppContext, actor: Actor, input: RequestMentorshipInput): Promise<Mentorship> {
  const menteeId = input.menteeId!;
  if (input.mentorId && input.mentorId !== actor.id) throw forbidden("Coaching is started by the coach, the direct supervisor");
  if (menteeId === actor.id) throw new AppError(422, "self_mentoring", "Nobody can coach themselves");
  const [mentee, coach] = await Promise.all([getStaffRecord(ctx, menteeId), getStaffRecord(ctx, actor.id)]);
  if (mentee.supervisorId !== actor.id) throw forbidden("Coaching is for the direct supervisor of a team member");
  await assertCompetenciesFree(ctx, menteeId, input.competencyIds);
  const record: MentorshipRecord = { ...newRecord(ctx, input, mentee, coach), ...activeFrom(ctx, input) };
  await writeTogether(
    ctx,
    (entities) => [
      entities.mentorship.create(record).commit(),
      ...input.competencyIds.map((id) => entities.mentorshipLock.create({ staffId: menteeId, lock: competencyLock(id), mentorshipId: record.id }).commit()),
      tell(ctx, entities, record, "mentee", "coaching_started"),
    ],
    (codes) => (codes.slice(1).some((code) => code === "ConditionalCheckFailed") ? competencyTaken() : new AppError(409, "conflict", "Please try again")),
  );
  await withdrawOverlapping(ctx, record);
  return toMentorship(ctx, record);
}

type Ending = { status: Extract<MentorshipStatus, "declined" | "withdrawn" | "expired">; by: string; tellTo: "mentee" | "mentor"; type: NotificationType; reason?: string };

/**
 * Ends an open request (declined, withdrawn or expired) with its guards released, in one
 * transaction; false when it was no longer open.
 */
async function endRequest(ctx: AppContext, record: MentorshipRecord, ending: Ending): Promise<boolean> {
  const now = ctx.now().toISOString();
  const codes = await attempt(ctx, (entities) => [
    entities.mentorship
      .patch({ id: record.id })
      .set({ status: ending.status, watchAt: now, endedAt: now, endedBy: ending.by, updatedAt: now, ...(ending.reason ? { reason: ending.reason } : {}) })
      .where(({ status }, { eq }) => eq(status, "requested"))
      .commit(),
    entities.mentorshipLock.patch({ staffId: record.menteeId, lock: OPEN }).add({ count: -1 }).commit(),
    entities.mentorshipLock.delete({ staffId: record.menteeId, lock: pairLock(record.mentorId) }).commit(),
    tell(ctx, entities, record, ending.tellTo, ending.type, ending.reason ? { reason: ending.reason } : {}),
  ]);
  if (codes && !failed(codes, 0)) throw new AppError(409, "conflict", "Please try again");
  return !codes;
}

const expire = (ctx: AppContext, record: MentorshipRecord) =>
  endRequest(ctx, record, { status: "expired", by: "scheduler", tellTo: "mentee", type: "mentorship_expired" });

/** Records the expiry of one mentee's requests past their 14 days (one Query of their relations). */
async function expireStaleRequests(ctx: AppContext, menteeId: string) {
  const { data } = await ctx.db.entities.mentorship.query
    .byMentee({ menteeId })
    .where(({ status }, { eq }) => eq(status, "requested"))
    .go({ pages: "all" });
  for (const record of data.filter((r) => isStale(ctx, r))) await expire(ctx, record);
}

/**
 * For the daily job: records the expiry of every request unanswered for 14 days, telling the
 * mentee. Reads only the requests that are due (the status index by request time); safe to
 * run twice or at once. Answers how many it expired.
 */
export async function expireMentorshipRequests(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - REQUEST_DAYS * DAY).toISOString();
  const { data } = await ctx.db.entities.mentorship.query.byStatusWatch({ status: "requested" }).lte({ watchAt: cutoff }).go({ pages: "all" });
  let expired = 0;
  for (const record of data) if (await expire(ctx, record)) expired++;
  return expired;
}

/** After a relation starts: the mentee's other open requests in the same competencies are withdrawn, their mentors told. */
async function withdrawOverlapping(ctx: AppContext, started: MentorshipRecord) {
  const { data } = await ctx.db.entities.mentorship.query
    .byMentee({ menteeId: started.menteeId })
    .where(({ status }, { eq }) => eq(status, "requested"))
    .go({ pages: "all" });
  const ids = started.competencyIds as string[];
  for (const other of data) {
    if (other.id === started.id || !(other.competencyIds as string[]).some((id) => ids.includes(id))) continue;
    await endRequest(ctx, other, { status: "withdrawn", by: started.menteeId, tellTo: "mentor", type: "mentorship_withdrawn" });
  }
}

/**
 * Writes a state change of a relation that takes (`delta` 1) or frees (-1) a seat of the mentor,
 * in one transaction with the mentor record as read: concurrent changes never put a mentor over
 * capacity. When the mentor record moved on meanwhile (another accept, a profile change), it is
 * read again and the change tried anew. `build` writes the relation's own items first; `refuse`
 * turns their failures into an answer. Coaching takes no seat (`delta` 0).
 */
async function withSeat(ctx: AppContext, record: MentorshipRecord, delta: 1 | -1 | 0, build: (entities: TransactionEntities, now: string) => ReturnType<Build>, refuse: (codes: CancellationCodes) => void) {
  for (let round = 0; round < 50; round++) {
    const mentor = delta ? await getMentorRecord(ctx, record.mentorId) : null;
    if (delta > 0 && (!mentor || mentor.taken >= mentor.capacity)) throw mentorFull();
    const now = ctx.now().toISOString();
    const codes = await attempt(ctx, (entities) => [...build(entities, now), ...(mentor && (delta > 0 || mentor.taken > 0) ? seatWrites(entities, mentor, delta as 1 | -1, now) : [])]);
    if (!codes) return;
    refuse(codes);
  }
  throw new AppError(409, "conflict", "The mentor is busy; try again");
}

/**
 * The mentor accepts: the relation becomes active with a seat of the mentor's capacity and the
 * mentee's guards (open count, the pair, one active relation per competency) in one
 * transaction; the accepts too late for a seat get `mentor_full`.
 */
const accept = (ctx: AppContext, record: MentorshipRecord) =>
  withSeat(
    ctx,
    record,
    1,
    (entities) => [
      entities.mentorship
        .patch({ id: record.id })
        .set(activeFrom(ctx, record))
        .where(({ status }, { eq }) => eq(status, "requested"))
        .commit(),
      tell(ctx, entities, record, "mentee", "mentorship_accepted"),
      entities.mentorshipLock.patch({ staffId: record.menteeId, lock: OPEN }).add({ count: -1 }).commit(),
      entities.mentorshipLock.delete({ staffId: record.menteeId, lock: pairLock(record.mentorId) }).commit(),
      ...(record.competencyIds as string[]).map((id) => entities.mentorshipLock.create({ staffId: record.menteeId, lock: competencyLock(id), mentorshipId: record.id }).commit()),
    ],
    (codes) => {
      if (failed(codes, 0)) throw changedMeanwhile();
      if (codes.slice(4).some((code, index) => code === "ConditionalCheckFailed" && index < (record.competencyIds as string[]).length)) throw competencyTaken();
    },
  );

/** Ends an active relation (completed or cancelled), freeing the mentor's seat and the mentee's competencies. */
const endActive = (ctx: AppContext, actor: Actor, record: MentorshipRecord, status: "completed" | "cancelled", reason?: string) =>
  withSeat(
    ctx,
    record,
    record.kind === "mentoring" ? -1 : 0,
    (entities, now) => [
      entities.mentorship
        .patch({ id: record.id })
        .set({ status, watchAt: now, endedAt: now, endedBy: actor.id, updatedAt: now, ...(reason ? { reason } : {}) })
        .where(({ status: current }, { eq }) => eq(current, "active"))
        .commit(),
      tell(ctx, entities, record, actor.id === record.menteeId ? "mentor" : "mentee", status === "completed" ? "mentorship_completed" : "mentorship_cancelled", reason ? { reason } : {}),
      ...(record.competencyIds as string[]).map((id) => entities.mentorshipLock.delete({ staffId: record.menteeId, lock: competencyLock(id) }).commit()),
    ],
    (codes) => {
      if (failed(codes, 0)) throw changedMeanwhile();
    },
  );

const mayAct: Record<MentorshipAction, { from: MentorshipStatus; who: "mentor" | "mentee" | "either" }> = {
  accept: { from: "requested", who: "mentor" },
  decline: { from: "requested", who: "mentor" },
  withdraw: { from: "requested", who: "mentee" },
  cancel: { from: "active", who: "either" },
  complete: { from: "active", who: "either" },
};

/**
 * A party moves the relation on: the mentor accepts or declines (with a reason) a request, the
 * mentee withdraws it; either party completes or cancels (with a reason) an active one. A
 * request past its 14 days is recorded as expired and refused with `request_expired`.
 */
export async function changeMentorship(ctx: AppContext, actor: Actor, id: string, action: MentorshipAction, reason?: string): Promise<Mentorship> {
  const record = await getMentorshipRecord(ctx, id);
  const rule = mayAct[action];
  const isParty = (rule.who !== "mentor" && actor.id === record.menteeId) || (rule.who !== "mentee" && actor.id === record.mentorId);
  if (!isParty) throw forbidden(rule.who === "either" ? "Only the mentor and the mentee may do this" : `Only the ${rule.who} may ${action} this`);
  if (record.status !== rule.from) throw new AppError(409, "invalid_transition", `A ${record.status} mentorship cannot be ${action}ed`, { status: record.status });
  if (isStale(ctx, record)) {
    await expire(ctx, record);
    throw new AppError(409, "request_expired", "This request went unanswered for 14 days and has expired");
  }
  if (action === "accept") {
    await accept(ctx, record);
    await withdrawOverlapping(ctx, record);
  } else if (action === "decline" || action === "withdraw") {
    const ended = await endRequest(
      ctx,
      record,
      action === "decline"
        ? { status: "declined", by: actor.id, tellTo: "mentee", type: "mentorship_declined", reason }
        : { status: "withdrawn", by: actor.id, tellTo: "mentor", type: "mentorship_withdrawn" },
    );
    if (!ended) throw changedMeanwhile();
  } else {
    await endActive(ctx, actor, record, action === "complete" ? "completed" : "cancelled", reason);
  }
  return toMentorship(ctx, await getMentorshipRecord(ctx, id));
}

/** The parties, their supervisors and admins may see a relation. */
export async function getMentorship(ctx: AppContext, session: PendingSession, id: string): Promise<Mentorship> {
  const reading = getMentorshipRecord(ctx, id);
  reading.catch(() => {});
  const actor = await session.actor;
  const record = await reading;
  const parties = [record.menteeId, record.mentorId, record.menteeSupervisorId, record.mentorSupervisorId];
  if (!parties.includes(actor.id) && !isAdmin(actor)) throw forbidden("Only the parties, their supervisors and admins see a mentorship");
  return toMentorship(ctx, record);
}

/**
 * The signed-in person's relations as mentee or as mentor, newest first, paged by cursor; a
 * status filter reads requests past their 14 days as expired.
 */
export async function listMentorships(ctx: AppContext, session: PendingSession, query: ListMentorshipsQuery) {
  const cutoff = new Date(ctx.now().getTime() - REQUEST_DAYS * DAY).toISOString();
  const reading = pageWith(query.cursor, (cursor) => {
    const { byMentee, byMentor } = ctx.db.entities.mentorship.query;
    // Both indexes read the same entity: one type serves for the filter.
    const index = (query.as === "mentor" ? byMentor({ mentorId: session.staffId }) : byMentee({ menteeId: session.staffId })) as ReturnType<typeof byMentee>;
    const wanted = query.status;
    const filtered = wanted
      ? index.where(({ status, requestedAt }, { eq, gt, lte }) => {
          // Only what is used may be named: ElectroDB registers each attribute as it is mentioned.
          if (wanted === "requested") return `${eq(status, "requested")} AND ${gt(requestedAt, cutoff)}`;
          if (wanted === "expired") return `(${eq(status, "expired")} OR (${eq(status, "requested")} AND ${lte(requestedAt, cutoff)}))`;
          return eq(status, wanted as MentorshipStatus);
        })
      : index;
    return filtered.go({ order: "desc", limit: query.limit, cursor });
  });
  reading.catch(() => {});
  await session.actor;
  const page = await reading;
  return { items: page.data.map((record) => toMentorship(ctx, record)), cursor: page.cursor };
}
