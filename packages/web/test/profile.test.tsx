import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { admin, competencyDictionary, staff, summary, supervisor, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

describe("staff profile", () => {
  it("shows one's own record without the supervisor when that record is not visible", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET /api/staff/${staff.id}`]: { body: staff },
      [`GET /api/staff/${supervisor.id}`]: apiError(403, "forbidden"),
    });
    renderApp(`/pegawai/${staff.id}`);
    expect(await screen.findByRole("heading", { level: 1, name: staff.name })).toBeInTheDocument();
    expect(screen.getByText(staff.email)).toBeInTheDocument();
    expect(await screen.findByText("Tidak ada bawahan langsung.")).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: supervisor.name })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Ubah data pegawai" })).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("links the supervisor and lists the team", async () => {
    stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      [`GET /api/staff/${staff.id}`]: { body: staff },
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [] } },
      [`GET /api/staff/${supervisor.id}`]: { body: supervisor },
    });
    renderApp(`/pegawai/${supervisor.id}`);
    await screen.findByRole("heading", { level: 1, name: supervisor.name });
    const team = await screen.findByRole("table", { name: "Bawahan langsung" });
    expect(within(team).getByRole("link", { name: staff.name })).toHaveAttribute("href", `/pegawai/${staff.id}`);
  });

  it("explains a refused profile", async () => {
    stubApi({ ...signedInAs(staff), "GET /api/staff/s-other": apiError(403, "forbidden") });
    renderApp("/pegawai/s-other");
    expect(await screen.findByRole("heading", { name: "Akses ditolak" })).toBeInTheDocument();
    expect(screen.getByText("Anda tidak memiliki akses ke data ini.")).toBeInTheDocument();
  });

  it("lets an admin edit the record and reset the password", async () => {
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      [`GET /api/staff/${staff.id}`]: { body: staff },
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [] } },
      [`GET /api/staff/${supervisor.id}`]: { body: supervisor },
      [`PATCH /api/staff/${staff.id}`]: (call) => ({ body: { ...staff, ...call.json } }),
      [`POST /api/staff/${staff.id}/password`]: { status: 204 },
    });
    renderApp(`/pegawai/${staff.id}`);

    expect(await screen.findByRole("link", { name: supervisor.name })).toBeInTheDocument();
    const reference = await screen.findByLabelText("NIP atau ID atasan");
    await waitFor(() => expect(reference).toHaveValue(supervisor.nip));

    const position = screen.getByLabelText("Jabatan");
    await userEvent.clear(position);
    await userEvent.type(position, "Statistisi Ahli Pertama");
    await userEvent.clear(reference);
    await userEvent.click(screen.getByLabelText("Akun aktif"));
    await userEvent.click(screen.getByRole("button", { name: "Simpan perubahan" }));

    expect(await screen.findByText("Perubahan tersimpan.")).toBeInTheDocument();
    expect(api.callsTo("PATCH", `/api/staff/${staff.id}`)[0].json).toEqual({
      name: staff.name,
      email: staff.email,
      unitId: staff.unitId,
      position: "Statistisi Ahli Pertama",
      positionLevel: staff.positionLevel,
      supervisorId: null,
      roles: ["staff"],
      active: false,
    });

    await userEvent.type(screen.getByLabelText("Kata sandi sementara"), "sementara-456");
    await userEvent.click(screen.getByRole("button", { name: "Atur ulang kata sandi" }));
    expect(await screen.findByText("Kata sandi telah diatur ulang.")).toBeInTheDocument();
    expect(api.callsTo("POST", `/api/staff/${staff.id}/password`)[0].json).toEqual({ password: "sementara-456" });
  });

  it("shows competency levels and lets an admin change them", async () => {
    const assessed = { ...staff, competencyLevels: { orientasi_hasil: 1, integritas: 2 } };
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      "GET /api/competencies": { body: competencyDictionary },
      [`GET /api/staff/${staff.id}`]: { body: assessed },
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [] } },
      [`GET /api/staff/${supervisor.id}`]: { body: supervisor },
      "GET /api/staff": { body: { items: [summary(supervisor)], cursor: null } },
      [`PATCH /api/staff/${staff.id}`]: (call) => ({ body: { ...assessed, ...call.json } }),
    });
    renderApp(`/pegawai/${staff.id}`);
    const table = await screen.findByRole("table", { name: "Level kompetensi" });
    expect(within(table).getByRole("row", { name: /Integritas/ })).toHaveTextContent("2 (Dasar)");

    const level = await screen.findByLabelText("Orientasi pada Hasil");
    expect(level).toHaveValue("1");
    await userEvent.selectOptions(level, "3 · Menengah");
    await userEvent.selectOptions(screen.getByLabelText("Integritas"), "Belum dinilai");
    await userEvent.click(screen.getByRole("button", { name: "Simpan perubahan" }));
    expect(await screen.findByText("Perubahan tersimpan.")).toBeInTheDocument();
    expect(api.callsTo("PATCH", `/api/staff/${staff.id}`)[0].json.competencyLevels).toEqual({ orientasi_hasil: 3 });
  });
});
