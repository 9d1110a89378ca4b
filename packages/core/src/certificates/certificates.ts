import { randomBytes } from "node:crypto";
import type { AppContext } from "../context";
import { AppError, notFound } from "../errors";
import type { Institution } from "../institutions/institutions";
import { witaDate } from "../time";
import { certificateView, type CertificateView } from "./certificates.schemas";

export { certificateView, type CertificateView };

// Crockford base32: digits and letters without I, L, O and U, so a code read aloud or typed
// from paper cannot be mistaken. 16 characters carry 80 random bits.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 16;
/** New codes have 16 characters; codes issued before have 20 (they were shown in lowercase). */
export const CERTIFICATE_CODE = /^[0-9A-HJKMNP-TV-Z]{16}([0-9A-HJKMNP-TV-Z]{4})?$/;

/** A long random code: guessing one is hopeless even without the rate limit. */
export function newCertificateCode(): string {
  // 256 is a multiple of 32: every character is equally likely.
  return Array.from(randomBytes(CODE_LENGTH), (byte) => ALPHABET[byte % 32]).join("");
}

/**
 * A code as someone typed or read it: any case, with or without dashes or spaces, and the
 * look-alikes Crockford maps (O is 0, I and L are 1).
 */
export function normalizeCertificateCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
}

/** XXXX-XXXX-XXXX-XXXX: how a code is printed and read aloud. */
export function formatCertificateCode(code: string): string {
  return normalizeCertificateCode(code).match(/.{1,4}/g)?.join("-") ?? "";
}

/** The signing official and place of an institution, as copied onto a certificate at issue. */
export function signatoryOf(institution: Pick<Institution, "signatoryName" | "signatoryPosition" | "signatoryNip" | "city"> | undefined) {
  if (!institution) return {};
  const { signatoryName, signatoryPosition, signatoryNip, city } = institution;
  return Object.fromEntries(Object.entries({ signatoryName, signatoryPosition, signatoryNip, city }).filter(([, value]) => value)) as {
    signatoryName?: string;
    signatoryPosition?: string;
    signatoryNip?: string;
    city?: string;
  };
}

/** What anyone may see of a certificate: no NIP or email of the holder, no internal ids. */
export async function verifyCertificate(ctx: AppContext, rawCode: string): Promise<CertificateView> {
  const code = normalizeCertificateCode(rawCode.trim());
  if (!CERTIFICATE_CODE.test(code)) throw new AppError(404, "not_found", "No certificate has this code");
  const { data } = await ctx.db.entities.certificate.get({ code }).go();
  if (!data) throw notFound("Certificate");
  return {
    code: data.code,
    displayCode: formatCertificateCode(data.code),
    courseTitle: data.courseTitle,
    holderName: data.holderName,
    institutionName: data.institutionName,
    completedOn: data.completedOn,
    jp: data.jp,
    issuedOn: witaDate(data.issuedAt),
    ...signatoryOf(data),
  };
}
