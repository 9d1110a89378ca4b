// The roster's changes: attendance, completion, withdrawal; and the sessions in order.
import { action, revalidate } from "@solidjs/router";
import { api } from "../../api";
import { text, type FormInput } from "../../forms";
import { getCourse, getEnrollments, getLearning, listCourses } from "../../queries";
import type { Course, CourseSession } from "../../types";

export const attendanceAction = action(
  async (courseId: string, staffId: string, sessionId: string, present: boolean) => {
    const enrollment = await api.setAttendance(courseId, staffId, sessionId, present);
    await revalidate(getEnrollments.key);
    return enrollment;
  },
  "attendance",
);

export const completionAction = action(async (courseId: string, staffId: string, form: FormInput) => {
  const score = text(form, "score");
  const result = await api.complete(courseId, staffId, {
    attended: text(form, "attended") !== "no",
    ...(score !== "" ? { score: Number(score) } : {}),
  });
  await revalidate([getEnrollments.key, getCourse.key, getLearning.key]);
  return { ...result, staffId };
}, "completion");

export const rosterWithdrawAction = action(async (courseId: string, staffId: string) => {
  await api.withdraw(courseId, staffId);
  await revalidate([getEnrollments.key, getCourse.key, listCourses.key]);
  return { staffId };
}, "roster-withdraw");

export function sortedSessions(course: Course): CourseSession[] {
  return [...course.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

export const ATTENDING = ["enrolled", "completed", "absent"];
