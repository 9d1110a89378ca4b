import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listCycles } from "@kompeten/core/cycles/cycles";
import { beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { seedDemoData } from "../src/demo-data";
import { announceInstance, chooseInstance, mailboxFor, runningInstances, type InstanceInfo } from "../src/instance";
import { mailboxPage } from "../src/mailbox";
import { JobTargetError, runLocalJob } from "../src/run-job";
import { createTestContext, type TestContext } from "./support";

const DAY = 86_400_000;
const DEAD_PID = 2 ** 22 + 12345; // above Linux's pid_max: never a running process

describe("npm run job reaches the running instance, in either mode", () => {
  let t: TestContext;
  let dataDir: string;
  let mailbox: { dir: string; remove: () => void };
  let instance: InstanceInfo;

  beforeAll(async () => {
    t = await createTestContext();
    await seedDemoData(t.ctx, { forum: false, dashboards: false });
    dataDir = mkdtempSync(join(tmpdir(), "kompeten-data-"));
    mailbox = mailboxFor(true, dataDir);
    instance = {
      port: 39_001,
      pid: process.pid,
      mode: "memory",
      endpoint: inject("dynamoEndpoint"),
      tableName: t.ctx.tableName,
      mailboxDir: mailbox.dir,
      appUrl: "http://localhost:39001",
      startedAt: new Date().toISOString(),
    };
  });

  it("runs on the in-memory instance named by --port, says so, and its e-mail joins that instance's mailbox", async () => {
    const withdraw = announceInstance(dataDir, instance);
    const lines: string[] = [];
    const opened = new Date("2027-01-01T00:00:00+08:00");
    const first = await runLocalJob({ name: "open-cycle", dataDir, port: 39_001, now: () => opened, log: (l) => lines.push(l) });
    expect(first.choice).toMatchObject({ kind: "instance", instance: { port: 39_001, mode: "memory" } });
    expect(lines.join("\n")).toMatch(/running instance on port 39001 \(in memory/);
    const cycles = await listCycles(t.ctx);
    expect(cycles.map((c) => c.id)).toContain("2027-Q1");
    // Nothing was created under the checkout's data folder: no DynamoDB Local of its own, no mailbox there.
    expect(existsSync(join(dataDir, "dynamodb"))).toBe(false);

    const dueAt = cycles.find((c) => c.id === "2027-Q1")!.dueAt;
    const weekBefore = new Date(Date.parse(dueAt) - 7 * DAY);
    const reminders = await runLocalJob({ name: "send-reminders", dataDir, now: () => weekBefore, log: () => {} });
    expect((reminders.result as { emails: number }).emails).toBeGreaterThan(0);
    const letters = readdirSync(mailbox.dir).filter((f) => f.endsWith(".eml"));
    expect(letters.length).toBe((reminders.result as { emails: number }).emails);
    expect(existsSync(join(dataDir, "mailbox"))).toBe(false);
    const page = await mailboxPage(mailbox.dir, mailbox.dir).request("/dev/mailbox");
    expect(await page.text()).toContain(`(${letters.length})`);

    withdraw();
    expect(runningInstances(dataDir)).toEqual([]);
    mailbox.remove();
    expect(existsSync(mailbox.dir)).toBe(false);
  });

  it("refuses a port where nothing runs and asks for --port when several run", async () => {
    await expect(runLocalJob({ name: "open-cycle", dataDir, port: 39_002, now: () => new Date(), log: () => {} })).rejects.toThrow(JobTargetError);
    const a = announceInstance(dataDir, { ...instance, port: 39_003 });
    const b = announceInstance(dataDir, { ...instance, port: 39_004, mode: "disk" });
    expect(chooseInstance(dataDir)).toEqual({ kind: "error", message: expect.stringMatching(/several.*39003 \(memory\).*39004 \(disk\).*--port/) });
    expect(chooseInstance(dataDir, 39_002)).toEqual({ kind: "error", message: expect.stringMatching(/port 39002.*running: 39003/) });
    expect(chooseInstance(dataDir, 39_004)).toMatchObject({ kind: "instance", instance: { mode: "disk" } });
    a();
    b();
  });

  it("forgets an instance that was killed without cleaning up", () => {
    announceInstance(dataDir, { ...instance, port: 39_005, pid: DEAD_PID });
    expect(chooseInstance(dataDir)).toEqual({ kind: "own" });
    expect(existsSync(join(dataDir, "instances", "39005.json"))).toBe(false);
  });

  it("keeps the mailbox of a disk run in .data/mailbox and a memory run's in a folder of its own", () => {
    expect(mailboxFor(false, dataDir).dir).toBe(join(dataDir, "mailbox"));
    const memory = mailboxFor(true, dataDir);
    expect(memory.dir.startsWith(dataDir)).toBe(false);
    expect(existsSync(memory.dir)).toBe(true);
    memory.remove();
    expect(existsSync(memory.dir)).toBe(false);
  });
});
