import * as z from "../zod";
import { competencyIds } from "../competencies/competencies";
import { positionLevels, roles } from "../values";

export const nipField = z.string().check(z.trim(), z.superRefine((nip, ctx) => {
  const problem = nipProblem(nip);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}));

export const emailField = z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email("Invalid email address").check(z.maxLength(254)));
const nameField = z.string().check(z.trim(), z.minLength(2, "Name is too short"), z.maxLength(120));
const positionField = z.string().check(z.trim(), z.minLength(2, "Position is too short"), z.maxLength(160));

export const staffView = z.object({
  id: z.string(),
  nip: z.string(),
  name: z.string(),
  email: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  position: z.string(),
  positionLevel: z.enum(positionLevels),
  supervisorId: z.nullable(z.string()),
  roles: z.array(z.enum(roles)),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Only for the person, anyone above them in the supervisor chain, and admins. */
  competencyLevels: z.optional(z.record(z.string(), z.number())),
});
export type Staff = z.infer<typeof staffView>;

export const staffSummary = z.pick(staffView, {
  id: true,
  nip: true,
  name: true,
  unitId: true,
  unitName: true,
  position: true,
  positionLevel: true,
  active: true,
});
export type StaffSummary = z.infer<typeof staffSummary>;

/** What staff who are not admins see of a colleague in the directory: no NIP, e-mail or roles. */
export const colleagueSummary = z.pick(staffView, {
  id: true,
  name: true,
  unitId: true,
  unitName: true,
  position: true,
});
export type ColleagueSummary = z.infer<typeof colleagueSummary>;

export const createStaffInput = z.object({
  nip: nipField,
  name: nameField,
  email: emailField,
  unitId: z.string().check(z.minLength(1)),
  position: positionField,
  positionLevel: z.enum(positionLevels),
  supervisorId: z.nullish(z.string().check(z.minLength(1))),
  roles: z._default(z.array(z.enum(roles)).check(z.minLength(1)), ["staff"]),
  initialPassword: z.string().check(z.minLength(10, "Password must have at least 10 characters"), z.maxLength(200)),
});
export type CreateStaffInput = z.infer<typeof createStaffInput>;

export const updateStaffInput = z.partial(z.object({
  name: nameField,
  email: emailField,
  unitId: z.string().check(z.minLength(1)),
  position: positionField,
  positionLevel: z.enum(positionLevels),
  supervisorId: z.nullable(z.string().check(z.minLength(1))),
  roles: z.array(z.enum(roles)).check(z.minLength(1)),
  active: z.boolean(),
  competencyLevels: z.partialRecord(z.enum(competencyIds as [string, ...string[]]), z.number().check(z.int(), z.gte(1), z.lte(5))),
})).check(z.refine((patch) => Object.keys(patch).length > 0, "Nothing to change"));
export type UpdateStaffInput = z.infer<typeof updateStaffInput>;

export const listStaffQuery = z.object({
  unitId: z.optional(z.string().check(z.minLength(1))),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 25),
  cursor: z.optional(z.string().check(z.minLength(1))),
});
export type ListStaffQuery = z.infer<typeof listStaffQuery>;

export type NewStaff = z.input<typeof createStaffInput>;
export type StaffChanges = z.input<typeof updateStaffInput>;

export const staffParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });

/** One page of the directory: summaries for admins, colleagues for everyone else. */
export const staffPage = z.object({ items: z.array(z.union([staffSummary, colleagueSummary])), cursor: z.nullable(z.string()) });
export const teamList = z.object({ items: z.array(staffSummary) });

/** A page of any list read by cursor: `cursor` is null on the last page. */
export type Page<T> = { items: T[]; cursor: string | null };

export const importResultView = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export type ImportResult = z.infer<typeof importResultView>;

/** A CSV row the import refused (the details of a 422 invalid_rows). */
export const importRowErrorView = z.object({ row: z.number(), reason: z.string() });
export type ImportRowError = z.infer<typeof importRowErrorView>;

export const resetPasswordInput = z.object({ password: z.string().check(z.minLength(10), z.maxLength(200)) });

/**
 * NIP (Nomor Induk Pegawai) of a PNS: 18 digits =
 * birth date YYYYMMDD + appointment (TMT CPNS) YYYYMM + sex digit (1 man, 2 woman) + 3-digit sequence.
 * Returns the reason a NIP is invalid, or null when it is valid.
 */
export function nipProblem(nip: string): string | null {
  if (!/^\d{18}$/.test(nip)) return "NIP must be exactly 18 digits";
  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const birth = new Date(Date.UTC(birthYear, birthMonth - 1, birthDay));
  if (
    birthYear < 1940 ||
    birth.getUTCFullYear() !== birthYear ||
    birth.getUTCMonth() !== birthMonth - 1 ||
    birth.getUTCDate() !== birthDay
  ) {
    return "NIP digits 1-8 must be a valid birth date (YYYYMMDD)";
  }
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < birthYear + 15) {
    return "NIP digits 9-14 must be the appointment month (YYYYMM), at least 15 years after birth";
  }
  if (nip[14] !== "1" && nip[14] !== "2") return "NIP digit 15 must be 1 (man) or 2 (woman)";
  if (nip.slice(15) === "000") return "NIP digits 16-18 must be a sequence number from 001";
  return null;
}

export const isValidNip = (nip: string) => nipProblem(nip) === null;
