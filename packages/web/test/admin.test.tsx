import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { witaYear } from "../src/time";
import type { AllUnitsJpReport, Institution, LearningSummary } from "../src/types";
import { admin, institution, staff, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const year = witaYear();
const longName = "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana";

const allUnits: AllUnitsJpReport = {
  year,
  targetJp: 20,
  items: [
    { unitId: "u-bkpsdm", unitName: "BKPSDM", staff: 4, reached: 3, share: 0.75, medianJp: 21.5 },
    { unitId: "u-dp3ap2kb", unitName: longName, staff: 0, reached: 0, share: 0, medianJp: 0 },
  ],
};

describe("JP report of all units", () => {
  it("starts with every unit: staff, who reached 20 JP, the share and the median, each linking to its detail", async () => {
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      "GET /api/learning/report/units": (call) => ({ body: { ...allUnits, year: Number(call.search.get("year")) } }),
      "GET /api/learning/report": (call) => ({ body: { year, unitId: call.search.get("unitId"), targetJp: 20, items: [] } }),
    });
    const { history } = renderApp("/admin/laporan-jp");
    const table = await screen.findByRole("table", { name: `Capaian JP ${year} per unit kerja` });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Unit kerja", "Pegawai", "Mencapai 20 JP", "Persentase", "Median JP"]);
    const [first, second] = within(table).getAllByRole("row").slice(1);
    expect(within(first!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["4", "3", "75%", "21,5"]);
    expect(within(second!).getByRole("link", { name: longName })).toBeInTheDocument();
    expect(within(second!).getAllByRole("cell").map((c) => c.textContent)).toEqual(["0", "0", "–", "0"]);
    expect(screen.getByLabelText("Unit kerja")).toHaveValue("");
    expect(within(screen.getByLabelText("Unit kerja")).getAllByRole("option")[0]).toHaveTextContent("Semua unit");
    expect(api.callsTo("GET", "/api/learning/report")).toHaveLength(0);
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/learning/report.csv?year=${year}`);

    await userEvent.click(within(first!).getByRole("link", { name: "BKPSDM" }));
    await waitFor(() => expect(history.get()).toBe(`/admin/laporan-jp?tahun=${year}&unit=u-bkpsdm`));
    await waitFor(() => expect(api.callsTo("GET", "/api/learning/report").at(-1)!.search.get("unitId")).toBe("u-bkpsdm"));
    expect(await screen.findByTestId("report-unit-name")).toHaveTextContent("BKPSDM");
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/learning/report.csv?year=${year}&unitId=u-bkpsdm`);
    await userEvent.click(screen.getByRole("link", { name: /Kembali ke semua unit/ }));
    expect(await screen.findByRole("table", { name: `Capaian JP ${year} per unit kerja` })).toBeInTheDocument();
  });
});

describe("required fields and refusals", () => {
  it("marks what external training needs and shows the API's reason next to the field", async () => {
    const learning: LearningSummary = { year, totalJp: 0, pendingJp: 0, targetJp: 20, upcomingJp: 0, entries: [], enrollments: [] };
    stubApi({
      ...signedInAs(staff),
      "GET /api/learning": { body: learning },
      "GET /api/learning/recommendations": { body: { items: [] } },
      "POST /api/learning/external": apiError(400, "validation_failed", "evidence: This field is required", {
        issues: [{ path: "evidence", code: "required", message: "This field is required" }],
      }),
    });
    renderApp("/belajar");
    const evidence = await screen.findByLabelText("Bukti (tautan atau keterangan)");
    expect(evidence).toBeRequired();
    expect(evidence).toHaveAttribute("aria-required", "true");
    expect(screen.getByLabelText("Nama pelatihan")).toHaveAttribute("aria-required", "true");
    expect(screen.getAllByText("Kolom bertanda bintang wajib diisi.").length).toBeGreaterThan(0);

    await userEvent.type(screen.getByLabelText("Nama pelatihan"), "Webinar");
    await userEvent.type(screen.getByLabelText("Penyelenggara"), "BSSN");
    await userEvent.type(screen.getByLabelText("Tanggal mulai"), `${year}-04-10`);
    await userEvent.type(screen.getByLabelText("Tanggal selesai"), `${year}-04-10`);
    await userEvent.type(screen.getByLabelText("Jumlah JP"), "4");
    await userEvent.type(evidence, "ada");
    await userEvent.click(screen.getByRole("button", { name: "Kirim laporan" }));
    const reason = await screen.findByText("Wajib diisi.");
    expect(reason.closest(".field")).toContainElement(evidence);
    expect(evidence).toHaveAttribute("aria-invalid", "true");
    expect(evidence.getAttribute("aria-describedby")).toContain(reason.id);
    expect(screen.getByLabelText("Nama pelatihan")).not.toHaveAttribute("aria-invalid");
  });
});

describe("institution editor", () => {
  it("sets who signs the certificates, and shows a refused NIP at its field", async () => {
    let stored: Institution = { ...institution };
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/institutions": () => ({ body: { items: [stored] } }),
      [`PATCH /api/institutions/${institution.id}`]: (call) => {
        if (call.json.signatoryNip === "123") {
          return apiError(400, "validation_failed", "signatoryNip: NIP must be exactly 18 digits", {
            issues: [{ path: "signatoryNip", code: "custom", message: "NIP must be exactly 18 digits" }],
          });
        }
        stored = { ...stored, ...call.json };
        return { body: stored };
      },
    });
    renderApp("/admin/lembaga");
    await userEvent.click(await screen.findByRole("button", { name: `Ubah ${institution.name}` }));
    const form = within(await screen.findByTestId("edit-institution"));
    await userEvent.type(form.getByLabelText("Nama pejabat penandatangan"), "Prof. Dr. Baiq Rahmawati, M.Pd.");
    await userEvent.type(form.getByLabelText("Jabatan penandatangan"), "Ketua LPPM");
    await userEvent.type(form.getByLabelText("NIP penandatangan"), "123");
    await userEvent.click(form.getByRole("button", { name: "Simpan" }));
    expect(await form.findByText("NIP must be exactly 18 digits")).toBeInTheDocument();
    expect(form.getByLabelText("NIP penandatangan")).toHaveAttribute("aria-invalid", "true");

    await userEvent.clear(form.getByLabelText("NIP penandatangan"));
    await userEvent.type(form.getByLabelText("NIP penandatangan"), "197004121995032001");
    await userEvent.click(form.getByRole("button", { name: "Simpan" }));
    expect(await form.findByText(`Perubahan ${institution.name} disimpan.`)).toBeInTheDocument();
    expect(api.callsTo("PATCH", `/api/institutions/${institution.id}`).at(-1)!.json).toMatchObject({
      signatoryName: "Prof. Dr. Baiq Rahmawati, M.Pd.",
      signatoryPosition: "Ketua LPPM",
      signatoryNip: "197004121995032001",
    });
    expect(await screen.findByRole("cell", { name: /Prof\. Dr\. Baiq Rahmawati/ })).toBeInTheDocument();
  });
});
