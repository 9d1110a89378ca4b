import * as z from "../zod";
import { nipField } from "../staff/staff.schemas";
import { institutionKinds } from "../values";

export const institutionView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(institutionKinds),
  contact: z.string(),
  /** The official who signs this institution's certificates. */
  signatoryName: z.optional(z.string()),
  signatoryPosition: z.optional(z.string()),
  signatoryNip: z.optional(z.string()),
  /** Where certificates are signed, printed before the date. */
  city: z.optional(z.string()),
});

export type Institution = z.infer<typeof institutionView>;

// An empty text clears the field (the form sends what its boxes hold).
const optionalText = (max: number, min = 2) =>
  z.optional(z.string().check(z.trim(), z.maxLength(max), z.refine((value) => value === "" || value.length >= min, `At least ${min} characters`)));

const signatoryFields = {
  signatoryName: optionalText(160),
  signatoryPosition: optionalText(160),
  // A signing official who is a PNS has an 18-digit NIP; others leave it empty.
  signatoryNip: z.optional(z.union([z.literal(""), nipField])),
  city: optionalText(80),
};

export const createInstitutionInput = z.object({
  name: z.string().check(z.trim(), z.minLength(3), z.maxLength(160)),
  kind: z.enum(institutionKinds),
  contact: z._default(z.string().check(z.trim(), z.maxLength(300)), ""),
  ...signatoryFields,
});

export const updateInstitutionInput = z.object({
  name: z.optional(z.string().check(z.trim(), z.minLength(3), z.maxLength(160))),
  kind: z.optional(z.enum(institutionKinds)),
  contact: z.optional(z.string().check(z.trim(), z.maxLength(300))),
  ...signatoryFields,
}).check(z.refine((patch) => Object.keys(patch).length > 0, "Change at least one field"));

export const institutionList = z.object({ items: z.array(institutionView) });
export type NewInstitution = z.input<typeof createInstitutionInput>;
export const institutionParam = z.object({ id: z.string().check(z.minLength(1), z.maxLength(64)) });
