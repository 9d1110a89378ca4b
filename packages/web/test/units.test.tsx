import { screen, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Unit } from "../src/types";
import { admin, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

describe("work units page", () => {
  it("lists the units and adds one, then shows it in the list", async () => {
    const stored: Unit[] = [...units];
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/units": () => ({ body: { items: stored } }),
      "POST /api/units": (call) => {
        const unit = { id: "u-kec-ampenan", ...call.json } as Unit;
        stored.push(unit);
        return { status: 201, body: unit };
      },
    });
    renderApp("/admin/unit");

    const table = await screen.findByRole("table", { name: "Daftar unit kerja" });
    expect(within(table).getByText("Dinas Kesehatan")).toBeInTheDocument();
    expect(within(table).getByText("Dinas")).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Kode"), "KEC-AMP");
    await userEvent.type(screen.getByLabelText("Nama unit"), "Kecamatan Ampenan");
    await userEvent.selectOptions(screen.getByLabelText("Jenis"), "Kecamatan");
    await userEvent.click(screen.getByRole("button", { name: "Tambah unit" }));

    expect(await screen.findByText("Unit Kecamatan Ampenan ditambahkan.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/units")[0].json).toEqual({
      code: "KEC-AMP",
      name: "Kecamatan Ampenan",
      kind: "kecamatan",
    });
    expect(await within(table).findByText("Kecamatan Ampenan")).toBeInTheDocument();
  });

  it("says so when the code is taken", async () => {
    stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      "POST /api/units": apiError(409, "conflict", "Unit code already used", { field: "code" }),
    });
    renderApp("/admin/unit");
    await userEvent.type(await screen.findByLabelText("Kode"), "DINKES");
    await userEvent.type(screen.getByLabelText("Nama unit"), "Dinas Kesehatan");
    await userEvent.selectOptions(screen.getByLabelText("Jenis"), "Dinas");
    await userEvent.click(screen.getByRole("button", { name: "Tambah unit" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Kode unit sudah digunakan.");
  });
});
