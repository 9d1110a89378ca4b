import type { $ZodType } from "zod/v4/core";

/** Small helpers so route definitions read as what they accept and answer. */
export const jsonBody = <T extends $ZodType>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
export const jsonOk = <T extends $ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });

/** The signed session cookie every route behind `requireSession` needs; the staff document asks for it by default. */
export const SESSION_SCHEME = "session";
export const sessionSecurityScheme = { type: "apiKey" as const, in: "cookie" as const, name: "kompeten_session", description: "The signed session cookie set by POST /api/auth/login" };
export const signedInSecurity = [{ [SESSION_SCHEME]: [] }];
/** For the operations anyone may call. */
export const openSecurity = [] as { [name: string]: string[] }[];
