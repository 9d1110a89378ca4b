import type { AppContext } from "../context";
import type { Item } from "../db";
import { sendSafely } from "../mail";
import { notificationItem, notify, type NotificationInput } from "../notifications/notifications";
import { ANSWER_DAYS, plusDays, PROGRESS_DAYS } from "../topics/topics";
import { writeTogether } from "../transaction";
import { positionLevels, type ForumDeadlineKind, type TopicStatus } from "../values";

type TopicRecord = Item<"topic">;
type StaffRecord = Item<"staff">;

const DAY = 86400_000;

/** States past ditinjau: the second deadline is met. */
const progressed = (status: TopicStatus) => status === "ditindaklanjuti" || status === "selesai" || status === "ditolak";

type Step = "answer_half" | "answer_due" | "progress_half" | "progress_due";
type Deadline = Pick<TopicRecord, "createdAt" | "status" | "firstAnsweredAt" | "deadlineMarks">;


/** Each deadline step of a topic: when it comes, and whether it still matters. */
function steps(topic: Deadline): { step: Step; kind: ForumDeadlineKind; at: string; live: boolean }[] {
  const answerLive = !topic.firstAnsweredAt;
  const progressLive = !progressed(topic.status);
  return [
    { step: "answer_half", kind: "answer", at: plusDays(topic.createdAt, ANSWER_DAYS / 2), live: answerLive },
    { step: "answer_due", kind: "answer", at: plusDays(topic.createdAt, ANSWER_DAYS), live: answerLive },
    { step: "progress_half", kind: "progress", at: plusDays(topic.createdAt, PROGRESS_DAYS / 2), live: progressLive },
    { step: "progress_due", kind: "progress", at: plusDays(topic.createdAt, PROGRESS_DAYS), live: progressLive },
  ];
}

/** When the deadline job next has something to do for a topic; null when nothing is left. */
export function nextCheckOf(topic: Deadline): string | null {
  const marks = topic.deadlineMarks ?? [];
  const pending = steps(topic).filter((s) => s.live && !marks.includes(s.step));
  return pending.length ? pending.map((s) => s.at).sort()[0]! : null;
}

/** Where a topic stands against its deadlines, at `now`. */
export function deadlinesOf(topic: Deadline, now: Date) {
  const answerDueAt = plusDays(topic.createdAt, ANSWER_DAYS);
  const progressDueAt = plusDays(topic.createdAt, PROGRESS_DAYS);
  const at = now.toISOString();
  const answerOverdue = !topic.firstAnsweredAt && at > answerDueAt;
  const progressOverdue = !progressed(topic.status) && at > progressDueAt;
  return {
    waitedDays: Math.max(0, Math.floor((now.getTime() - Date.parse(topic.createdAt)) / DAY)),
    answerDueAt,
    answeredAt: topic.firstAnsweredAt ?? null,
    answerOverdue,
    progressDueAt,
    progressOverdue,
    overdue: answerOverdue || progressOverdue,
  };
}

/** Created before this moment, a topic not answered (or not moved past ditinjau) is overdue. */
export const overdueLines = (now: Date) => ({ answer: plusDays(now.toISOString(), -ANSWER_DAYS), progress: plusDays(now.toISOString(), -PROGRESS_DAYS) });

/** The unit a topic's owner code names (unit ids are their codes in lower case; any other id is found in the list). */
export async function unitByCode(ctx: AppContext, code: string): Promise<Item<"unit"> | null> {
  const { data } = await ctx.db.entities.unit.get({ id: code.toLowerCase() }).go();
  if (data && data.code.toLowerCase() === code.toLowerCase()) return data;
  const { data: all } = await ctx.db.entities.unit.query.all({}).go({ pages: "all" });
  return all.find((unit) => unit.code.toLowerCase() === code.toLowerCase()) ?? null;
}

/** A unit's responders (active staff with the supervisor role) and its head (the active member of the highest position level). */
export async function unitPeople(ctx: AppContext, unitId: string): Promise<{ responders: StaffRecord[]; head: StaffRecord | null }> {
  const { data } = await ctx.db.entities.staff.query.byUnit({ unitId }).go({ pages: "all" });
  const active = data.filter((s) => s.active);
  const rank = (s: StaffRecord) => positionLevels.indexOf(s.positionLevel);
  const head = active.reduce<StaffRecord | null>((best, s) => (!best || rank(s) > rank(best) ? s : best), null);
  return { responders: active.filter((s) => s.roles.includes("supervisor")), head };
}

const kindWords: Record<ForumDeadlineKind, string> = { answer: "jawaban resmi pertama", progress: "status lewat ditinjau" };

/**
 * The daily forum deadline job (08:10 WITA). It reads only the topics whose next step has come
 * (the deadline index up to now, never a Scan): when half of a deadline's time has passed it
 * reminds the owner unit's responders, at the deadline it escalates to the unit's head. Each
 * step is marked on the topic in the same transaction as its notifications, on the condition
 * that the topic's next step is still the one read, so a repeated or parallel run sends each
 * step once; the e-mails follow only the run whose transaction wrote it.
 */
/** The topics of the due deadline items, each with the step time read (the condition of its update). */
async function topicsOf(ctx: AppContext, checks: { topicId: string; nextCheckAt: string }[]) {
  const found: (TopicRecord & { nextCheckAt: string })[] = [];
  for (let i = 0; i < checks.length; i += 100) {
    const slice = checks.slice(i, i + 100);
    const { data } = await ctx.db.entities.topic.get(slice.map((check) => ({ id: check.topicId }))).go();
    const byId = new Map(data.map((topic) => [topic.id, topic]));
    for (const check of slice) {
      const topic = byId.get(check.topicId);
      if (topic) found.push({ ...topic, nextCheckAt: check.nextCheckAt });
    }
  }
  return found;
}

export async function sendForumDeadlines(ctx: AppContext) {
  const now = ctx.now();
  const at = now.toISOString();
  const { data: checks } = await ctx.db.entities.topicDeadline.query.byDue({}).lte({ nextCheckAt: at }).go({ pages: "all" });
  const due = await topicsOf(ctx, checks);
  const run = { topics: due.length, reminders: 0, escalations: 0, notifications: 0, emails: 0 };
  const units = new Map<string, Promise<{ unit: Item<"unit"> | null; people: Awaited<ReturnType<typeof unitPeople>> }>>();
  const peopleOf = (code: string) => {
    if (!units.has(code)) {
      units.set(
        code,
        unitByCode(ctx, code).then(async (unit) => ({ unit, people: unit ? await unitPeople(ctx, unit.id) : { responders: [], head: null } })),
      );
    }
    return units.get(code)!;
  };

  for (const topic of due) {
    try {
      const marks = topic.deadlineMarks ?? [];
      const reached = steps(topic).filter((s) => s.live && !marks.includes(s.step) && s.at <= at);
      const { unit, people } = await peopleOf(topic.ownerUnitCode);
      const notes: { input: NotificationInput; email: string; subject: string; text: string }[] = [];
      const newMarks: Step[] = [];
      const counted = { reminders: 0, escalations: 0 };
      for (const kind of ["answer", "progress"] as const) {
        const ofKind = reached.filter((s) => s.kind === kind);
        if (!ofKind.length) continue;
        // A run that comes late escalates at once: the reminder would say less than the escalation.
        const escalate = ofKind.some((s) => s.step.endsWith("_due"));
        newMarks.push(...(escalate ? ([`${kind}_half`, `${kind}_due`] as Step[]) : ([`${kind}_half`] as Step[])));
        const dueAt = plusDays(topic.createdAt, kind === "answer" ? ANSWER_DAYS : PROGRESS_DAYS);
        const days = String(deadlinesOf(topic, now).waitedDays);
        const params = { topic: topic.title, topicId: topic.id, kind, dueAt, days, unit: topic.ownerUnitName };
        const link = `/forum/topik/${topic.id}`;
        const to = escalate ? (people.head ? [people.head] : []) : people.responders;
        for (const person of to) {
          const type = escalate ? ("forum_deadline_escalated" as const) : ("forum_deadline_reminder" as const);
          notes.push({
            input: { staffId: person.id, id: `forum:${topic.id}:${kind}:${escalate ? "due" : "half"}`, type, params, link },
            email: person.email,
            subject: escalate ? `[Kompeten] Tenggat forum terlewati: ${topic.title}` : `[Kompeten] Topik forum menunggu: ${topic.title}`,
            text: escalate
              ? `${topic.ownerUnitName} belum memenuhi tenggat ${kindWords[kind]} (${dueAt.slice(0, 10)}) untuk topik "${topic.title}", yang sudah menunggu ${days} hari.\n\n${ctx.appUrl}${link}`
              : `Separuh waktu untuk ${kindWords[kind]} topik "${topic.title}" sudah lewat; tenggatnya ${dueAt.slice(0, 10)}.\n\n${ctx.appUrl}${link}`,
          });
        }
        if (escalate) counted.escalations++;
        else counted.reminders++;
      }
      const marked = { ...topic, deadlineMarks: [...new Set([...marks, ...newMarks])] };
      const next = nextCheckOf(marked);
      // At most 100 items a transaction: the topic with the first notifications, any others after it.
      const inTransaction = notes.slice(0, 90);
      await writeTogether(
        ctx,
        ({ topic: topics, topicDeadline, notification }) => [
          topics.patch({ id: topic.id }).set({ deadlineMarks: marked.deadlineMarks }).commit(),
          // Still the step read: a repeated or parallel run writes nothing twice.
          next
            ? topicDeadline
                .patch({ topicId: topic.id })
                .set({ nextCheckAt: next })
                .where(({ nextCheckAt }, { eq }) => eq(nextCheckAt, topic.nextCheckAt))
                .commit()
            : topicDeadline
                .delete({ topicId: topic.id })
                .where(({ nextCheckAt }, { eq }) => eq(nextCheckAt, topic.nextCheckAt))
                .commit(),
          ...inTransaction.map((note) => notification.create(notificationItem(ctx, note.input)).commit()),
        ],
        () => new Error("moved meanwhile"),
      );
      for (const note of notes.slice(90)) await notify(ctx, note.input);
      run.reminders += counted.reminders;
      run.escalations += counted.escalations;
      run.notifications += notes.length;
      for (const note of notes) if (await sendSafely(ctx.mailer, { to: note.email, subject: note.subject, text: note.text })) run.emails++;
      if (!unit) console.error(JSON.stringify({ level: "error", job: "forum-deadlines", topicId: topic.id, error: `no unit with code ${topic.ownerUnitCode}` }));
    } catch (error) {
      // Moved on by another run or a responder meanwhile, or failed: the others go on; it is read again tomorrow.
      if ((error as Error).message !== "moved meanwhile") console.error(JSON.stringify({ level: "error", job: "forum-deadlines", topicId: topic.id, error: String(error) }));
    }
  }
  return run;
}
