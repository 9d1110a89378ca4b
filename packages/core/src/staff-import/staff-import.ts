import { randomUUID } from "node:crypto";
import * as z from "../zod";
import type { Actor } from "../actor";
import type { AppContext } from "../context";
import { getAllByKeys } from "../batch";
import { inParallel } from "../concurrency";
import { AppError } from "../errors";
import { listUnits, type Unit } from "../units/units";
import { newStaffRecord, saveNewStaff, saveStaffChange, type StaffRecord } from "../staff/staff";
import { NO_SUPERVISOR, positionLevels, type PositionLevel } from "../staff/staff.entity";
import { emailField, nipField } from "../staff/staff.schemas";

export const IMPORT_COLUMNS = ["nip", "name", "email", "unit", "position", "supervisor_nip"] as const;
type Column = (typeof IMPORT_COLUMNS)[number] | "position_level";

/**
 * Headers in Bahasa Indonesia, as BKPSDM's own spreadsheets name them, next to the English ones.
 * Each file may use either name for a column (case and spaces do not matter).
 */
const HEADER_ALIASES: Record<string, Column> = {
  nama: "name",
  nama_lengkap: "name",
  surel: "email",
  unit_kerja: "unit",
  jabatan: "position",
  nip_atasan: "supervisor_nip",
  tingkat_jabatan: "position_level",
  jenjang_jabatan: "position_level",
};
/** The template's header: the Indonesian names, in the order the form shows them. */
export const TEMPLATE_COLUMNS = ["nip", "nama", "email", "unit", "jabatan", "nip_atasan", "tingkat_jabatan"] as const;

/** An empty import file to fill in (header only; UTF-8 with a BOM so spreadsheet programs read it right). */
export function importTemplateCsv(): string {
  return `\uFEFF${TEMPLATE_COLUMNS.join(",")}\r\n`;
}

const canonicalHeader = (header: string): string => {
  const name = header.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return HEADER_ALIASES[name] ?? name;
};
export const MAX_IMPORT_ROWS = 5000;
const WRITE_CONCURRENCY = 8;

export interface RowError {
  row: number;
  reason: string;
}
export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

const rowSchema = z.object({
  nip: nipField,
  name: z.string().check(z.trim(), z.minLength(2, "name is missing"), z.maxLength(120)),
  email: emailField,
  unit: z.string().check(z.trim(), z.minLength(1, "unit is missing")),
  position: z.string().check(z.trim(), z.minLength(2, "position is missing"), z.maxLength(160)),
  supervisor_nip: z._default(z.union([z.literal(""), nipField]), ""),
  position_level: z._default(z.string().check(z.trim()), ""),
});
type Row = z.infer<typeof rowSchema> & { line: number; positionLevel?: PositionLevel };

/** "JPT Pratama", "jpt_pratama" and "jpt-pratama" all name the same level. */
function parsePositionLevel(value: string): PositionLevel | undefined | null {
  if (!value) return undefined;
  const normalized = value.toLowerCase().replace(/[\s-]+/g, "_");
  return (positionLevels as readonly string[]).includes(normalized) ? (normalized as PositionLevel) : null;
}

const invalidRows = (rows: RowError[]) =>
  new AppError(422, "invalid_rows", `${rows.length} row(s) are invalid; nothing was imported`, { rows });

/** Parses and checks every row on its own (format, duplicates within the file). */
async function parseRows(csv: string): Promise<{ rows: Row[]; label: (column: Column) => string }> {
  // Loaded on the first import only: the parser is a sizeable share of the staff Lambda, which starts without it.
  const { parse } = await import("csv-parse/sync");
  let records: Record<string, string>[];
  // A row error names the column as the file's header does.
  const used = new Map<string, string>();
  try {
    records = parse(csv, {
      columns: (header: string[]) =>
        header.map((h) => {
          const column = canonicalHeader(h);
          if (!used.has(column)) used.set(column, h.trim());
          return column;
        }),
      bom: true,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    throw new AppError(400, "invalid_csv", `The file is not valid CSV: ${(error as Error).message}`);
  }
  const label = (column: Column) => used.get(column) ?? column;
  if (records.length === 0) {
    throw invalidRows([{ row: 1, reason: `Expected a header (${TEMPLATE_COLUMNS.join(",")} or ${IMPORT_COLUMNS.join(",")}) and at least one row` }]);
  }
  const missing = IMPORT_COLUMNS.filter((column) => !(column in records[0]!));
  if (missing.length) {
    const names = missing.map((column) => {
      const indonesian = TEMPLATE_COLUMNS.find((name) => canonicalHeader(name) === column && name !== column);
      return indonesian ? `${indonesian} (${column})` : column;
    });
    throw invalidRows([{ row: 1, reason: `Missing column(s): ${names.join(", ")}` }]);
  }
  if (records.length > MAX_IMPORT_ROWS) throw new AppError(413, "too_many_rows", `At most ${MAX_IMPORT_ROWS} rows per import`);

  const errors: RowError[] = [];
  const rows: Row[] = [];
  const seenNip = new Map<string, number>();
  const seenEmail = new Map<string, number>();
  records.forEach((record, index) => {
    const line = index + 2; // line 1 is the header
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      errors.push({ row: line, reason: `${issue.path[0] ? label(issue.path[0] as Column) : "row"}: ${issue.message}` });
      return;
    }
    const row: Row = { ...parsed.data, line };
    const level = parsePositionLevel(row.position_level);
    if (level === null) return errors.push({ row: line, reason: `${label("position_level")}: must be one of ${positionLevels.join(", ")} (e.g. JPT Pratama)` }), undefined;
    row.positionLevel = level;
    if (row.supervisor_nip === row.nip) return errors.push({ row: line, reason: `${label("supervisor_nip")}: a staff member cannot supervise themselves` }), undefined;
    if (seenNip.has(row.nip)) return errors.push({ row: line, reason: `${label("nip")}: already on row ${seenNip.get(row.nip)}` }), undefined;
    if (seenEmail.has(row.email)) return errors.push({ row: line, reason: `${label("email")}: already on row ${seenEmail.get(row.email)}` }), undefined;
    seenNip.set(row.nip, line);
    seenEmail.set(row.email, line);
    rows.push(row);
  });
  if (errors.length) throw invalidRows(errors);
  return { rows, label };
}

/** The stored accounts behind the given NIPs and emails (batched GetItems, no Scan). */
async function loadExisting(ctx: AppContext, nips: string[], emails: string[]) {
  const { staffLogin, staff } = ctx.db.entities;
  const loginKeys = [
    ...nips.map((value) => ({ kind: "nip" as const, value })),
    ...emails.map((value) => ({ kind: "email" as const, value })),
  ];
  const logins = loginKeys.length ? await getAllByKeys(loginKeys, (keys) => staffLogin.get(keys).go({ unprocessed: "item" })) : [];
  const ids = [...new Set(logins.map((login) => login.staffId))].map((id) => ({ id }));
  const records = ids.length ? await getAllByKeys(ids, (keys) => staff.get(keys).go({ unprocessed: "item" })) : [];
  const byId = new Map(records.map((record) => [record.id, record]));
  const staffIdByNip = new Map(logins.filter((l) => l.kind === "nip").map((l) => [l.value, l.staffId]));
  const staffIdByEmail = new Map(logins.filter((l) => l.kind === "email").map((l) => [l.value, l.staffId]));
  return { byId, staffIdByNip, staffIdByEmail };
}

/**
 * Imports staff from CSV (nip,name,email,unit,position,supervisor_nip[,position_level], or in
 * Bahasa Indonesia nip,nama,email,unit,jabatan,nip_atasan[,tingkat_jabatan]).
 * Every row is checked first; if any is invalid nothing is written. Rows that match what is
 * stored are left alone, so importing the same file twice changes nothing the second time.
 * New accounts have no password yet: an admin sets a first one, which must be changed at sign-in.
 */
export async function importStaff(ctx: AppContext, actor: Actor, csv: string): Promise<ImportResult> {
  const { rows, label } = await parseRows(csv);
  const supervisorNips = rows.map((row) => row.supervisor_nip).filter(Boolean);
  const [units, existing] = await Promise.all([
    listUnits(ctx),
    loadExisting(ctx, [...new Set([...rows.map((row) => row.nip), ...supervisorNips])], rows.map((row) => row.email)),
  ]);
  const unitByKey = new Map<string, Unit>();
  for (const unit of units) {
    unitByKey.set(unit.id.toLowerCase(), unit);
    unitByKey.set(unit.code.toLowerCase(), unit);
    unitByKey.set(unit.name.toLowerCase(), unit);
  }

  // Ids of the new rows are fixed before writing, so supervisors within the file resolve.
  const idByNip = new Map(existing.staffIdByNip);
  for (const row of rows) if (!idByNip.has(row.nip)) idByNip.set(row.nip, randomUUID());
  const supervisorNipsInUse = new Set(supervisorNips);

  const errors: RowError[] = [];
  const plans: { current?: StaffRecord; next: StaffRecord }[] = [];
  for (const row of rows) {
    const unit = unitByKey.get(row.unit.toLowerCase());
    if (!unit) {
      errors.push({ row: row.line, reason: `${label("unit")}: no unit with code or name "${row.unit}"` });
      continue;
    }
    const id = idByNip.get(row.nip)!;
    const emailOwner = existing.staffIdByEmail.get(row.email);
    if (emailOwner && emailOwner !== id) {
      errors.push({ row: row.line, reason: `${label("email")}: already used by another staff member` });
      continue;
    }
    const supervisorId = row.supervisor_nip ? idByNip.get(row.supervisor_nip) : NO_SUPERVISOR;
    if (!supervisorId) {
      errors.push({ row: row.line, reason: `${label("supervisor_nip")}: no staff member with this NIP, in the file or stored` });
      continue;
    }
    const current = existing.byId.get(id);
    const fields = {
      name: row.name,
      email: row.email,
      unitId: unit.id,
      unitName: unit.name,
      position: row.position,
      supervisorId,
    };
    if (current) {
      const roles = supervisorNipsInUse.has(row.nip) ? [...new Set([...current.roles, "supervisor"])] : current.roles;
      plans.push({ current, next: { ...current, ...fields, roles, positionLevel: row.positionLevel ?? current.positionLevel } });
    } else {
      const roles = supervisorNipsInUse.has(row.nip) ? ["staff", "supervisor"] : ["staff"];
      plans.push({ next: newStaffRecord(ctx, { id, nip: row.nip, ...fields, roles, positionLevel: row.positionLevel ?? "pelaksana", passwordHash: undefined }) });
    }
  }
  if (errors.length) throw invalidRows(errors);

  const result: ImportResult = { created: 0, updated: 0, unchanged: 0 };
  await inParallel(plans, WRITE_CONCURRENCY, async ({ current, next }) => {
    if (!current) {
      await saveNewStaff(ctx, actor, next, "staff.import");
      result.created++;
      return;
    }
    const { changed } = await saveStaffChange(ctx, actor, current, next, "staff.import");
    if (changed) result.updated++;
    else result.unchanged++;
  });
  return result;
}
