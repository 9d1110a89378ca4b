import { GetItemCommand, type AttributeValue, type DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { AppError } from "../errors";
import { witaDate } from "../time";

/**
 * The certificate check as the public Lambda runs it: one GetItem on the certificate's
 * public partition with the raw DynamoDB client, no ElectroDB, no zod, nothing of the staff
 * domain, so that the public bundle stays small and starts fast. The key is the one
 * `certificateSchema` (certificate.entity.ts) declares; the certificate tests read through
 * both.
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
