import { config, refine } from "zod/mini";
import en from "zod/v4/locales/en.js";

/**
 * zod/mini, the functional build of zod: a bundle keeps only the schemas and checks it uses,
 * where classic zod's methods pull in all of it. Unlike classic zod it sets no locale, so
 * English (classic zod's default) is set here: every message reads as before.
 */
export * from "zod/mini";

config(en());

/** The values of a list but some, typed as such (for `z.enum`). */
export const without = <const T extends readonly string[], const X extends T[number]>(values: T, drop: readonly X[]) =>
  values.filter((value): value is Exclude<T[number], X> => !(drop as readonly string[]).includes(value));

/**
 * A check that a number has at most two decimals (JP, scores): what people type, and what the
 * table can store (DynamoDB refuses magnitudes below 1e-130, which a positive or non-negative
 * bound alone lets through).
 */
export const twoDecimals = (message = "Use at most two decimals") =>
  refine<number>((n) => Math.round(n * 100) / 100 === n, { message });
