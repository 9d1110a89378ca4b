import { randomBytes } from "node:crypto";
import * as z from "zod";
import { CERTIFICATE_CODE, formatCertificateCode, normalizeCertificateCode, signatoryOf, verifyCertificate, type CertificateView } from "./certificate.public";

export { CERTIFICATE_CODE, formatCertificateCode, normalizeCertificateCode, signatoryOf, verifyCertificate, type CertificateView };

// Crockford base32 (see certificate.public.ts). 16 characters carry 80 random bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;

/** A long random code: guessing one is hopeless even without the rate limit. */
export function newCertificateCode(): string {
  // 256 is a multiple of 32: every character is equally likely.
  return Array.from(randomBytes(CODE_LENGTH), (byte) => ALPHABET[byte % 32]).join("");
}

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
// The schema (for the OpenAPI document) and the view the public module returns stay one shape: a change to either alone fails the typecheck.
type Described = z.infer<typeof certificateView>;
export const certificateViewMatches: [CertificateView, Described] extends [Described, CertificateView] ? true : never = true;
