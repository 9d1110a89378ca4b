import * as z from "../zod";
import { enrollmentStatuses } from "../values";

// One person's place on a course: enrolling, attendance, completion, withdrawal.

export const enrollmentView = z.object({
  courseId: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  staffNip: z.string(),
  unitName: z.string(),
  status: z.enum(enrollmentStatuses),
  position: z.optional(z.number()),
  attendance: z.record(z.string(), z.boolean()),
  score: z.optional(z.number()),
  certificateCode: z.optional(z.string()),
  nominatedBy: z.optional(z.string()),
  nominatedByName: z.optional(z.string()),
  enrolledAt: z.string(),
});

export type Enrollment = z.infer<typeof enrollmentView>;

export const enrollmentList = z.object({ items: z.array(enrollmentView) });

/** A course and a person on it, in a path. */
export const enrollmentParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)), staffId: z.string().check(z.minLength(1), z.maxLength(64)) });

export const enrollInput = z.object({ staffId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))) });

export const attendanceInput = z.object({ sessionId: z.string().check(z.minLength(1), z.maxLength(64)), present: z.boolean() });

export const completionInput = z.object({ attended: z.boolean(), score: z.optional(z.number().check(z.gte(0), z.lte(100), z.twoDecimals("A score has at most two decimals"))) });

export type CompletionInput = z.infer<typeof completionInput>;

export const enrollResultView = z.union([z.object({ status: z.literal("enrolled") }), z.object({ status: z.literal("waitlisted"), position: z.number() })]);

export type EnrollResult = z.infer<typeof enrollResultView>;

/** Withdrawn; `promoted` lists who moved up from the waitlist into the freed seat. */
export const withdrawResultView = z.object({ status: z.literal("withdrawn"), promoted: z.array(z.string()) });

export type WithdrawResult = z.infer<typeof withdrawResultView>;

export const completionResultView = z.union([
  z.object({ status: z.literal("completed"), certificateCode: z.string(), jp: z.number() }),
  z.object({ status: z.literal("absent") }),
]);

export type CompletionResult = z.infer<typeof completionResultView>;
