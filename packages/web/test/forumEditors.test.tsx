import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Dialog, Program, StaffTopic } from "../src/types";
import { admin, competencyDictionary, staff, supervisor, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const dinkes = { code: "DINKES", name: "Dinas Kesehatan" };

const queueTopic = (id: string, title: string) => ({ id, title, ownerUnit: dinkes }) as unknown as StaffTopic;

function dialog(overrides: Partial<Dialog> = {}): Dialog {
  return {
    id: "d-1",
    title: "Dialog antrean puskesmas",
    unit: dinkes,
    startsAt: "2027-03-01T01:00:00.000Z",
    place: "Aula Dinas Kesehatan",
    onlineUrl: null,
    agenda: "Membahas antrean pagi di puskesmas Ampenan.",
    past: false,
    minutes: null,
    createdAt: "2027-02-01T02:00:00.000Z",
    updatedAt: "2027-02-01T02:00:00.000Z",
    topics: [],
    ...overrides,
  };
}

function program(done: boolean): Program {
  return {
    id: "p-1",
    title: "Antrean daring puskesmas",
    description: "Antrean daring untuk semua puskesmas di Ampenan.",
    unit: dinkes,
    status: "running",
    topicIds: ["t-1"],
    milestones: [
      { id: "m-1", title: "Uji coba di Ampenan", targetDate: "2027-03-01", done, doneAt: done ? "2027-03-02T02:00:00.000Z" : null },
      { id: "m-2", title: "Semua puskesmas", targetDate: "2027-05-01", done: false, doneAt: null },
    ],
    progress: done ? 0.5 : 0,
    competencyNeeds: [],
    createdAt: "2027-02-01T02:00:00.000Z",
    updatedAt: "2027-02-01T02:00:00.000Z",
  };
}

function editorApi(overrides: Record<string, Parameters<typeof stubApi>[0][string]> = {}) {
  let milestoneDone = false;
  const api = stubApi({
    ...signedInAs(supervisor),
    "GET /api/units": { body: { items: units } },
    "GET /api/competencies": { body: competencyDictionary },
    "GET /api/forum/topics": { body: { items: [queueTopic("t-1", "Antrean puskesmas Ampenan"), queueTopic("t-2", "Obat habis di Pagesangan")], cursor: null } },
    "GET /api/forum/dialogs": { body: { items: [], cursor: null } },
    "GET /api/forum/programs": () => ({ body: { items: [program(milestoneDone)], cursor: null } }),
    "POST /api/forum/dialogs": (call) => ({ status: 201, body: dialog({ title: call.json.title }) }),
    "POST /api/forum/programs/p-1/milestones/m-1/done": () => {
      milestoneDone = true;
      return { body: { ...program(true), topics: [] } };
    },
    ...overrides,
  });
  return api;
}

describe("forum, dialogue and program editors", () => {
  it("links the editors next to the queue for responders", async () => {
    stubApi(signedInAs(supervisor));
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    expect(menu.getByRole("link", { name: "Dialog & program layanan" })).toHaveAttribute("href", "/layanan-forum/dialog-program");
  });

  it("refuses other staff", async () => {
    const api = stubApi(signedInAs(staff));
    renderApp("/layanan-forum/dialog-program");
    expect(await screen.findByRole("heading", { name: "Akses ditolak" })).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/forum/dialogs")).toHaveLength(0);
  });

  it("announces a dialogue in WITA with a topic from the unit's queue, after showing what is missing", async () => {
    const api = editorApi();
    renderApp("/layanan-forum/dialog-program");
    expect(await screen.findByRole("heading", { level: 1, name: "Dialog publik & program layanan" })).toBeInTheDocument();
    const card = within(await screen.findByRole("region", { name: "Umumkan dialog" }));

    await userEvent.type(card.getByLabelText("Judul"), "Dialog antrean puskesmas");
    await userEvent.click(card.getByRole("button", { name: "Umumkan" }));
    expect(await card.findByText("Isi tempat atau tautan daring.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/forum/dialogs")).toHaveLength(0);

    await userEvent.type(card.getByLabelText("Waktu mulai (WITA)"), "2027-03-01T09:00");
    await userEvent.type(card.getByLabelText("Tempat"), "Aula Dinas Kesehatan");
    await userEvent.type(card.getByLabelText("Agenda"), "Membahas antrean pagi di puskesmas Ampenan.");
    await userEvent.click(card.getByLabelText("Antrean puskesmas Ampenan"));
    await userEvent.click(card.getByRole("button", { name: "Umumkan" }));

    await waitFor(() => expect(api.callsTo("POST", "/api/forum/dialogs")).toHaveLength(1));
    expect(api.callsTo("POST", "/api/forum/dialogs")[0]!.json).toEqual({
      title: "Dialog antrean puskesmas",
      startsAt: "2027-03-01T01:00:00.000Z",
      place: "Aula Dinas Kesehatan",
      agenda: "Membahas antrean pagi di puskesmas Ampenan.",
      topicIds: ["t-1"],
    });
    expect(await card.findByRole("link", { name: "Dialog antrean puskesmas" })).toHaveAttribute("href", "/forum/dialog/d-1");
  });

  it("shows the API's refusal of an announcement", async () => {
    editorApi({ "POST /api/forum/dialogs": apiError(403, "forbidden", "Not your unit") });
    renderApp("/layanan-forum/dialog-program");
    const card = within(await screen.findByRole("region", { name: "Umumkan dialog" }));
    await userEvent.type(card.getByLabelText("Judul"), "Dialog antrean puskesmas");
    await userEvent.type(card.getByLabelText("Waktu mulai (WITA)"), "2027-03-01T09:00");
    await userEvent.type(card.getByLabelText("Tautan daring (https://)"), "https://meet.mataramkota.go.id/dialog");
    await userEvent.type(card.getByLabelText("Agenda"), "Membahas antrean pagi di puskesmas Ampenan.");
    await userEvent.click(card.getByRole("button", { name: "Umumkan" }));
    expect(await card.findByRole("alert")).toBeInTheDocument();
  });

  it("marks a milestone done and shows the program's progress after", async () => {
    const api = editorApi();
    renderApp("/layanan-forum/dialog-program");
    const editor = within(await screen.findByTestId("program-editor"));
    expect(editor.getByLabelText("Status program")).toHaveValue("running");
    await userEvent.click(editor.getByRole("button", { name: "Tandai tahap selesai: Uji coba di Ampenan" }));
    await waitFor(() => expect(api.callsTo("POST", "/api/forum/programs/p-1/milestones/m-1/done")).toHaveLength(1));
    // The program is read again: the milestone shows its day, only the other one keeps its button.
    await waitFor(() => expect(screen.getByTestId("program-editor")).toHaveTextContent("Selesai 02 Mar 2027"));
    const after = within(screen.getByTestId("program-editor"));
    expect(after.queryByRole("button", { name: "Tandai tahap selesai: Uji coba di Ampenan" })).not.toBeInTheDocument();
    expect(after.getByRole("button", { name: "Tandai tahap selesai: Semua puskesmas" })).toBeEnabled();
    expect(after.getByText("50% tahapan selesai")).toBeInTheDocument();
  });

  it("reads the unit's own lists a page at a time, and another unit's when an admin chooses it", async () => {
    const api = editorApi({
      ...signedInAs(admin),
      "GET /api/forum/programs": (call) =>
        call.search.get("cursor")
          ? { body: { items: [{ ...program(false), id: "p-0", title: "Program lama" }], cursor: null } }
          : { body: { items: [program(false)], cursor: "next-page" } },
    });
    renderApp("/layanan-forum/dialog-program");
    await screen.findByTestId("program-editor");
    await userEvent.selectOptions(screen.getByLabelText("Unit pemilik"), "u-dinkes");
    await waitFor(() => expect(api.callsTo("GET", "/api/forum/programs").some((c) => c.search.get("unitCode") === "DINKES")).toBe(true));
    expect(api.callsTo("GET", "/api/forum/dialogs").some((c) => c.search.get("unitCode") === "DINKES")).toBe(true);
    const programs = within(screen.getByRole("region", { name: "Program layanan unit" }));
    await userEvent.click(programs.getByRole("button", { name: "Berikutnya" }));
    expect(await screen.findByText("Program lama")).toBeInTheDocument();
  });
});
