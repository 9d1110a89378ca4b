import { randomBytes } from "node:crypto";
import { GetItemCommand, type AttributeValue, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type * as z from "../zod";
import { AppError } from "../errors";
import { witaDate } from "../time";
import type { certificateView } from "./certificates.schemas";

/**
 * Certificates: their codes, and the check the public Lambda runs. The check is one GetItem
 * on the certificate's public partition with the raw DynamoDB client, no ElectroDB, no zod,
 * nothing of the staff domain, so that the public bundle stays small and starts fast. The key
 * is the one `certificateSchema` (certificates.entity.ts) declares; the certificate tests
 * read through both. Issuing happens with the completion of a course (enrollments).
 */

/** What the public side needs of the context: the table and its client. */
export interface PublicContext {
  client: DynamoDBClient;
  tableName: string;
}

// Crockford base32: digits and letters without I, L, O and U, so a code read aloud or typed
// from paper cannot be mistaken.
/** New codes have 16 characters; codes issued before have 20 (they were shown in lowercase). */
export const CERTIFICATE_CODE = /^[0-9A-HJKMNP-TV-Z]{16}([0-9A-HJKMNP-TV-Z]{4})?$/;

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
export function signatoryOf(
  institution: { signatoryName?: string; signatoryPosition?: string; signatoryNip?: string; city?: string } | undefined,
) {
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
export interface CertificateView {
  code: string;
  /** The code as printed: uppercase in groups of four. */
  displayCode: string;
  courseTitle: string;
  holderName: string;
  institutionName: string;
  completedOn: string;
  jp: number;
  issuedOn: string;
  signatoryName?: string;
  signatoryPosition?: string;
  signatoryNip?: string;
  city?: string;
}

const text = (item: Record<string, AttributeValue>, name: string) => item[name]?.S;

export async function verifyCertificate(ctx: PublicContext, rawCode: string): Promise<CertificateView> {
  const code = normalizeCertificateCode(rawCode.trim());
  if (!CERTIFICATE_CODE.test(code)) throw new AppError(404, "not_found", "No certificate has this code");
  const { Item: item } = await ctx.client.send(
    new GetItemCommand({
      TableName: ctx.tableName,
      // ElectroDB writes key values in lowercase: `pub#certificate#${code}` / `certificate`.
      Key: { pk: { S: `pub#certificate#${code.toLowerCase()}` }, sk: { S: "certificate" } },
    }),
  );
  if (!item || text(item, "__edb_e__") !== "certificate") throw new AppError(404, "not_found", "Certificate not found");
  const stored = text(item, "code")!;
  return {
    code: stored,
    displayCode: formatCertificateCode(stored),
    courseTitle: text(item, "courseTitle")!,
    holderName: text(item, "holderName")!,
    institutionName: text(item, "institutionName")!,
    completedOn: text(item, "completedOn")!,
    jp: Number(item.jp?.N),
    issuedOn: witaDate(text(item, "issuedAt")!),
    ...signatoryOf({
      signatoryName: text(item, "signatoryName"),
      signatoryPosition: text(item, "signatoryPosition"),
      signatoryNip: text(item, "signatoryNip"),
      city: text(item, "city"),
    }),
  };
}

// Crockford base32 (see CERTIFICATE_CODE). 16 characters carry 80 random bits.
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

