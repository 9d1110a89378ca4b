import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const ADMIN = "admin@demo.mataramkota.go.id";
const SUPERVISOR = "atasan@demo.mataramkota.go.id";
const STAFF = "pegawai@demo.mataramkota.go.id";
const PASSWORD = "kompeten-demo";

const HOUR = 60 * 60 * 1000;

/** The quarter it is now in Mataram (WITA, UTC+8), as the admin page opens it. */
function witaQuarter(now = Date.now()) {
  const wita = new Date(now + 8 * HOUR);
  return { year: wita.getUTCFullYear(), quarter: Math.floor(wita.getUTCMonth() / 3) + 1 };
}

/** Every item of a review form gets the same score. */
async function rateEverything(page: Page, label: string) {
  const items = page.locator("fieldset.rating-item");
  await items.first().waitFor();
  const count = await items.count();
  expect(count).toBeGreaterThan(7); // the seven BerAKHLAK values, then competencies
  for (let i = 0; i < count; i++) await items.nth(i).getByLabel(label, { exact: true }).check();
}

async function sendReview(page: Page) {
  await page.getByRole("button", { name: "Kirim", exact: true }).click();
  await page.getByRole("alertdialog", { name: "Kirim ulasan?" }).getByRole("button", { name: "Ya, kirim ulasan" }).click();
  await page.getByText("Ulasan terkirim. Terima kasih.").waitFor();
}

describe("quarterly evaluations in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let contexts: BrowserContext[] = [];
  let admin: Page;
  let staff: Page;
  let supervisor: Page;
  let staffName = "";
  const { year, quarter } = witaQuarter();
  const cycleName = `Kuartal ${quarter} ${year}`;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    // Separate contexts: separate cookies, so three people are signed in at once.
    contexts = await Promise.all([browser.newContext(), browser.newContext(), browser.newContext()]);
    [admin, staff, supervisor] = await Promise.all(contexts.map((context) => context.newPage()));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signIn(page: Page, login: string) {
    await page.goto(`${app.url}/masuk`);
    await page.getByLabel("NIP atau email", { exact: true }).fill(login);
    await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).click();
    await page.getByRole("button", { name: "Keluar" }).waitFor();
  }

  it("lets the admin open this quarter's cycle", async () => {
    await signIn(admin, ADMIN);
    await admin.getByRole("button", { name: "Evaluasi", exact: true }).click();
    await admin.getByRole("link", { name: "Siklus evaluasi" }).first().click();
    await admin.getByText(`Kuartal ini (WITA): ${cycleName}`).waitFor();
    await admin.getByRole("button", { name: "Buka siklus kuartal ini" }).click();
    const done = admin.getByRole("status").filter({ hasText: `Siklus ${cycleName} dibuka:` });
    await done.waitFor();
    expect(await done.textContent()).toMatch(/dibuka: [1-9]\d* evaluasi, [1-9]\d* ulasan\./);
    // The cycle is listed, and the completion per unit starts at 0%.
    await admin.getByRole("table", { name: "Daftar siklus" }).getByText(cycleName).waitFor();
    const dashboard = admin.getByRole("table", { name: `Penyelesaian ${cycleName} per unit kerja` });
    await dashboard.waitFor();
    expect(await dashboard.getByRole("row").count()).toBeGreaterThan(2);
  });

  it("lets the staff member fill in and send the self-review", async () => {
    await signIn(staff, STAFF);
    staffName = ((await staff.locator(".user-name").textContent()) ?? "").replace("Masuk sebagai ", "").trim();
    expect(staffName).not.toBe("");
    await staff.getByRole("link", { name: "Evaluasi saya" }).first().click();
    await staff.getByRole("progressbar", { name: `Kemajuan evaluasi saya, ${cycleName}` }).waitFor();
    expect(await staff.getByText(/^0 dari \d+ ulasan terkirim$/).isVisible()).toBe(true);
    await staff.getByRole("link", { name: `Isi ulasan: Penilaian diri, ${staffName}` }).click();
    await staff.getByRole("heading", { level: 1, name: "Penilaian diri" }).waitFor();
    expect(await staff.getByText(/\d{2} \w{3} \d{4} \d{2}:\d{2} WITA/).first().isVisible()).toBe(true);

    // Progress counts the rated items; every competency shows its level descriptors.
    const progress = staff.getByTestId("review-progress");
    const total = Number(/^0 dari (\d+) dinilai$/.exec((await progress.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(7);
    const integrity = staff.getByRole("group", { name: "Integritas", exact: true });
    expect(await integrity.getByText("Level 1 Paham:").isVisible()).toBe(true);
    expect(await integrity.getByText("Level 5 Ahli:").isVisible()).toBe(true);
    // Comment boxes stay folded until asked for.
    const firstItem = staff.locator("fieldset.rating-item").first();
    expect(await firstItem.getByLabel("Komentar (opsional)").isVisible()).toBe(false);
    await firstItem.getByText("Tambah komentar").click();
    await firstItem.getByLabel("Komentar (opsional)").fill("Selalu ramah melayani.");

    // Sending an incomplete review names what is unrated, and nothing asks to confirm.
    await firstItem.getByLabel("4 Baik", { exact: true }).check();
    await progress.getByText(`1 dari ${total} dinilai`).waitFor();
    await staff.getByRole("button", { name: "Kirim", exact: true }).click();
    const unrated = staff.getByRole("alert").filter({ hasText: "Beri nilai semua butir sebelum mengirim." });
    await unrated.waitFor();
    expect(await unrated.textContent()).toContain(`Belum dinilai (${total - 1}):`);
    expect(await staff.getByRole("alertdialog").count()).toBe(0);
    expect(await staff.getByText(/tidak dapat diubah lagi/).count()).toBe(0);

    await rateEverything(staff, "4 Baik");
    await progress.getByText(`${total} dari ${total} dinilai`).waitFor();
    expect(await unrated.count()).toBe(0);
    await staff.getByLabel("Kekuatan", { exact: true }).fill("Cepat belajar perangkat baru.");
    await sendReview(staff);
    await staff.getByTestId("review-state").getByText("Terkirim").waitFor();

    // The task is done: it is no longer listed, and the progress counts it.
    await staff.getByRole("link", { name: "Kembali ke Evaluasi saya" }).click();
    await staff.getByText(/^1 dari \d+ ulasan terkirim$/).waitFor();
    expect(await staff.getByRole("link", { name: `Isi ulasan: Penilaian diri, ${staffName}` }).count()).toBe(0);
  });

  it("lets the supervisor review the staff member and set the final rating", async () => {
    await signIn(supervisor, SUPERVISOR);
    await supervisor.getByRole("link", { name: "Evaluasi tim" }).first().click();
    const table = supervisor.getByRole("table", { name: `Evaluasi tim ${cycleName}` });
    await table.waitFor();
    const row = table.getByRole("row").filter({ hasText: staffName });
    expect(await row.getByRole("cell").first().textContent()).toBe("Terkirim");

    await row.getByRole("link", { name: `Ulasan atasan saya: ${staffName}` }).click();
    await supervisor.getByRole("heading", { level: 1, name: `Ulasan atasan untuk ${staffName}` }).waitFor();
    await rateEverything(supervisor, "3 Cukup");
    await supervisor.getByLabel("Area yang perlu ditingkatkan", { exact: true }).fill("Dokumentasi pekerjaan.");
    await sendReview(supervisor);

    await supervisor.getByRole("link", { name: "Lihat hasil dan tetapkan predikat" }).click();
    await supervisor.getByRole("heading", { level: 1, name: `Hasil evaluasi ${staffName}` }).waitFor();
    // No peer has answered yet: the counts are beside the form, and the rating asks to be confirmed.
    const reviewsIn = supervisor.getByTestId("final-reviews");
    await reviewsIn.waitFor();
    expect(await reviewsIn.textContent()).toMatch(/Ulasan rekan0 dari \d+ terkirim/);
    await supervisor.getByTestId("few-peers").waitFor();
    await supervisor.getByLabel("Predikat", { exact: true }).selectOption({ label: "Baik" });
    await supervisor.getByRole("button", { name: "Tetapkan predikat" }).click();
    await supervisor.getByRole("alertdialog", { name: "Ulasan rekan belum cukup" }).getByRole("button", { name: "Ya, tetapkan predikat" }).click();
    await supervisor.getByText("Predikat Baik ditetapkan.").waitFor();
    expect(await supervisor.getByTestId("final-rating").textContent()).toBe("Baik");
  });

  it("shows the staff member the result and lets them draft a development plan", async () => {
    await staff.goto(`${app.url}/evaluasi`);
    await staff.getByRole("link", { name: `Hasil ${cycleName}` }).click();
    await staff.getByRole("heading", { level: 1, name: `Hasil evaluasi ${staffName}` }).waitFor();
    expect(await staff.getByTestId("final-rating").textContent()).toBe("Baik");
    // Self 4 and supervisor 3 on every item; no peer has answered yet.
    const values = staff.getByRole("table", { name: "Nilai dasar BerAKHLAK" });
    const cells = values.getByRole("row").nth(1).getByRole("cell");
    expect(await cells.nth(0).textContent()).toBe("4");
    expect(await cells.nth(1).textContent()).toBe("3");
    await staff.getByText("Rata-rata rekan tampil setelah minimal dua rekan mengirim.").waitFor();
    await staff.getByRole("figure", { name: "Grafik kompetensi" }).waitFor();

    await staff.getByRole("link", { name: "Rencana pengembangan" }).click();
    await staff.getByRole("heading", { level: 1, name: "Rencana pengembangan" }).waitFor();
    const activity = staff.getByRole("group", { name: "Kegiatan 1" });
    await activity.getByLabel("Kompetensi", { exact: true }).selectOption({ label: "Integritas" });
    await activity.getByLabel("Bentuk kegiatan", { exact: true }).selectOption({ label: "Belajar mandiri" });
    await activity.getByLabel("Uraian kegiatan", { exact: true }).fill("Membaca kode etik ASN dan membuat ringkasan.");
    await activity.getByLabel("Tanggal target", { exact: true }).fill(`${year + 1}-03-31`);
    await staff.getByRole("button", { name: "Simpan draf" }).click();
    await staff.getByText("Draf rencana tersimpan.").waitFor();
    await staff.getByTestId("plan-status").getByText("Draf").waitFor();

    // Reloaded, the saved activity is there once.
    await staff.reload();
    await staff.getByRole("group", { name: "Kegiatan 1" }).waitFor();
    expect(await staff.getByLabel("Uraian kegiatan", { exact: true }).inputValue()).toBe(
      "Membaca kode etik ASN dan membuat ringkasan.",
    );
    expect(await staff.getByRole("group", { name: "Kegiatan 2" }).count()).toBe(0);
  });

  it("fits the result and the plan on a phone-width screen", async () => {
    // The staff member's context: the same sign-in, on a phone-sized window.
    const phone = await contexts[1]!.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const page of ["hasil", "rencana"]) {
      await phone.goto(`${app.url}/evaluasi`);
      await phone.getByRole("button", { name: "Menu" }).waitFor();
      const name = page === "hasil" ? `Hasil ${cycleName}` : `Rencana pengembangan ${cycleName}`;
      await phone.getByRole("link", { name }).click();
      await phone.getByRole("heading", { level: 1 }).waitFor();
      await phone.waitForLoadState("networkidle");
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, page).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});
