import type { Role } from "./staff/staff.entity";

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

/**
 * A signed-in request before its account read has answered: the staff id from the signed
 * session cookie at once, the checked actor when the read is back (it rejects when the
 * session is refused). Reads of one's own data start with the id and await the actor before
 * they answer.
 */
export interface PendingSession {
  staffId: string;
  actor: Promise<Actor>;
}

/** An actor already known, or still being checked. */
export type ActorOrPending = Actor | Promise<Actor>;
