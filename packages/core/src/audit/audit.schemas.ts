import * as z from "../zod";

export const auditQuery = z.object({
  targetType: z.optional(z.string().check(z.maxLength(40))),
  targetId: z.optional(z.string().check(z.maxLength(64))),
  month: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/, "month as YYYY-MM"))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
  cursor: z.optional(z.string().check(z.minLength(1))),
});
export type AuditQuery = z.infer<typeof auditQuery>;

/** One change: who did what to which record, with the record before and after. */
export const auditEntryView = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  actorName: z.string(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown().register(z.globalRegistry, { description: "The record before the change (null when it was created)" }),
  after: z.unknown().register(z.globalRegistry, { description: "The record after the change (null when it was removed)" }),
});
export type AuditView = z.infer<typeof auditEntryView>;

export const auditPage = z.object({ items: z.array(auditEntryView), cursor: z.nullable(z.string()) });
export type AuditPage = z.infer<typeof auditPage>;
