import * as z from "zod";

/**
 * What differs from one deployed stage to another, read from the environment of `sst deploy`
 * (e.g. `KOMPETEN_DOMAIN=kompeten.mataramkota.go.id KOMPETEN_ALARM_EMAIL=... npm run deploy`).
 * Each one is optional: a stage without them still deploys, on CloudFront's own address.
 */
const settingsSchema = z
  .object({
    /** The site's own host name; needs `certificateArn`. */
    KOMPETEN_DOMAIN: z.string().regex(/^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, "a host name such as kompeten.mataramkota.go.id").optional(),
    /** An ACM certificate for the domain, in us-east-1 as CloudFront requires. */
    KOMPETEN_CERTIFICATE_ARN: z.string().regex(/^arn:aws:acm:us-east-1:\d{12}:certificate\/[0-9a-f-]+$/, "an ACM certificate ARN in us-east-1").optional(),
    /** Who receives the stage's alarms (one SNS topic per stage). */
    KOMPETEN_ALARM_EMAIL: z.email().optional(),
    /** The e-mail sender, an SES-verified address or an address of an SES-verified domain. */
    KOMPETEN_MAIL_FROM: z.string().regex(/^(?:[^<>]+<)?[^@<>\s]+@[^@<>\s]+>?$/, 'an address such as "Kompeten <noreply@kompeten.mataramkota.go.id>"').optional(),
    /** A CloudFront-scope WAF web ACL (in us-east-1, with the rate-based rules of README "Deploy"), attached to the distribution. */
    KOMPETEN_WEB_ACL_ARN: z.string().regex(/^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\/[^/]+\/[0-9a-f-]+$/, "a CloudFront-scope WAF web ACL ARN").optional(),
  })
  .refine((s) => !s.KOMPETEN_DOMAIN === !s.KOMPETEN_CERTIFICATE_ARN, { message: "KOMPETEN_DOMAIN and KOMPETEN_CERTIFICATE_ARN go together" });

export interface StageSettings {
  domain?: { name: string; certificateArn: string };
  alarmEmail?: string;
  mailFrom: string;
  webAclArn?: string;
}

export const DEFAULT_MAIL_FROM = "Kompeten <noreply@kompeten.mataramkota.go.id>";

/** The stage's settings; a wrong value stops the synthesis with the variable's name. */
export function stageSettings(env: Record<string, string | undefined> = process.env): StageSettings {
  const parsed = settingsSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith("KOMPETEN_") && value !== "")));
  if (!parsed.success) {
    throw new Error(`Stage settings: ${parsed.error.issues.map((i) => `${i.path.join(".") || "settings"}: ${i.message}`).join("; ")}`);
  }
  const s = parsed.data;
  return {
    domain: s.KOMPETEN_DOMAIN && s.KOMPETEN_CERTIFICATE_ARN ? { name: s.KOMPETEN_DOMAIN, certificateArn: s.KOMPETEN_CERTIFICATE_ARN } : undefined,
    alarmEmail: s.KOMPETEN_ALARM_EMAIL,
    mailFrom: s.KOMPETEN_MAIL_FROM ?? DEFAULT_MAIL_FROM,
    webAclArn: s.KOMPETEN_WEB_ACL_ARN,
  };
}

/** The SES identities a sender may send as: its address and its domain (whichever is verified). */
export function senderIdentities(mailFrom: string): string[] {
  const address = (mailFrom.match(/<([^>]+)>/)?.[1] ?? mailFrom).trim();
  return [address, address.split("@")[1]!];
}
