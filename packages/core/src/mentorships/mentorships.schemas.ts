import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import { mentorshipActions, mentorshipKinds, mentorshipStatuses } from "../values";

// The mentoring or coaching relation: the request, its states and who sees it.

const id = z.string().check(z.minLength(1), z.maxLength(64));
const competencyId = z.enum(competencyIds as [string, ...string[]]);

/** A development plan item (action: mentoring) the relation answers; completing the relation marks it done. */
export const planItemLink = z.object({ evaluationId: id, itemId: id });

export const goalInput = z.object({ competencyId, text: z.string().check(z.trim(), z.minLength(3), z.maxLength(300)) });

export const requestMentorshipInput = z
  .object({
    kind: z._default(z.enum(mentorshipKinds), "mentoring"),
    /** Mentoring: whom the signed-in mentee asks. Coaching: the supervisor themselves (may be left out). */
    mentorId: z.optional(id),
    /** Coaching only: the team member coached. */
    menteeId: z.optional(id),
    competencyIds: z.array(competencyId).check(z.minLength(1), z.maxLength(3)),
    goals: z.array(goalInput).check(z.minLength(1, "Add at least one goal"), z.maxLength(5)),
    weeks: z.number().check(z.int(), z.gte(4), z.lte(24)),
    message: z._default(z.string().check(z.trim(), z.maxLength(1000)), ""),
    planItem: z.optional(planItemLink),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (new Set(input.competencyIds).size !== input.competencyIds.length) ctx.addIssue({ code: "custom", path: ["competencyIds"], message: "Each competency once" });
      input.goals.forEach((goal, index) => {
        if (!input.competencyIds.includes(goal.competencyId)) ctx.addIssue({ code: "custom", path: ["goals", index, "competencyId"], message: "A goal belongs to one of the relation's competencies" });
      });
      if (input.kind === "mentoring" && !input.mentorId) ctx.addIssue({ code: "custom", path: ["mentorId"], message: "required" });
      if (input.kind === "coaching" && !input.menteeId) ctx.addIssue({ code: "custom", path: ["menteeId"], message: "required" });
    }),
  );

export type RequestMentorshipInput = z.infer<typeof requestMentorshipInput>;

export const reasonInput = z.object({ reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)) });

export const mentorshipParam = z.object({ id });

export const listMentorshipsQuery = z.object({
  as: z._default(z.enum(["mentee", "mentor"]), "mentee"),
  status: z.optional(z.enum(mentorshipStatuses)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
});

export type ListMentorshipsQuery = z.infer<typeof listMentorshipsQuery>;

export const mentorshipPartyView = z.object({ id: z.string(), name: z.string(), unitName: z.string() });

export const mentorshipGoalView = z.object({ id: z.string(), competencyId: z.string(), text: z.string() });

export type MentorshipGoal = z.infer<typeof mentorshipGoalView>;

export const mentorshipView = z.object({
  id: z.string(),
  kind: z.enum(mentorshipKinds),
  /** A request unanswered for 14 days reads "expired" even before the daily job records it. */
  status: z.enum(mentorshipStatuses),
  mentee: mentorshipPartyView,
  mentor: mentorshipPartyView,
  competencyIds: z.array(z.string()),
  goals: z.array(mentorshipGoalView),
  weeks: z.number(),
  message: z.string(),
  reason: z.nullable(z.string()),
  requestedAt: z.string(),
  /** Until when a request waits for an answer. */
  answerBy: z.nullable(z.string()),
  startedAt: z.nullable(z.string()),
  endsAt: z.nullable(z.string()),
  endedAt: z.nullable(z.string()),
  /** The start of the latest session logged (planned ones included). */
  lastSessionAt: z.nullable(z.string()),
  /** The JP its completion credited to the mentee. */
  creditedJp: z.nullable(z.number()),
  planItem: z.nullable(planItemLink),
  /** The state changes the viewer may ask for now. */
  can: z.array(z.enum(mentorshipActions)),
});

export type Mentorship = z.infer<typeof mentorshipView>;

export const mentorshipPage = z.object({ items: z.array(mentorshipView), cursor: z.nullable(z.string()) });

/** BKPSDM's view of mentoring across the city: where relations run, who is full, which have gone quiet. */
export const mentoringOverviewView = z.object({
  asOf: z.string(),
  /** Active relations by the mentee's unit. */
  byUnit: z.array(z.object({ unitName: z.string(), mentoring: z.number(), coaching: z.number() })),
  mentorsAtCapacity: z.array(z.object({ staffId: z.string(), name: z.string(), unitName: z.string(), capacity: z.number(), taken: z.number() })),
  /** Active relations with no session in the last 30 days, the quietest first. */
  quiet: z.array(
    z.object({ id: z.string(), kind: z.enum(mentorshipKinds), mentorName: z.string(), menteeName: z.string(), menteeUnitName: z.string(), lastSessionAt: z.nullable(z.string()), quietDays: z.number() }),
  ),
  /** Requests waiting for an answer. */
  requested: z.number(),
});

export type MentoringOverview = z.infer<typeof mentoringOverviewView>;
