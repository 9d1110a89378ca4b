import { randomUUID } from "node:crypto";
import { isAdmin, type Actor, type PendingSession } from "../actor";
import { getAllByKeys } from "../batch";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { getMentorRecord, mentorCompetencies, seatWrites } from "../mentors/mentors";
import { notificationItem } from "../notifications/notifications";
import { pageWith } from "../paging";
import { sendSafely } from "../mail";
import { contactsByIds, getStaffRecord, type StaffRecord } from "../staff/staff";
import { mentoringPlanItem } from "../plans/plans";
import { isConditionFailure, writeTogether, type CancellationCodes, type TransactionEntities } from "../transaction";
import type { MentorshipAction, MentorshipRole, MentorshipStatus, NotificationType } from "../values";
import type { ListMentorshipsQuery, MentoringOverview, Mentorship, MentorshipGoal, RequestMentorshipInput } from "./mentorships.schemas";

type PlanItemLink = { evaluationId: string; itemId: string };

export type MentorshipRecord = Item<"mentorship">;

const DAY = 86_400_000;
/** A request unanswered this long has expired. */
export const REQUEST_DAYS = 14;
/** The mentor is reminded of a request waiting this long. */
export const WAITING_DAYS = 3;
/** Both parties are told when an active relation has had no session this long. */
export const QUIET_DAYS = 30;
/** Open (unanswered) requests one mentee may have at once. */
export const MAX_OPEN_REQUESTS = 3;

const OPEN = "open";
const pairLock = (mentorId: string) => `pair#${mentorId}`;
const competencyLock = (competencyId: string) => `competency#${competencyId}`;

const answerBy = (record: Pick<MentorshipRecord, "requestedAt">) => new Date(Date.parse(record.requestedAt) + REQUEST_DAYS * DAY).toISOString();
/** Unanswered past its 14 days: expired, whether or not the daily job has recorded it yet. */
const isStale = (ctx: AppContext, record: MentorshipRecord) => record.status === "requested" && ctx.now().toISOString() >= answerBy(record);

/** The state changes `viewer` may ask for now (none for a request past its 14 days). */
function movesOf(ctx: AppContext, record: MentorshipRecord, viewer: string | undefined): MentorshipAction[] {
  if (!viewer || isStale(ctx, record)) return [];
  return (Object.keys(mayAct) as MentorshipAction[]).filter((action) => {
    const rule = mayAct[action];
    return record.status === rule.from && ((rule.who !== "mentor" && viewer === record.menteeId) || (rule.who !== "mentee" && viewer === record.mentorId));
  });
}

export function toMentorship(ctx: AppContext, record: MentorshipRecord, viewer?: string): Mentorship {
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
    lastSessionAt: record.lastSessionAt ?? null,
    creditedJp: record.creditedJp ?? null,
    planItem: (record.planItem as Mentorship["planItem"] | undefined) ?? null,
    can: movesOf(ctx, record, viewer),
  };
}

export async function getMentorshipRecord(ctx: AppContext, id: string): Promise<MentorshipRecord> {
  const { data } = await ctx.db.entities.mentorship.get({ id }).go();
  if (!data) throw notFound("Mentorship");
  return data;
}

/** Which side of the relation the actor is on, if any. */
export const partyOf = (record: Pick<MentorshipRecord, "menteeId" | "mentorId">, actor: Pick<Actor, "id">): MentorshipRole | null =>
  actor.id === record.menteeId ? "mentee" : actor.id === record.mentorId ? "mentor" : null;

/** The parties, their supervisors and admins may see a relation. */
export function assertMaySee(record: MentorshipRecord, actor: Actor) {
  const parties = [record.menteeId, record.mentorId, record.menteeSupervisorId, record.mentorSupervisorId];
  if (!parties.includes(actor.id) && !isAdmin(actor)) throw forbidden("Only the parties, their supervisors and admins see a mentorship");
}

/**
 * The notification to one party about a relation, for the transaction of the change. Its id
 * names the event (and `occasion`, for events that recur), so it is written once.
 */
export function tell(ctx: AppContext, entities: TransactionEntities, record: MentorshipRecord, to: MentorshipRole, type: NotificationType, extra: Record<string, string> = {}, occasion?: string) {
  const name = to === "mentee" ? record.mentorName : record.menteeName;
  const staffId = to === "mentee" ? record.menteeId : record.mentorId;
  const id = `mentorship:${record.id}:${type}${occasion ? `:${occasion}` : ""}`;
  return entities.notification.put(notificationItem(ctx, { staffId, id, type, params: { name, kind: record.kind, ...extra }, link: `/mentoring/${record.id}` })).commit();
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
    watchAt: requestWatch(now, false),
    updatedAt: now,
  };
}

/** The daily job's next moment for a request: the mentor's reminder after 3 days, then the expiry after 14. */
const requestWatch = (requestedAt: string, reminded: boolean) => new Date(Date.parse(requestedAt) + (reminded ? REQUEST_DAYS : WAITING_DAYS) * DAY).toISOString();

/** No further moment: the job has nothing more to say about the relation in this status. */
const NEVER = "9999-12-31T00:00:00.000Z";

type Watched = Pick<MentorshipRecord, "startedAt" | "endsAt" | "lastSessionAt" | "quietToldAt" | "dueToldAt">;
/**
 * The daily job's next moment for an active relation: 30 days after the latest of its start,
 * its latest session and the last quiet-days notice; or its end date when sooner, until both
 * have been asked to complete it.
 */
export function nextActiveWatch(record: Watched): string {
  const since = [record.startedAt!, record.lastSessionAt, record.quietToldAt].filter((t): t is string => !!t).sort().at(-1)!;
  const quiet = new Date(Date.parse(since) + QUIET_DAYS * DAY).toISOString();
  return !record.dueToldAt && record.endsAt! < quiet ? record.endsAt! : quiet;
}

/** What accepting (or starting coaching) sets: active from now for the agreed weeks. */
function activeFrom(ctx: AppContext, record: Pick<MentorshipRecord, "weeks">) {
  const now = ctx.now();
  const startedAt = now.toISOString();
  const endsAt = new Date(now.getTime() + record.weeks * 7 * DAY).toISOString();
  return { status: "active" as const, startedAt, endsAt, watchAt: nextActiveWatch({ startedAt, endsAt }), updatedAt: startedAt };
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

  const record = { ...newRecord(ctx, input, mentee, mentor), ...(await planLink(ctx, mentee.id, input)) };
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
  return toMentorship(ctx, record, actor.id);
}

/** The plan item a relation is asked to answer: the mentee's own, its action mentoring, in one of the relation's competencies. */
async function planLink(ctx: AppContext, menteeId: string, input: { competencyIds: string[]; planItem?: PlanItemLink }) {
  if (!input.planItem) return {};
  const item = await mentoringPlanItem(ctx, menteeId, input.planItem.evaluationId, input.planItem.itemId);
  if (!input.competencyIds.includes(item.competencyId)) {
    throw new AppError(422, "invalid_plan_item", "The plan item's competency is not one of the relation's", { issues: [{ path: "planItem", message: item.competencyId }] });
  }
  return { planItem: input.planItem };
}

/** The mentee links a request or a running relation to an item of their development plan. */
export async function linkPlanItem(ctx: AppContext, actor: Actor, id: string, link: PlanItemLink): Promise<Mentorship> {
  const record = await getMentorshipRecord(ctx, id);
  if (actor.id !== record.menteeId) throw forbidden("The mentee links their own plan");
  if (record.status !== "requested" && record.status !== "active") throw new AppError(409, "invalid_transition", `A ${record.status} mentorship takes no plan link`, { status: record.status });
  const { planItem } = await planLink(ctx, record.menteeId, { competencyIds: record.competencyIds as string[], planItem: link });
  await ctx.db.entities.mentorship
    .patch({ id })
    .set({ planItem, updatedAt: ctx.now().toISOString() })
    .where(({ status }, { eq }) => eq(status, record.status))
    .go()
    .catch((error) => {
      throw isConditionFailure(error) ? changedMeanwhile() : error;
    });
  return toMentorship(ctx, await getMentorshipRecord(ctx, id), actor.id);
}

const mentorFull = () => new AppError(409, "mentor_full", "This mentor has no free seat");

async function startCoaching(ctx: AppContext, actor: Actor, input: RequestMentorshipInput): Promise<Mentorship> {
  const menteeId = input.menteeId!;
  if (input.mentorId && input.mentorId !== actor.id) throw forbidden("Coaching is started by the coach, the direct supervisor");
  if (menteeId === actor.id) throw new AppError(422, "self_mentoring", "Nobody can coach themselves");
  const [mentee, coach] = await Promise.all([getStaffRecord(ctx, menteeId), getStaffRecord(ctx, actor.id)]);
  if (mentee.supervisorId !== actor.id) throw forbidden("Coaching is for the direct supervisor of a team member");
  await assertCompetenciesFree(ctx, menteeId, input.competencyIds);
  const record: MentorshipRecord = { ...newRecord(ctx, input, mentee, coach), ...activeFrom(ctx, input), ...(await planLink(ctx, mentee.id, input)) };
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
  return toMentorship(ctx, record, actor.id);
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

/** What the daily job says to each party, in Bahasa Indonesia (the e-mail; the app renders its own). */
const nudgeText: Record<"mentorship_request_waiting" | "mentorship_expired" | "mentorship_no_session" | "mentorship_due", (r: MentorshipRecord, to: MentorshipRole) => string> = {
  mentorship_request_waiting: (r) => `Permintaan ${r.kind} dari ${r.menteeName} menunggu jawaban Anda sejak ${WAITING_DAYS} hari.`,
  mentorship_expired: (r) => `Permintaan ${r.kind} Anda kepada ${r.mentorName} tidak dijawab dalam ${REQUEST_DAYS} hari dan telah kedaluwarsa.`,
  mentorship_no_session: (r, to) => `Belum ada sesi ${r.kind} dengan ${to === "mentee" ? r.mentorName : r.menteeName} selama ${QUIET_DAYS} hari.`,
  mentorship_due: (r, to) => `Masa ${r.kind} dengan ${to === "mentee" ? r.mentorName : r.menteeName} telah berakhir; mohon tandai selesai dan beri umpan balik.`,
};

/**
 * The daily mentoring job (08:05 WITA). It reads only the relations whose moment has come (the
 * status index up to now, never a Scan): reminds the mentor of a request waiting 3 days,
 * expires requests unanswered for 14, tells both parties of an active relation with no session
 * for 30 days, and asks both to complete one past its end date. Each notice is written in one
 * transaction with the relation's next moment, on the condition that the moment is still the
 * one read, so two runs at once or one after the other send each notice once; the e-mail
 * follows only the run whose transaction wrote it.
 */
export async function sendMentoringNudges(ctx: AppContext) {
  const now = ctx.now().toISOString();
  const due = (status: "requested" | "active") =>
    ctx.db.entities.mentorship.query.byStatusWatch({ status }).lte({ watchAt: now }).go({ pages: "all" }).then((r) => r.data);
  const [requests, active] = await Promise.all([due("requested"), due("active")]);
  const sent = { waiting: 0, expired: 0, noSession: 0, due: 0, emails: 0 };
  const mails: { staffId: string; type: keyof typeof nudgeText; record: MentorshipRecord; to: MentorshipRole }[] = [];

  // One relation the job cannot move on (changed meanwhile, say) is left for tomorrow; the others go on.
  const guarded = async (record: MentorshipRecord, step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      console.error(JSON.stringify({ level: "error", job: "mentoring-nudges", mentorshipId: record.id, error: String(error) }));
    }
  };

  for (const record of requests) await guarded(record, async () => {
    if (now >= answerBy(record)) {
      if (await expire(ctx, record)) {
        sent.expired++;
        mails.push({ staffId: record.menteeId, type: "mentorship_expired", record, to: "mentee" });
      }
    } else if (!record.waitingToldAt) {
      const wrote = await moveOn(ctx, record, { waitingToldAt: now, watchAt: requestWatch(record.requestedAt, true) }, (entities) => [
        tell(ctx, entities, record, "mentor", "mentorship_request_waiting", { days: String(WAITING_DAYS) }),
      ]);
      if (wrote) {
        sent.waiting++;
        mails.push({ staffId: record.mentorId, type: "mentorship_request_waiting", record, to: "mentor" });
      }
    }
  });

  for (const record of active) await guarded(record, async () => {
    const sessionDue = !record.dueToldAt && now >= record.endsAt!;
    // A session planned when logged counts once held: the relation's sessions tell (one Query, for this relation only).
    const lastHeld = await lastHeldSession(ctx, record.id, now);
    const since = [record.startedAt!, record.lastSessionAt, lastHeld, record.quietToldAt].filter((t): t is string => !!t).sort().at(-1)!;
    const quiet = now >= new Date(Date.parse(since) + QUIET_DAYS * DAY).toISOString();
    const heldMeanwhile = lastHeld && (!record.lastSessionAt || lastHeld > record.lastSessionAt) ? { lastSessionAt: lastHeld } : {};
    if (!sessionDue && !quiet) {
      // Nothing to say yet: the next moment moves to 30 days after the session held meanwhile.
      await moveOn(ctx, record, { ...heldMeanwhile, watchAt: nextActiveWatch({ ...record, ...heldMeanwhile }) }, () => []);
      return;
    }
    const changes = { ...heldMeanwhile, ...(sessionDue ? { dueToldAt: now } : {}), ...(quiet ? { quietToldAt: now } : {}) };
    const type = sessionDue ? "mentorship_due" : "mentorship_no_session";
    const both: MentorshipRole[] = ["mentee", "mentor"];
    const wrote = await moveOn(ctx, record, { ...changes, watchAt: nextActiveWatch({ ...record, ...changes }) }, (entities) => [
      ...(sessionDue ? both.map((to) => tell(ctx, entities, record, to, "mentorship_due", { endsAt: record.endsAt! })) : []),
      // Each quiet stretch of 30 days is its own notice.
      ...(quiet ? both.map((to) => tell(ctx, entities, record, to, "mentorship_no_session", { days: String(QUIET_DAYS) }, since.slice(0, 10))) : []),
    ]);
    if (!wrote) return;
    if (sessionDue) sent.due++;
    if (quiet) sent.noSession++;
    for (const to of both) mails.push({ staffId: to === "mentee" ? record.menteeId : record.mentorId, type, record, to });
    if (sessionDue && quiet) for (const to of both) mails.push({ staffId: to === "mentee" ? record.menteeId : record.mentorId, type: "mentorship_no_session", record, to });
  });

  const contacts = await contactsByIds(ctx, mails.map((m) => m.staffId));
  for (const m of mails) {
    const person = contacts.get(m.staffId);
    if (!person?.active) continue;
    const text = nudgeText[m.type](m.record, m.to);
    if (await sendSafely(ctx.mailer, { to: person.email, subject: `[Kompeten] ${text.split(";")[0]!.slice(0, 90)}`, text: `${text}\n\n${ctx.appUrl}/mentoring/${m.record.id}` })) sent.emails++;
  }
  return sent;
}

/** The start of the relation's latest session held by `now` and not disputed, if any. */
async function lastHeldSession(ctx: AppContext, mentorshipId: string, now: string): Promise<string | undefined> {
  const { data } = await ctx.db.entities.mentorshipSession.query.byMentorship({ mentorshipId }).go({ pages: "all", attributes: ["date", "status"] });
  return data
    .filter((s) => s.status !== "disputed" && s.date <= now)
    .map((s) => s.date)
    .sort()
    .at(-1);
}

/** Writes the job's step on a relation with its notices, if the relation is still as read; true when this run wrote it. */
async function moveOn(ctx: AppContext, record: MentorshipRecord, set: Partial<MentorshipRecord>, notices: (entities: TransactionEntities) => ReturnType<Build>) {
  const codes = await attempt(ctx, (entities) => [
    entities.mentorship
      .patch({ id: record.id })
      .set({ ...set, updatedAt: ctx.now().toISOString() })
      .where(({ status, watchAt }, { eq }) => `${eq(status, record.status)} AND ${eq(watchAt, record.watchAt)}`)
      .commit(),
    ...notices(entities),
  ]);
  return !codes;
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

/**
 * Ends an active relation (completed or cancelled), freeing the mentor's seat and the mentee's
 * competencies; `also` sets more on the relation and `more` writes more items in the same transaction.
 */
export const endActive = (
  ctx: AppContext,
  actor: Actor,
  record: MentorshipRecord,
  status: "completed" | "cancelled",
  reason?: string,
  also: Partial<Pick<MentorshipRecord, "creditedJp">> = {},
  more: (entities: TransactionEntities) => ReturnType<Build> = () => [],
) =>
  withSeat(
    ctx,
    record,
    record.kind === "mentoring" ? -1 : 0,
    (entities, now) => [
      entities.mentorship
        .patch({ id: record.id })
        .set({ status, watchAt: NEVER, endedAt: now, endedBy: actor.id, updatedAt: now, ...(reason ? { reason } : {}), ...also })
        .where(({ status: current }, { eq }) => eq(current, "active"))
        .commit(),
      tell(ctx, entities, record, actor.id === record.menteeId ? "mentor" : "mentee", status === "completed" ? "mentorship_completed" : "mentorship_cancelled", reason ? { reason } : {}),
      ...(record.competencyIds as string[]).map((id) => entities.mentorshipLock.delete({ staffId: record.menteeId, lock: competencyLock(id) }).commit()),
      ...more(entities),
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

/** Refuses an action the actor may not take on the relation in its status. */
export function assertMayAct(record: MentorshipRecord, actor: Actor, action: MentorshipAction) {
  const rule = mayAct[action];
  const isParty = (rule.who !== "mentor" && actor.id === record.menteeId) || (rule.who !== "mentee" && actor.id === record.mentorId);
  if (!isParty) throw forbidden(rule.who === "either" ? "Only the mentor and the mentee may do this" : `Only the ${rule.who} may ${action} this`);
  if (record.status !== rule.from) throw new AppError(409, "invalid_transition", `A ${record.status} mentorship cannot be ${action}ed`, { status: record.status });
}

/**
 * A party moves the relation on: the mentor accepts or declines (with a reason) a request, the
 * mentee withdraws it; either party cancels (with a reason) an active one. Completing credits
 * the sessions' learning hours (`completeMentorship` in mentorship-sessions). A request past its
 * 14 days is recorded as expired and refused with `request_expired`.
 */
export async function changeMentorship(ctx: AppContext, actor: Actor, id: string, action: Exclude<MentorshipAction, "complete">, reason?: string): Promise<Mentorship> {
  const record = await getMentorshipRecord(ctx, id);
  assertMayAct(record, actor, action);
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
    await endActive(ctx, actor, record, "cancelled", reason);
  }
  return toMentorship(ctx, await getMentorshipRecord(ctx, id), actor.id);
}

/** The parties, their supervisors and admins may see a relation. */
export async function getMentorship(ctx: AppContext, session: PendingSession, id: string): Promise<Mentorship> {
  const reading = getMentorshipRecord(ctx, id);
  reading.catch(() => {});
  const actor = await session.actor;
  const record = await reading;
  assertMaySee(record, actor);
  return toMentorship(ctx, record, actor.id);
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
  return { items: page.data.map((record) => toMentorship(ctx, record, session.staffId)), cursor: page.cursor };
}

/**
 * The admins' mentoring overview: the active relations per unit, mentors at capacity and the
 * relations with no session for 30 days. Two Queries of the status index (active, requested)
 * and one BatchGet of the mentors who hold seats; never a Scan.
 */
export async function mentoringOverview(ctx: AppContext, actor: Actor): Promise<MentoringOverview> {
  if (!isAdmin(actor)) throw forbidden("The mentoring overview is for admins");
  const byStatus = (status: "active" | "requested") => ctx.db.entities.mentorship.query.byStatusWatch({ status }).go({ pages: "all" }).then((r) => r.data);
  const [active, requested] = await Promise.all([byStatus("active"), byStatus("requested")]);
  const now = ctx.now();
  const units = new Map<string, { unitName: string; mentoring: number; coaching: number }>();
  for (const r of active) {
    const unit = units.get(r.menteeUnitName) ?? { unitName: r.menteeUnitName, mentoring: 0, coaching: 0 };
    unit[r.kind]++;
    units.set(r.menteeUnitName, unit);
  }
  const mentorIds = [...new Set(active.filter((r) => r.kind === "mentoring").map((r) => r.mentorId))];
  const mentors = mentorIds.length ? await getAllByKeys(mentorIds.map((staffId) => ({ staffId })), (keys) => ctx.db.entities.mentor.get(keys).go({ unprocessed: "item" })) : [];
  const relationOf = new Map(active.map((r) => [r.mentorId, r]));
  const quietCutoff = now.getTime() - QUIET_DAYS * DAY;
  return {
    asOf: now.toISOString(),
    byUnit: [...units.values()].sort((a, b) => b.mentoring + b.coaching - (a.mentoring + a.coaching) || a.unitName.localeCompare(b.unitName)),
    mentorsAtCapacity: mentors
      .filter((m) => m.taken >= m.capacity)
      .map((m) => ({ staffId: m.staffId, name: relationOf.get(m.staffId)!.mentorName, unitName: relationOf.get(m.staffId)!.mentorUnitName, capacity: m.capacity, taken: m.taken }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    quiet: active
      .map((r) => ({ r, since: Date.parse([r.startedAt!, r.lastSessionAt].filter((t): t is string => !!t).sort().at(-1)!) }))
      .filter(({ since }) => since <= quietCutoff)
      .sort((a, b) => a.since - b.since)
      .map(({ r, since }) => ({
        id: r.id,
        kind: r.kind,
        mentorName: r.mentorName,
        menteeName: r.menteeName,
        menteeUnitName: r.menteeUnitName,
        lastSessionAt: r.lastSessionAt ?? null,
        quietDays: Math.floor((now.getTime() - since) / DAY),
      })),
    requested: requested.filter((r) => !isStale(ctx, r)).length,
  };
}
