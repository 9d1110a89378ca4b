import type { AppContext } from "../context";
import type { Item } from "../db";
import { sendSafely } from "../mail";
import { isConditionFailure } from "../transaction";

/** Notices stay on the forum this long (DynamoDB's TTL removes them later). */
const KEEP_DAYS = 180;

/** One thing that happened to a topic, told to its followers once. */
export interface TopicEvent {
  /** Deterministic for the event (an answer's id, a history entry's place): the same event never makes a second notice. */
  id: string;
  /** When it happened, as stored on the topic: part of the notice's key. */
  at: string;
  type: "answered" | "status_changed" | "milestone_done";
  params: Record<string, string>;
}

const statusWords: Record<string, string> = {
  baru: "baru",
  ditinjau: "sedang ditinjau",
  ditindaklanjuti: "sedang ditindaklanjuti",
  selesai: "selesai",
  ditolak: "ditolak",
};

/** The e-mail to a follower, in Bahasa Indonesia (the forum's own language). */
function mailFor(ctx: AppContext, topic: Pick<Item<"topic">, "id" | "title">, event: TopicEvent) {
  const link = `${ctx.appUrl}/forum/topik/${topic.id}`;
  const moved = event.params.status ? `Status topik kini ${statusWords[event.params.status] ?? event.params.status}.` : "";
  if (event.type === "answered") {
    return {
      subject: `[Kompeten] Jawaban resmi: ${topic.title}`,
      text: `${event.params.unit ?? "Perangkat daerah"} menjawab topik yang Anda ikuti, "${topic.title}".\n${moved}\n\n${link}`,
    };
  }
  if (event.type === "milestone_done") {
    return {
      subject: `[Kompeten] Tahapan program selesai: ${event.params.program ?? topic.title}`,
      text:
        `Program layanan "${event.params.program}" dari topik yang Anda ikuti, "${topic.title}", menyelesaikan tahapan "${event.params.milestone}".` +
        `\nKemajuan program: ${Math.round(Number(event.params.progress ?? 0) * 100)}%.\n\n${link}`,
    };
  }
  const reason = event.params.reason ? `\nAlasan: ${event.params.reason}` : "";
  return { subject: `[Kompeten] Status topik: ${topic.title}`, text: `Topik yang Anda ikuti, "${topic.title}": ${moved}${reason}\n\n${link}` };
}

/**
 * Tells every follower of a topic about one event: a notice on the forum, written on the
 * condition that it does not exist yet (its key holds the event's id and time), and an e-mail
 * only to those whose notice was new. Telling again about the same event, from a repeated
 * request or a retry, writes and sends nothing.
 */
export async function tellFollowers(ctx: AppContext, topic: Pick<Item<"topic">, "id" | "title">, event: TopicEvent): Promise<{ told: number; emailed: number }> {
  const { data: followers } = await ctx.db.entities.topicFollow.query.byTopic({ topicId: topic.id }).go({ pages: "all" });
  const expiresAt = Math.floor(ctx.now().getTime() / 1000) + KEEP_DAYS * 86400;
  const fresh: string[] = [];
  await Promise.all(
    followers.map(async ({ citizenId }) => {
      try {
        await ctx.db.entities.citizenNotice
          .create({ citizenId, eventId: event.id, at: event.at, topicId: topic.id, topicTitle: topic.title, type: event.type, params: event.params, read: false, expiresAt })
          .go();
        fresh.push(citizenId);
      } catch (error) {
        // Already told about this event.
        if (!isConditionFailure(error)) throw error;
      }
    }),
  );
  if (!fresh.length) return { told: 0, emailed: 0 };
  const { data: citizens } = await ctx.db.entities.citizen.get(fresh.map((id) => ({ id }))).go();
  const mail = mailFor(ctx, topic, event);
  const sent = await Promise.all(citizens.map((citizen) => sendSafely(ctx.mailer, { to: citizen.email, ...mail })));
  return { told: fresh.length, emailed: sent.filter(Boolean).length };
}
