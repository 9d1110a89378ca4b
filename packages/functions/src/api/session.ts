import { sessionStaff, type SessionClaims } from "@kompeten/core/auth/auth";
import { hasRole, type Actor, type PendingSession } from "@kompeten/core/actor";
import { AppError } from "@kompeten/core/errors";
import type { Role } from "@kompeten/core/staff/staff.entity";
import type { Staff } from "@kompeten/core/staff/staff.schemas";
import { toActor } from "@kompeten/core/staff/staff";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { StaffEnv } from "./env";

const COOKIE = "kompeten_session";
const SESSION_HOURS = 12;

/** Sets the signed, HttpOnly session cookie: `staffId.sessionVersion.issuedAt`. */
export async function startSession(c: Context<StaffEnv>, claims: SessionClaims) {
  const { sessionSecret, secureCookies, ctx } = c.var.options;
  const value = `${claims.staffId}.${claims.sessionVersion}.${ctx.now().getTime()}`;
  await setSignedCookie(c, COOKIE, value, sessionSecret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: secureCookies,
    path: "/",
    maxAge: SESSION_HOURS * 3600,
  });
}

export function endSession(c: Context<StaffEnv>) {
  deleteCookie(c, COOKIE, { path: "/", secure: c.var.options.secureCookies });
}

async function readClaims(c: Context<StaffEnv>): Promise<SessionClaims | null> {
  const { sessionSecret, ctx } = c.var.options;
  const value = await getSignedCookie(c, sessionSecret, COOKIE);
  if (!value) return null;
  const [staffId, version, issuedAt] = value.split(".");
  if (!staffId || !version || !issuedAt) return null;
  if (ctx.now().getTime() - Number(issuedAt) > SESSION_HOURS * 3600_000) return null;
  return { staffId, sessionVersion: Number(version) };
}

type SessionOptions = { allowPasswordChange?: boolean };

/** The signed cookie's claims (no database), then the account read (one GetItem) as a promise. */
async function beginSession(c: Context<StaffEnv>, options: SessionOptions) {
  const claims = await readClaims(c);
  if (!claims) throw new AppError(401, "unauthenticated", "Please sign in");
  const me: Promise<Staff> = sessionStaff(c.var.ctx, claims).then((staff) => {
    if (staff.mustChangePassword && !options.allowPasswordChange) {
      throw new AppError(403, "password_change_required", "Change your password before you continue");
    }
    c.set("me", staff);
    c.set("actor", toActor(staff));
    return staff;
  });
  // Whoever awaits it sees a refusal; this only keeps an unawaited one from being reported as unhandled.
  me.catch(() => {});
  const session: PendingSession = { staffId: claims.staffId, actor: me.then(toActor) };
  session.actor.catch(() => {});
  c.set("claims", claims);
  c.set("session", session);
  // In an object: an async function returning the promise itself would wait for it.
  return { me };
}

/**
 * Every staff route past sign-in: a valid session of an active account (one GetItem),
 * checked before the handler runs. Until a first password is changed only the password and
 * sign-out routes are open.
 */
export function requireSession(options: SessionOptions = {}): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    await (await beginSession(c, options)).me;
    await next();
  };
}

/**
 * For reads: the account read and the route's own read run at once (one round trip instead
 * of two). The handler gets `c.var.session` (the cookie's staff id at once, the actor as a
 * promise) and core read functions start their Query before they await the actor. Whatever
 * the handler answered, the answer leaves only if the session check passes: a refused
 * session replaces it with the refusal, so data read for it is discarded, never returned.
 * Only for routes that change nothing: a write must not start before the account is checked.
 */
export function readSession(options: SessionOptions = {}): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") throw new Error("readSession guards reads only");
    const { me } = await beginSession(c, options);
    await next();
    // Thrown here, the refusal becomes the response (the handler's, answer or error, is dropped).
    await me;
  };
}

export function requireRole(role: Role): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const actor: Actor = await c.var.session.actor;
    if (!hasRole(actor, role)) throw new AppError(403, "forbidden", `This needs the ${role} role`);
    await next();
  };
}
