import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const ADMIN = "admin@demo.mataramkota.go.id";
const STAFF = "pegawai@demo.mataramkota.go.id";
const PASSWORD = "kompeten-demo";

const HOUR = 60 * 60 * 1000;
/** A moment as a datetime-local value in WITA (UTC+8), as the course editor takes it. */
const witaInput = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16);

const COURSE_CODE = "UJI-E2E-1";
const COURSE_ID = COURSE_CODE.toLowerCase();
const COURSE_TITLE = "Uji E2E: Layanan Digital Kota";
const INSTITUTION = "Pusdiklat Uji Coba E2E";
/** The demo's full e-learning class: three seats taken, one person waiting. */
const FULL_TITLE = "Literasi Data untuk Pelayanan Publik";

describe("courses, enrollment, JP and certificates in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let adminContext: BrowserContext;
  let staffContext: BrowserContext;
  let admin: Page;
  let staff: Page;
  let staffName = "";
  let certificateCode = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    // Separate contexts: separate cookies, so two people are signed in at once.
    adminContext = await browser.newContext();
    staffContext = await browser.newContext();
    admin = await adminContext.newPage();
    staff = await staffContext.newPage();
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

  it("lets the admin add a partner institution", async () => {
    await signIn(admin, ADMIN);
    await admin.getByRole("button", { name: "Pelatihan", exact: true }).click();
    await admin.getByRole("link", { name: "Lembaga mitra" }).first().click();
    await admin.getByLabel("Nama lembaga", { exact: true }).fill(INSTITUTION);
    await admin.getByLabel("Jenis lembaga", { exact: true }).selectOption({ label: "Lembaga pelatihan" });
    await admin.getByLabel("Kontak", { exact: true }).fill("pusdiklat-e2e@mataramkota.go.id");
    await admin.getByRole("button", { name: "Tambah lembaga" }).click();
    await admin.getByText(`Lembaga ${INSTITUTION} ditambahkan.`).waitFor();
    await admin.getByRole("table", { name: "Daftar lembaga mitra" }).getByText(INSTITUTION).waitFor();
  });

  it("lets the admin create a course open for enrollment now and publish it", async () => {
    const now = Date.now();
    await admin.getByRole("link", { name: "Katalog pelatihan" }).first().click();
    await admin.getByRole("link", { name: "Tambah kursus" }).click();
    await admin.getByRole("heading", { level: 1, name: "Kursus baru" }).waitFor();

    await admin.getByLabel("Kode", { exact: true }).fill(COURSE_CODE);
    await admin.getByLabel("Tahun", { exact: true }).fill(new Date(now + 8 * HOUR).toISOString().slice(0, 4));
    await admin.getByLabel("Judul", { exact: true }).fill(COURSE_TITLE);
    await admin.getByLabel("Deskripsi", { exact: true }).fill("Pelatihan singkat untuk uji ujung ke ujung.");
    await admin.getByLabel("Kategori", { exact: true }).selectOption({ label: "Digital & e-Government" });
    await admin.getByLabel("Bentuk pelatihan", { exact: true }).selectOption({ label: "Lokakarya" });
    await admin.getByLabel("JP (jam pelajaran)", { exact: true }).fill("8");
    await admin.getByLabel("Kapasitas (kursi)", { exact: true }).fill("10");
    await admin.getByLabel("Lembaga penyelenggara", { exact: true }).selectOption({ label: INSTITUTION });
    await admin.getByLabel("Pendaftaran dibuka (WITA)", { exact: true }).fill(witaInput(now - HOUR));
    await admin.getByLabel("Pendaftaran ditutup (WITA)", { exact: true }).fill(witaInput(now + 2 * HOUR));
    await admin.getByLabel("Mulai (WITA)", { exact: true }).fill(witaInput(now + 3 * HOUR));
    await admin.getByLabel("Selesai (WITA)", { exact: true }).fill(witaInput(now + 5 * HOUR));
    await admin.getByLabel("Tempat", { exact: true }).fill("Aula Diskominfo");
    await admin.getByRole("button", { name: "Simpan kursus" }).click();

    await admin.getByRole("heading", { level: 1, name: COURSE_TITLE }).waitFor();
    expect(new URL(admin.url()).pathname).toBe(`/kursus/${COURSE_ID}`);
    await admin.getByRole("button", { name: "Terbitkan" }).click();
    await admin.getByText("Status kursus kini: Diterbitkan.").waitFor();
  });

  it("lets a staff member find the course and enroll", async () => {
    await signIn(staff, STAFF);
    staffName = await staff.evaluate(async () => ((await (await fetch("/api/me")).json()) as { name: string }).name);
    expect(staffName).not.toBe("");

    await staff.getByRole("link", { name: "Katalog pelatihan" }).first().click();
    await staff.getByLabel("Cari judul atau kode", { exact: true }).fill(COURSE_CODE);
    await staff.getByRole("link", { name: COURSE_TITLE }).click();
    await staff.getByRole("heading", { level: 1, name: COURSE_TITLE }).waitFor();
    await staff.getByText("Anda belum terdaftar.").waitFor();
    await staff.getByRole("button", { name: "Daftar", exact: true }).click();
    await staff.getByText("Pendaftaran berhasil. Anda terdaftar.").waitFor();
    await staff.getByText("Terdaftar", { exact: true }).waitFor();
  });

  it("shows the staff member's seat and waitlist place in Pembelajaran saya and on the catalog cards", async () => {
    await staff.getByRole("link", { name: "Katalog pelatihan" }).first().click();
    await staff.getByRole("article", { name: FULL_TITLE }).getByRole("link", { name: FULL_TITLE }).click();
    await staff.getByRole("heading", { level: 1, name: FULL_TITLE }).waitFor();
    await staff.getByRole("button", { name: "Daftar", exact: true }).click();
    await staff.getByText("Kursi sudah penuh. Anda masuk daftar tunggu urutan ke-2.").waitFor();

    await staff.getByRole("link", { name: "Pembelajaran saya" }).first().click();
    const current = staff.getByRole("region", { name: "Pelatihan yang sedang dan akan diikuti" });
    const seat = current.getByTestId("current-enrollment").filter({ hasText: COURSE_TITLE });
    await seat.waitFor();
    expect(await seat.textContent()).toContain("Terdaftar");
    expect(await seat.textContent()).toContain("+8 JP setelah selesai");
    const waiting = current.getByTestId("current-enrollment").filter({ hasText: FULL_TITLE });
    expect(await waiting.textContent()).toContain("Daftar tunggu, urutan ke-2");
    await staff.getByTestId("upcoming-jp").waitFor();

    await staff.getByRole("link", { name: "Katalog pelatihan" }).first().click();
    const fullCard = staff.getByRole("article", { name: FULL_TITLE });
    expect(await fullCard.getByTestId("my-course-status").textContent()).toBe("Status Anda: Antrean #2");
    expect(await staff.getByRole("article", { name: COURSE_TITLE }).getByTestId("my-course-status").textContent()).toBe(
      "Status Anda: Terdaftar",
    );

    // Leaving the waitlist asks first and names the place that would be lost.
    await fullCard.getByRole("link", { name: FULL_TITLE }).click();
    await staff.getByRole("button", { name: "Keluar dari antrean" }).click();
    const dialog = staff.getByRole("alertdialog", { name: "Keluar dari daftar tunggu?" });
    expect(await dialog.textContent()).toContain("Posisi antrean 2");
    await dialog.getByRole("button", { name: "Batal" }).click();
    await staff.getByText("Daftar tunggu, urutan ke-2").waitFor();
  });

  it("refuses completion before the last session has ended, then after it without attendance", async () => {
    await admin.getByRole("link", { name: "Daftar peserta" }).click();
    await admin.getByRole("heading", { level: 1, name: `Peserta: ${COURSE_TITLE}` }).waitFor();
    await admin.getByRole("row", { name: new RegExp(staffName) }).waitFor();
    const present = admin.getByRole("checkbox", { name: `Hadir di sesi 1: ${staffName}` });
    await present.check();
    await expect.poll(() => present.isChecked()).toBe(true);
    expect(await admin.getByTestId("completion-rule").textContent()).toContain("setelah sesi terakhir berakhir");

    await admin.getByRole("button", { name: `Tandai selesai: ${staffName}` }).click();
    await admin.getByLabel("Mengikuti sampai selesai", { exact: true }).check();
    await admin.getByRole("button", { name: "Simpan penyelesaian" }).click();
    const dialog = admin.getByRole("alertdialog", { name: `Tandai ${staffName} selesai?` });
    const question = (await dialog.textContent()) ?? "";
    expect(question).toContain(staffName);
    expect(question).toContain(COURSE_TITLE);
    expect(question).toContain("8 JP");
    await dialog.getByRole("button", { name: "Ya, tandai selesai dan catat 8 JP" }).click();
    await admin.getByText(/^Kursus belum selesai: penyelesaian dapat dicatat setelah sesi terakhir berakhir/).waitFor();
    expect(await admin.getByTestId("completion-result").count()).toBe(0);

    // The training is moved to earlier today: it is over, but its (new) session has no attendance yet.
    const now = Date.now();
    await admin.getByRole("link", { name: "Kembali ke kursus" }).click();
    await admin.getByRole("link", { name: "Ubah kursus" }).click();
    await admin.getByRole("heading", { level: 1, name: "Ubah kursus" }).waitFor();
    await admin.getByLabel("Mulai (WITA)", { exact: true }).fill(witaInput(now - 3 * HOUR));
    await admin.getByLabel("Selesai (WITA)", { exact: true }).fill(witaInput(now - 2 * HOUR));
    await admin.getByRole("button", { name: "Simpan kursus" }).click();
    await admin.getByRole("heading", { level: 1, name: COURSE_TITLE }).waitFor();
    await admin.getByRole("link", { name: "Daftar peserta" }).click();
    await admin.getByRole("heading", { level: 1, name: `Peserta: ${COURSE_TITLE}` }).waitFor();
    await admin.getByRole("button", { name: `Tandai selesai: ${staffName}` }).click();
    await admin.getByRole("button", { name: "Simpan penyelesaian" }).click();
    await admin.getByRole("button", { name: "Ya, tandai selesai dan catat 8 JP" }).click();
    await admin.getByText("Kehadiran belum cukup: tercatat 0 dari 1 sesi, sedangkan syaratnya minimal 1 sesi.", { exact: false }).waitFor();
  });

  it("lets the admin mark the participant completed once attendance is recorded, and see the certificate code", async () => {
    const present = admin.getByRole("checkbox", { name: `Hadir di sesi 1: ${staffName}` });
    await present.check();
    await expect.poll(() => present.isChecked()).toBe(true);
    expect(await admin.getByTestId("completion-rule").textContent()).not.toContain("setelah sesi terakhir berakhir");

    await admin.getByRole("button", { name: "Simpan penyelesaian" }).click();
    await admin.getByRole("alertdialog", { name: `Tandai ${staffName} selesai?` }).getByRole("button", { name: "Ya, tandai selesai dan catat 8 JP" }).click();
    const result = admin.getByTestId("completion-result");
    await result.waitFor();
    const match = /Kode sertifikat: (\S+)/.exec((await result.textContent()) ?? "");
    expect(match).not.toBeNull();
    certificateCode = match![1]!;
  });

  it("shows the staff member the JP and the certificate in Pembelajaran saya", async () => {
    await staff.getByRole("link", { name: "Pembelajaran saya" }).first().click();
    await staff.getByRole("heading", { level: 1, name: "Pembelajaran saya" }).waitFor();
    // The router reuses a read younger than 5 s on navigation, and this page was read a few seconds
    // ago, before the admin's completion in the other browser: the staff member loads it afresh.
    await staff.reload();
    await staff.getByRole("progressbar").waitFor();
    expect(await staff.getByText(/\d+ dari 20 JP/).textContent()).toMatch(/^\d+ dari 20 JP$/);

    const history = staff.getByRole("table", { name: /Riwayat pembelajaran/ });
    const entry = history.getByRole("row", { name: new RegExp(COURSE_TITLE) });
    await entry.waitFor();
    expect(await entry.textContent()).toContain("8");
    // Completed, it is no longer among the current ones.
    const current = staff.getByRole("region", { name: "Pelatihan yang sedang dan akan diikuti" });
    expect(await current.getByTestId("current-enrollment").filter({ hasText: COURSE_TITLE }).count()).toBe(0);

    const certificates = staff.getByRole("region", { name: "Sertifikat saya" });
    await certificates.getByRole("link", { name: COURSE_TITLE }).click();
    await staff.getByRole("heading", { level: 1, name: "Sertifikat" }).waitFor();
    expect(new URL(staff.url()).pathname).toBe(`/sertifikat/${certificateCode}`);
    await staff.getByText(staffName, { exact: true }).waitFor();
    // Printed in groups of four, as it is read aloud.
    const printed = certificateCode.match(/.{1,4}/g)!.join("-");
    expect(await staff.getByTestId("certificate-code").textContent()).toBe(printed);
    await staff.getByRole("img", { name: `Kode QR menuju halaman verifikasi sertifikat ${printed}` }).waitFor();
    expect(await staff.getByRole("button", { name: "Cetak" }).isVisible()).toBe(true);
  });

  it("verifies the certificate for anyone, without signing in", async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${app.url}/verifikasi/${certificateCode}`);
    await page.getByRole("heading", { name: /Sertifikat sah/ }).waitFor();
    await page.getByText(staffName, { exact: true }).waitFor();
    await page.getByText(COURSE_TITLE, { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/verifikasi/${certificateCode}`);
    expect(await page.getByRole("button", { name: "Keluar" }).count()).toBe(0);

    await page.goto(`${app.url}/verifikasi/bukan-kode-yang-ada`);
    await page.getByText("Sertifikat tidak ditemukan").waitFor();
    await visitor.close();
  });

  it("fits the course and learning pages on a phone-width screen", async () => {
    const phone = await staffContext.newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const path of [`/kursus/${COURSE_ID}`, "/belajar", "/kursus", `/sertifikat/${certificateCode}`]) {
      await phone.goto(`${app.url}${path}`);
      await phone.getByRole("heading", { level: 1 }).waitFor();
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});
