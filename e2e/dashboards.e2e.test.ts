import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, signIn, startApp, type RunningApp } from "./app";

// The dashboards over the demo data, in the browser: BKPSDM's city dashboard and gap heat map,
// and a supervisor's team with a member behind the JP pace.

describe("dashboards in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it("lets BKPSDM open the city dashboard, its charts' tables, and the heat map by keyboard", async () => {
    page = await (await browser.newContext()).newPage();
    await signIn(page, app.url, "admin@demo.mataramkota.go.id");
    // The reports group of the admin menu opens on a button.
    await page.getByRole("button", { name: "Laporan" }).click();
    await page.getByRole("link", { name: "Dasbor kota" }).click();
    await page.waitForURL(/\/admin\/dasbor$/);
    // Every unit has a row with its figures; the page says when they were computed.
    const jpTable = page.getByRole("table").filter({ hasText: "Dinas Komunikasi dan Informatika" }).first();
    await jpTable.waitFor();
    expect(await page.getByText(/Data per /).first().textContent()).toMatch(/Data per \d/);
    // The charts load on this page, each described for screen readers.
    await page.locator("canvas[role=img]").first().waitFor();
    expect(await page.locator("canvas[role=img]").first().getAttribute("aria-label")).toBeTruthy();

    await page.goto(`${app.url}/admin/dasbor/kesenjangan`);
    const map = page.getByTestId("gap-map");
    await map.waitFor();
    const first = map.locator("td[tabindex='0']");
    await first.focus();
    const before = await first.getAttribute("data-cell");
    await page.keyboard.press("ArrowRight");
    const after = await page.evaluate(() => document.activeElement?.getAttribute("data-cell"));
    expect(after).not.toBe(before);
    await page.keyboard.press("Enter");
    await page.getByTestId("gap-people-table").waitFor();
    expect(await page.getByTestId("gap-people-table").getByRole("row").count()).toBeGreaterThan(1);
  });

  it("shows a supervisor the team member behind the JP pace", async () => {
    const supervisor = await (await browser.newContext()).newPage();
    await signIn(supervisor, app.url, "atasan@demo.mataramkota.go.id");
    await supervisor.getByRole("link", { name: "Tim saya" }).first().click();
    const table = supervisor.getByTestId("team-members-table");
    await table.waitFor();
    const member = await supervisor.evaluate(async () => ((await (await fetch("/api/dashboards/team")).json()) as { members: { name: string; jp: { atRisk: boolean } }[] }).members.find((m) => m.jp.atRisk));
    expect(member).toBeDefined();
    const row = table.getByRole("row", { name: new RegExp(member!.name) });
    await row.waitFor();
    expect(await row.textContent()).toContain("Berisiko");
  });
});
