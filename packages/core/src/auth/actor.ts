import type { Role } from "../staff/staff.entity";

/** The signed-in person a request acts for. */
export interface Actor {
  id: string;
  name: string;
  roles: Role[];
  unitId: string;
  supervisorId: string | null;
}

export const hasRole = (actor: Actor, role: Role) => actor.roles.includes(role);
export const isAdmin = (actor: Actor) => hasRole(actor, "admin");

/** Who the scheduled jobs act as: recorded as "scheduler", with an admin's rights and no unit. */
export const systemActor: Actor = { id: "scheduler", name: "Penjadwal", roles: ["admin"], unitId: "-", supervisorId: null };
