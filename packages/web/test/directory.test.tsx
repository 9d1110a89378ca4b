import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { RecordedCall } from "./harness";
import { admin, staff, summary, supervisor, units } from "./fixtures";
import { renderApp, signedInAs, stubApi } from "./harness";

// Two pages: the first ends with cursor "c2".
function pageFor(call: RecordedCall) {
  return call.search.get("cursor") === "c2"
    ? { body: { items: [summary(staff)], cursor: null } }
    : { body: { items: [summary(admin), summary(supervisor)], cursor: "c2" } };
}

describe("staff directory", () => {
  it("lists staff with links to their profiles and pages by cursor both ways", async () => {
    const api = stubApi({ ...signedInAs(admin), "GET /api/units": { body: { items: units } }, "GET /api/staff": pageFor });
    renderApp("/pegawai");

    const first = await screen.findByRole("link", { name: admin.name });
    expect(first).toHaveAttribute("href", `/pegawai/${admin.id}`);
    expect(screen.getByText(supervisor.nip)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sebelumnya" })).toBeDisabled();

    await userEvent.click(screen.getByRole("button", { name: "Berikutnya" }));
    expect(await screen.findByRole("link", { name: staff.name })).toBeInTheDocument();
    expect(screen.queryByRole("link", { name: admin.name })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Berikutnya" })).toBeDisabled();
    expect(api.callsTo("GET", "/api/staff").at(-1)!.search.get("cursor")).toBe("c2");

    await userEvent.click(screen.getByRole("button", { name: "Sebelumnya" }));
    expect(await screen.findByRole("link", { name: admin.name })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sebelumnya" })).toBeDisabled();
  });

  it("searches by name or NIP prefix within a unit", async () => {
    const api = stubApi({ ...signedInAs(admin), "GET /api/units": { body: { items: units } }, "GET /api/staff": pageFor });
    renderApp("/pegawai");
    await screen.findByRole("link", { name: admin.name });

    await userEvent.type(screen.getByLabelText("Cari nama atau NIP"), "1992");
    await userEvent.selectOptions(screen.getByLabelText("Unit kerja"), "Dinas Kesehatan");
    await userEvent.click(screen.getByRole("button", { name: "Cari" }));

    await waitFor(() => {
      const last = api.callsTo("GET", "/api/staff").at(-1)!;
      expect(last.search.get("q")).toBe("1992");
      expect(last.search.get("unitId")).toBe("u-dinkes");
      expect(last.search.has("cursor")).toBe(false);
    });
  });
});

describe("staff directory for staff who are not admins", () => {
  it("looks colleagues up by name and shows name, position and unit only", async () => {
    const colleague = { id: supervisor.id, name: supervisor.name, unitId: supervisor.unitId, unitName: supervisor.unitName, position: supervisor.position };
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/units": { body: { items: units } },
      "GET /api/staff": { body: { items: [colleague], cursor: null } },
    });
    renderApp("/pegawai");
    const table = await screen.findByRole("table", { name: "Daftar pegawai" });
    expect(within(table).getByRole("rowheader", { name: supervisor.name })).toBeInTheDocument();
    expect(within(table).getByText(supervisor.position)).toBeInTheDocument();
    expect(within(table).queryByRole("columnheader", { name: "NIP" })).not.toBeInTheDocument();
    expect(within(table).queryByRole("link")).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Cari nama"), "zaini");
    await userEvent.click(screen.getByRole("button", { name: "Cari" }));
    await waitFor(() => expect(api.callsTo("GET", "/api/staff").at(-1)!.search.get("q")).toBe("zaini"));
  });
});
