import { screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { Dialog, ProgramDetail } from "../src/types";
import { admin, staff } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const anonymous = { "GET /api/me": apiError(401, "unauthenticated"), "GET /public/me": apiError(401, "unauthenticated") };

const program: ProgramDetail = {
  id: "p-1",
  title: "Normalisasi drainase Ampenan",
  description: "Saluran di Ampenan dikeruk dan dilebarkan sebelum musim hujan.",
  unit: { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang" },
  status: "running",
  topicIds: ["t-1"],
  milestones: [
    { id: "m-1", title: "Survei saluran", targetDate: "2026-11-01", done: true, doneAt: "2026-10-30T02:00:00.000Z" },
    { id: "m-2", title: "Pengerukan", targetDate: "2026-12-15", done: false, doneAt: null },
  ],
  progress: 0.5,
  competencyNeeds: [{ competencyId: "pelayanan_publik", name: "Pelayanan Publik", level: 3 }],
  createdAt: "2026-10-01T02:00:00.000Z",
  updatedAt: "2026-10-30T02:00:00.000Z",
  topics: [{ id: "t-1", title: "Banjir di Ampenan setiap hujan", status: "ditindaklanjuti", hidden: false }],
};

const dialog: Dialog = {
  id: "d-1",
  title: "Dialog warga: banjir Ampenan",
  unit: { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang" },
  startsAt: "2026-11-20T01:00:00.000Z",
  place: "Kantor Camat Ampenan",
  onlineUrl: null,
  agenda: "Paparan rencana drainase <b>dan</b> tanya jawab.",
  past: true,
  minutes: { minutes: "Warga meminta jadwal pengerukan diumumkan.", attendees: 42, outcomes: ["Jadwal diumumkan di forum"], publishedAt: "2026-11-21T02:00:00.000Z" },
  createdAt: "2026-11-01T02:00:00.000Z",
  updatedAt: "2026-11-21T02:00:00.000Z",
  topics: [{ id: "t-1", title: "Banjir di Ampenan setiap hujan", status: "ditindaklanjuti", hidden: false }],
};

describe("forum programs and dialogues", () => {
  it("lists programs with their progress and shows one with milestones, topics and competency needs", async () => {
    stubApi({ ...anonymous, "GET /public/programs": { body: { items: [program], cursor: null } }, "GET /public/programs/p-1": { body: program } });
    renderApp("/forum/program");
    const card = await screen.findByRole("article", { name: program.title });
    expect(within(card).getByRole("progressbar", { name: `Kemajuan ${program.title}` })).toHaveAttribute("value", "50");
    expect(card).toHaveTextContent("50% tahapan selesai");
    within(card).getByRole("link", { name: program.title }).click();
    await screen.findByRole("heading", { level: 1, name: program.title });
    const milestones = screen.getByTestId("milestones");
    expect(milestones).toHaveTextContent("Survei saluran");
    expect(milestones).toHaveTextContent("Pengerukan");
    expect(screen.getByText("Pelayanan Publik, level 3")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Banjir di Ampenan setiap hujan" })).toHaveAttribute("href", "/forum/topik/t-1");
  });

  it("shows a past dialogue with its minutes, and its agenda as text", async () => {
    stubApi({ ...anonymous, "GET /public/dialogs/d-1": { body: dialog } });
    renderApp("/forum/dialog/d-1");
    await screen.findByRole("heading", { level: 1, name: dialog.title });
    expect(screen.getByText("Paparan rencana drainase <b>dan</b> tanya jawab.")).toBeInTheDocument();
    expect(screen.getByTestId("dialog-minutes")).toHaveTextContent("Warga meminta jadwal pengerukan diumumkan.");
    expect(screen.getByText("42 peserta hadir")).toBeInTheDocument();
    expect(screen.getByText("Jadwal diumumkan di forum")).toBeInTheDocument();
  });

  it("shows BKPSDM every program's competency needs, and per competency across the programs still to deliver", async () => {
    const need = (competencyId: string, name: string, level: number) => ({ competencyId, name, level });
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/forum/programs/needs": {
        body: {
          items: [
            { programId: "p-1", title: program.title, unit: program.unit, status: "running", competencyNeeds: [need("pelayanan_publik", "Pelayanan Publik", 3)] },
            { programId: "p-2", title: "Antrean daring puskesmas", unit: { code: "DINKES", name: "Dinas Kesehatan" }, status: "planned", competencyNeeds: [need("pelayanan_publik", "Pelayanan Publik", 4), need("literasi_digital", "Literasi Digital", 2)] },
            { programId: "p-3", title: "Program lama", unit: { code: "DINKES", name: "Dinas Kesehatan" }, status: "done", competencyNeeds: [need("integritas", "Integritas", 5)] },
          ],
        },
      },
    });
    renderApp("/admin/kebutuhan-program");
    const byCompetency = within(await screen.findByTestId("needs-by-competency-table"));
    const rows = byCompetency.getAllByRole("row").slice(1);
    // A done program asks for nothing more; the most asked-for competency first, at the highest level asked.
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Pelayanan Publik.*4.*2Dinas Pekerjaan Umum dan Penataan Ruang, Dinas Kesehatan$/),
      expect.stringMatching(/^Literasi Digital.*2.*1Dinas Kesehatan$/),
    ]);
    const byProgram = within(screen.getByTestId("needs-by-program-table"));
    expect(byProgram.getByRole("link", { name: "Program lama" })).toHaveAttribute("href", "/forum/program/p-3");
    expect(byProgram.getAllByRole("row")).toHaveLength(4);
    expect(api.callsTo("GET", "/api/forum/programs/needs")).toHaveLength(1);
  });

  it("keeps the needs page for admins", async () => {
    stubApi({ ...signedInAs(staff) });
    renderApp("/admin/kebutuhan-program");
    expect(await screen.findByRole("heading", { level: 1, name: "Akses ditolak" })).toBeInTheDocument();
  });
});
