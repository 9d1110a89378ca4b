import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { adminCommand, tableFromOutputs, UsageError } from "../src/admin";
import { createLocalApp } from "../src/server";
import { createTestContext } from "./support";

// `npm run admin -- create`: the first admin of a deployed stage, here against DynamoDB Local.

describe("npm run admin", async () => {
  const test = await createTestContext();
  const { client, tableName } = test.ctx;
  const app = createLocalApp({ ctx: test.ctx, sessionSecret: "test-secret-test-secret-test-secret" });
  const signIn = (login: string, password: string) =>
    app.request("http://localhost/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ login, password }) });
  const admin = ["--stage", "prod", "--table", tableName, "--email", "kepala.bidang@mataramkota.go.id", "--nip", "198001012005011001", "--name", "Baiq Nurul Hidayati"];
  const passwordIn = (lines: string[]) => lines.find((l) => l.startsWith("One-time password: "))!.slice("One-time password: ".length);

  it("refuses a stage without a table, a missing unit, and wrong input, naming what is wrong", async () => {
    const run = (args: string[]) => adminCommand(args, { client, outputsFile: "/nonexistent/outputs.json" });
    await expect(run(["create", "--stage", "prod", "--email", "a@b.go.id", "--nip", "198001012005011001", "--name", "Nama", "--unit", "BKPSDM"])).rejects.toThrow(/no table is known for stage "prod"/);
    await expect(run(["create", ...admin.map((a) => (a === tableName ? "kompeten-missing" : a)), "--unit", "BKPSDM"])).rejects.toThrow(/has no table kompeten-missing/);
    await expect(run(["create", ...admin, "--unit", "BKPSDM"])).rejects.toThrow(/no unit BKPSDM: give --unit-name/);
    await expect(run(["create", ...admin.map((a) => (a === "198001012005011001" ? "12345" : a)), "--unit", "BKPSDM", "--unit-name", "BKPSDM"])).rejects.toThrow(UsageError);
    await expect(run(["remove", ...admin])).rejects.toThrow(/"create"/);
    // Nothing was written by the refused runs.
    expect((await test.ctx.db.entities.unit.query.all({}).go()).data).toEqual([]);
  });

  it("creates the admin and the unit, with a one-time password that must be changed at the first sign-in", async () => {
    const lines = await adminCommand(["create", ...admin, "--unit", "BKPSDM", "--unit-name", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"], { client });
    expect(lines[0]).toBe("Unit BKPSDM created.");
    const password = passwordIn(lines);
    expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
    // The password is printed once, and nothing else secret.
    expect(lines.filter((l) => l.includes(password))).toHaveLength(1);
    expect(lines.join("\n")).not.toMatch(/scrypt|\$2[aby]\$|argon|passwordHash/i);
    const answer = await signIn("kepala.bidang@mataramkota.go.id", password);
    expect(answer.status).toBe(200);
    const me = await answer.json();
    expect(me).toMatchObject({ mustChangePassword: true, unitId: "bkpsdm" });
    expect([...me.roles].sort()).toEqual(["admin", "staff"]);
  });

  it("makes a deactivated account an active admin again with a new one-time password; the old one stops working", async () => {
    const first = passwordIn(await adminCommand(["create", ...admin, "--unit", "BKPSDM"], { client }));
    const id = (await test.ctx.db.entities.staffLogin.get({ kind: "nip", value: "198001012005011001" }).go()).data!.staffId;
    await test.ctx.db.entities.staff.patch({ id }).set({ active: false, roles: ["staff"] }).go();
    const lines = await adminCommand(["create", ...admin, "--unit", "BKPSDM"], { client });
    expect(lines[0]).toMatch(/is an active admin again/);
    const second = passwordIn(lines);
    expect(second).not.toBe(first);
    expect((await signIn("198001012005011001", first)).status).toBe(401);
    const answer = await signIn("198001012005011001", second);
    const me = await answer.json();
    expect(me).toMatchObject({ id, active: true, mustChangePassword: true });
    expect([...me.roles].sort()).toEqual(["admin", "staff"]);
  });

  it("finds the stage's table in the outputs sst deploy writes", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kompeten-outputs-")), "outputs.json");
    writeFileSync(file, JSON.stringify({ "prod-kompeten-Storage": { TableName: "prod-kompeten-Storage-TableCD117FA1-1X2Y3Z" }, "prod-kompeten-Web": { SiteUrl: "https://x" } }));
    expect(tableFromOutputs(file, "prod")).toBe("prod-kompeten-Storage-TableCD117FA1-1X2Y3Z");
    expect(tableFromOutputs(file, "staging")).toBeNull();
  });
});
