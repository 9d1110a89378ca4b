import { describe, expect, it } from "vitest";
import * as z from "../src/zod";
import { completionInput } from "../src/enrollments/enrollments.schemas";

describe("numbers people type", () => {
  const jp = z.number().check(z.positive(), z.twoDecimals());

  it("takes at most two decimals", () => {
    for (const n of [1, 0.5, 0.25, 0.07, 12.34, 199.99]) expect(z.safeParse(jp, n).success, String(n)).toBe(true);
    for (const n of [0.001, 1.005, 6.836606953749337e-276, 1e-131]) expect(z.safeParse(jp, n).success, String(n)).toBe(false);
  });

  it("refuses a score too small for the table to store", () => {
    expect(z.safeParse(completionInput, { attended: true, score: 87.5 }).success).toBe(true);
    expect(z.safeParse(completionInput, { attended: true, score: 0 }).success).toBe(true);
    expect(z.safeParse(completionInput, { attended: true, score: 1e-200 }).success).toBe(false);
  });
});
