import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../src/password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("rahasia-mataram-1");
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain("rahasia");
    expect(await verifyPassword("rahasia-mataram-1", hash)).toBe(true);
    expect(await verifyPassword("rahasia-mataram-2", hash)).toBe(false);
  });

  it("salts every hash", async () => {
    expect(await hashPassword("sama-saja-123")).not.toBe(await hashPassword("sama-saja-123"));
  });
});
