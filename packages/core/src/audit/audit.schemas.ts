import * as z from "zod";

export const auditQuery = z.object({
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(64).optional(),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, "month as YYYY-MM")
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().min(1).optional(),
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
  before: z.unknown().describe("The record before the change (null when it was created)"),
  after: z.unknown().describe("The record after the change (null when it was removed)"),
});
export type AuditView = z.infer<typeof auditEntryView>;

export const auditPage = z.object({ items: z.array(auditEntryView), cursor: z.string().nullable() });
export type AuditPage = z.infer<typeof auditPage>;
