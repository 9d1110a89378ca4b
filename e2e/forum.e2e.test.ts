import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const EMAIL = `warga.e2e.${Date.now()}@example.org`;
const DISPLAY_NAME = "Warga Uji E2E";
const TITLE = "Uji E2E: aplikasi layanan kota sering gagal dibuka";
const RESPONDER = "atasan@demo.mataramkota.go.id";
const PASSWORD = "kompeten-demo";
const ANSWER = "Terima kasih. Server aplikasi sedang kami perbarui; perbaikan selesai pekan ini.";
const SCRIPT = "<img src=x onerror=alert(1)>";
const BODY = `Sejak minggu lalu aplikasi layanan kota sering gagal dibuka pada pagi hari. ${SCRIPT} Hubungi saya di 081234567890.`;

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
    await citizen.getByLabel("Bidang layanan", { exact: true }).selectOption("lainnya");
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

    await citizen.getByText("Ditangani oleh Dinas Komunikasi dan Informatika").waitFor();
    await citizen.getByTestId("no-answers").waitFor();
    const lapor = citizen.getByRole("link", { name: /SP4N-LAPOR!/ });
    expect(await lapor.getAttribute("href")).toBe("https://www.lapor.go.id");
  });

  it("counts the citizen's support once and lists the topic with its count", async () => {
    await citizen.getByRole("button", { name: "Dukung topik ini" }).click();
    await expect.poll(() => citizen.getByTestId("topic-supports").textContent()).toBe("1 dukungan");
    await citizen.getByRole("button", { name: "Batalkan dukungan" }).waitFor();

    await citizen.getByRole("link", { name: "← Kembali ke Forum Warga" }).click();
    await citizen.getByLabel("Bidang layanan", { exact: true }).selectOption("lainnya");
    const card = citizen.getByRole("article", { name: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toContain("1 dukungan");
    expect(await card.textContent()).toContain(DISPLAY_NAME);
    expect(dialogs).toEqual([]);
  });

  it("lets a responder of the owner unit answer officially from the staff app", async () => {
    const responder = await (await browser.newContext()).newPage();
    responder.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await responder.goto(`${app.url}/masuk`);
    await responder.getByLabel("NIP atau email", { exact: true }).fill(RESPONDER);
    await responder.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
    await responder.getByRole("button", { name: "Masuk" }).click();
    await responder.getByRole("button", { name: "Keluar" }).waitFor();

    // The topic waits in the unit's queue; its text shows as text there too.
    await responder.goto(`${app.url}/layanan-forum`);
    await responder.getByRole("heading", { level: 1, name: "Antrean forum warga" }).waitFor();
    await responder.getByRole("link", { name: TITLE }).click();
    await responder.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(await responder.locator("img[src=x]").count()).toBe(0);

    await responder.getByLabel("Jawaban resmi", { exact: true }).fill(ANSWER);
    await responder.getByRole("button", { name: "Kirim jawaban resmi" }).click();
    await responder.getByText(ANSWER).first().waitFor();
    expect(dialogs).toEqual([]);
    await responder.context().close();
  });

  it("shows the citizen the official answer on the topic and a notice of it", async () => {
    await citizen.goto(`${app.url}${topicPath}`);
    const answer = citizen.getByTestId("official-answer");
    await answer.waitFor();
    const text = (await answer.textContent()) ?? "";
    expect(text).toContain("Jawaban resmi");
    expect(text).toContain(ANSWER);
    expect(text).toContain("Kepala Bidang e-Government");
    expect(text).toContain("Dinas Komunikasi dan Informatika");

    // A comment, with markup and a phone number: masked, shown as text, at once.
    await citizen.getByLabel("Komentar Anda", { exact: true }).fill(`Terima kasih atas jawabannya ${SCRIPT} WA 081298765432`);
    await citizen.getByRole("button", { name: "Kirim komentar" }).click();
    const comment = citizen.getByTestId("comment").filter({ hasText: "Terima kasih atas jawabannya" });
    await comment.waitFor();
    expect(await comment.textContent()).toContain(SCRIPT);
    expect(await comment.textContent()).toContain("[nomor telepon disamarkan]");
    expect(await comment.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);

    await citizen.getByRole("link", { name: "Topik saya" }).click();
    const notice = citizen.getByTestId("forum-notice").filter({ hasText: TITLE });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("mendapat jawaban resmi");
    await citizen.getByTestId("my-topic").filter({ hasText: TITLE }).waitFor();
  });

  it("fits the forum on a phone-width screen", async () => {
    await citizen.setViewportSize({ width: 390, height: 844 });
    await citizen.goto(`${app.url}${topicPath}`);
    await citizen.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const overflow = await citizen.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
