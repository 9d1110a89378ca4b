// Shapes of the staff API's answers, as the browser sees them.

export const ROLES = ["staff", "supervisor", "mentor", "admin", "moderator"] as const;
export type Role = (typeof ROLES)[number];

export const POSITION_LEVELS = ["pelaksana", "pengawas", "administrator", "jpt_pratama", "jpt_madya"] as const;
export type PositionLevel = (typeof POSITION_LEVELS)[number];

export const UNIT_KINDS = ["sekretariat", "badan", "dinas", "kecamatan", "rsud", "lainnya"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Staff {
  id: string;
  nip: string;
  name: string;
  email: string;
  unitId: string;
  unitName: string;
  position: string;
  positionLevel: PositionLevel;
  supervisorId: string | null;
  roles: Role[];
  active: boolean;
  mustChangePassword: boolean;
}

/** The signed-in person. */
export type Me = Staff;

export interface StaffSummary {
  id: string;
  nip: string;
  name: string;
  unitId: string;
  unitName: string;
  position: string;
  positionLevel: PositionLevel;
  active: boolean;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export interface NewStaff {
  nip: string;
  name: string;
  email: string;
  unitId: string;
  position: string;
  positionLevel: PositionLevel;
  supervisorId?: string | null;
  roles: Role[];
  initialPassword: string;
}

export type StaffChanges = Partial<
  Pick<Staff, "name" | "email" | "unitId" | "position" | "positionLevel" | "supervisorId" | "roles" | "active">
>;

export interface NewUnit {
  code: string;
  name: string;
  kind: UnitKind;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportRowError {
  row: number;
  reason: string;
}

export interface Competency {
  id: string;
  name: string;
  code?: string;
  type?: string;
  description?: string;
}

export interface CompetencyDictionary {
  items: Competency[];
  levels: { level: number; name: string }[];
  standardLevels: Partial<Record<PositionLevel, number>>;
}
