import { randomUUID } from "node:crypto";
import * as z from "zod";
import { auditEntry } from "../audit/audit";
import type { Actor } from "../auth/actor";
import type { AppContext } from "../context";
import { conflict, notFound } from "../errors";
import { nipField } from "../staff/staff.schemas";
import { writeTogether } from "../transaction";
import { institutionKinds } from "./institution.entity";

export const institutionView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(institutionKinds),
  contact: z.string(),
  /** The official who signs this institution's certificates. */
  signatoryName: z.string().optional(),
  signatoryPosition: z.string().optional(),
  signatoryNip: z.string().optional(),
  /** Where certificates are signed, printed before the date. */
  city: z.string().optional(),
});
export type Institution = z.infer<typeof institutionView>;

// An empty text clears the field (the form sends what its boxes hold).
const optionalText = (max: number, min = 2) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => value === "" || value.length >= min, `At least ${min} characters`)
    .optional();

const signatoryFields = {
  signatoryName: optionalText(160),
  signatoryPosition: optionalText(160),
  // A signing official who is a PNS has an 18-digit NIP; others leave it empty.
  signatoryNip: z.union([z.literal(""), nipField]).optional(),
  city: optionalText(80),
};

export const createInstitutionInput = z.object({
  name: z.string().trim().min(3).max(160),
  kind: z.enum(institutionKinds),
  contact: z.string().trim().max(300).default(""),
  ...signatoryFields,
});

export const updateInstitutionInput = z
  .object({
    name: z.string().trim().min(3).max(160).optional(),
    kind: z.enum(institutionKinds).optional(),
    contact: z.string().trim().max(300).optional(),
    ...signatoryFields,
  })
  .refine((patch) => Object.keys(patch).length > 0, "Change at least one field");

const OPTIONAL = ["signatoryName", "signatoryPosition", "signatoryNip", "city"] as const;

function toView(record: Institution): Institution {
  const view: Institution = { id: record.id, name: record.name, kind: record.kind, contact: record.contact };
  for (const key of OPTIONAL) if (record[key]) view[key] = record[key];
  return view;
}

export async function listInstitutions(ctx: AppContext): Promise<Institution[]> {
  const { data } = await ctx.db.entities.institution.query.all({}).go({ pages: "all" });
  return data.map(toView);
}

export async function getInstitution(ctx: AppContext, id: string): Promise<Institution> {
  const { data } = await ctx.db.entities.institution.get({ id }).go();
  if (!data) throw notFound("Institution");
  return toView(data);
}

export async function createInstitution(ctx: AppContext, actor: Actor, input: z.infer<typeof createInstitutionInput>, id: string = randomUUID()) {
  const institution = toView({ id, ...input });
  await writeTogether(
    ctx,
    ({ institution: institutions, audit }) => [
      institutions.create({ ...institution, createdAt: ctx.now().toISOString() }).commit(),
      audit.create(auditEntry(ctx, actor, { action: "institution.create", targetType: "institution", targetId: id, after: institution })).commit(),
    ],
    () => conflict("This institution already exists"),
  );
  return institution;
}

/**
 * Edits an institution, e.g. who signs its certificates. Certificates already issued keep the
 * signatory they were printed with. An empty optional field is removed.
 */
export async function updateInstitution(ctx: AppContext, actor: Actor, id: string, patch: z.infer<typeof updateInstitutionInput>) {
  const before = await getInstitution(ctx, id);
  const merged: Record<string, unknown> = { ...before, ...patch };
  const after = toView(merged as Institution);
  if (JSON.stringify(after) === JSON.stringify(before)) return before;
  const removed = OPTIONAL.filter((key) => before[key] !== undefined && after[key] === undefined);
  const { id: _id, ...fields } = after;
  await writeTogether(
    ctx,
    ({ institution: institutions, audit }) => [
      (removed.length ? institutions.patch({ id }).set(fields).remove([...removed]) : institutions.patch({ id }).set(fields)).commit(),
      audit.create(auditEntry(ctx, actor, { action: "institution.update", targetType: "institution", targetId: id, before, after })).commit(),
    ],
    () => notFound("Institution"),
  );
  return after;
}
