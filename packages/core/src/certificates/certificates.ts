import { randomBytes } from "node:crypto";
import type * as z from "../zod";
import { CERTIFICATE_CODE, formatCertificateCode, normalizeCertificateCode, signatoryOf, verifyCertificate, type CertificateView } from "./certificate.public";
import { certificateView } from "./certificates.schemas";

export { CERTIFICATE_CODE, formatCertificateCode, normalizeCertificateCode, signatoryOf, verifyCertificate, type CertificateView };

// Crockford base32 (see certificate.public.ts). 16 characters carry 80 random bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;

/** A long random code: guessing one is hopeless even without the rate limit. */
export function newCertificateCode(): string {
  // 256 is a multiple of 32: every character is equally likely.
  return Array.from(randomBytes(CODE_LENGTH), (byte) => ALPHABET[byte % 32]).join("");
}

// The schema (for the OpenAPI document) and the view the public module returns stay one shape: a change to either alone fails the typecheck.
type Described = z.infer<typeof certificateView>;
export const certificateViewMatches: [CertificateView, Described] extends [Described, CertificateView] ? true : never = true;
