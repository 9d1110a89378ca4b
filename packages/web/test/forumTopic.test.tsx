import { screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { Topic } from "../src/types";
import { apiError, renderApp, stubApi } from "./harness";

const anonymous = { "GET /api/me": apiError(401, "unauthenticated"), "GET /public/me": apiError(401, "unauthenticated") };

const topic: Topic = {
  id: "t-1",
  title: "Banjir di Ampenan setiap hujan",
  body: "Setiap hujan deras jalan di Ampenan tergenang setinggi lutut.",
  area: "infrastruktur",
  kecamatan: "ampenan",
  status: "ditindaklanjuti",
  ownerUnit: { code: "DPUPR", name: "Dinas Pekerjaan Umum dan Penataan Ruang" },
  author: { name: "Warga Ampenan" },
  supports: 12,
  history: [
    { status: "baru", at: "2026-09-20T02:00:00.000Z", by: "Warga Ampenan", reason: null },
    { status: "ditinjau", at: "2026-09-21T02:00:00.000Z", by: "Rina, Dinas Pekerjaan Umum dan Penataan Ruang", reason: null },
    { status: "ditindaklanjuti", at: "2026-10-01T02:00:00.000Z", by: "Rina, Dinas Pekerjaan Umum dan Penataan Ruang", reason: "Masuk program normalisasi drainase" },
  ],
  createdAt: "2026-09-20T02:00:00.000Z",
  hidden: false,
  answers: [],
  laporUrl: "https://www.lapor.go.id",
  laporTicket: null,
  program: { id: "p-1", title: "Normalisasi drainase Ampenan", progress: 0.5 },
};

describe("a forum topic, as everyone reads it", () => {
  it("shows the topic's program with its progress, and its status history with the reasons given", async () => {
    stubApi({ ...anonymous, "GET /public/topics/t-1": { body: topic }, "GET /public/topics/t-1/comments": { body: { items: [], cursor: null } } });
    renderApp("/forum/topik/t-1");
    await screen.findByRole("heading", { level: 1, name: topic.title });
    expect(within(screen.getByTestId("topic-program")).getByRole("link", { name: "Normalisasi drainase Ampenan" })).toHaveAttribute("href", "/forum/program/p-1");
    const history = within(screen.getByRole("region", { name: "Riwayat status" }));
    const steps = history.getAllByRole("listitem");
    expect(steps.map((step) => step.querySelector("strong")?.textContent)).toEqual(["Baru", "Ditinjau", "Ditindaklanjuti"]);
    expect(steps[0]).toHaveTextContent("Warga Ampenan");
    expect(steps[2]).toHaveTextContent("Rina, Dinas Pekerjaan Umum dan Penataan Ruang");
    expect(steps[2]).toHaveTextContent("Masuk program normalisasi drainase");
  });
});
