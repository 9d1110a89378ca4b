import * as z from "zod";

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
  signatoryName: z.string().optional(),
  signatoryPosition: z.string().optional(),
  signatoryNip: z.string().optional(),
  city: z.string().optional(),
});

export type CertificateView = z.infer<typeof certificateView>;
export type Certificate = CertificateView;
