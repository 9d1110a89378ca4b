import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { AppContext } from "../context";
import { AppError, notFound } from "../errors";

// Crockford base32 without look-alike letters; 20 characters carry 100 random bits.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
export const CERTIFICATE_CODE = /^[0-9abcdefghjkmnpqrstvwxyz]{20}$/;

/** A long random code: guessing one is hopeless even without the rate limit. */
export function newCertificateCode(): string {
  const bytes = randomBytes(20);
  return Array.from(bytes, (byte) => ALPHABET[byte % 32]).join("");
}

export const certificateView = z.object({
  code: z.string(),
  courseTitle: z.string(),
  holderName: z.string(),
  institutionName: z.string(),
  completedOn: z.string(),
  jp: z.number(),
});
export type CertificateView = z.infer<typeof certificateView>;

/** What anyone may see of a certificate: no NIP, no email, no internal ids. */
export async function verifyCertificate(ctx: AppContext, rawCode: string): Promise<CertificateView> {
  const code = rawCode.trim().toLowerCase().replace(/[\s-]/g, "");
  if (!CERTIFICATE_CODE.test(code)) throw new AppError(404, "not_found", "No certificate has this code");
  const { data } = await ctx.db.entities.certificate.get({ code }).go();
  if (!data) throw notFound("Certificate");
  return {
    code: data.code,
    courseTitle: data.courseTitle,
    holderName: data.holderName,
    institutionName: data.institutionName,
    completedOn: data.completedOn,
    jp: data.jp,
  };
}
