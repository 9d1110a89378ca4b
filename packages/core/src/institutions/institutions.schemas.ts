import * as z from "zod";
import { nipField } from "../staff/staff.schemas";
import { institutionKinds } from "../values";

export const institutionView = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(institutionKinds),
  contact: z.string(),
  /** The official who signs this institution's certificates. */
  signatoryName: z.string().optional(),
  signatoryPosition: z.string().optional(),
  signatoryNip: z.string().optional(),
  /** Where certificates are signed, printed before the date. */
  city: z.string().optional(),
});

export type Institution = z.infer<typeof institutionView>;

// An empty text clears the field (the form sends what its boxes hold).
const optionalText = (max: number, min = 2) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => value === "" || value.length >= min, `At least ${min} characters`)
    .optional();

const signatoryFields = {
  signatoryName: optionalText(160),
  signatoryPosition: optionalText(160),
  // A signing official who is a PNS has an 18-digit NIP; others leave it empty.
  signatoryNip: z.union([z.literal(""), nipField]).optional(),
  city: optionalText(80),
};

export const createInstitutionInput = z.object({
  name: z.string().trim().min(3).max(160),
  kind: z.enum(institutionKinds),
  contact: z.string().trim().max(300).default(""),
  ...signatoryFields,
});

export const updateInstitutionInput = z
  .object({
    name: z.string().trim().min(3).max(160).optional(),
    kind: z.enum(institutionKinds).optional(),
    contact: z.string().trim().max(300).optional(),
    ...signatoryFields,
  })
  .refine((patch) => Object.keys(patch).length > 0, "Change at least one field");

export const institutionList = z.object({ items: z.array(institutionView) });
export type NewInstitution = z.input<typeof createInstitutionInput>;
export const institutionParam = z.object({ id: z.string().min(1).max(64) });
