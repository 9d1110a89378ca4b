import * as z from "../zod";

export const certificateView = z.object({
  code: z.string(),
  /** The code as printed: uppercase in groups of four. */
  displayCode: z.string(),
  courseTitle: z.string(),
  holderName: z.string(),
  institutionName: z.string(),
  completedOn: z.string(),
  jp: z.number(),
  issuedOn: z.string(),
  signatoryName: z.optional(z.string()),
  signatoryPosition: z.optional(z.string()),
  signatoryNip: z.optional(z.string()),
  city: z.optional(z.string()),
});

export type CertificateView = z.infer<typeof certificateView>;
export type Certificate = CertificateView;

/** A certificate code in a path, as someone typed it (normalised before the lookup). */
export const certificateParam = z.object({ code: z.string().check(z.minLength(1), z.maxLength(64)) });
