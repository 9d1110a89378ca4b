// What the course page does: enrol or withdraw, nominate, move the course on, copy it.
import { action, revalidate } from "@solidjs/router";
import { api, ApiError } from "../../api";
import { text, type FormInput } from "../../forms";
import { getCourse, getEnrollments, getLearning, listCourses } from "../../queries";
import { me } from "../../session";
import { type CourseStatus, type EnrollResult, type Enrollment } from "../../types";

/** Enrollment is taken while a course is published; withdrawing is possible until it is over. */
export const ENROLLING: CourseStatus[] = ["published"];

export const RUNNING: CourseStatus[] = ["published", "ongoing"];

function refreshEnrollmentViews() {
  return revalidate([getCourse.key, listCourses.key, getEnrollments.key, getLearning.key]);
}

export type SelfResult = ({ kind: "enroll" } & EnrollResult) | { kind: "withdraw"; from: "enrolled" | "waitlisted" };

/** Enrol oneself, or withdraw: the pressed button says which. */
export const selfEnrollmentAction = action(async (courseId: string, form: FormInput): Promise<SelfResult> => {
  const person = me();
  if (!person) throw new ApiError(401, "unauthenticated", "Not signed in");
  if (text(form, "do") === "withdraw") {
    await api.withdraw(courseId, person.id);
    await refreshEnrollmentViews();
    return { kind: "withdraw", from: text(form, "from") === "waitlisted" ? "waitlisted" : "enrolled" };
  }
  const result = await api.enroll(courseId);
  await refreshEnrollmentViews();
  return { kind: "enroll", ...result };
}, "self-enrollment");

export const nominateAction = action(async (courseId: string, form: FormInput) => {
  const staffId = text(form, "staffId");
  const result = await api.enroll(courseId, staffId);
  await refreshEnrollmentViews();
  return { ...result, staffId };
}, "nominate");

export const courseStatusAction = action(async (courseId: string, form: FormInput) => {
  const status = text(form, "status") as CourseStatus;
  const course = await api.setCourseStatus(courseId, status);
  await revalidate([getCourse.key, listCourses.key]);
  return course;
}, "course-status");

export const copyCourseAction = action(async (courseId: string, form: FormInput) => {
  const copy = await api.copyCourse(courseId, Number(text(form, "year")));
  await revalidate(listCourses.key);
  return copy;
}, "copy-course");
