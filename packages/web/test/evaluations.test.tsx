import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { witaQuarter } from "../src/time";
import type { Cycle, Evaluation, EvaluationResult, Plan, Review } from "../src/types";
import { admin, competencyDictionary, course, staff, summary, supervisor } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const evaluationId = `2026-Q4~${staff.id}`;
const evaluationPath = `/api/evaluations/${evaluationId}`;

const cycle: Cycle = {
  id: "2026-Q4",
  year: 2026,
  quarter: 4,
  status: "open",
  openedAt: "2026-09-30T20:18:00.000Z",
  peersLockedAt: "2026-10-08T15:59:59.999Z",
  dueAt: "2026-10-22T15:59:59.999Z",
  closesAt: "2026-10-29T15:59:59.999Z",
  evaluations: 2,
  reviews: 8,
};

function evaluation(overrides: Partial<Evaluation> = {}): Evaluation {
  return {
    id: evaluationId,
    cycleId: "2026-Q4",
    staffId: staff.id,
    staffName: staff.name,
    unitName: staff.unitName,
    supervisorId: supervisor.id,
    status: "open",
    finalRating: null,
    peerIds: [],
    progress: { self: "submitted", supervisor: "outstanding", peersSubmitted: 1, peersTotal: 3 },
    planStatus: "none",
    ...overrides,
  };
}

function review(overrides: Partial<Review> = {}): Review {
  return {
    evaluationId,
    reviewId: "self",
    kind: "self",
    subjectName: staff.name,
    state: "outstanding",
    draft: false,
    dueAt: "2026-10-22T15:59:59.999Z",
    items: [
      { id: "akuntabel", kind: "value", name: "Akuntabel" },
      { id: "kolaboratif", kind: "value", name: "Kolaboratif" },
      {
        id: "integritas",
        kind: "competency",
        name: "Integritas",
        levels: [
          { level: 1, name: "Paham", descriptor: "Bertindak sesuai nilai organisasi." },
          { level: 2, name: "Dasar", descriptor: "Mengingatkan rekan kerja." },
          { level: 3, name: "Menengah", descriptor: "Menanamkan keyakinan bersama." },
          { level: 4, name: "Mumpuni", descriptor: "Menciptakan situasi kerja yang patuh." },
          { level: 5, name: "Ahli", descriptor: "Menjadi role model." },
        ],
      },
    ],
    ratings: {},
    strengths: "",
    improvements: "",
    ...overrides,
  };
}

function result(overrides: Partial<EvaluationResult> = {}): EvaluationResult {
  return {
    id: evaluationId,
    cycleId: "2026-Q4",
    staffName: staff.name,
    status: "open",
    finalRating: null,
    peersSubmitted: 1,
    peerAverageShown: false,
    items: [
      { id: "akuntabel", kind: "value", name: "Akuntabel", standard: 3, self: 4, supervisor: 3, peerAverage: null, gapToStandard: 0 },
      { id: "integritas", kind: "competency", name: "Integritas", standard: 1, self: 3, supervisor: null, peerAverage: null, gapToStandard: 2 },
      { id: "orientasi_hasil", kind: "competency", name: "Orientasi pada Hasil", standard: 3, self: 2, supervisor: 2, peerAverage: null, gapToStandard: -1 },
    ],
    strengths: null,
    improvements: null,
    ...overrides,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

/** These tests walk through whole forms; give them more than the default five seconds on a busy machine. */
const LONG = { timeout: 15_000 };

describe("review form", LONG, () => {
  it("counts what is rated, names the unrated items before any confirmation, then confirms and sends", async () => {
    let current = review({ draft: false });
    const api = stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/reviews/self`]: () => ({ body: current }),
      [`PUT ${evaluationPath}/reviews/self`]: (call) => {
        const ratings = { ...current.ratings, ...call.json.ratings };
        if (call.json.submit) {
          const missing = current.items.filter((item) => !(item.id in ratings)).map((item) => item.id);
          if (missing.length) return apiError(400, "incomplete_review", "Rate every item", { missing });
          current = { ...current, ratings, state: "submitted", draft: false };
          return { body: { state: "submitted", draft: false } };
        }
        current = { ...current, ratings, draft: true };
        return { body: { state: "outstanding", draft: true } };
      },
    });
    renderApp(`/evaluasi/${evaluationId}/ulasan/self`);

    expect(await screen.findByRole("heading", { level: 1, name: "Penilaian diri" })).toBeInTheDocument();
    // Due at the end of the day.
    expect(screen.getByText("22 Okt 2026 23:59 WITA")).toBeInTheDocument();
    expect(screen.getByTestId("review-state")).toHaveTextContent("Belum diisi");
    expect(screen.getByTestId("review-progress")).toHaveTextContent("0 dari 3 dinilai");

    const akuntabel = screen.getByRole("group", { name: "Akuntabel" });
    const labels = within(akuntabel)
      .getAllByRole("radio")
      .map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent);
    expect(labels).toEqual(["1 Sangat kurang", "2 Kurang", "3 Cukup", "4 Baik", "5 Sangat baik"]);
    await userEvent.click(within(akuntabel).getByLabelText("4 Baik"));
    expect(screen.getByTestId("review-progress")).toHaveTextContent("1 dari 3 dinilai");
    // The comment box is folded until asked for.
    const commentBox = within(akuntabel).getByLabelText("Komentar (opsional)");
    expect(commentBox.closest("details")).not.toHaveAttribute("open");
    await userEvent.click(within(akuntabel).getByText("Tambah komentar"));
    expect(commentBox.closest("details")).toHaveAttribute("open");
    await userEvent.type(commentBox, "Laporan selalu tepat waktu.");

    // A competency shows each level's descriptor beside its choice.
    const integritas = screen.getByRole("group", { name: "Integritas" });
    expect(within(integritas).getByLabelText("3 Cukup")).toHaveAccessibleDescription(
      "Level 3 Menengah: Menanamkan keyakinan bersama.",
    );
    expect(within(integritas).getByText("Menjadi role model.")).toBeInTheDocument();
    expect(within(akuntabel).getByLabelText("3 Cukup")).not.toHaveAccessibleDescription();
    // Radio groups take the arrow keys: from 1 up to 3.
    await userEvent.click(within(integritas).getByLabelText("1 Sangat kurang"));
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    expect(within(integritas).getByLabelText("3 Cukup")).toBeChecked();
    expect(screen.getByTestId("review-progress")).toHaveTextContent("2 dari 3 dinilai");
    await userEvent.type(screen.getByLabelText("Kekuatan"), "Teliti.");

    await userEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    expect(await screen.findByText("Draf tersimpan. Anda dapat melanjutkannya nanti.")).toBeInTheDocument();
    expect(api.callsTo("PUT", `${evaluationPath}/reviews/self`)[0]!.json).toEqual({
      ratings: {
        akuntabel: { score: 4, comment: "Laporan selalu tepat waktu." },
        integritas: { score: 3 },
      },
      strengths: "Teliti.",
      improvements: "",
      submit: false,
    });
    await waitFor(() => expect(screen.getByTestId("review-state")).toHaveTextContent("Draf tersimpan"));

    // Sending checks first: the unrated item is named, nothing asks to confirm, nothing is sent.
    await userEvent.click(screen.getByRole("button", { name: "Kirim" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Beri nilai semua butir sebelum mengirim. Belum dinilai (1):");
    expect(within(alert).getByRole("button", { name: "Kolaboratif" })).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(screen.queryByText(/tidak dapat diubah lagi/)).not.toBeInTheDocument();
    const kolaboratif = screen.getByRole("group", { name: "Kolaboratif" });
    expect(kolaboratif).toHaveAccessibleDescription("Belum dinilai");
    expect(within(kolaboratif).getByLabelText("1 Sangat kurang")).toHaveFocus();
    expect(screen.getByRole("group", { name: "Akuntabel" })).not.toHaveAccessibleDescription();
    expect(api.callsTo("PUT", `${evaluationPath}/reviews/self`)).toHaveLength(1);

    // Rating it clears the mark; now sending asks to confirm, and the confirmation sends.
    await userEvent.click(within(kolaboratif).getByLabelText("5 Sangat baik"));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(kolaboratif).not.toHaveAccessibleDescription();
    expect(screen.getByTestId("review-progress")).toHaveTextContent("3 dari 3 dinilai");
    const send = screen.getByRole("button", { name: "Kirim" });
    await userEvent.click(send);
    const dialog = await screen.findByRole("alertdialog", { name: "Kirim ulasan?" });
    expect(dialog).toHaveTextContent("tidak dapat diubah lagi");
    // The keyboard starts on the safe choice.
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Batal" })).toHaveFocus());
    // Cancel returns to the form, with the keyboard on the send button.
    await userEvent.click(within(dialog).getByRole("button", { name: "Batal" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(send).toHaveFocus();
    expect(api.callsTo("PUT", `${evaluationPath}/reviews/self`)).toHaveLength(1);
    await userEvent.click(send);
    await userEvent.click(await screen.findByRole("button", { name: "Ya, kirim ulasan" }));

    expect(await screen.findByText("Ulasan terkirim. Terima kasih.")).toBeInTheDocument();
    const sent = api.callsTo("PUT", `${evaluationPath}/reviews/self`)[1]!.json;
    expect(sent.submit).toBe(true);
    expect(sent.ratings).toEqual({
      akuntabel: { score: 4, comment: "Laporan selalu tepat waktu." },
      kolaboratif: { score: 5 },
      integritas: { score: 3 },
    });
    await waitFor(() => expect(screen.getByTestId("review-state")).toHaveTextContent("Terkirim"));
    expect(screen.queryByRole("button", { name: "Simpan draf" })).not.toBeInTheDocument();
    expect(within(screen.getByRole("group", { name: "Akuntabel" })).getByLabelText("4 Baik")).toBeDisabled();
  });

  it("marks the items the server still finds unrated", async () => {
    const ratings = { akuntabel: { score: 2 }, kolaboratif: { score: 3 }, integritas: { score: 4 } };
    stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/reviews/self`]: { body: review({ ratings, draft: true }) },
      [`PUT ${evaluationPath}/reviews/self`]: apiError(400, "incomplete_review", "Rate every item", { missing: ["kolaboratif"] }),
    });
    renderApp(`/evaluasi/${evaluationId}/ulasan/self`);
    expect(await screen.findByTestId("review-progress")).toHaveTextContent("3 dari 3 dinilai");
    await userEvent.click(screen.getByRole("button", { name: "Kirim" }));
    await userEvent.click(await screen.findByRole("button", { name: "Ya, kirim ulasan" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Belum dinilai (1):");
    expect(screen.getByRole("group", { name: "Kolaboratif" })).toHaveAccessibleDescription("Belum dinilai");
  });

  it("explains a closed cycle", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/reviews/self`]: { body: review({ ratings: { akuntabel: { score: 2 } } }) },
      [`PUT ${evaluationPath}/reviews/self`]: apiError(409, "cycle_closed"),
    });
    renderApp(`/evaluasi/${evaluationId}/ulasan/self`);
    const group = await screen.findByRole("group", { name: "Akuntabel" });
    expect(within(group).getByLabelText("2 Kurang")).toBeChecked();
    await userEvent.click(screen.getByRole("button", { name: "Simpan draf" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Siklus evaluasi ini sudah ditutup.");
  });
});

describe("evaluation result", LONG, () => {
  it("hides the peer average below two peers and shows the scores in a table and a chart", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/result`]: { body: result() },
      [`GET ${evaluationPath}`]: { body: evaluation() },
    });
    renderApp(`/evaluasi/${evaluationId}/hasil`);

    expect(await screen.findByRole("heading", { level: 1, name: `Hasil evaluasi ${staff.name}` })).toBeInTheDocument();
    expect(screen.getByTestId("peers-hidden")).toHaveTextContent(
      "Rata-rata rekan tampil setelah minimal dua rekan mengirim.",
    );
    expect(screen.getByText("Predikat belum ditetapkan atasan.")).toBeInTheDocument();

    const table = screen.getByRole("table", { name: "Kompetensi" });
    const [header, integritas, orientasi] = within(table).getAllByRole("row");
    expect(within(header!).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual([
      "Butir",
      "Diri",
      "Atasan",
      "Rata-rata rekan",
      "Standar",
      "Selisih dari standar",
    ]);
    // Level minus standard: above it is positive, a shortfall negative and marked.
    expect(within(integritas!).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      "3",
      "–belum ada",
      "–belum ada",
      "1",
      "+2 di atas standar",
    ]);
    const orientasiCells = within(orientasi!).getAllByRole("cell");
    expect(orientasiCells.map((cell) => cell.textContent)).toEqual(["2", "2", "–belum ada", "3", "−1 di bawah standar"]);
    expect(within(orientasiCells[4]!).getByText("−1 di bawah standar")).toHaveClass("state-below");
    expect(within(integritas!).getByText("+2 di atas standar")).not.toHaveClass("state-below");
    expect(screen.getByText(/Angka negatif berarti di bawah standar/)).toBeInTheDocument();

    // The chart shows no peer bars while the average is hidden.
    const chart = screen.getByRole("figure", { name: "Grafik kompetensi" });
    expect(within(chart).getAllByRole("listitem")).toHaveLength(2);
    expect(within(chart).queryByText("Rata-rata rekan")).not.toBeInTheDocument();
    expect(within(chart).getAllByText("Standar")).toHaveLength(2);

    // The person cannot set the final rating.
    expect(screen.queryByRole("button", { name: "Tetapkan predikat" })).not.toBeInTheDocument();
  });

  it("shows the peer average from two peers on", async () => {
    const items = result().items.map((item) => ({ ...item, peerAverage: item.kind === "competency" ? 3.5 : 4 }));
    stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/result`]: {
        body: result({ peersSubmitted: 2, peerAverageShown: true, items, finalRating: "baik", status: "finalized" }),
      },
      [`GET ${evaluationPath}`]: { body: evaluation({ finalRating: "baik", status: "finalized" }) },
    });
    renderApp(`/evaluasi/${evaluationId}/hasil`);
    const table = await screen.findByRole("table", { name: "Kompetensi" });
    expect(screen.queryByTestId("peers-hidden")).not.toBeInTheDocument();
    expect(within(within(table).getAllByRole("row")[1]!).getAllByRole("cell")[2]).toHaveTextContent("3,5");
    expect(within(screen.getByRole("figure", { name: "Grafik kompetensi" })).getAllByText("Rata-rata rekan")).toHaveLength(2);
    expect(screen.getByTestId("final-rating")).toHaveTextContent("Baik");
  });

  it("shows the supervisor which reviews are in and asks to confirm a final rating with fewer than two peer reviews", async () => {
    let finalRating: EvaluationResult["finalRating"] = null;
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      [`GET ${evaluationPath}/result`]: () => ({
        body: result({ finalRating, status: finalRating ? "finalized" : "open" }),
      }),
      [`GET ${evaluationPath}`]: { body: evaluation({ progress: { self: "submitted", supervisor: "submitted", peersSubmitted: 0, peersTotal: 2 } }) },
      [`POST ${evaluationPath}/final`]: (call) => {
        finalRating = call.json.rating;
        return { body: { status: "finalized", finalRating, levelsSet: { integritas: 2, orientasi_hasil: 2 } } };
      },
    });
    renderApp(`/evaluasi/${evaluationId}/hasil`);
    const reviewsIn = await screen.findByTestId("final-reviews");
    expect(reviewsIn).toHaveTextContent("Penilaian diriTerkirim");
    expect(reviewsIn).toHaveTextContent("Ulasan atasan (Anda)Terkirim");
    expect(reviewsIn).toHaveTextContent("Ulasan rekan0 dari 2 terkirim");
    expect(screen.getByTestId("few-peers")).toHaveTextContent("Baru 0 dari 2 ulasan rekan yang masuk.");

    await userEvent.selectOptions(screen.getByLabelText("Predikat"), "Baik");
    await userEvent.click(screen.getByRole("button", { name: "Tetapkan predikat" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Ulasan rekan belum cukup" });
    expect(dialog).toHaveTextContent("Baru 0 dari 2 ulasan rekan yang masuk");
    expect(dialog).toHaveTextContent("Predikat Baik menutup evaluasi ini.");
    expect(api.callsTo("POST", `${evaluationPath}/final`)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, tetapkan predikat" }));

    expect(await screen.findByText("Predikat Baik ditetapkan.")).toBeInTheDocument();
    expect(screen.getByText("Level kompetensi pegawai diperbarui dari 2 kompetensi yang Anda nilai.")).toBeInTheDocument();
    expect(api.callsTo("POST", `${evaluationPath}/final`)[0]!.json).toEqual({ rating: "baik", confirmFewPeers: true });
    await waitFor(() => expect(screen.getByTestId("final-rating")).toHaveTextContent("Baik"));
    expect(screen.queryByRole("button", { name: "Tetapkan predikat" })).not.toBeInTheDocument();
  });

  it("sets the final rating without a question from two peer reviews on, unless the server counts fewer", async () => {
    let calls = 0;
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      [`GET ${evaluationPath}/result`]: { body: result() },
      [`GET ${evaluationPath}`]: { body: evaluation({ progress: { self: "submitted", supervisor: "submitted", peersSubmitted: 2, peersTotal: 3 } }) },
      [`POST ${evaluationPath}/final`]: (call) => {
        calls++;
        // A peer review was withdrawn meanwhile: the server asks for the confirmation.
        if (calls === 1) return apiError(409, "few_peer_reviews", "Only 1 of 3", { peersSubmitted: 1, peersTotal: 3, minimum: 2 });
        return { body: { status: "finalized", finalRating: call.json.rating, levelsSet: {} } };
      },
    });
    renderApp(`/evaluasi/${evaluationId}/hasil`);
    expect(await screen.findByTestId("final-reviews")).toHaveTextContent("Ulasan rekan2 dari 3 terkirim");
    expect(screen.queryByTestId("few-peers")).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Predikat"), "Sangat Baik");
    await userEvent.click(screen.getByRole("button", { name: "Tetapkan predikat" }));
    expect(api.callsTo("POST", `${evaluationPath}/final`)[0]!.json).toEqual({ rating: "sangat_baik" });
    const dialog = await screen.findByRole("alertdialog", { name: "Ulasan rekan belum cukup" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, tetapkan predikat" }));
    expect(await screen.findByText("Predikat Sangat Baik ditetapkan.")).toBeInTheDocument();
    expect(api.callsTo("POST", `${evaluationPath}/final`)[1]!.json).toEqual({ rating: "sangat_baik", confirmFewPeers: true });
  });
});

describe("admin evaluation cycles", LONG, () => {
  it("reads the quarter in WITA", () => {
    expect(witaQuarter(Date.parse("2026-11-27T03:00:00Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(witaQuarter(Date.parse("2026-12-31T15:59:00Z"))).toEqual({ year: 2026, quarter: 4 });
    expect(witaQuarter(Date.parse("2026-12-31T17:00:00Z"))).toEqual({ year: 2027, quarter: 1 });
    expect(witaQuarter(Date.parse("2027-03-31T16:00:00Z"))).toEqual({ year: 2027, quarter: 2 });
  });

  for (const [now, year, quarter] of [
    ["2026-11-27T03:00:00Z", 2026, 4],
    ["2026-12-31T17:00:00Z", 2027, 1],
  ] as const) {
    it(`opens ${year} Q${quarter} at ${now}`, async () => {
      // Only the clock moves to that day; it keeps ticking, so cached reads still see time pass.
      vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
      vi.setSystemTime(new Date(now));
      const opened: Cycle = { ...cycle, id: `${year}-Q${quarter}`, year, quarter, evaluations: 412, reviews: 2010 };
      let cycles: Cycle[] = [];
      const api = stubApi({
        ...signedInAs(admin),
        "GET /api/cycles": () => ({ body: { items: cycles } }),
        "POST /api/cycles": () => {
          cycles = [opened];
          return { status: 201, body: { cycle: opened, created: true } };
        },
        [`GET /api/cycles/${opened.id}/dashboard`]: {
          body: {
            cycle: opened,
            units: [
              { unitId: "u-bkpsdm", unitName: "BKPSDM", evaluations: 10, finalized: 1, submitted: 12, outstanding: 36, missed: 0, completion: 25 },
            ],
          },
        },
      });
      renderApp("/admin/evaluasi");
      expect(await screen.findByText("Belum ada siklus evaluasi.")).toBeInTheDocument();
      expect(screen.getByText(`Kuartal ini (WITA): Kuartal ${quarter} ${year}`)).toBeInTheDocument();
      await userEvent.click(screen.getByRole("button", { name: "Buka siklus kuartal ini" }));
      expect(
        await screen.findByText(`Siklus Kuartal ${quarter} ${year} dibuka: 412 evaluasi, 2010 ulasan.`),
      ).toBeInTheDocument();
      expect(api.callsTo("POST", "/api/cycles")[0]!.json).toEqual({ year, quarter });

      const dashboard = await screen.findByRole("table", { name: `Penyelesaian Kuartal ${quarter} ${year} per unit kerja` });
      expect(within(dashboard).getAllByRole("row")[1]).toHaveTextContent("25%");
      expect(screen.getByRole("table", { name: "Daftar siklus" })).toHaveTextContent(`Kuartal ${quarter} ${year}`);
    });
  }

  it("keeps the page from other staff", async () => {
    stubApi(signedInAs(staff));
    renderApp("/admin/evaluasi");
    expect(await screen.findByRole("heading", { name: "Akses ditolak" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Buka siklus kuartal ini" })).not.toBeInTheDocument();
  });
});

describe("my evaluations", LONG, () => {
  it("lists the reviews I owe with WITA due dates and my own evaluation's progress", async () => {
    stubApi({
      ...signedInAs(staff),
      "GET /api/evaluations/tasks": {
        body: {
          items: [
            {
              evaluationId: `2026-Q4~${admin.id}`,
              reviewId: `peer-${staff.id}`,
              cycleId: "2026-Q4",
              kind: "peer",
              subjectId: admin.id,
              subjectName: admin.name,
              dueAt: "2026-10-22T15:59:59.999Z",
              draft: true,
            },
          ],
        },
      },
      "GET /api/evaluations/mine": { body: { items: [evaluation()] } },
    });
    renderApp("/evaluasi");
    const link = await screen.findByRole("link", { name: `Lanjutkan ulasan: Ulasan rekan, ${admin.name}` });
    expect(link).toHaveAttribute("href", `/evaluasi/2026-Q4~${admin.id}/ulasan/peer-${staff.id}`);
    expect(screen.getByText("22 Okt 2026 23:59 WITA")).toBeInTheDocument();
    const progress = await screen.findByRole("progressbar", { name: "Kemajuan evaluasi saya, Kuartal 4 2026" });
    expect(progress).toHaveAttribute("value", "2");
    expect(progress).toHaveAttribute("max", "5");
    expect(screen.getByText("2 dari 5 ulasan terkirim")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Hasil Kuartal 4 2026" })).toHaveAttribute(
      "href",
      `/evaluasi/${evaluationId}/hasil`,
    );
    expect(screen.getByRole("link", { name: "Rencana pengembangan Kuartal 4 2026" })).toHaveAttribute(
      "href",
      `/evaluasi/${evaluationId}/rencana`,
    );
  });
});

describe("development plan", LONG, () => {
  const plan: Plan = {
    evaluationId,
    status: "none",
    items: [],
    gaps: [{ competencyId: "orientasi_hasil", name: "Orientasi pada Hasil", gapToStandard: -1 }],
    programNeeds: [],
    previous: {
      evaluationId: `2026-Q3~${staff.id}`,
      cycleId: "2026-Q3",
      status: "approved",
      items: [
        { id: "p1", competencyId: "integritas", action: "self_study", description: "Membaca", targetDate: "2026-08-01", status: "done" },
        { id: "p2", competencyId: "integritas", action: "mentorship", description: "", targetDate: "2026-09-01", status: "done" },
        { id: "p3", competencyId: "orientasi_hasil", action: "assignment", description: "", targetDate: "2026-09-15", status: "in_progress" },
      ],
      done: 2,
    },
  };

  it("drafts a plan with a course for a gap, then submits it", async () => {
    let current = plan;
    const api = stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/plan`]: () => ({ body: current }),
      [`GET ${evaluationPath}`]: { body: evaluation() },
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/courses": { body: { items: [course], cursor: null } },
      [`PUT ${evaluationPath}/plan`]: (call) => {
        const items = call.json.items.map((item: object, index: number) => ({ id: `i${index}`, ...item }));
        current = { ...current, items, status: call.json.submit ? "submitted" : "draft" };
        return { body: { status: current.status, items } };
      },
    });
    renderApp(`/evaluasi/${evaluationId}/rencana`);

    expect(await screen.findByText("2 dari 3 selesai")).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Kesenjangan kompetensi" })).toHaveTextContent(
      "Orientasi pada Hasil: −1 di bawah standar",
    );
    const activity = screen.getByRole("group", { name: "Kegiatan 1" });
    // The first gap is chosen for the first activity.
    await waitFor(() => expect(within(activity).getByLabelText("Kompetensi")).toHaveValue("orientasi_hasil"));
    expect(within(activity).queryByLabelText("Pelatihan")).not.toBeInTheDocument();
    await userEvent.selectOptions(within(activity).getByLabelText("Bentuk kegiatan"), "Pelatihan");
    await userEvent.selectOptions(await within(activity).findByLabelText("Pelatihan"), course.id);
    await userEvent.type(within(activity).getByLabelText("Uraian kegiatan"), "Ikut angkatan Maret.");
    await userEvent.type(within(activity).getByLabelText("Tanggal target"), "2027-03-31");
    await userEvent.click(screen.getByRole("button", { name: "Simpan draf" }));

    expect(await screen.findByText("Draf rencana tersimpan.")).toBeInTheDocument();
    expect(api.callsTo("PUT", `${evaluationPath}/plan`)[0]!.json).toEqual({
      items: [
        {
          competencyId: "orientasi_hasil",
          action: "course",
          courseId: course.id,
          description: "Ikut angkatan Maret.",
          targetDate: "2027-03-31",
          status: "planned",
        },
      ],
      submit: false,
    });
    await waitFor(() => expect(screen.getByTestId("plan-status")).toHaveTextContent("Draf"));

    // Saved activities keep their ids, so submitting does not add them again.
    await userEvent.click(screen.getByRole("button", { name: "Ajukan ke atasan" }));
    expect(await screen.findByText("Rencana diajukan ke atasan.")).toBeInTheDocument();
    const submitted = api.callsTo("PUT", `${evaluationPath}/plan`)[1]!.json;
    expect(submitted.submit).toBe(true);
    expect(submitted.items).toHaveLength(1);
    expect(submitted.items[0].id).toBe("i0");
  });

  it("offers what the unit's service programs need beside the gaps", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/plan`]: {
        body: {
          ...plan,
          gaps: [],
          previous: null,
          programNeeds: [
            { competencyId: "pelayanan_publik", name: "Pelayanan Publik", neededLevel: 3, currentLevel: 1, programs: [{ id: "prog-1", title: "Antrean daring puskesmas" }] },
          ],
        },
      },
      [`GET ${evaluationPath}`]: { body: evaluation() },
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/courses": { body: { items: [course], cursor: null } },
    });
    renderApp(`/evaluasi/${evaluationId}/rencana`);
    const needs = await screen.findByRole("region", { name: "Kebutuhan program layanan" });
    expect(needs).toHaveTextContent("Pelayanan Publik");
    expect(within(needs).getByRole("link", { name: "Antrean daring puskesmas" })).toHaveAttribute("href", "/forum/program/prog-1");
    // With no gap, the first activity aims at the program's need, offered in its own group.
    const select = within(screen.getByRole("group", { name: "Kegiatan 1" })).getByLabelText("Kompetensi");
    await waitFor(() => expect(select).toHaveValue("pelayanan_publik"));
    expect(select.querySelector('optgroup[label="Dibutuhkan program layanan unit"] option[value="pelayanan_publik"]')).not.toBeNull();
  });

  it("opens from the result page", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET ${evaluationPath}/result`]: { body: result() },
      [`GET ${evaluationPath}`]: { body: evaluation() },
      [`GET ${evaluationPath}/plan`]: { body: { ...plan, previous: null } },
    });
    renderApp(`/evaluasi/${evaluationId}/hasil`);
    await screen.findByRole("heading", { level: 1, name: `Hasil evaluasi ${staff.name}` });
    await userEvent.click(screen.getByRole("link", { name: "Rencana pengembangan" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Rencana pengembangan" })).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Kegiatan 1" })).toBeInTheDocument();
  });

  it("lets the supervisor approve a submitted plan", async () => {
    let status: Plan["status"] = "submitted";
    const items = [
      { id: "a", competencyId: "orientasi_hasil", action: "mentorship" as const, description: "Dengan Kabid", targetDate: "2027-02-01", status: "planned" as const },
    ];
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET ${evaluationPath}/plan`]: () => ({ body: { ...plan, previous: null, items, status } }),
      [`GET ${evaluationPath}`]: { body: evaluation() },
      [`POST ${evaluationPath}/plan/approve`]: () => {
        status = "approved";
        return { body: { status } };
      },
    });
    renderApp(`/evaluasi/${evaluationId}/rencana`);
    const table = await screen.findByRole("table", { name: "Daftar kegiatan" });
    expect(table).toHaveTextContent("Dengan Kabid");
    await userEvent.click(screen.getByRole("button", { name: "Setujui rencana" }));
    expect(await screen.findByText("Rencana disetujui.")).toBeInTheDocument();
    expect(api.callsTo("POST", `${evaluationPath}/plan/approve`)).toHaveLength(1);
    await waitFor(() => expect(screen.getByTestId("plan-status")).toHaveTextContent("Disetujui"));
  });
});

describe("team evaluations", LONG, () => {
  it("shows each report's progress and changes the peers", async () => {
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    vi.setSystemTime(new Date("2026-10-03T02:00:00Z"));
    const colleague = { ...summary(admin), id: "s-colleague", name: "Lale Intan Permata", unitId: staff.unitId };
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff), colleague] } },
      "GET /api/cycles": { body: { items: [cycle] } },
      "GET /api/cycles/2026-Q4/team": {
        body: {
          items: [
            {
              id: evaluationId,
              staffId: staff.id,
              staffName: staff.name,
              status: "open",
              finalRating: null,
              self: "submitted",
              supervisor: "outstanding",
              peersSubmitted: 1,
              peersTotal: 3,
              planStatus: "draft",
            },
            {
              id: `2026-Q4~${colleague.id}`,
              staffId: colleague.id,
              staffName: colleague.name,
              status: "finalized",
              finalRating: "baik",
              self: "submitted",
              supervisor: "submitted",
              peersSubmitted: 2,
              peersTotal: 2,
              planStatus: "none",
            },
          ],
        },
      },
      [`GET ${evaluationPath}`]: { body: evaluation({ peerIds: ["s-far-away"] }) },
      "GET /api/staff/s-far-away": apiError(403, "forbidden"),
      [`PUT ${evaluationPath}/peers`]: (call) => ({ body: { peerIds: call.json.peerIds } }),
    });
    renderApp("/evaluasi/tim");
    const table = await screen.findByRole("table", { name: "Evaluasi tim Kuartal 4 2026" });
    // Status and final rating each have their own column.
    const [header, row, rated] = within(table).getAllByRole("row") as [HTMLElement, HTMLElement, HTMLElement];
    const columns = within(header).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(columns).toEqual(["Nama", "Penilaian diri", "Ulasan saya", "Rekan", "Status", "Predikat", "Rencana pengembangan", "Tindakan"]);
    // Cells after the row header: the column's index less one.
    const cell = (tr: HTMLElement, column: string) => within(tr).getAllByRole("cell")[columns.indexOf(column) - 1];
    expect(cell(row, "Status")).toHaveTextContent("Berjalan");
    expect(cell(row, "Predikat")).toHaveTextContent("Belum ditetapkan");
    expect(cell(rated, "Status")).toHaveTextContent("Predikat ditetapkan");
    expect(cell(rated, "Predikat")).toHaveTextContent(/^Baik$/);
    expect(row).toHaveTextContent("Terkirim");
    expect(row).toHaveTextContent("Belum dikirim");
    expect(row).toHaveTextContent("1 dari 3");
    expect(within(row).getByRole("link", { name: `Ulasan atasan saya: ${staff.name}` })).toHaveAttribute(
      "href",
      `/evaluasi/${evaluationId}/ulasan/supervisor`,
    );

    await userEvent.click(within(row).getByRole("button", { name: `Atur rekan: ${staff.name}` }));
    const form = await screen.findByRole("form", { name: `Rekan penilai ${staff.name}` });
    expect(await within(form).findByLabelText("Pegawai s-far-away")).toBeChecked();
    expect(within(form).queryByLabelText(staff.name)).not.toBeInTheDocument();

    // One peer is too few.
    await userEvent.click(within(form).getByLabelText("Pegawai s-far-away"));
    await userEvent.click(within(form).getByLabelText(colleague.name));
    await userEvent.click(within(form).getByRole("button", { name: "Simpan rekan" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent("Pilih dua atau tiga rekan.");
    expect(api.callsTo("PUT", `${evaluationPath}/peers`)).toHaveLength(0);

    await userEvent.click(within(form).getByLabelText("Pegawai s-far-away"));
    await userEvent.click(within(form).getByRole("button", { name: "Simpan rekan" }));
    expect(await screen.findByText(`Rekan penilai ${staff.name} disimpan.`)).toBeInTheDocument();
    expect(api.callsTo("PUT", `${evaluationPath}/peers`)[0]!.json).toEqual({ peerIds: ["s-colleague", "s-far-away"] });
  });
});
