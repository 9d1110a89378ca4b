import * as z from "../zod";
import { competencyTypes, positionLevels } from "../values";

export const competencyView = z.object({
  id: z.string(),
  type: z.enum(competencyTypes),
  name: z.string(),
  description: z.string(),
  /** Descriptors of levels 1..5, index 0 is level 1. */
  levels: z.array(z.string()),
});
export type CompetencyView = z.infer<typeof competencyView>;

/** The framework: competencies, level names and the standard level per position level. */
export const frameworkView = z.object({
  items: z.array(competencyView),
  levels: z.array(z.object({ level: z.number(), name: z.string() })),
  standardLevels: z.record(z.enum(positionLevels), z.number()),
});
export type CompetencyDictionary = z.infer<typeof frameworkView>;
