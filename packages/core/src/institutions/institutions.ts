import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEntry } from "../audit/audit";
import type { Actor } from "../auth/actor";
import type { AppContext } from "../context";
import { conflict, notFound } from "../errors";
import { writeTogether } from "../transaction";
import { institutionKinds } from "./institution.entity";

export const institutionView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(institutionKinds),
  contact: z.string(),
});
export type Institution = z.infer<typeof institutionView>;

export const createInstitutionInput = z.object({
  name: z.string().trim().min(3).max(160),
  kind: z.enum(institutionKinds),
  contact: z.string().trim().max(300).default(""),
});

const toView = ({ id, name, kind, contact }: Institution): Institution => ({ id, name, kind, contact });

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
  const institution = { id, ...input };
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
