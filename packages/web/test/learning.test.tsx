import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { witaYear } from "../src/time";
import type { LearningSummary, LedgerEntry } from "../src/types";
import { admin, competencyDictionary, course, staff, summary, supervisor, units } from "./fixtures";
import { renderApp, signedInAs, stubApi } from "./harness";

const year = witaYear();

const courseEntry: LedgerEntry = {
  id: "e-1",
  staffId: staff.id,
  staffName: staff.name,
  year,
  source: "course",
  title: "Manajemen Proyek Pemerintahan",
  institution: "Universitas Mataram",
  startDate: `${year}-03-01`,
  endDate: `${year}-03-02`,
  jp: 12,
  status: "approved",
  certificateCode: "KMP-7Q2X",
  courseId: course.id,
};

const pendingEntry: LedgerEntry = {
  id: "e-2",
  staffId: staff.id,
  staffName: staff.name,
  year,
  source: "external",
  title: "Webinar Keamanan Siber",
  institution: "BSSN",
  startDate: `${year}-04-10`,
  endDate: `${year}-04-10`,
  jp: 4,
  evidence: "https://bssn.go.id/sertifikat/123",
  status: "pending",
};

const learning: LearningSummary = { year, totalJp: 12, pendingJp: 4, targetJp: 20, upcomingJp: 0, entries: [courseEntry, pendingEntry], enrollments: [] };

describe("my learning", () => {
  it("shows the JP progress, the history, certificates and recommendations", { timeout: 15_000 }, async () => {
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/learning": { body: learning },
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/learning/recommendations": {
        body: { items: [{ course, competencyId: "orientasi_hasil", standardLevel: 3, currentLevel: 1, gapToStandard: -2 }] },
      },
    });
    renderApp("/belajar");

    const progress = await screen.findByRole("progressbar", { name: `Capaian JP tahun ${year}` });
    expect(progress).toHaveAttribute("value", "12");
    expect(progress).toHaveAttribute("max", "20");
    expect(screen.getByText("12 dari 20 JP")).toBeInTheDocument();
    expect(screen.getByText("Kurang 8 JP untuk mencapai target minimal 20 JP per tahun.")).toBeInTheDocument();
    expect(screen.getByText("4 JP lagi menunggu persetujuan atasan.")).toBeInTheDocument();
    expect(api.callsTo("GET", "/api/learning")[0].search.get("year")).toBe(String(year));
    expect(api.callsTo("GET", "/api/learning")[0].search.has("staffId")).toBe(false);

    const history = screen.getByRole("table", { name: `Riwayat pembelajaran ${year}` });
    const rows = within(history).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("Pelatihan Kompeten");
    expect(rows[1]).toHaveTextContent("Menunggu persetujuan");

    const certificates = screen.getByRole("region", { name: "Sertifikat saya" });
    expect(within(certificates).getByRole("link", { name: courseEntry.title })).toHaveAttribute(
      "href",
      "/sertifikat/KMP-7Q2X",
    );

    // The gap is the level minus the standard: a shortfall reads as such.
    expect(await screen.findByText("Orientasi pada Hasil: standar 3, saat ini 1 (−2 di bawah standar)")).toBeInTheDocument();
    const recommendations = screen.getByRole("region", { name: "Rekomendasi pelatihan" });
    expect(within(recommendations).getByRole("link", { name: course.title })).toHaveAttribute(
      "href",
      `/kursus/${course.id}`,
    );
  });

  it("lists current enrollments, waitlist places and nominations with the JP they will add", async () => {
    stubApi({
      ...signedInAs(staff),
      "GET /api/learning": {
        body: {
          ...learning,
          upcomingJp: 28,
          enrollments: [
            { courseId: "c-pm", courseTitle: "Manajemen Proyek", startsAt: `${year}-12-20T00:00:00.000Z`, endsAt: `${year}-12-21T08:00:00.000Z`, jp: 16, status: "enrolled", phase: "upcoming" },
            { courseId: "c-data", courseTitle: "Literasi Data", startsAt: `${year}-12-22T00:00:00.000Z`, endsAt: `${year}-12-22T06:00:00.000Z`, jp: 10, status: "waitlisted", position: 2, phase: "upcoming" },
            { courseId: "c-lead", courseTitle: "Kepemimpinan", startsAt: `${year}-12-01T00:00:00.000Z`, endsAt: `${year}-12-02T08:00:00.000Z`, jp: 12, status: "enrolled", phase: "awaiting_completion", nominatedBy: supervisor.id, nominatedByName: supervisor.name },
          ],
        },
      },
      "GET /api/learning/recommendations": { body: { items: [] } },
    });
    renderApp("/belajar");
    const current = await screen.findByRole("region", { name: "Pelatihan yang sedang dan akan diikuti" });
    const items = within(current).getAllByTestId("current-enrollment");
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent("Manajemen Proyek");
    expect(items[0]).toHaveTextContent("Terdaftar · Akan datang");
    expect(items[0]).toHaveTextContent("+16 JP setelah selesai");
    expect(within(items[0]!).getByRole("link", { name: "Manajemen Proyek" })).toHaveAttribute("href", "/kursus/c-pm");
    expect(items[1]).toHaveTextContent("Daftar tunggu, urutan ke-2");
    expect(items[1]).toHaveTextContent("10 JP bila mendapat kursi");
    expect(items[2]).toHaveTextContent(`Menunggu penetapan selesai · Dinominasikan oleh ${supervisor.name}`);
    // Apart from the JP already earned.
    expect(screen.getByText("12 dari 20 JP")).toBeInTheDocument();
    expect(screen.getByTestId("upcoming-jp")).toHaveTextContent("28 JP lagi akan tercatat setelah pelatihan yang Anda ikuti tahun ini selesai.");
  });

  it("points to the catalog when nothing is current", async () => {
    stubApi({
      ...signedInAs(staff),
      "GET /api/learning": { body: learning },
      "GET /api/learning/recommendations": { body: { items: [] } },
    });
    renderApp("/belajar");
    const current = await screen.findByRole("region", { name: "Pelatihan yang sedang dan akan diikuti" });
    expect(within(current).getByRole("link", { name: "Cari pelatihan di katalog" })).toHaveAttribute("href", "/kursus");
    expect(screen.queryByTestId("upcoming-jp")).not.toBeInTheDocument();
  });

  it("asks for another year", async () => {
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/learning": (call) => ({
        body: { ...learning, year: Number(call.search.get("year")), totalJp: 0, pendingJp: 0, entries: [] },
      }),
    });
    renderApp("/belajar");
    await screen.findByRole("progressbar");
    await userEvent.selectOptions(screen.getByLabelText("Tahun"), String(year - 1));
    expect(await screen.findByText("Belum ada catatan pembelajaran pada tahun ini.")).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo("GET", "/api/learning").at(-1)!.search.get("year")).toBe(String(year - 1)));
    expect(await screen.findByRole("progressbar", { name: `Capaian JP tahun ${year - 1}` })).toHaveAttribute("value", "0");
  });

  it("reports external training", async () => {
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/learning": { body: learning },
      "POST /api/learning/external": (call) => ({ status: 201, body: { ...pendingEntry, ...call.json } }),
    });
    renderApp("/belajar");
    await userEvent.type(await screen.findByLabelText("Nama pelatihan"), "Webinar Keamanan Siber");
    await userEvent.type(screen.getByLabelText("Penyelenggara"), "BSSN");
    await userEvent.selectOptions(screen.getByLabelText("Jenis"), "Belajar mandiri");
    await userEvent.type(screen.getByLabelText("Tanggal mulai"), `${year}-04-10`);
    await userEvent.type(screen.getByLabelText("Tanggal selesai"), `${year}-04-10`);
    await userEvent.type(screen.getByLabelText("Jumlah JP"), "4");
    await userEvent.type(screen.getByLabelText("Bukti (tautan atau keterangan)"), "https://bssn.go.id/sertifikat/123");
    await userEvent.click(screen.getByRole("button", { name: "Kirim laporan" }));
    expect(await screen.findByText("Laporan terkirim dan menunggu persetujuan atasan.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/learning/external")[0].json).toEqual({
      title: "Webinar Keamanan Siber",
      institution: "BSSN",
      source: "self_study",
      startDate: `${year}-04-10`,
      endDate: `${year}-04-10`,
      jp: 4,
      evidence: "https://bssn.go.id/sertifikat/123",
    });
  });
});

describe("approvals", () => {
  it("lets a supervisor approve with a note", async () => {
    let pending = [pendingEntry];
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      "GET /api/learning/approvals": () => ({ body: { items: pending } }),
      [`POST /api/learning/${staff.id}/entries/${pendingEntry.id}/decision`]: (call) => {
        pending = [];
        return { body: { ...pendingEntry, status: call.json.approve ? "approved" : "rejected" } };
      },
    });
    renderApp("/persetujuan");
    await screen.findByRole("heading", { name: pendingEntry.title });
    await userEvent.type(screen.getByLabelText("Catatan (opsional)"), "Sertifikat sesuai.");
    await userEvent.click(screen.getByRole("button", { name: `Setujui: ${pendingEntry.title}, ${staff.name}` }));
    expect(await screen.findByText(`Laporan ${pendingEntry.title} dari ${staff.name} disetujui.`)).toBeInTheDocument();
    expect(api.callsTo("POST", `/api/learning/${staff.id}/entries/${pendingEntry.id}/decision`)[0].json).toEqual({
      approve: true,
      note: "Sertifikat sesuai.",
    });
    expect(await screen.findByText("Tidak ada laporan yang menunggu persetujuan.")).toBeInTheDocument();
  });
});

describe("JP report", () => {
  it("marks who is below the target in words and links the CSV", async () => {
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      "GET /api/learning/report": (call) => ({
        body: {
          year: Number(call.search.get("year")),
          unitId: call.search.get("unitId"),
          targetJp: 20,
          items: [
            { staffId: staff.id, name: staff.name, nip: staff.nip, position: staff.position, totalJp: 12, belowTarget: true },
            { staffId: admin.id, name: admin.name, nip: admin.nip, position: admin.position, totalJp: 24, belowTarget: false },
          ],
        },
      }),
    });
    renderApp(`/admin/laporan-jp?unit=${admin.unitId}`);
    const table = await screen.findByRole("table", { name: `Capaian JP ${year}` });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows[0]).toHaveTextContent("Di bawah 20 JP");
    expect(rows[1]).toHaveTextContent("Tercapai");
    expect(api.callsTo("GET", "/api/learning/report")[0].search.get("unitId")).toBe(admin.unitId);
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute(
      "href",
      `/api/learning/report.csv?year=${year}&unitId=${admin.unitId}`,
    );

    await userEvent.selectOptions(await screen.findByLabelText("Unit kerja"), "Dinas Kesehatan");
    await userEvent.click(screen.getByRole("button", { name: "Tampilkan" }));
    await waitFor(() => expect(api.callsTo("GET", "/api/learning/report").at(-1)!.search.get("unitId")).toBe("u-dinkes"));
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute(
      "href",
      `/api/learning/report.csv?year=${year}&unitId=u-dinkes`,
    );
  });
});
