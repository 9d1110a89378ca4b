import { getCitizenRecord, type CitizenRecord } from "@kompeten/core/citizens/citizens";
import { AppError } from "@kompeten/core/errors";
import type { Context, MiddlewareHandler } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { ForumEnv } from "./env";

/**
 * The citizen's own cookie, signed with the citizen secret and sent only to /public: the staff
 * API never sees it, and the staff cookie means nothing here.
 */
const COOKIE = "kompeten_citizen";
const PATH = "/public";
const SESSION_DAYS = 30;

export async function startCitizenSession(c: Context<ForumEnv>, citizen: CitizenRecord) {
  const { citizenSecret, secureCookies, ctx } = c.var.options;
  await setSignedCookie(c, COOKIE, `${citizen.id}.${ctx.now().getTime()}`, citizenSecret, {
    httpOnly: true,
    sameSite: "Lax",
    secure: secureCookies,
    path: PATH,
    maxAge: SESSION_DAYS * 86400,
  });
}

export function endCitizenSession(c: Context<ForumEnv>) {
  deleteCookie(c, COOKIE, { path: PATH, secure: c.var.options.secureCookies });
}

/** The signed-in citizen (401 without a valid cookie), read once per request. */
export function requireCitizen(): MiddlewareHandler<ForumEnv> {
  return async (c, next) => {
    const { citizenSecret, ctx } = c.var.options;
    const value = await getSignedCookie(c, citizenSecret, COOKIE);
    const [id, issuedAt] = typeof value === "string" ? value.split(".") : [];
    const fresh = issuedAt !== undefined && ctx.now().getTime() - Number(issuedAt) <= SESSION_DAYS * 86400_000;
    const citizen = id && fresh ? await getCitizenRecord(ctx, id) : null;
    if (!citizen) throw new AppError(401, "unauthenticated", "Sign in with the code sent to your e-mail");
    c.set("citizen", citizen);
    await next();
  };
}
