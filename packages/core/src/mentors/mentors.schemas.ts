import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import { mentoringModes } from "../values";

// Mentor profiles (what someone offers) and the suggestions that match mentees to them.

const competencyId = z.enum(competencyIds as [string, ...string[]]);

export const mentorCompetency = z.object({
  competencyId,
  level: z.number().check(z.int(), z.gte(3, "A mentor's level is at least 3 (Menengah)"), z.lte(5)),
});

export type MentorCompetency = z.infer<typeof mentorCompetency>;

export const mentorProfileInput = z
  .object({
    available: z.boolean(),
    capacity: z._default(z.number().check(z.int(), z.gte(1), z.lte(5)), 2),
    competencies: z.array(mentorCompetency).check(z.maxLength(competencyIds.length)),
    bio: z._default(z.string().check(z.trim(), z.maxLength(1000)), ""),
    modes: z.array(z.enum(mentoringModes)).check(z.minLength(1, "Choose at least one mode"), z.maxLength(mentoringModes.length)),
  })
  .check(
    z.superRefine((input, ctx) => {
      const seen = new Set<string>();
      input.competencies.forEach((c, index) => {
        if (seen.has(c.competencyId)) ctx.addIssue({ code: "custom", path: ["competencies", index, "competencyId"], message: "Each competency once" });
        seen.add(c.competencyId);
      });
      if (new Set(input.modes).size !== input.modes.length) ctx.addIssue({ code: "custom", path: ["modes"], message: "Each mode once" });
    }),
  );

export type MentorProfileInput = z.infer<typeof mentorProfileInput>;

export const mentorProfileView = z.object({
  staffId: z.string(),
  name: z.string(),
  unitName: z.string(),
  position: z.string(),
  /** False until the person saves a profile once. */
  offered: z.boolean(),
  available: z.boolean(),
  capacity: z.number(),
  /** Seats held by active mentorships. */
  taken: z.number(),
  competencies: z.array(mentorCompetency),
  bio: z.string(),
  modes: z.array(z.enum(mentoringModes)),
  updatedAt: z.nullable(z.string()),
  /** The mentees' average rating (1-5), shown to admins only and only from 3 ratings on; null otherwise. */
  rating: z.nullable(z.object({ average: z.number(), count: z.number() })),
});

export const mentorParam = z.object({ staffId: z.string().check(z.minLength(1), z.maxLength(64)) });

export type MentorProfile = z.infer<typeof mentorProfileView>;

export const suggestionsQuery = z.object({ competencyId: z.optional(competencyId) });

export type SuggestionsQuery = z.infer<typeof suggestionsQuery>;

export const mentorSuggestionView = z.object({
  mentorId: z.string(),
  name: z.string(),
  unitName: z.string(),
  position: z.string(),
  /** The competency this suggestion is for, and the mentor's level in it. */
  competencyId: z.string(),
  level: z.number(),
  /** 0-100, see the formula in mentors.ts. */
  score: z.number(),
  /** The score in words, one line per part. */
  reasons: z.array(z.string()),
});

export type MentorSuggestion = z.infer<typeof mentorSuggestionView>;

export const mentorSuggestionList = z.object({ items: z.array(mentorSuggestionView) });
