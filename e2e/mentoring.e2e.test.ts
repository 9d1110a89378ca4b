import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, startApp, type RunningApp } from "./app";

const STAFF = "pegawai@demo.mataramkota.go.id";
const MENTOR = "mentor@demo.mataramkota.go.id";
const PASSWORD = "kompeten-demo";
const COMPETENCY = "Analisis Kebijakan Publik";
const GOAL = "Menyusun kajian singkat layanan aduan digital";

const HOUR = 60 * 60 * 1000;
/** A moment as a datetime-local value in WITA (UTC+8), as the session form takes it. */
const witaInput = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16);
const witaDay = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 10);

describe("mentoring in the browser: request, accept, a session and its confirmation", () => {
  let app: RunningApp;
  let browser: Browser;
  let staff: Page;
  let mentor: Page;
  let staffName = "";
  let mentorName = "";
  let relationPath = "";

  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
    // Separate contexts: separate cookies, so both people are signed in at once.
    staff = await (await browser.newContext()).newPage();
    mentor = await (await browser.newContext()).newPage();
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
    return page.evaluate(async () => ((await (await fetch("/api/me")).json()) as { name: string }).name);
  }

  /** The relation with `name` in one of the Mentoring page's lists ("Sebagai mentee" or "Sebagai mentor"). */
  const row = (page: Page, list: "mentee" | "mentor", name: string) => page.getByTestId(`mentorships-${list}-table`).getByRole("row", { name: new RegExp(name) });

  it("lets a staff member find mentor@ for a competency, with the reasons, and send a request", async () => {
    mentorName = await signIn(mentor, MENTOR);
    staffName = await signIn(staff, STAFF);
    await staff.getByRole("link", { name: "Mentoring", exact: true }).first().click();
    await staff.getByRole("heading", { level: 1, name: "Mentoring" }).waitFor();
    await staff.getByRole("combobox", { name: "Kompetensi", exact: true }).selectOption({ label: COMPETENCY });

    const card = staff.getByRole("article", { name: mentorName });
    await card.waitFor();
    const reasons = (await card.getByRole("list", { name: `Alasan skor ${mentorName}` }).textContent()) ?? "";
    expect(reasons).toContain("Kompetensi Analisis Kebijakan Publik level 4");
    expect(reasons).toContain("1 dari 3 kursi terisi");
    expect(reasons).toContain("Unit lain (Badan Perencanaan Pembangunan Daerah)");

    await card.getByRole("button", { name: `Ajukan permintaan ke ${mentorName}` }).click();
    const form = staff.getByRole("region", { name: `Permintaan mentoring kepada ${mentorName}` });
    expect(await form.getByRole("checkbox", { name: COMPETENCY }).isChecked()).toBe(true);
    await form.getByLabel("Tujuan 1", { exact: true }).fill(GOAL);
    await form.getByLabel("Lama (minggu)", { exact: true }).fill("8");
    await form.getByLabel("Pesan untuk mentor", { exact: true }).fill("Mohon bimbingan Bapak untuk kajian pertama saya.");
    await form.getByRole("button", { name: "Kirim permintaan" }).click();
    await form.getByText("Permintaan terkirim. Mentor punya 14 hari untuk menjawab.").waitFor();

    await form.getByRole("link", { name: "Lihat hubungan mentoring" }).click();
    await staff.getByRole("heading", { level: 1, name: `${mentorName} dan ${staffName}` }).waitFor();
    relationPath = new URL(staff.url()).pathname;
    expect(relationPath).toMatch(/^\/mentoring\/[\w-]+$/);
    expect(await staff.locator(".status-line").textContent()).toBe("Menunggu jawaban");
    await staff.getByRole("button", { name: "Tarik permintaan" }).waitFor();
  });

  it("lets the mentor find the request, accept it and log a session with an action", async () => {
    await mentor.getByRole("link", { name: "Mentoring", exact: true }).first().click();
    const request = row(mentor, "mentor", staffName);
    await request.waitFor();
    expect(await request.textContent()).toContain("Menunggu jawaban");
    await request.getByRole("link", { name: staffName }).click();
    await mentor.getByRole("heading", { level: 1, name: `${mentorName} dan ${staffName}` }).waitFor();
    expect(new URL(mentor.url()).pathname).toBe(relationPath);
    await mentor.getByText(GOAL).waitFor();

    await mentor.getByRole("button", { name: "Terima", exact: true }).click();
    await mentor.getByText("Permintaan diterima. Mentoring berjalan.").waitFor();
    await expect.poll(() => mentor.locator(".status-line").textContent()).toBe("Berjalan");

    const now = Date.now();
    const sessions = mentor.getByTestId("mentorship-sessions");
    await sessions.getByLabel("Tanggal dan jam (WITA)", { exact: true }).fill(witaInput(now - 2 * HOUR));
    await sessions.getByLabel("Lama (menit)", { exact: true }).fill("60");
    await sessions.getByLabel("Cara bertemu", { exact: true }).selectOption({ label: "Daring" });
    await sessions.getByLabel("Catatan", { exact: true }).fill("Perkenalan: masalah layanan aduan dan data yang ada.");
    await sessions.getByRole("button", { name: "Tambah tindak lanjut" }).click();
    await sessions.getByLabel("Tindak lanjut 1", { exact: true }).fill("Mengumpulkan data aduan tiga bulan terakhir");
    await sessions.getByLabel("Tenggat tindak lanjut 1", { exact: true }).fill(witaDay(now + 7 * 24 * HOUR));
    await sessions.getByRole("button", { name: "Catat sesi", exact: true }).click();
    await sessions.getByText("Sesi dicatat. Pihak lain diminta mengonfirmasinya.").waitFor();

    const logged = sessions.getByRole("list", { name: "Daftar sesi" }).getByRole("listitem").filter({ has: mentor.getByRole("heading", { level: 3 }) });
    await expect.poll(() => logged.count()).toBe(1);
    expect(await logged.textContent()).toContain("Menunggu konfirmasi");
    expect(await logged.textContent()).toContain("Mengumpulkan data aduan tiga bulan terakhir");
    // The one who logged it does not confirm it.
    expect(await logged.getByRole("button", { name: /^Konfirmasi sesi/ }).count()).toBe(0);
    expect(await sessions.getByTestId("session-totals").textContent()).toContain("60 menit");
  });

  it("lets the mentee sign in again, see the relation running and confirm the session, which then counts", async () => {
    // Another device: a fresh sign-in, nothing kept from the first visit.
    staff = await (await browser.newContext()).newPage();
    await signIn(staff, STAFF);
    await staff.getByRole("link", { name: "Mentoring", exact: true }).first().click();
    const relation = row(staff, "mentee", mentorName);
    await expect.poll(async () => (await relation.textContent()) ?? "").toContain("Berjalan");
    await relation.getByRole("link", { name: mentorName }).click();
    await staff.getByRole("heading", { level: 1, name: `${mentorName} dan ${staffName}` }).waitFor();
    expect(await staff.locator(".status-line").textContent()).toBe("Berjalan");

    const sessions = staff.getByTestId("mentorship-sessions");
    const totals = sessions.getByTestId("session-totals");
    await totals.waitFor();
    expect(await totals.textContent()).toMatch(/Menit terkonfirmasi\s*0 menit/);
    await sessions.getByRole("button", { name: /^Konfirmasi sesi/ }).click();
    await sessions.getByText("Sesi dikonfirmasi.").waitFor();

    const session = sessions.getByRole("list", { name: "Daftar sesi" }).getByRole("listitem").filter({ has: staff.getByRole("heading", { level: 3 }) });
    await expect.poll(async () => (await session.textContent()) ?? "").toContain("Terkonfirmasi");
    expect(await session.textContent()).not.toContain("Menunggu konfirmasi");
    expect(await sessions.getByRole("button", { name: /^Konfirmasi sesi/ }).count()).toBe(0);
    await expect.poll(async () => (await totals.textContent()) ?? "").toMatch(/Menit terkonfirmasi\s*60 menit/);
    expect(await totals.textContent()).toMatch(/JP yang diperoleh\s*1 JP/);
    // The mentee ticks the action agreed in it.
    const action = sessions.getByRole("checkbox", { name: /Mengumpulkan data aduan tiga bulan terakhir/ });
    await action.check();
    await expect.poll(() => action.isChecked()).toBe(true);
  });

  it("shows the mentor the session confirmed", async () => {
    await mentor.reload();
    const sessions = mentor.getByTestId("mentorship-sessions");
    const session = sessions.getByRole("list", { name: "Daftar sesi" }).getByRole("listitem").filter({ has: mentor.getByRole("heading", { level: 3 }) });
    await expect.poll(async () => (await session.textContent()) ?? "").toContain("Terkonfirmasi");
    expect(await session.textContent()).toContain("Selesai");
    expect(await sessions.getByTestId("session-totals").textContent()).toMatch(/Menit terkonfirmasi\s*60 menit/);
  });
});
