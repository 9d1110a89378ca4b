import { randomUUID } from "node:crypto";
import type * as z from "../zod";
import { auditEntry } from "../audit/audit";
import type { Actor } from "../actor";
import type { AppContext } from "../context";
import { conflict, notFound } from "../errors";
import { writeTogether } from "../transaction";
import { createInstitutionInput, institutionView, updateInstitutionInput, type Institution } from "./institutions.schemas";

export { createInstitutionInput, institutionView, updateInstitutionInput, type Institution };

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
