import { randomUUID } from "node:crypto";
import type { CitizenRecord } from "../citizens/citizens";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, forbidden, notFound } from "../errors";
import { pageWith } from "../paging";
import { witaDate } from "../time";
import { isConditionFailure, writeTogether } from "../transaction";
import { forumAreas, type ForumArea, type TopicStatus } from "../values";
import type { CreateTopicInput, ListTopicsQuery, Topic } from "./topics.schemas";

type TopicRecord = Item<"topic">;

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

/** Topics one citizen may open in a WITA day. */
export const TOPICS_PER_DAY = 3;

// A 16-digit number is read as a NIK; Indonesian mobile numbers start 08, 628 or +628.
const NIK = /(?<!\d)\d{16}(?!\d)/g;
const PHONE = /(?<![\d+])(?:\+62|62|0)8\d{1,2}[\s.-]?\d{3,4}[\s.-]?\d{3,5}(?!\d)/g;

/** Masks what looks like personal data before it is published, saying what was masked. */
export function maskPersonalData(text: string): { text: string; masked: ("nik" | "phone")[] } {
  const masked: ("nik" | "phone")[] = [];
  let out = text.replace(NIK, () => {
    masked.push("nik");
    return "[NIK disamarkan]";
  });
  out = out.replace(PHONE, () => {
    masked.push("phone");
    return "[nomor telepon disamarkan]";
  });
  return { text: out, masked: [...new Set(masked)] };
}

function toTopic(record: TopicRecord): Topic {
  return {
    id: record.id,
    title: record.title,
    body: record.body,
    area: record.area,
    kecamatan: record.kecamatan,
    status: record.status,
    ownerUnit: { code: record.ownerUnitCode, name: record.ownerUnitName },
    author: { name: record.authorName },
    supports: record.supports,
    history: record.history as Topic["history"],
    createdAt: record.createdAt,
  };
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
  const record: TopicRecord = {
    id: randomUUID(),
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
  };
  await writeTogether(
    ctx,
    ({ topic, quota }) => [
      topic.create(record).commit(),
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

async function getTopicRecord(ctx: AppContext, id: string): Promise<TopicRecord> {
  const { data } = await ctx.db.entities.topic.get({ id }).go();
  if (!data) throw notFound("Topic");
  return data;
}

export const getTopic = async (ctx: AppContext, id: string): Promise<Topic> => toTopic(await getTopicRecord(ctx, id));

/** Topics newest first, of one area or all, one Query per page. */
export async function listTopics(ctx: AppContext, query: ListTopicsQuery) {
  const page = await pageWith(query.cursor, (cursor) => {
    const { recent, byArea } = ctx.db.entities.topic.query;
    const index = query.area ? byArea({ area: query.area }) : (recent({}) as unknown as ReturnType<typeof byArea>);
    return index.go({ order: "desc", limit: query.limit, cursor });
  });
  return { items: page.data.map(toTopic), cursor: page.cursor };
}

/**
 * A citizen supports a topic (`on`) or takes the support back. One support per citizen: the
 * support item and the topic's count change in one transaction, so the count is exact under
 * any concurrency, and a repeat changes nothing.
 */
export async function setSupport(ctx: AppContext, citizen: CitizenRecord, topicId: string, on: boolean): Promise<{ supported: boolean; supports: number }> {
  mayPost(citizen);
  await getTopicRecord(ctx, topicId);
  try {
    await writeTogether(
      ctx,
      ({ topic, topicSupport }) => [
        on
          ? topicSupport.create({ topicId, citizenId: citizen.id, createdAt: ctx.now().toISOString() }).commit()
          : topicSupport
              .delete({ topicId, citizenId: citizen.id })
              .where(({ citizenId }, { exists }) => exists(citizenId))
              .commit(),
        topic
          .patch({ id: topicId })
          .add({ supports: on ? 1 : -1 })
          .commit(),
      ],
      () => new AppError(409, "conflict", "unchanged"),
    );
  } catch (error) {
    // Already supported (or not): a repeat changes nothing.
    if (!(error instanceof AppError && error.message === "unchanged") && !isConditionFailure(error)) throw error;
  }
  return { supported: on, supports: (await getTopicRecord(ctx, topicId)).supports };
}
