import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import type { AppContext } from "../context";
import type { Item } from "../db";
import { AppError, conflict } from "../errors";
import { sendSafely } from "../mail";
import { isConditionFailure, writeTogether } from "../transaction";
import type { Kecamatan } from "../values";
import type { CitizenView, VerifyCodeInput } from "./citizens.schemas";

export type CitizenRecord = Item<"citizen">;

/** A code is valid this long, and for this many tries. */
export const CODE_MINUTES = 10;
export const CODE_TRIES = 5;
/** Codes one address may be sent in one clock hour. */
export const CODES_PER_HOUR = 3;

const MINUTE = 60_000;
const epochSeconds = (ms: number) => Math.floor(ms / 1000);
/** The hash kept instead of the code, bound to the address it was sent to. */
const hashOf = (email: string, code: string) => createHash("sha256").update(`${email}\n${code}`).digest("hex");

/** "s***@example.org": enough for the citizen to recognise the address, too little to harvest it. */
export function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

export function toCitizenView(record: CitizenRecord): CitizenView {
  return { displayName: record.displayName, kecamatan: (record.kecamatan as Kecamatan | undefined) ?? null, email: maskEmail(record.email), blocked: record.blocked };
}

/**
 * Sends a 6-digit sign-in code to an address: valid 10 minutes and 5 tries, at most 3 codes an
 * hour per address (429 after). The answer is the same whether or not a citizen has the address,
 * and the code goes out through the same mailer as every other e-mail.
 */
export async function requestSignInCode(ctx: AppContext, email: string): Promise<{ sent: true; validMinutes: number }> {
  const now = ctx.now();
  const hour = now.toISOString().slice(0, 13);
  try {
    await useQuota(ctx, `code#${email}`, hour, CODES_PER_HOUR, 2 * 3600_000).go();
  } catch (error) {
    if (isConditionFailure(error)) throw new AppError(429, "too_many_requests", `At most ${CODES_PER_HOUR} codes an hour; use the last one or wait`, { perHour: CODES_PER_HOUR });
    throw error;
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const validUntil = now.getTime() + CODE_MINUTES * MINUTE;
  await ctx.db.entities.signInCode
    .put({ email, codeHash: hashOf(email, code), tries: 0, validUntil: new Date(validUntil).toISOString(), expiresAt: epochSeconds(validUntil) + 3600 })
    .go();
  await sendSafely(ctx.mailer, {
    to: email,
    subject: `[Kompeten] Kode masuk forum: ${code}`,
    text: `Kode masuk Forum Warga Kompeten Anda: ${code}\nBerlaku ${CODE_MINUTES} menit. Abaikan e-mail ini bila Anda tidak memintanya.\n\n${ctx.appUrl}/forum`,
  });
  return { sent: true, validMinutes: CODE_MINUTES };
}

/** One use of a limited thing in a window (an hour, a day): refused by its condition once `limit` uses are counted. */
export const useQuota = (ctx: AppContext, subject: string, window: string, limit: number, keepMs: number) =>
  ctx.db.entities.quota
    .upsert({ subject, window, expiresAt: epochSeconds(ctx.now().getTime() + keepMs) })
    .add({ count: 1 })
    .where(({ count }, { notExists, lt }) => `${notExists(count)} OR ${lt(count, limit)}`);

const wrongCode = (triesLeft: number) => new AppError(401, "invalid_code", "The code is wrong or no longer valid; ask for a new one", { triesLeft });

/**
 * Signs a citizen in with the code sent to their address: each try is counted before it is
 * judged (5 at most), a right code is used up in the same write that signs in, and the first
 * sign-in creates the citizen, which needs a display name (422 `display_name_required`).
 */
export async function verifySignInCode(ctx: AppContext, input: VerifyCodeInput): Promise<CitizenRecord> {
  const { email } = input;
  const now = ctx.now().toISOString();
  // Count the try first, so guesses in parallel cannot exceed the limit.
  const counted = await ctx.db.entities.signInCode
    .patch({ email })
    .add({ tries: 1 })
    .where(({ tries, validUntil }, { lt, gt }) => `${lt(tries, CODE_TRIES)} AND ${gt(validUntil, now)}`)
    .go({ response: "all_new" })
    .catch((error) => {
      if (isConditionFailure(error)) throw wrongCode(0);
      throw error;
    });
  const record = counted.data as Item<"signInCode">;
  const given = Buffer.from(hashOf(email, input.code));
  if (!timingSafeEqual(given, Buffer.from(record.codeHash))) throw wrongCode(CODE_TRIES - record.tries);

  const { data: known } = await ctx.db.entities.citizenEmail.get({ email }).go();
  if (known) {
    await useCode(ctx, email, record.codeHash);
    const { data: citizen } = await ctx.db.entities.citizen.get({ id: known.citizenId }).go();
    if (!citizen) throw new AppError(409, "conflict", "Please try again");
    return citizen;
  }
  if (!input.displayName) {
    throw new AppError(422, "display_name_required", "Choose the name shown with what you write", { issues: [{ path: "displayName", code: "required", message: "required" }] });
  }
  const citizen = newCitizen(ctx, { email, displayName: input.displayName });
  const written = await ctx.db.transaction
    .write(({ citizen: citizens, citizenEmail, signInCode }) => [
      citizens.create(citizen).commit(),
      citizenEmail.create({ email, citizenId: citizen.id }).commit(),
      signInCode
        .delete({ email })
        .where(({ codeHash }, { eq }) => eq(codeHash, record.codeHash))
        .commit(),
    ])
    .go();
  if (written.canceled) throw wrongCode(0);
  return citizen;
}

export interface RegisterCitizenInput {
  /** Lowercased and trimmed, as sign-in compares it. */
  email: string;
  displayName: string;
  kecamatan?: Kecamatan;
}

function newCitizen(ctx: AppContext, input: RegisterCitizenInput): CitizenRecord {
  const now = ctx.now().toISOString();
  return {
    id: randomUUID(),
    email: input.email.trim().toLowerCase(),
    displayName: input.displayName,
    ...(input.kecamatan ? { kecamatan: input.kecamatan } : {}),
    blocked: false,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Creates a citizen without a sign-in code (local demo data): the citizen and their address
 * in one transaction, refused (409) when a citizen already has the address. They sign in later
 * by code like anyone else.
 */
export async function registerCitizen(ctx: AppContext, input: RegisterCitizenInput): Promise<CitizenRecord> {
  const citizen = newCitizen(ctx, input);
  await writeTogether(
    ctx,
    ({ citizen: citizens, citizenEmail }) => [citizens.create(citizen).commit(), citizenEmail.create({ email: citizen.email, citizenId: citizen.id }).commit()],
    () => conflict("A citizen already signs in with this e-mail address", { field: "email" }),
  );
  return citizen;
}

/** Uses up a right code: a second sign-in with it (a replay) fails. */
async function useCode(ctx: AppContext, email: string, codeHash: string) {
  await ctx.db.entities.signInCode
    .delete({ email })
    .where(({ codeHash: stored }, { eq }) => eq(stored, codeHash))
    .go()
    .catch((error) => {
      if (isConditionFailure(error)) throw wrongCode(0);
      throw error;
    });
}

export async function getCitizenRecord(ctx: AppContext, id: string): Promise<CitizenRecord | null> {
  return (await ctx.db.entities.citizen.get({ id }).go()).data;
}

/** The citizen changes their display name or their kecamatan. */
export async function updateCitizen(ctx: AppContext, citizen: CitizenRecord, input: { displayName?: string; kecamatan?: Kecamatan | null }): Promise<CitizenView> {
  const patch = ctx.db.entities.citizen.patch({ id: citizen.id }).set({
    updatedAt: ctx.now().toISOString(),
    ...(input.displayName ? { displayName: input.displayName } : {}),
    ...(input.kecamatan ? { kecamatan: input.kecamatan } : {}),
  });
  const { data } = await (input.kecamatan === null ? patch.remove(["kecamatan"]) : patch).go({ response: "all_new" });
  return toCitizenView(data as CitizenRecord);
}
