import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const ADMIN = "admin@demo.mataramkota.go.id";
const PASSWORD = "kompeten-demo";

describe("staff administration in the browser", () => {
  let app: RunningApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function signIn(login: string, password: string) {
    await page.goto(`${app.url}/masuk`);
    await page.getByLabel("NIP atau email", { exact: true }).fill(login);
    await page.getByLabel("Kata sandi", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Masuk" }).click();
  }

  it("signs in as the demo admin", async () => {
    await signIn(ADMIN, PASSWORD);
    await page.getByRole("button", { name: "Pegawai", exact: true }).waitFor();
    expect(await page.getByRole("button", { name: "Keluar" }).isVisible()).toBe(true);
  });

  it("finds a staff member in the directory and opens the profile", async () => {
    await page.getByRole("link", { name: "Direktori pegawai" }).first().click();
    await page.getByLabel("Cari nama atau NIP", { exact: true }).fill("baiq");
    await page.getByRole("button", { name: "Cari" }).click();
    const firstRow = page.getByRole("link", { name: /^Baiq / }).first();
    await firstRow.waitFor();
    const name = (await firstRow.textContent())!.trim();
    await firstRow.click();
    await page.getByRole("heading", { name }).waitFor();
    expect(await page.getByText(/\b\d{18}\b/).first().isVisible()).toBe(true);
  });

  it("adds a staff member, who must change the first password", async () => {
    await page.goto(`${app.url}/admin/pegawai`);
    await page.getByLabel("NIP", { exact: true }).fill("199804162022032004");
    await page.getByLabel("Nama lengkap", { exact: true }).fill("Lale Intan Permata");
    await page.getByLabel("Email", { exact: true }).fill("lale.intan@mataramkota.go.id");
    await page.getByLabel("Unit kerja", { exact: true }).selectOption({ label: "Dinas Komunikasi dan Informatika" });
    await page.getByLabel("Jabatan", { exact: true }).fill("Pranata Komputer Ahli Pertama");
    await page.getByLabel("Tingkat jabatan", { exact: true }).selectOption("pelaksana");
    await page.getByLabel("Kata sandi awal", { exact: true }).fill("sementara-123");
    await page.getByRole("button", { name: "Simpan pegawai" }).click();
    await page.getByText("Pegawai Lale Intan Permata berhasil ditambahkan.").waitFor();

    // The directory finds the new person by NIP prefix.
    await page.goto(`${app.url}/pegawai`);
    await page.getByLabel("Cari nama atau NIP", { exact: true }).fill("19980416");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.getByRole("link", { name: "Lale Intan Permata" }).waitFor();
  });

  it("imports a CSV with one bad row: nothing is written and the row's error is shown", async () => {
    await page.goto(`${app.url}/admin/pegawai`);
    const csv = [
      "nip,name,email,unit,position,supervisor_nip",
      "198911202014031002,Lalu Bayu Saputra,lalu.bayu@mataramkota.go.id,DISKOMINFO,Analis Data,",
      "19891120,Nip Terlalu Pendek,pendek@mataramkota.go.id,DISKOMINFO,Analis Data,",
    ].join("\n");
    await page.getByLabel("Isi CSV", { exact: true }).fill(csv);
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    const table = page.getByRole("table", { name: "Baris yang ditolak" });
    await table.waitFor();
    const text = await table.textContent();
    expect(text).toContain("3");
    expect(text).toMatch(/18 digits|18 digit/);

    // Fixing the file imports it.
    await page.getByLabel("Isi CSV", { exact: true }).fill(csv.split("\n").slice(0, 2).join("\n"));
    await page.getByRole("button", { name: "Impor", exact: true }).click();
    await page.getByTestId("import-result").waitFor();
    expect(await page.getByTestId("import-created").textContent()).toContain("1");
  });

  it("sends a new account to the password change first", async () => {
    await page.getByRole("button", { name: "Keluar" }).click();
    await page.getByLabel("NIP atau email", { exact: true }).waitFor();
    await signIn("199804162022032004", "sementara-123");
    await page.getByLabel("Kata sandi baru", { exact: true }).waitFor();
    expect(page.url()).toContain("/kata-sandi");
    await page.getByLabel("Kata sandi saat ini", { exact: true }).fill("sementara-123");
    await page.getByLabel("Kata sandi baru", { exact: true }).fill("kata-sandi-intan-1");
    await page.getByLabel("Ulangi kata sandi baru", { exact: true }).fill("kata-sandi-intan-1");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await page.getByRole("link", { name: "Profil saya" }).first().waitFor();
  });

  it("lets staff find colleagues by any word of the name, keeps the supervisor's levels private, and speaks English in the bell", async () => {
    await page.getByRole("button", { name: "Keluar" }).click();
    await page.getByLabel("NIP atau email", { exact: true }).waitFor();
    await signIn("pegawai@demo.mataramkota.go.id", PASSWORD);
    await page.getByRole("link", { name: "Direktori pegawai" }).first().click();
    await page.getByLabel("Cari nama", { exact: true }).fill("MAHARANI");
    await page.getByRole("button", { name: "Cari" }).click();
    const table = page.getByRole("table", { name: "Daftar pegawai" });
    await table.getByRole("rowheader", { name: / Maharani$/ }).first().waitFor();
    expect(await table.getByRole("columnheader", { name: "NIP" }).count()).toBe(0);
    expect(await table.getByText(/\b\d{18}\b/).count()).toBe(0);

    // The supervisor's profile says nothing about their competency levels.
    await page.getByRole("link", { name: "Profil saya" }).first().click();
    const supervisorLink = page.locator("dd a[href^='/pegawai/']").first();
    await supervisorLink.waitFor();
    const supervisorName = (await supervisorLink.textContent())!.trim();
    await supervisorLink.click();
    await page.getByRole("heading", { level: 1, name: supervisorName }).waitFor();
    await page.getByRole("heading", { name: "Data pegawai" }).waitFor();
    expect(await page.getByRole("heading", { name: "Level kompetensi" }).count()).toBe(0);
    expect(await page.getByText("Di bawah standar jabatan").count()).toBe(0);

    // The certificate notification, in English.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("button", { name: /^Notifications/ }).click();
    const panel = page.getByRole("region", { name: "Notifications" });
    await panel.getByText("Certificate issued").first().waitFor();
    expect(await panel.getByText("Sertifikat terbit").count()).toBe(0);
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  });

  it("works on a phone-width screen", async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await phone.goto(`${app.url}/masuk`);
    await phone.getByLabel("NIP atau email", { exact: true }).fill(ADMIN);
    await phone.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
    await phone.getByRole("button", { name: "Masuk" }).click();
    await phone.getByRole("button", { name: "Menu" }).click();
    await phone.getByRole("link", { name: "Direktori pegawai" }).first().click();
    await phone.getByLabel("Cari nama atau NIP", { exact: true }).waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});
