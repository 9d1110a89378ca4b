import type * as z from "../zod";
import type { AppContext } from "../context";
import { AppError } from "../errors";
import { isConditionFailure } from "../transaction";
import { findStaffIdByLogin, getStaffRecord, toStaff, type StaffRecord } from "../staff/staff";
import type { Staff } from "../staff/staff.schemas";
import { changePasswordInput, loginInput } from "./auth.schemas";
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from "../password";

export { changePasswordInput, loginInput };

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Sign-in tries one client address may make in a window; an office behind one address signs in well below it. */
export const ADDRESS_TRIES = 30;
export const ADDRESS_WINDOW_MINUTES = 15;

/** What a session cookie carries; checked against the stored account on every request. */
export interface SessionClaims {
  staffId: string;
  sessionVersion: number;
}

const invalidCredentials = () => new AppError(401, "invalid_credentials", "NIP/email or password is wrong");

function lockedError(lockedUntil: number, now: Date) {
  const retryAfterSeconds = Math.max(1, Math.ceil((lockedUntil - now.getTime()) / 1000));
  return new AppError(429, "account_locked", `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, {
    retryAfterSeconds,
  });
}

/**
 * Counts one sign-in try from `address` in the current window, refused with 429 once the window
 * holds ADDRESS_TRIES (the condition makes the count exact under concurrency). Returns how to
 * give the try back after a success.
 */
async function countAddressTry(ctx: AppContext, address: string) {
  const windowMs = ADDRESS_WINDOW_MINUTES * 60_000;
  const now = ctx.now().getTime();
  const start = Math.floor(now / windowMs) * windowMs;
  const key = { address, window: new Date(start).toISOString() };
  await ctx.db.entities.signInTries
    .upsert({ ...key, expiresAt: Math.floor((start + 2 * windowMs) / 1000) })
    .add({ count: 1 })
    .where(({ count }, { notExists, lt }) => `${notExists(count)} OR ${lt(count, ADDRESS_TRIES)}`)
    .go()
    .catch((error) => {
      if (!isConditionFailure(error)) throw error;
      const retryAfterSeconds = Math.max(1, Math.ceil((start + windowMs - now) / 1000));
      throw new AppError(429, "too_many_requests", `Too many sign-ins from this address; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`, { retryAfterSeconds });
    });
  return () => ctx.db.entities.signInTries.patch(key).subtract({ count: 1 }).go();
}

/**
 * Checks NIP/email and password. Five failures in a row lock the account for 15 minutes;
 * the counter is an atomic add, so parallel attempts cannot slip past the limit. Every try
 * also counts against the client's address (many accounts tried from one place).
 */
export async function login(ctx: AppContext, input: z.infer<typeof loginInput>, client: { address: string }): Promise<{ staff: Staff; claims: SessionClaims }> {
  const giveBack = await countAddressTry(ctx, client.address);
  const staffId = await findStaffIdByLogin(ctx, input.login);
  const record = staffId ? await ctx.db.entities.staff.get({ id: staffId }).go().then((r) => r.data) : null;
  if (!record || !record.passwordHash) {
    await verifyPassword(input.password, await decoyPasswordHash());
    throw invalidCredentials();
  }
  const now = ctx.now();
  if (record.lockedUntil && record.lockedUntil > now.getTime()) throw lockedError(record.lockedUntil, now);
  if (!record.active) throw new AppError(403, "account_inactive", "This account has been deactivated");

  if (!(await verifyPassword(input.password, record.passwordHash))) {
    await recordFailure(ctx, record, now);
    throw invalidCredentials();
  }
  if (record.failedLogins > 0 || record.lockedUntil) {
    await ctx.db.entities.staff.patch({ id: record.id }).set({ failedLogins: 0 }).remove(["lockedUntil"]).go();
  }
  await giveBack();
  return { staff: toStaff(record), claims: { staffId: record.id, sessionVersion: record.sessionVersion } };
}

async function recordFailure(ctx: AppContext, record: StaffRecord, now: Date): Promise<never> {
  const { data } = await ctx.db.entities.staff
    .patch({ id: record.id })
    .add({ failedLogins: 1 })
    .go({ response: "all_new" });
  if (data.failedLogins >= MAX_FAILED_LOGINS) {
    const lockedUntil = now.getTime() + LOCK_MINUTES * 60_000;
    await ctx.db.entities.staff.patch({ id: record.id }).set({ lockedUntil, failedLogins: 0 }).go();
    throw lockedError(lockedUntil, now);
  }
  throw invalidCredentials();
}

/**
 * The account behind a session, read fresh on every request (one GetItem), so a
 * deactivated account or a changed password ends the session at once.
 */
export async function sessionStaff(ctx: AppContext, claims: SessionClaims): Promise<Staff> {
  const { data } = await ctx.db.entities.staff.get({ id: claims.staffId }).go();
  if (!data || !data.active || data.sessionVersion !== claims.sessionVersion) {
    throw new AppError(401, "unauthenticated", "Please sign in again");
  }
  return toStaff(data);
}

/** Changes one's own password; every other session of the account ends. */
export async function changePassword(
  ctx: AppContext,
  staffId: string,
  input: z.infer<typeof changePasswordInput>,
): Promise<{ staff: Staff; claims: SessionClaims }> {
  const record = await getStaffRecord(ctx, staffId);
  if (!record.passwordHash || !(await verifyPassword(input.currentPassword, record.passwordHash))) {
    throw new AppError(401, "invalid_credentials", "The current password is wrong");
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) throw new AppError(400, "invalid_password", problem);
  if (input.newPassword === input.currentPassword) {
    throw new AppError(400, "invalid_password", "The new password must differ from the current one");
  }
  const { data } = await ctx.db.entities.staff
    .patch({ id: staffId })
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: ctx.now().toISOString() })
    .add({ sessionVersion: 1 })
    .go({ response: "all_new" });
  return { staff: toStaff({ ...record, ...data }), claims: { staffId, sessionVersion: data.sessionVersion } };
}

/** Ends every session of the account (the cookie alone could be replayed otherwise). */
export async function logout(ctx: AppContext, claims: SessionClaims): Promise<void> {
  await ctx.db.entities.staff
    .patch({ id: claims.staffId })
    .add({ sessionVersion: 1 })
    .where(({ sessionVersion }, { eq }) => eq(sessionVersion, claims.sessionVersion))
    .go()
    .catch((error) => {
      if (!isConditionFailure(error)) throw error; // already ended: logging out twice is fine
    });
}
