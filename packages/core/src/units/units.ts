import { auditEntry } from "../audit/audit";
import type { Actor } from "../actor";
import type { AppContext } from "../context";
import { conflict, notFound } from "../errors";
import { writeTogether } from "../transaction";
import { createUnitInput, unitView, type CreateUnitInput, type Unit } from "./units.schemas";

export { createUnitInput, unitView, type CreateUnitInput, type Unit };

const toUnit = ({ id, code, name, kind }: Unit): Unit => ({ id, code, name, kind });

export async function listUnits(ctx: AppContext): Promise<Unit[]> {
  const { data } = await ctx.db.entities.unit.query.all({}).go({ pages: "all" });
  return data.map(toUnit);
}

export async function getUnit(ctx: AppContext, id: string): Promise<Unit> {
  const { data } = await ctx.db.entities.unit.get({ id }).go();
  if (!data) throw notFound("Unit");
  return toUnit(data);
}

export async function createUnit(ctx: AppContext, actor: Actor, input: CreateUnitInput): Promise<Unit> {
  const unit = { ...input, id: input.code.toLowerCase() };
  await writeTogether(
    ctx,
    ({ unit: units, audit }) => [
      units.create({ ...unit, createdAt: ctx.now().toISOString() }).commit(),
      audit.create(auditEntry(ctx, actor, { action: "unit.create", targetType: "unit", targetId: unit.id, after: unit })).commit(),
    ],
    () => conflict(`A unit with code ${input.code} already exists`, { field: "code" }),
  );
  return unit;
}
