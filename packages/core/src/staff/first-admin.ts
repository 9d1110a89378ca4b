import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "../actor";
import type { AppContext } from "../context";
import { hashPassword } from "../password";
import * as z from "../zod";
import { createUnit } from "../units/units";
import { unitKinds } from "../values";
import { findStaffIdByLogin, getStaffRecord, newStaffRecord, resetPassword, saveNewStaff, updateStaff } from "./staff";
import { NO_SUPERVISOR, type Role } from "./staff.entity";
import { createStaffInput } from "./staff.schemas";

/** Who an admin account made from the command line is, for the audit trail. */
const commandLine: Actor = { id: "system", name: "npm run admin", roles: ["admin"], unitId: "bkpsdm", supervisorId: null };

export const adminAccountInput = z.object({
  nip: createStaffInput.shape.nip,
  name: createStaffInput.shape.name,
  email: createStaffInput.shape.email,
  position: z._default(createStaffInput.shape.position, "Administrator Kompeten"),
  /** A unit code; made when the stage has no such unit yet, with `unitName` (and `unitKind`). */
  unit: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{2,30}$/, "a unit code such as BKPSDM")),
  unitName: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(160))),
  unitKind: z._default(z.enum(unitKinds), "badan"),
});
export type AdminAccountInput = z.input<typeof adminAccountInput>;

export type AdminAccountResult = { staffId: string; created: boolean; unitCreated: boolean; oneTimePassword: string };

/** 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I). */
function oneTimePassword(): string {
  const alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return [...randomBytes(20)].map((byte) => alphabet[byte % alphabet.length]).join("");
}

export class AdminAccountError extends Error {}

/**
 * Makes the first admin of a stage, or makes an existing account (found by NIP or e-mail) an
 * active admin again. Either way it gets a new one-time password that must be changed at the
 * first sign-in, and every session it had ends.
 */
export async function provideAdminAccount(ctx: AppContext, raw: AdminAccountInput): Promise<AdminAccountResult> {
  const parsed = adminAccountInput.safeParse(raw);
  if (!parsed.success) throw new AdminAccountError(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("; "));
  const input = parsed.data;
  const password = oneTimePassword();

  const byNip = await findStaffIdByLogin(ctx, input.nip);
  const byEmail = await findStaffIdByLogin(ctx, input.email);
  if (byNip && byEmail && byNip !== byEmail) throw new AdminAccountError("the NIP and the e-mail belong to two different accounts");
  const existingId = byNip ?? byEmail;

  const unitId = input.unit.toLowerCase();
  const { data: unit } = await ctx.db.entities.unit.get({ id: unitId }).go();
  let unitCreated = false;
  if (!unit) {
    if (!input.unitName) throw new AdminAccountError(`the stage has no unit ${input.unit}: give --unit-name (and --unit-kind) to make it`);
    await createUnit(ctx, commandLine, { code: input.unit.toUpperCase(), name: input.unitName, kind: input.unitKind });
    unitCreated = true;
  }

  if (existingId) {
    const current = await getStaffRecord(ctx, existingId);
    const roles: Role[] = [...new Set<Role>([...(current.roles as Role[]), "staff", "admin"])];
    if (!current.active || roles.length !== current.roles.length) await updateStaff(ctx, commandLine, existingId, { active: true, roles });
    await resetPassword(ctx, commandLine, existingId, password);
    return { staffId: existingId, created: false, unitCreated, oneTimePassword: password };
  }

  const { data: unitRecord } = await ctx.db.entities.unit.get({ id: unitId }).go();
  const record = newStaffRecord(ctx, {
    id: randomUUID(),
    nip: input.nip,
    name: input.name,
    email: input.email,
    unitId,
    unitName: unitRecord!.name,
    position: input.position,
    positionLevel: "administrator",
    supervisorId: NO_SUPERVISOR,
    roles: ["staff", "admin"],
    passwordHash: await hashPassword(password),
  });
  await saveNewStaff(ctx, commandLine, record, "staff.create_admin");
  return { staffId: record.id, created: true, unitCreated, oneTimePassword: password };
}
