import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const EMAIL = `warga.e2e.${Date.now()}@example.org`;
const DISPLAY_NAME = "Warga Uji E2E";
const TITLE = "Uji E2E: antrean puskesmas terlalu panjang";
const SCRIPT = "<img src=x onerror=alert(1)>";
const BODY = `Setiap pagi antrean di puskesmas mengular sampai ke jalan. ${SCRIPT} Hubungi saya di 081234567890.`;

describe("the citizens' forum in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let citizen: Page;
  const dialogs: string[] = [];
  let topicPath = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    citizen = await (await browser.newContext()).newPage();
    // Any alert() from user text that ran as script is caught here.
    citizen.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  /** The newest sign-in code sent to `email`, read from the local mailbox page. */
  async function codeSentTo(page: Page, email: string): Promise<string> {
    const mailbox = await page.context().newPage();
    try {
      await mailbox.goto(`${app.url}/dev/mailbox`);
      const letter = mailbox.getByRole("article").filter({ hasText: `Kepada ${email}` }).first();
      const match = /Kode masuk forum: (\d{6})/.exec((await letter.textContent()) ?? "");
      expect(match, "a code letter").not.toBeNull();
      return match![1]!;
    } finally {
      await mailbox.close();
    }
  }

  it("lets anyone read the forum without signing in", async () => {
    await citizen.goto(`${app.url}/forum`);
    await citizen.getByRole("heading", { level: 1, name: "Forum Warga" }).waitFor();
    await citizen.getByRole("link", { name: "Masuk untuk menulis topik" }).waitFor();
    // The staff sign-in is not asked for.
    expect(new URL(citizen.url()).pathname).toBe("/forum");
  });

  it("signs a citizen in by the code sent to their e-mail, with a display name the first time", async () => {
    await citizen.getByRole("link", { name: "Masuk untuk menulis topik" }).click();
    await citizen.getByRole("heading", { level: 1, name: "Masuk ke Forum Warga" }).waitFor();
    await citizen.getByLabel("E-mail", { exact: true }).fill(EMAIL);
    await citizen.getByRole("button", { name: "Kirim kode" }).click();
    await citizen.getByText(/kode sudah dikirim/).waitFor();

    const code = await codeSentTo(citizen, EMAIL);
    await citizen.getByLabel("Kode 6 angka", { exact: true }).fill(code);
    // The first time the name is required: without it the form says so.
    await citizen.getByRole("button", { name: "Masuk", exact: true }).click();
    await citizen.getByTestId("forum-display-name-error").waitFor();
    await citizen.getByLabel("Nama tampilan", { exact: true }).fill(DISPLAY_NAME);
    await citizen.getByRole("button", { name: "Masuk", exact: true }).click();

    // Back where the citizen was going: writing a topic.
    await citizen.getByRole("heading", { level: 1, name: "Tulis topik" }).waitFor();
    await citizen.getByText(`Masuk sebagai ${DISPLAY_NAME}`).waitFor();
  });

  it("publishes a topic with the phone number masked and markup shown as text, never run", async () => {
    await citizen.getByLabel("Judul", { exact: true }).fill(TITLE);
    await citizen.getByLabel("Uraian", { exact: true }).fill(BODY);
    await citizen.getByLabel("Bidang layanan", { exact: true }).selectOption("kesehatan");
    await citizen.getByLabel("Kecamatan", { exact: true }).selectOption("ampenan");
    await citizen.getByRole("button", { name: "Terbitkan topik" }).click();

    await citizen.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    topicPath = new URL(citizen.url()).pathname;
    expect(topicPath).toMatch(/^\/forum\/topik\/[\w-]+$/);
    expect(await citizen.getByTestId("masked-notice").textContent()).toContain("nomor telepon");

    const body = citizen.getByTestId("topic-body");
    const shown = (await body.textContent()) ?? "";
    expect(shown).toContain(SCRIPT);
    expect(shown).toContain("[nomor telepon disamarkan]");
    expect(shown).not.toContain("081234567890");
    expect(await body.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);

    await citizen.getByText("Ditangani oleh Dinas Kesehatan").waitFor();
    const lapor = citizen.getByRole("link", { name: /SP4N-LAPOR!/ });
    expect(await lapor.getAttribute("href")).toBe("https://www.lapor.go.id");
  });

  it("counts the citizen's support once and lists the topic with its count", async () => {
    await citizen.getByRole("button", { name: "Dukung topik ini" }).click();
    await expect.poll(() => citizen.getByTestId("topic-supports").textContent()).toBe("1 dukungan");
    await citizen.getByRole("button", { name: "Batalkan dukungan" }).waitFor();

    await citizen.getByRole("link", { name: "← Kembali ke Forum Warga" }).click();
    await citizen.getByLabel("Bidang layanan", { exact: true }).selectOption("kesehatan");
    const card = citizen.getByRole("article", { name: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toContain("1 dukungan");
    expect(await card.textContent()).toContain(DISPLAY_NAME);
    expect(dialogs).toEqual([]);
  });

  it("fits the forum on a phone-width screen", async () => {
    await citizen.setViewportSize({ width: 390, height: 844 });
    await citizen.goto(`${app.url}${topicPath}`);
    await citizen.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const overflow = await citizen.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
