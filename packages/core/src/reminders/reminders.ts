import { inParallel } from "../concurrency";
import type { AppContext } from "../context";
import { sendSafely } from "../mail";
import { contactsByIds } from "../staff/staff";
import { notificationItem } from "../notifications/notifications";
import { NO_SUPERVISOR } from "../staff/staff.entity";
import { isConditionFailure } from "../transaction";
import { witaDate } from "../time";
import { witaDaysBetween } from "../time";

export const REMINDER_DAYS = [7, 3, 1];

/**
 * The daily reminder job (08:00 WITA). For each open cycle it reads only the outstanding
 * reviews (an index on cycle and state), reminds each reviewer 7, 3 and 1 days before the
 * due date, and the day after it tells each late reviewer's supervisor. Every message has a
 * key made of the cycle, the person and the day; it is claimed with a conditional write
 * before anything is sent, so a second run, or a retried one, sends nothing twice.
 */
export async function sendReminders(ctx: AppContext) {
  const now = ctx.now();
  const { data: cycles } = await ctx.db.entities.cycle.query.byStatus({ status: "open" }).go({ pages: "all" });
  const sent = { reminders: 0, escalations: 0, emails: 0 };
  for (const cycle of cycles) {
    const daysLeft = witaDaysBetween(now, cycle.dueAt);
    const remind = REMINDER_DAYS.includes(daysLeft);
    const escalate = daysLeft === -1;
    if (!remind && !escalate) continue;
    const { data: outstanding } = await ctx.db.entities.review.query.byCycleState({ cycleId: cycle.id, state: "outstanding" }).go({ pages: "all" });
    const byReviewer = groupBy(outstanding, (review) => review.reviewerId);
    if (!byReviewer.size) continue;
    const reviewers = await contactsByIds(ctx, [...byReviewer.keys()]);

    if (remind) {
      await inParallel([...byReviewer], SEND_CONCURRENCY, async ([reviewerId, reviews]) => {
        const reviewer = reviewers.get(reviewerId);
        if (!reviewer?.active) return;
        const names = reviews.map((r) => (r.kind === "self" ? "evaluasi diri Anda" : r.subjectName)).join(", ");
        const title = `Pengingat evaluasi ${cycle.id}: ${daysLeft} hari lagi`;
        const body = `Batas waktu ${witaDate(cycle.dueAt)}. Belum dikirim: ${names}.`;
        const subjects = reviews.filter((r) => r.kind !== "self").map((r) => r.subjectName).join(", ");
        const self = reviews.some((r) => r.kind === "self") ? 1 : 0;
        const params = { cycleId: cycle.id, daysLeft, dueAt: cycle.dueAt, self, subjects };
        if (await claim(ctx, { staffId: reviewerId, id: `reminder:${cycle.id}:${daysLeft}`, type: "review_reminder", params, link: "/evaluasi" })) {
          sent.reminders++;
          if (await sendSafely(ctx.mailer, { to: reviewer.email, subject: `[Kompeten] ${title}`, text: `${body}\n\n${ctx.appUrl}/evaluasi` })) sent.emails++;
        }
      });
    }
    if (escalate) {
      const late = [...byReviewer]
        .map(([reviewerId, reviews]) => ({ reviewer: reviewers.get(reviewerId), reviews }))
        .filter((l) => l.reviewer && l.reviewer.supervisorId !== NO_SUPERVISOR);
      const bySupervisor = groupBy(late, (l) => l.reviewer!.supervisorId);
      const supervisors = await contactsByIds(ctx, [...bySupervisor.keys()]);
      await inParallel([...bySupervisor], SEND_CONCURRENCY, async ([supervisorId, team]) => {
        const supervisor = supervisors.get(supervisorId);
        if (!supervisor?.active) return;
        const lines = team.map((l) => `${l.reviewer!.name}: ${l.reviews.map((r) => (r.kind === "self" ? "evaluasi diri" : `ulasan untuk ${r.subjectName}`)).join(", ")}`);
        const title = `Evaluasi ${cycle.id} terlambat di tim Anda`;
        const body = `Lewat batas waktu ${witaDate(cycle.dueAt)}:\n${lines.join("\n")}`;
        const params = { cycleId: cycle.id, dueAt: cycle.dueAt, people: team.map((l) => l.reviewer!.name).join(", "), count: team.length };
        if (await claim(ctx, { staffId: supervisorId, id: `overdue:${cycle.id}`, type: "review_overdue", params, link: "/evaluasi/tim" })) {
          sent.escalations++;
          if (await sendSafely(ctx.mailer, { to: supervisor.email, subject: `[Kompeten] ${title}`, text: `${body}\n\n${ctx.appUrl}/evaluasi/tim` })) sent.emails++;
        }
      });
    }
  }
  return sent;
}

const SEND_CONCURRENCY = 8;

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Writes the in-app notification if no run wrote it before; true when this run did. */
async function claim(ctx: AppContext, input: Parameters<typeof notificationItem>[1]): Promise<boolean> {
  try {
    await ctx.db.entities.notification.create(notificationItem(ctx, input)).go();
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
