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
