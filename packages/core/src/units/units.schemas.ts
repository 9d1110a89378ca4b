import * as z from "../zod";
import { unitKinds } from "../values";

export const unitView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(unitKinds),
});

export type Unit = z.infer<typeof unitView>;

export const createUnitInput = z.object({
  code: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{2,40}$/, "Code: 2-40 letters, digits or dashes")),
  name: z.string().check(z.trim(), z.minLength(3), z.maxLength(120)),
  kind: z.enum(unitKinds),
});

export type CreateUnitInput = z.infer<typeof createUnitInput>;

export const unitList = z.object({ items: z.array(unitView) });
