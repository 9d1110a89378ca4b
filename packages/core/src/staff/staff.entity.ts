import { createSchema } from "electrodb";
import { positionLevels } from "../values";
import { keyedBy } from "../table/keys";

export { positionLevels, roles, type PositionLevel, type Role } from "../values";

/** Stored for staff without a supervisor, so the by-supervisor index stays dense and updatable. */
export const NO_SUPERVISOR = "-";

/** A civil servant (ASN) with the account they sign in with. */
export const staffSchema = createSchema({
  model: { entity: "staff", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    nip: { type: "string", required: true },
    name: { type: "string", required: true },
    email: { type: "string", required: true },
    unitId: { type: "string", required: true },
    // Copied from the unit so that a staff page is one Query, not one per unit.
    unitName: { type: "string", required: true },
    // When the person last moved unit: learning earned before counts in the old unit's ledger index.
    unitChangedAt: { type: "string" },
    position: { type: "string", required: true },
    positionLevel: { type: positionLevels, required: true },
    supervisorId: { type: "string", required: true, default: NO_SUPERVISOR },
    roles: { type: "set", items: "string", required: true },
    active: { type: "boolean", required: true, default: true },
    // Current level per competency id (1-5), from the profile until evaluations set it.
    competencyLevels: { type: "any", required: true, default: () => ({}) },
    // Account
    passwordHash: { type: "string" },
    mustChangePassword: { type: "boolean", required: true, default: true },
    // Bumped on password change and logout: every older session stops working.
    sessionVersion: { type: "number", required: true, default: 1 },
    failedLogins: { type: "number", required: true, default: 0 },
    lockedUntil: { type: "number" },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: keyedBy("primary", ["id"], []),
    // Key values are lower-cased by ElectroDB, so a name prefix search is case-insensitive.
    byUnit: keyedBy("gsi1", ["unitId"], ["name", "id"]),
    byName: keyedBy("gsi2", [], ["name", "id"]),
    byNip: keyedBy("gsi3", [], ["nip"]),
    bySupervisor: keyedBy("gsi4", ["supervisorId"], ["name", "id"]),
  },
});

/**
 * Uniqueness guard and lookup for the values staff sign in with (NIP, email).
 * Written in the same transaction as the staff record, so two accounts can never share one.
 */
export const staffLoginSchema = createSchema({
  model: { entity: "staffLogin", version: "1", service: "kompeten" },
  attributes: {
    kind: { type: ["nip", "email"] as const, required: true },
    value: { type: "string", required: true },
    staffId: { type: "string", required: true },
  },
  indexes: {
    byValue: keyedBy("primary", ["kind", "value"], []),
  },
});

/**
 * One entry per distinct word of a staff member's name (see name-words.ts), written in the
 * same transaction as the staff record and rewritten when the name or unit changes. Staff
 * are deactivated, never deleted, so the entries stay with the record.
 */
export const staffNameWordSchema = createSchema({
  model: { entity: "staffNameWord", version: "1", service: "kompeten" },
  attributes: {
    staffId: { type: "string", required: true },
    word: { type: "string", required: true },
    prevWord: { type: "string" },
    folded: { type: "string", required: true },
    unitId: { type: "string", required: true },
  },
  indexes: {
    byStaff: keyedBy("primary", ["staffId"], ["word"]),
    byWord: keyedBy("gsi1", [], ["word", "staffId"]),
    byUnitWord: keyedBy("gsi2", ["unitId"], ["word", "staffId"]),
  },
});
