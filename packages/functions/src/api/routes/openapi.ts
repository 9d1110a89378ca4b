import type { z } from "@hono/zod-openapi";

/** Small helpers so route definitions read as what they accept and answer. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({ content: { "application/json": { schema } }, required: true });
export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
