import { createSchema } from "electrodb";
import { keyedBy } from "../table/keys";

// Citizens of the forum. Every item lives in a public partition ("pub#..."), the only ones the
// forum Lambda may read or write; the e-mail is kept for sign-in codes and never shown.

/** A citizen, known by e-mail, shown by display name only. */
export const citizenSchema = createSchema({
  model: { entity: "citizen", version: "1", service: "kompeten" },
  attributes: {
    id: { type: "string", required: true, readOnly: true },
    email: { type: "string", required: true },
    displayName: { type: "string", required: true },
    kecamatan: { type: "string" },
    // A blocked citizen reads but cannot post, support or report.
    blocked: { type: "boolean", required: true, default: false },
    createdAt: { type: "string", required: true, readOnly: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byId: keyedBy("primary", { composite: ["id"], template: "pub#citizen#${id}" }, { composite: [], template: "citizen" }),
  },
});

/** The e-mail a citizen signs in with, pointing at their record: one citizen per address. */
export const citizenEmailSchema = createSchema({
  model: { entity: "citizenEmail", version: "1", service: "kompeten" },
  attributes: {
    email: { type: "string", required: true },
    citizenId: { type: "string", required: true },
  },
  indexes: {
    byEmail: keyedBy("primary", { composite: ["email"], template: "pub#citizenemail#${email}" }, { composite: [], template: "email" }),
  },
});

/**
 * The sign-in code last sent to an address (a new one replaces it): only its hash, the tries
 * made, and when it lapses (DynamoDB's TTL removes it later).
 */
export const signInCodeSchema = createSchema({
  model: { entity: "signInCode", version: "1", service: "kompeten" },
  attributes: {
    email: { type: "string", required: true },
    codeHash: { type: "string", required: true },
    tries: { type: "number", required: true, default: 0 },
    validUntil: { type: "string", required: true },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    byEmail: keyedBy("primary", { composite: ["email"], template: "pub#signincode#${email}" }, { composite: [], template: "code" }),
  },
});

/**
 * How often one subject did one thing in one window of time: codes sent to an address in an
 * hour (`code#<email>`), topics a citizen opened in a day (`topic#<citizenId>`). Each use adds
 * one on the condition that the limit is not reached, so limits hold under concurrency.
 */
export const quotaSchema = createSchema({
  model: { entity: "quota", version: "1", service: "kompeten" },
  attributes: {
    subject: { type: "string", required: true },
    window: { type: "string", required: true },
    count: { type: "number", required: true, default: 0 },
    expiresAt: { type: "number", required: true },
  },
  indexes: {
    bySubject: keyedBy("primary", { composite: ["subject"], template: "pub#quota#${subject}" }, { composite: ["window"], template: "${window}" }),
  },
});
