import { sessionStaff, type SessionClaims } from "@kompeten/core/auth/auth";
import { hasRole } from "@kompeten/core/auth/actor";
import { AppError } from "@kompeten/core/errors";
import type { Role } from "@kompeten/core/staff/staff.entity";
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

/**
 * Every staff route past sign-in: a valid session of an active account (one GetItem).
 * Until a first password is changed only the password and sign-out routes are open.
 */
export function requireSession(options: { allowPasswordChange?: boolean } = {}): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const claims = await readClaims(c);
    if (!claims) throw new AppError(401, "unauthenticated", "Please sign in");
    const me = await sessionStaff(c.var.ctx, claims);
    if (me.mustChangePassword && !options.allowPasswordChange) {
      throw new AppError(403, "password_change_required", "Change your password before you continue");
    }
    c.set("claims", claims);
    c.set("me", me);
    c.set("actor", toActor(me));
    await next();
  };
}

export function requireRole(role: Role): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    if (!hasRole(c.var.actor, role)) throw new AppError(403, "forbidden", `This needs the ${role} role`);
    await next();
  };
}
