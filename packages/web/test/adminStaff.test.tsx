import { screen, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { admin, supervisor, summary, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const CSV = [
  "nip,name,email,unit,position,supervisor_nip",
  "199001012015031001,Lalu Budi,budi@mataramkota.go.id,DINKES,Perawat,",
  "12345,Baiq Rina,rina@mataramkota.go.id,DINKES,Bidan,",
].join("\n");

function adminApi(extra: Parameters<typeof stubApi>[0]) {
  return stubApi({ ...signedInAs(admin), "GET /api/units": { body: { items: units } }, ...extra });
}

describe("CSV import", () => {
  it("shows the expected header in Bahasa Indonesia, accepts the English one, and offers the template", async () => {
    adminApi({});
    renderApp("/admin/pegawai");
    expect(await screen.findByText("nip,nama,email,unit,jabatan,nip_atasan")).toBeInTheDocument();
    expect(screen.getByText(/tingkat_jabatan.*JPT Pratama/)).toBeInTheDocument();
    expect(screen.getByText(/nip,name,email,unit,position,supervisor_nip/)).toBeInTheDocument();
    const template = screen.getByRole("link", { name: "Unduh templat CSV" });
    expect(template).toHaveAttribute("href", "/api/staff/import/template.csv");
    expect(template).toHaveAttribute("download");
  });

  it("lists the rejected lines of a 422", async () => {
    const api = adminApi({
      "POST /api/staff/import": apiError(422, "invalid_rows", "Invalid rows", {
        rows: [
          { row: 3, reason: "NIP harus 18 digit" },
          { row: 7, reason: "Unit tidak dikenal: DINSOS" },
        ],
      }),
    });
    renderApp("/admin/pegawai");
    await userEvent.click(await screen.findByLabelText("Isi CSV"));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole("button", { name: "Impor" }));

    const alert = await screen.findByRole("alert");
    const table = within(alert).getByRole("table", { name: "Baris yang ditolak" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(["3NIP harus 18 digit", "7Unit tidak dikenal: DINSOS"]);

    const sent = api.callsTo("POST", "/api/staff/import")[0];
    expect(sent.headers["Content-Type"]).toBe("text/csv");
    expect(sent.body).toBe(CSV);
  });

  it("shows the counts after a successful import", async () => {
    adminApi({ "POST /api/staff/import": { body: { created: 2, updated: 1, unchanged: 4 } } });
    renderApp("/admin/pegawai");
    await userEvent.click(await screen.findByLabelText("Isi CSV"));
    await userEvent.paste(CSV);
    await userEvent.click(screen.getByRole("button", { name: "Impor" }));

    const result = await screen.findByTestId("import-result");
    expect(within(result).getByText("Dibuat").nextElementSibling).toHaveTextContent("2");
    expect(within(result).getByText("Diperbarui").nextElementSibling).toHaveTextContent("1");
    expect(within(result).getByText("Tidak berubah").nextElementSibling).toHaveTextContent("4");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("loads a chosen file into the text box", async () => {
    adminApi({});
    renderApp("/admin/pegawai");
    const file = new File([CSV], "pegawai.csv", { type: "text/csv" });
    await userEvent.upload(await screen.findByLabelText("Berkas CSV"), file);
    await screen.findByDisplayValue(/Lalu Budi/);
    expect(screen.getByLabelText("Isi CSV")).toHaveValue(CSV);
  });
});

describe("add staff form", () => {
  async function fillForm() {
    await userEvent.type(await screen.findByLabelText("NIP"), "199001012015031001");
    await userEvent.type(screen.getByLabelText("Nama lengkap"), "Lalu Budi Santoso");
    await userEvent.type(screen.getByLabelText("Email"), "budi@mataramkota.go.id");
    await userEvent.selectOptions(await screen.findByLabelText("Unit kerja"), "Dinas Kesehatan");
    await userEvent.type(screen.getByLabelText("Jabatan"), "Perawat Terampil");
    await userEvent.selectOptions(screen.getByLabelText("Tingkat jabatan"), "Pelaksana");
    await userEvent.type(screen.getByLabelText("NIP atasan"), supervisor.nip);
    await userEvent.click(screen.getByLabelText("Mentor"));
    await userEvent.type(screen.getByLabelText("Kata sandi awal"), "awal-rahasia-01");
  }

  it("resolves the supervisor's NIP and creates the person", async () => {
    const api = adminApi({
      "GET /api/staff": { body: { items: [summary(supervisor)], cursor: null } },
      "POST /api/staff": (call) => ({ status: 201, body: { ...supervisor, ...call.json, id: "s-new" } }),
    });
    renderApp("/admin/pegawai");
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Simpan pegawai" }));

    expect(await screen.findByText(/Pegawai Lalu Budi Santoso berhasil ditambahkan/)).toBeInTheDocument();
    expect(api.callsTo("GET", "/api/staff")[0].search.get("q")).toBe(supervisor.nip);
    expect(api.callsTo("POST", "/api/staff")[0].json).toEqual({
      nip: "199001012015031001",
      name: "Lalu Budi Santoso",
      email: "budi@mataramkota.go.id",
      unitId: "u-dinkes",
      position: "Perawat Terampil",
      positionLevel: "pelaksana",
      supervisorId: supervisor.id,
      roles: ["staff", "mentor"],
      initialPassword: "awal-rahasia-01",
    });
    expect(screen.getByRole("link", { name: "Buka profil" })).toHaveAttribute("href", "/pegawai/s-new");
  });

  it("says which field is already used on a 409", async () => {
    adminApi({
      "GET /api/staff": { body: { items: [summary(supervisor)], cursor: null } },
      "POST /api/staff": apiError(409, "conflict", "NIP already used", { field: "nip" }),
    });
    renderApp("/admin/pegawai");
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Simpan pegawai" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("NIP sudah digunakan pegawai lain.");
  });

  it("does not send the form when the supervisor's NIP is unknown", async () => {
    const api = adminApi({ "GET /api/staff": { body: { items: [], cursor: null } } });
    renderApp("/admin/pegawai");
    await fillForm();
    await userEvent.click(screen.getByRole("button", { name: "Simpan pegawai" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Atasan dengan NIP tersebut tidak ditemukan.");
    expect(api.callsTo("POST", "/api/staff")).toHaveLength(0);
  });
});
