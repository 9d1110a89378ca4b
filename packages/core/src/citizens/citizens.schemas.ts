import * as z from "../zod";
import { kecamatanList } from "../values";

// Citizens: sign-in by a code sent by e-mail, and what they show of themselves.

// Trimmed and lowercased first: " Siti@Example.org " is siti@example.org.
const email = z.pipe(z.string().check(z.trim(), z.toLowerCase(), z.maxLength(254)), z.email("Enter a valid e-mail address"));

export const requestCodeInput = z.object({ email });

export const verifyCodeInput = z.object({
  email,
  code: z.string().check(z.trim(), z.regex(/^\d{6}$/, "The code has 6 digits")),
  /** Needed the first time: the name shown publicly with what the citizen writes. */
  displayName: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(40))),
});

export type VerifyCodeInput = z.infer<typeof verifyCodeInput>;

export const codeSentView = z.object({
  /** The same answer whether or not the address is known. */
  sent: z.literal(true),
  /** Minutes the code stays valid. */
  validMinutes: z.number(),
});
export type CodeSent = z.infer<typeof codeSentView>;

export const updateCitizenInput = z.object({
  displayName: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(40))),
  kecamatan: z.optional(z.nullable(z.enum(kecamatanList))),
});

export const citizenView = z.object({
  displayName: z.string(),
  kecamatan: z.nullable(z.enum(kecamatanList)),
  /** e.g. "s***@example.org" */
  email: z.string(),
  blocked: z.boolean(),
});

export type CitizenView = z.infer<typeof citizenView>;
