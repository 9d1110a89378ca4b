import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import { programStatuses } from "../values";

// Service programs: what staff send, and what everyone reads.

const milestoneInput = z.object({
  title: z.string().check(z.trim(), z.minLength(3), z.maxLength(200)),
  targetDate: z.iso.date("Use a date as YYYY-MM-DD"),
});

const competencyNeedInput = z.object({
  competencyId: z.enum(competencyIds as [string, ...string[]]),
  level: z.number().check(z.int(), z.gte(1), z.lte(5)),
});

const distinctNeeds = (needs: { competencyId: string }[]) => new Set(needs.map((n) => n.competencyId)).size === needs.length;

export const createProgramInput = z.object({
  title: z.string().check(z.trim(), z.minLength(5), z.maxLength(160)),
  description: z.string().check(z.trim(), z.minLength(10), z.maxLength(4000)),
  /** The owner unit, by code (a supervisor: their own). */
  unitCode: z.string().check(z.trim(), z.minLength(2), z.maxLength(32)),
  topicIds: z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.minLength(1), z.maxLength(20)),
  milestones: z.array(milestoneInput).check(z.minLength(1), z.maxLength(30)),
  competencyNeeds: z._default(
    z.array(competencyNeedInput).check(z.maxLength(20), z.refine(distinctNeeds, { message: "Each competency once" })),
    [],
  ),
});
export type CreateProgramInput = z.infer<typeof createProgramInput>;

export const programStatusInput = z.object({ status: z.enum(programStatuses) });
export type ProgramStatusInput = z.infer<typeof programStatusInput>;

export const programParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
export const milestoneParam = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  milestoneId: z.string().check(z.minLength(1), z.maxLength(64)),
});

export const listProgramsQuery = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1))),
});
export type ListProgramsQuery = z.infer<typeof listProgramsQuery>;

/** A unit's own list for its responders: the responder's unit by default, any unit for admins. */
export const unitProgramsQuery = z.object({
  unitCode: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2000))),
});
export type UnitProgramsQuery = z.infer<typeof unitProgramsQuery>;

export const milestoneView = z.object({ id: z.string(), title: z.string(), targetDate: z.string(), done: z.boolean(), doneAt: z.nullable(z.string()) });
export type Milestone = z.infer<typeof milestoneView>;

export const competencyNeedView = z.object({ competencyId: z.string(), name: z.string(), level: z.number() });
export type CompetencyNeed = z.infer<typeof competencyNeedView>;

export const programView = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  unit: z.object({ code: z.string(), name: z.string() }),
  status: z.enum(programStatuses),
  topicIds: z.array(z.string()),
  milestones: z.array(milestoneView),
  /** Done milestones over all of them, 0 to 1. */
  progress: z.number(),
  competencyNeeds: z.array(competencyNeedView),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof programView>;

/** A linked topic, by title and state (a hidden one shows no title). */
export const programTopicView = z.object({ id: z.string(), title: z.string(), status: z.string(), hidden: z.boolean() });
export const programDetailView = z.object({ ...programView.shape, topics: z.array(programTopicView) });
export type ProgramDetail = z.infer<typeof programDetailView>;

export const programPage = z.object({ items: z.array(programView), cursor: z.nullable(z.string()) });
export type ProgramPage = z.infer<typeof programPage>;

/** What a topic shows of its program. */
export const topicProgramView = z.object({ id: z.string(), title: z.string(), progress: z.number() });
export type TopicProgram = z.infer<typeof topicProgramView>;

/** BKPSDM's view: every program's competency needs. */
export const programNeedsView = z.object({
  items: z.array(
    z.object({
      programId: z.string(),
      title: z.string(),
      unit: z.object({ code: z.string(), name: z.string() }),
      status: z.enum(programStatuses),
      competencyNeeds: z.array(competencyNeedView),
    }),
  ),
});
export type ProgramNeeds = z.infer<typeof programNeedsView>;
