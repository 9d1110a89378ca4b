import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const PASSWORD = "kompeten-demo";
const ADMIN = "admin@demo.mataramkota.go.id";
const STAFF = "pegawai@demo.mataramkota.go.id";
const WIDTHS = [1280, 390] as const;

interface TableProblem {
  table: string;
  problem: string;
}

/**
 * Every data table on the page shows all its columns: nothing scrolls sideways, header cells
 * (or, on a phone, the stacked cells with their labels) lie inside the viewport, and no header
 * text is cut.
 */
async function tableProblems(page: Page): Promise<{ tables: number; problems: TableProblem[] }> {
  return page.evaluate(() => {
    const problems: { table: string; problem: string }[] = [];
    const viewport = document.documentElement.clientWidth;
    const tables = [...document.querySelectorAll<HTMLTableElement>("table.data-table")].filter((t) => t.getClientRects().length > 0);
    if (document.documentElement.scrollWidth > viewport + 1) problems.push({ table: "page", problem: `page is ${document.documentElement.scrollWidth}px wide` });
    for (const table of tables) {
      const name = (table.caption?.textContent ?? table.querySelector("th")?.textContent ?? "table").trim().slice(0, 60);
      for (let box: HTMLElement | null = table.parentElement; box && box !== document.body; box = box.parentElement) {
        if (box.scrollWidth > box.clientWidth + 1 && getComputedStyle(box).overflowX !== "visible") {
          problems.push({ table: name, problem: `${box.className || box.tagName} scrolls sideways (${box.scrollWidth} > ${box.clientWidth})` });
        }
      }
      const headers = [...table.querySelectorAll<HTMLElement>("thead th")];
      // On a phone a stacked table hides its header row for the eye (each cell carries its label).
      const head = table.tHead;
      const stacked = head !== null && head.getBoundingClientRect().width <= 1;
      const cells = stacked ? [...table.querySelectorAll<HTMLElement>("tbody th, tbody td")] : headers;
      for (const cell of cells) {
        const rect = cell.getBoundingClientRect();
        const label = (cell.dataset.label ?? cell.textContent ?? "").trim().slice(0, 30);
        if (rect.left < -1 || rect.right > viewport + 1) problems.push({ table: name, problem: `"${label}" lies outside the viewport (${Math.round(rect.left)}-${Math.round(rect.right)})` });
        if (!stacked && cell.scrollWidth > cell.clientWidth + 1) problems.push({ table: name, problem: `header "${label}" is cut (${cell.scrollWidth} > ${cell.clientWidth})` });
      }
      if (stacked) {
        for (const td of table.querySelectorAll<HTMLElement>("tbody td")) {
          if (!td.dataset.label && td.textContent?.trim()) problems.push({ table: name, problem: `a stacked cell has no data-label ("${td.textContent.trim().slice(0, 20)}")` });
        }
      }
    }
    return { tables: tables.length, problems };
  });
}

describe("data tables are readable at 1280 px and at 390 px", () => {
  let app: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  async function signedIn(login: string, width: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/masuk`);
    await page.getByLabel("NIP atau email", { exact: true }).fill(login);
    await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByRole("button", { name: "Keluar" }).waitFor();
    return page;
  }

  async function check(page: Page, path: string, waitFor: string) {
    await page.goto(`${app.url}${path}`);
    await page.locator(waitFor).first().waitFor();
    // LAYOUT_SHOTS=/some/folder keeps a full-page screenshot of each checked page.
    const shots = process.env.LAYOUT_SHOTS;
    if (shots) {
      const width = page.viewportSize()?.width ?? 0;
      await page.screenshot({ path: `${shots}/${width}${path.replace(/[^a-z0-9]+/gi, "-")}.png`, fullPage: true });
    }
    const { tables, problems } = await tableProblems(page);
    expect(tables, `${path}: no table`).toBeGreaterThan(0);
    expect(problems, path).toEqual([]);
  }

  for (const width of WIDTHS) {
    it(`shows every column of the admin tables at ${width} px`, async () => {
      const page = await signedIn(ADMIN, width);
      await check(page, "/admin/laporan-jp", "table[data-testid=report-units] tbody tr");
      await check(page, "/admin/laporan-jp?unit=diskominfo", "table.data-table tbody tr");
      await check(page, "/pegawai", "table.data-table tbody tr");
      await check(page, "/admin/lembaga", "table.data-table tbody tr");
      await check(page, "/admin/unit", "table.data-table tbody tr");
    });

    it(`shows every column of the learning history at ${width} px`, async () => {
      const page = await signedIn(STAFF, width);
      await check(page, "/belajar", "table.data-table tbody tr");
      if (width === 1280) {
        // The last column, in Bahasa Indonesia, is fully on screen.
        const status = page.getByRole("columnheader", { name: "Status" });
        expect(await status.isVisible()).toBe(true);
      }
    });
  }

  it("marks required fields with a star beside the label", async () => {
    const page = await signedIn(STAFF, 1280);
    await page.goto(`${app.url}/belajar`);
    const evidence = page.getByLabel("Bukti (tautan atau keterangan)", { exact: true });
    await evidence.waitFor();
    const mark = await page.locator("label[for=external-evidence]").evaluate((label) => getComputedStyle(label, "::after").content);
    expect(mark).toContain("*");
    expect(await evidence.getAttribute("aria-required")).toBe("true");
  });
});
