import { randomUUID } from "node:crypto";
import type { CitizenRecord } from "../citizens/citizens";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, conflict, forbidden, notFound } from "../errors";
import { pageWith } from "../paging";
import { witaDate } from "../time";
import { isConditionFailure, writeTogether, type CancellationCodes, type TransactionEntities } from "../transaction";
import { forumAreas, type ForumArea, type TopicStatus } from "../values";
import type { OfficialAnswer } from "../forum-answers/forum-answers.schemas";
import { excerptOf } from "../moderation/moderation";
import { topicPrograms } from "../programs/programs";
import type { Comment, CreateCommentInput, CreateTopicInput, ListTopicsQuery, PageQuery, ReportInput, Topic } from "./topics.schemas";

type TopicRecord = Item<"topic">;
type CommentRecord = Item<"topicComment">;

/** Where formal complaints go; every topic page links to it. */
export const LAPOR_URL = "https://www.lapor.go.id";
/** Support changes (giving or taking back) one citizen may make in an hour. */
export const SUPPORTS_PER_HOUR = 60;
/** Comments one citizen may write in an hour. */
export const COMMENTS_PER_HOUR = 10;
/** Reports from different citizens that hide a topic or a comment pending moderation. */
export const REPORTS_TO_HIDE = 3;

/** The bySupports sort key: the count zero-padded (so it sorts as text), then the topic's creation and id (ties stay in one order). */
export const supportsKey = (supports: number, topic: { createdAt: string; id: string }) => `${String(Math.max(0, supports)).padStart(8, "0")}#${topic.createdAt}#${topic.id}`;

/** A transaction was cancelled: each item's reason, by position. */
class Cancelled extends Error {
  constructor(readonly codes: CancellationCodes) {
    super("cancelled");
  }
}
const failed = (codes: CancellationCodes, index: number) => codes[index] === "ConditionalCheckFailed";

/** Writes the items together; null when written, else why each item was refused. */
async function tryTogether(ctx: AppContext, build: Parameters<typeof writeTogether>[1]): Promise<CancellationCodes | null> {
  try {
    await writeTogether(ctx, build, (codes) => new Cancelled(codes));
    return null;
  } catch (error) {
    if (error instanceof Cancelled) return error.codes;
    throw error;
  }
}

/** Writes that change a count on the condition that it is still the one read try again this often, after a short random pause. */
const COUNT_RETRIES = 60;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt + 1, 10)));

/** One use of a limited thing in a transaction: refused by its condition once `limit` uses are counted in the window. */
const quotaUse = (quota: TransactionEntities["quota"], subject: string, window: string, limit: number, expiresAt: number) =>
  quota
    .upsert({ subject, window, expiresAt })
    .add({ count: 1 })
    .where(({ count }, { notExists, lt }) => `${notExists(count)} OR ${lt(count, limit)}`)
    .commit();

const hourOf = (iso: string) => iso.slice(0, 13);
const epochSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const tooMany = (what: string, limit: number) => new AppError(429, "too_many_requests", `At most ${limit} ${what} an hour`, { perHour: limit });

/**
 * The unit that answers for each area, by unit code (the domain reference's OPD). Chosen where
 * the reference names none: perizinan to the Sekretariat Daerah, kebersihan to Dinas PUPR.
 */
export const areaOwners: Record<ForumArea, { code: string; name: string }> = {
  kesehatan: { code: "DINKES", name: "Dinas Kesehatan" },
  pendidikan: { code: "DIKBUD", name: "Dinas Pendidikan" },
  kependudukan: { code: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil" },
  perizinan: { code: "SETDA", name: "Sekretariat Daerah" },
  infrastruktur: { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang" },
  kebersihan: { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang" },
  sosial: { code: "DINSOS", name: "Dinas Sosial" },
  lainnya: { code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika" },
};

export const listAreas = () => ({ items: forumAreas.map((area) => ({ area, ownerUnit: areaOwners[area] })) });

/** The unit answers a topic officially within 3 days of posting, and moves it past ditinjau within 14. */
export const ANSWER_DAYS = 3;
export const PROGRESS_DAYS = 14;
export const plusDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86400_000).toISOString();

/** Topics one citizen may open in a WITA day. */
export const TOPICS_PER_DAY = 3;

// A 16-digit number is read as a NIK; Indonesian mobile numbers start 08, 628 or +628.
const NIK = /(?<!\d)\d{16}(?!\d)/g;
const PHONE = /(?<![\d+])(?:\+62|62|0)8\d{1,2}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export type MaskedKind = "nik" | "phone" | "email";

/** Masks what looks like personal data (a NIK, a phone number, an e-mail address) before it is published, saying what was masked. */
export function maskPersonalData(text: string): { text: string; masked: MaskedKind[] } {
  const masked: MaskedKind[] = [];
  const mask = (kind: MaskedKind, label: string) => () => {
    masked.push(kind);
    return label;
  };
  const out = text
    .replace(EMAIL, mask("email", "[e-mail disamarkan]"))
    .replace(NIK, mask("nik", "[NIK disamarkan]"))
    .replace(PHONE, mask("phone", "[nomor telepon disamarkan]"));
  return { text: out, masked: [...new Set(masked)] };
}

/** A topic as everyone reads it; a hidden one keeps its place but shows no title or body. */
/** The official answers of a topic as anyone may read them: names, positions and unit names, never a staff id. */
export function publicAnswers(record: Pick<TopicRecord, "answers">): OfficialAnswer[] {
  return ((record.answers ?? []) as OfficialAnswer[]).map((a) => ({
    id: a.id,
    body: a.body,
    official: true,
    name: a.name,
    position: a.position,
    unitName: a.unitName,
    createdAt: a.createdAt,
    editedAt: a.editedAt ?? null,
    version: a.version,
    versions: a.versions.map((v) => ({ version: v.version, body: v.body, at: v.at })),
  }));
}

/** What a topic shows of its program, read from the program (its progress is kept there). */
type ProgramsById = Map<string, NonNullable<Topic["program"]>>;

export function toTopic(record: TopicRecord, programs: ProgramsById = new Map()): Topic {
  const hidden = record.hidden === true;
  return {
    id: record.id,
    title: hidden ? "" : record.title,
    body: hidden ? "" : record.body,
    area: record.area,
    kecamatan: record.kecamatan,
    status: record.status,
    ownerUnit: { code: record.ownerUnitCode, name: record.ownerUnitName },
    author: { name: record.authorName },
    supports: record.supports,
    history: record.history as Topic["history"],
    createdAt: record.createdAt,
    hidden,
    answers: hidden ? [] : publicAnswers(record),
    laporUrl: LAPOR_URL,
    laporTicket: record.laporTicket ?? null,
    program: record.programId ? (programs.get(record.programId) ?? { id: record.programId, title: record.programTitle ?? "", progress: 0 }) : null,
  };
}

/** Topics as everyone reads them, each with its program's progress (one BatchGet of their programs). */
export async function toTopics(ctx: AppContext, records: TopicRecord[]): Promise<Topic[]> {
  const programs = await topicPrograms(ctx, records.map((r) => r.programId));
  return records.map((record) => toTopic(record, programs));
}

const mayPost = (citizen: CitizenRecord) => {
  if (citizen.blocked) throw forbidden("A blocked citizen can read the forum but not post, support or report");
};

/**
 * A citizen opens a topic: title and body masked of NIK-like numbers and phone numbers (the
 * answer says what was masked), owned by the area's unit, state "baru". At most 3 a day per
 * citizen (429), counted in the same transaction as the topic.
 */
export async function createTopic(ctx: AppContext, citizen: CitizenRecord, input: CreateTopicInput) {
  mayPost(citizen);
  const now = ctx.now().toISOString();
  const title = maskPersonalData(input.title);
  const body = maskPersonalData(input.body);
  const owner = areaOwners[input.area];
  const id = randomUUID();
  const record: TopicRecord = {
    id,
    title: title.text,
    body: body.text,
    area: input.area,
    kecamatan: input.kecamatan,
    status: "baru",
    ownerUnitCode: owner.code,
    ownerUnitName: owner.name,
    authorId: citizen.id,
    authorName: citizen.displayName,
    supports: 0,
    history: [{ status: "baru" satisfies TopicStatus, at: now, by: citizen.displayName, reason: null }],
    createdAt: now,
    updatedAt: now,
    supportsKey: supportsKey(0, { createdAt: now, id }),
    reports: 0,
    hidden: false,
  };
  await writeTogether(
    ctx,
    ({ topic, quota, topicFollow, topicDeadline }) => [
      topic.create(record).commit(),
      // The author follows their topic from the start.
      topicFollow.put({ topicId: record.id, citizenId: citizen.id, createdAt: now }).commit(),
      // The deadline job's first step for it: the reminder at half the time for a first answer.
      topicDeadline.create({ topicId: record.id, nextCheckAt: plusDays(now, ANSWER_DAYS / 2) }).commit(),
      // The day's count, in the same transaction: the limit holds under concurrency.
      quota
        .upsert({ subject: `topic#${citizen.id}`, window: witaDate(now), expiresAt: Math.floor(Date.parse(now) / 1000) + 2 * 86400 })
        .add({ count: 1 })
        .where(({ count }, { notExists, lt }) => `${notExists(count)} OR ${lt(count, TOPICS_PER_DAY)}`)
        .commit(),
    ],
    () => new AppError(429, "too_many_requests", `At most ${TOPICS_PER_DAY} topics a day`, { perDay: TOPICS_PER_DAY }),
  );
  return { topic: toTopic(record), masked: [...new Set([...title.masked, ...body.masked])] };
}

async function getTopicRecord(ctx: AppContext, id: string, consistent = false): Promise<TopicRecord> {
  const { data } = await ctx.db.entities.topic.get({ id }).go({ consistent });
  if (!data) throw notFound("Topic");
  return data;
}

export const getTopic = async (ctx: AppContext, id: string): Promise<Topic> => (await toTopics(ctx, [await getTopicRecord(ctx, id)]))[0]!;

/**
 * Topics, one Query per page: newest first of all or of one area (gsi1, gsi2), or most supported
 * first (gsi4, all areas). The other criteria (kecamatan, status, and the area when sorting by
 * supports) are FilterExpressions on that Query, so a page may hold fewer items than the limit
 * while its cursor leads on; hidden topics are filtered out the same way.
 */
export async function listTopics(ctx: AppContext, query: ListTopicsQuery) {
  const page = await pageWith(query.cursor, (cursor) => {
    const { recent, byArea, bySupports } = ctx.db.entities.topic.query;
    // The three indexes read the same entity: one type serves for the filter.
    const index =
      query.sort === "supports"
        ? (bySupports({}) as unknown as ReturnType<typeof byArea>)
        : query.area
          ? byArea({ area: query.area })
          : (recent({}) as unknown as ReturnType<typeof byArea>);
    const areaFilter = query.sort === "supports" ? query.area : undefined;
    return index
      .where(({ hidden, area, kecamatan, status }, { eq, notExists }) => {
        // Only what is used may be named: ElectroDB registers each attribute as it is mentioned.
        const terms = [`(${notExists(hidden)} OR ${eq(hidden, false)})`];
        if (areaFilter) terms.push(eq(area, areaFilter));
        if (query.kecamatan) terms.push(eq(kecamatan, query.kecamatan));
        if (query.status) terms.push(eq(status, query.status));
        return terms.join(" AND ");
      })
      .go({ order: "desc", limit: query.limit, cursor });
  });
  return { items: await toTopics(ctx, page.data), cursor: page.cursor };
}

// Words that say nothing of what a title is about: Indonesian function words and the forum's usual requests.
const STOP_WORDS = new Set(
  (
    "yang di ke dari dan atau untuk dengan pada ini itu ada tidak tak belum sudah telah masih akan juga karena agar supaya " +
    "bisa dapat harus perlu mohon tolong minta kami saya kita mereka dia anda kamu adalah ialah sebagai dalam oleh para " +
    "lebih sangat terlalu kurang banyak sering selalu apa siapa bagaimana kenapa mengapa kapan mana dimana bila jika kalau " +
    "tapi tetapi namun serta setiap semua sama lagi saja hanya pun nya per se tentang hal soal bagi antara sampai hingga " +
    "oleh sejak baru jadi menjadi ya tidaklah bukan belumlah kok dong sih deh lah kah"
  ).split(" "),
);

/** The words of a title that say what it is about: lowercased, stop words and one-letter words left out. */
export function titleWords(title: string): Set<string> {
  const words = title.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((word) => word.length > 1 && !STOP_WORDS.has(word)));
}

/** How many of an area's newest topics the similar-topics hint compares with (one Query). */
const SIMILAR_WINDOW = 200;

/**
 * Topics of the same area whose titles share words with the one being written, most shared words
 * first (then most supported, then newest), at most 5: offered so people support instead of
 * opening the same topic again. Compares with the area's newest 200, read in one Query.
 */
export async function similarTopics(ctx: AppContext, area: ForumArea, title: string) {
  const wanted = titleWords(title);
  if (wanted.size === 0) return { items: [] };
  const { data } = await ctx.db.entities.topic.query
    .byArea({ area })
    .where(({ hidden }, { eq, notExists }) => `${notExists(hidden)} OR ${eq(hidden, false)}`)
    .go({ order: "desc", limit: SIMILAR_WINDOW });
  const scored = data
    .map((record) => ({ record, shared: [...titleWords(record.title)].filter((word) => wanted.has(word)).length }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared || b.record.supports - a.record.supports || b.record.createdAt.localeCompare(a.record.createdAt));
  return {
    items: scored.slice(0, 5).map(({ record, shared }) => ({
      id: record.id,
      title: record.title,
      status: record.status,
      supports: record.supports,
      createdAt: record.createdAt,
      sharedWords: shared,
    })),
  };
}

/**
 * A citizen supports a topic (`on`) or takes the support back. One support per citizen, and the
 * count exact under any concurrency: the support item, the count with its sort key (read, then
 * written on the condition that the count is still the one read; another change in between makes
 * it read and try again), the hour's quota (60 changes) and, for a support, the citizen's follow
 * are one transaction. A repeat changes nothing.
 */
export async function setSupport(ctx: AppContext, citizen: CitizenRecord, topicId: string, on: boolean): Promise<{ supported: boolean; supports: number }> {
  mayPost(citizen);
  const now = ctx.now().toISOString();
  const followed = on && (await ctx.db.entities.topicFollow.get({ topicId, citizenId: citizen.id }).go()).data !== null;
  for (let attempt = 0; ; attempt++) {
    const topic = await getTopicRecord(ctx, topicId, true);
    const supports = topic.supports + (on ? 1 : -1);
    const codes = await tryTogether(ctx, ({ topic: topics, topicSupport, topicFollow, quota }) => [
      on
        ? topicSupport.create({ topicId, citizenId: citizen.id, createdAt: now }).commit()
        : topicSupport
            .delete({ topicId, citizenId: citizen.id })
            .where(({ citizenId }, { exists }) => exists(citizenId))
            .commit(),
      topics
        .patch({ id: topicId })
        .set({ supports, supportsKey: supportsKey(supports, topic) })
        .where(({ supports: count }, { eq }) => eq(count, topic.supports))
        .commit(),
      quotaUse(quota, `support#${citizen.id}`, hourOf(now), SUPPORTS_PER_HOUR, epochSeconds(now) + 2 * 3600),
      // A supporter follows the topic (one who already does keeps the date they began).
      ...(on && !followed ? [topicFollow.put({ topicId, citizenId: citizen.id, createdAt: now }).commit()] : []),
    ]);
    if (codes === null) return { supported: on, supports };
    // Already supported (or not): a repeat changes nothing.
    if (failed(codes, 0)) return { supported: on, supports: topic.supports };
    if (failed(codes, 2)) throw tooMany("support changes", SUPPORTS_PER_HOUR);
    // Another support changed the count since it was read.
    if (attempt >= COUNT_RETRIES) throw conflict("The topic is busy; please try again");
    await pause(attempt);
  }
}

/** The citizen follows a topic (`on`) or stops; a repeat changes nothing. */
export async function setFollow(ctx: AppContext, citizen: CitizenRecord, topicId: string, on: boolean): Promise<{ following: boolean }> {
  await getTopicRecord(ctx, topicId);
  const { topicFollow } = ctx.db.entities;
  if (!on) await topicFollow.delete({ topicId, citizenId: citizen.id }).go();
  else {
    // One who already follows keeps the date they began.
    await topicFollow
      .create({ topicId, citizenId: citizen.id, createdAt: ctx.now().toISOString() })
      .go()
      .catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
  }
  return { following: on };
}

/** Whether the citizen supports and follows a topic. */
export async function myTopicState(ctx: AppContext, citizen: CitizenRecord, topicId: string) {
  await getTopicRecord(ctx, topicId);
  const key = { topicId, citizenId: citizen.id };
  const [support, follow] = await Promise.all([ctx.db.entities.topicSupport.get(key).go(), ctx.db.entities.topicFollow.get(key).go()]);
  return { supported: support.data !== null, following: follow.data !== null };
}

/**
 * The topics a citizen opened or follows, most recently followed first (authors follow their own
 * from the start): one Query of the follows, then the topics in one batch read.
 */
export async function myTopics(ctx: AppContext, citizen: CitizenRecord, query: PageQuery) {
  const page = await pageWith(query.cursor, (cursor) =>
    ctx.db.entities.topicFollow.query.byCitizen({ citizenId: citizen.id }).go({ order: "desc", limit: query.limit, cursor }),
  );
  const ids = page.data.map((follow) => follow.topicId);
  const { data } = ids.length ? await ctx.db.entities.topic.get(ids.map((id) => ({ id }))).go() : { data: [] as TopicRecord[] };
  const byId = new Map(data.map((record) => [record.id, record]));
  const programs = await topicPrograms(ctx, data.map((record) => record.programId));
  const items = page.data.flatMap((follow) => {
    const record = byId.get(follow.topicId);
    return record ? [{ topic: toTopic(record, programs), mine: record.authorId === citizen.id, followedAt: follow.createdAt }] : [];
  });
  return { items, cursor: page.cursor };
}

/** The citizen's notices on the forum, newest first. */
export async function myNotices(ctx: AppContext, citizen: CitizenRecord, query: PageQuery) {
  const page = await pageWith(query.cursor, (cursor) =>
    ctx.db.entities.citizenNotice.query.byCitizen({ citizenId: citizen.id }).go({ order: "desc", limit: query.limit, cursor }),
  );
  return {
    items: page.data.map((notice) => ({
      eventId: notice.eventId,
      at: notice.at,
      topicId: notice.topicId,
      topicTitle: notice.topicTitle,
      type: notice.type,
      params: (notice.params ?? {}) as Record<string, unknown>,
      read: notice.read,
    })),
    cursor: page.cursor,
  };
}

/** Marks every unread notice of the citizen read (notices lapse, so the unread ones stay few). */
export async function markNoticesRead(ctx: AppContext, citizen: CitizenRecord): Promise<{ marked: number }> {
  const { data } = await ctx.db.entities.citizenNotice.query
    .byCitizen({ citizenId: citizen.id })
    .where(({ read }, { eq }) => eq(read, false))
    .go({ pages: "all" });
  for (let i = 0; i < data.length; i += 25) {
    await Promise.all(data.slice(i, i + 25).map(({ citizenId, at, eventId }) => ctx.db.entities.citizenNotice.patch({ citizenId, at, eventId }).set({ read: true }).go()));
  }
  return { marked: data.length };
}

/** A comment as everyone reads it; a hidden one keeps its place but shows no body. */
function toComment(record: CommentRecord): Comment {
  const hidden = record.hidden === true;
  return { id: record.id, topicId: record.topicId, body: hidden ? "" : record.body, author: { name: record.authorName }, hidden, createdAt: record.createdAt };
}

/** A comment's id: the time it was written in base 36 at a fixed width (so ids sort by time), then chance. */
const commentId = (now: string) => `${Date.parse(now).toString(36).padStart(9, "0")}${randomUUID().replaceAll("-", "").slice(0, 8)}`;

/**
 * A citizen comments on a topic: the body masked of NIK-like numbers and phone numbers (the
 * answer says what was masked), at most 10 comments an hour (429), counted in the same transaction.
 */
export async function createComment(ctx: AppContext, citizen: CitizenRecord, topicId: string, input: CreateCommentInput) {
  mayPost(citizen);
  await getTopicRecord(ctx, topicId);
  const now = ctx.now().toISOString();
  const body = maskPersonalData(input.body);
  const record: CommentRecord = { topicId, id: commentId(now), body: body.text, authorId: citizen.id, authorName: citizen.displayName, reports: 0, hidden: false, createdAt: now };
  await writeTogether(
    ctx,
    ({ topicComment, quota }) => [
      topicComment.create(record).commit(),
      quotaUse(quota, `comment#${citizen.id}`, hourOf(now), COMMENTS_PER_HOUR, epochSeconds(now) + 2 * 3600),
    ],
    (codes) => (failed(codes, 1) ? tooMany("comments", COMMENTS_PER_HOUR) : conflict("Please try again")),
  );
  return { comment: toComment(record), masked: body.masked };
}

/** A topic's comments, oldest first, one Query per page. */
export async function listComments(ctx: AppContext, topicId: string, query: PageQuery) {
  await getTopicRecord(ctx, topicId);
  const page = await pageWith(query.cursor, (cursor) =>
    ctx.db.entities.topicComment.query.byTopic({ topicId }).go({ order: "asc", limit: query.limit, cursor }),
  );
  return { items: page.data.map(toComment), cursor: page.cursor };
}

/** What a report names: a topic by its id, a comment by "<topicId>:<commentId>". */
function reportTarget(input: ReportInput): { topicId: string; commentId?: string } {
  if (input.targetType === "topic") return { topicId: input.targetId };
  const [topicId, commentId, ...rest] = input.targetId.split(":");
  if (!topicId || !commentId || rest.length) {
    throw new AppError(400, "validation_failed", 'targetId: a comment is named "<topicId>:<commentId>"', {
      issues: [{ path: "targetId", code: "invalid_format", message: 'A comment is named "<topicId>:<commentId>"' }],
    });
  }
  return { topicId, commentId };
}

/**
 * A citizen reports a topic or a comment, once per item (a repeat changes nothing). The report,
 * the item's count (on the condition that it is still the one read, like supports) and, with the
 * third report from different citizens, the item's hiding ("reports") are one transaction.
 * Open reports are listed for moderators (gsi1 "pub#reports#open").
 */
export async function reportItem(ctx: AppContext, citizen: CitizenRecord, input: ReportInput): Promise<{ reported: true; hidden: boolean }> {
  mayPost(citizen);
  const { topicId, commentId } = reportTarget(input);
  const now = ctx.now().toISOString();
  for (let attempt = 0; ; attempt++) {
    const target = commentId
      ? (await ctx.db.entities.topicComment.get({ topicId, id: commentId }).go({ consistent: true })).data
      : await getTopicRecord(ctx, topicId, true).catch(() => null);
    if (!target) throw notFound(commentId ? "Comment" : "Topic");
    const reports = (target.reports ?? 0) + 1;
    const hide = reports === REPORTS_TO_HIDE && !target.hidden;
    const change = { reports, ...(hide ? { hidden: true, hiddenReason: "reports" } : {}) };
    const codes = await tryTogether(ctx, ({ topicReport, topic, topicComment, moderationItem }) => [
      topicReport
        .create({ topicId, targetType: input.targetType, targetId: commentId ?? topicId, citizenId: citizen.id, reason: input.reason, status: "open", createdAt: now })
        .commit(),
      commentId
        ? topicComment
            .patch({ topicId, id: commentId })
            .set(change)
            .where(({ reports: count }, { eq, notExists }) => (target.reports ? eq(count, target.reports) : `${notExists(count)} OR ${eq(count, 0)}`))
            .commit()
        : topic
            .patch({ id: topicId })
            .set(change)
            .where(({ reports: count }, { eq, notExists }) => (target.reports ? eq(count, target.reports) : `${notExists(count)} OR ${eq(count, 0)}`))
            .commit(),
      // Hidden by the third report: queued for a moderator in the same transaction.
      ...(hide
        ? [
            moderationItem
              .put({
                targetType: input.targetType,
                targetId: commentId ? `${topicId}:${commentId}` : topicId,
                topicId,
                authorId: target.authorId,
                excerpt: excerptOf("title" in target ? target.title : target.body),
                hiddenAt: now,
                hiddenBy: "reports",
              })
              .commit(),
          ]
        : []),
    ]);
    if (codes === null) return { reported: true, hidden: hide || target.hidden === true };
    // This citizen reported the item before: it counts once.
    if (failed(codes, 0)) return { reported: true, hidden: target.hidden === true };
    if (attempt >= COUNT_RETRIES) throw conflict("Please try again");
    await pause(attempt);
  }
}
