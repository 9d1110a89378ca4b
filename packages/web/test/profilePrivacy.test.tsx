import { screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import { setLang } from "../src/i18n";
import { competencyDictionary, staff, summary, supervisor } from "./fixtures";
import { renderApp, signedInAs, stubApi } from "./harness";

describe("competency levels on a profile", () => {
  it("says nothing about the levels of a supervisor whose record comes without them", async () => {
    stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      // The API leaves competencyLevels out for a staff member reading their supervisor.
      [`GET /api/staff/${supervisor.id}`]: { body: supervisor },
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
    });
    renderApp(`/pegawai/${supervisor.id}`);
    await screen.findByRole("heading", { level: 1, name: supervisor.name });
    await screen.findByRole("table", { name: "Bawahan langsung" });
    expect(screen.queryByRole("heading", { name: "Level kompetensi" })).not.toBeInTheDocument();
    expect(screen.queryByText("Di bawah standar jabatan")).not.toBeInTheDocument();
    expect(screen.queryByText("Belum ada level kompetensi yang tercatat.")).not.toBeInTheDocument();
    expect(screen.queryByText(/Level standar/)).not.toBeInTheDocument();
  });

  it("names the person, not 'your position', on someone else's profile", async () => {
    stubApi({
      ...signedInAs(supervisor),
      "GET /api/competencies": { body: competencyDictionary },
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      [`GET /api/staff/${staff.id}`]: { body: { ...staff, competencyLevels: { integritas: 1, orientasi_hasil: 2 } } },
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [] } },
      [`GET /api/staff/${supervisor.id}`]: { body: supervisor },
    });
    renderApp(`/pegawai/${staff.id}`);
    const table = await screen.findByRole("table", { name: "Level kompetensi" });
    expect(await screen.findByText(`Level standar untuk tingkat jabatan ${staff.name}: 1 (Paham)`)).toBeInTheDocument();
    expect(screen.queryByText(/tingkat jabatan Anda/)).not.toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /Integritas/ })).toHaveTextContent("1 (Paham)");
    expect(within(table).getByRole("row", { name: /Integritas/ })).not.toHaveTextContent("Di bawah standar jabatan");
  });

  it("marks one's own levels below the standard, in English too", async () => {
    const me = { ...supervisor, competencyLevels: { integritas: 1, orientasi_hasil: 2 } };
    stubApi({
      ...signedInAs(me),
      "GET /api/competencies": { body: competencyDictionary },
      [`GET /api/staff/${supervisor.id}`]: { body: me },
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [] } },
    });
    await setLang("en");
    renderApp(`/pegawai/${supervisor.id}`);
    const table = await screen.findByRole("table", { name: "Competency levels" });
    expect(await screen.findByText("Standard level for your position level: 2 (Basic)")).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /Integritas/ })).toHaveTextContent("1 (Awareness)");
    expect(within(table).getByRole("row", { name: /Integritas/ })).toHaveTextContent("Below the position standard");
    expect(within(table).getByRole("row", { name: /Orientasi/ })).not.toHaveTextContent("Below the position standard");
  });
});
