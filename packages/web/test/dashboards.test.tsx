import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { contrastRatio, GAP_TONES, gapTone } from "../src/pages/dashboards/gapScale";
import { witaQuarter } from "../src/time";
import type { CityDashboard, EvaluationFigures, GapsDashboard, MyDashboard, TeamDashboard, TeamMember, UnitDashboard, UnitFigures } from "../src/types";
import { admin, staff, summary, supervisor } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const asOf = "2026-12-02T00:30:00.000Z";
const pace = { earned: 8, planned: 6, target: 20, expectedByNow: 17.5, atRisk: true, reachesTarget: false };

const myDashboard: MyDashboard = {
  asOf,
  year: 2026,
  jp: pace,
  courses: [
    { courseId: "c-egov", title: "Pelatihan e-Government", startsAt: "2026-12-10T00:00:00.000Z", status: "enrolled", jp: 4, waitlistPosition: null },
    { courseId: "c-full", title: "Kelas e-learning data", startsAt: "2026-12-15T00:00:00.000Z", status: "waitlisted", jp: 2, waitlistPosition: 3 },
  ],
  reviews: [
    { evaluationId: "2026-Q4~s-ni-made", reviewId: "self", kind: "self", subjectName: staff.name, dueAt: "2099-12-22T15:59:59.999Z" },
    { evaluationId: "2026-Q4~s-rekan", reviewId: "peer-s-ni-made", kind: "peer", subjectName: "Baiq Rina", dueAt: "2020-12-22T15:59:59.999Z" },
  ],
  planItems: [
    {
      evaluationId: "2026-Q3~s-ni-made",
      itemId: "i-1",
      competencyId: "literasi_digital",
      competencyName: "Literasi Digital",
      action: "course",
      targetDate: "2026-12-31",
      status: "in_progress",
    },
  ],
  mentoring: {
    nextSession: { mentorshipId: "m-1", date: "2026-12-05T01:00:00.000Z", withName: "Ahmad Fauzi" },
    openActions: [{ mentorshipId: "m-1", sessionId: "ses-1", text: "Menyusun peta proses layanan", withName: "Ahmad Fauzi" }],
  },
  notifications: { unread: 3 },
};

describe("Beranda", () => {
  it("shows the year's JP against 20 with the pace, and every item links to where it is done", async () => {
    stubApi({ ...signedInAs(staff), "GET /api/dashboards/me": { body: myDashboard } });
    renderApp("/");
    const jp = await screen.findByTestId("home-jp");
    expect(within(jp).getByRole("progressbar", { name: "JP tahun 2026" })).toHaveAttribute("aria-valuetext", "8 dari 20 JP, 6 JP direncanakan");
    expect(jp).toHaveTextContent("8 dari 20 JP");
    expect(within(jp).getByTestId("jp-planned")).toHaveTextContent("Direncanakan: 6 JP");
    expect(within(jp).getByTestId("jp-pace")).toHaveTextContent("Berisiko");
    expect(within(jp).getByTestId("jp-pace")).toHaveTextContent("seharusnya sekitar 17,5 JP");
    expect(within(jp).getByTestId("jp-target")).toHaveTextContent("masih kurang 6 JP untuk 20 JP");
    expect(screen.getByText("Data per 02 Des 2026 08:30 WITA", { exact: false })).toBeInTheDocument();

    const courses = within(screen.getByTestId("home-courses"));
    expect(courses.getByRole("link", { name: "Pelatihan e-Government" })).toHaveAttribute("href", "/kursus/c-egov");
    expect(courses.getByRole("link", { name: "Kelas e-learning data" })).toHaveAttribute("href", "/kursus/c-full");
    expect(courses.getByText(/Daftar tunggu, urutan ke-3/)).toBeInTheDocument();

    const reviews = within(screen.getByTestId("home-reviews"));
    expect(reviews.getByRole("link", { name: "Penilaian diri" })).toHaveAttribute("href", "/evaluasi/2026-Q4~s-ni-made/ulasan/self");
    expect(reviews.getByRole("link", { name: "Ulasan rekan: Baiq Rina" })).toHaveAttribute("href", "/evaluasi/2026-Q4~s-rekan/ulasan/peer-s-ni-made");
    expect(reviews.getByText(/^Batas: 22 Des 2099/)).toBeInTheDocument();
    expect(reviews.getByText(/^Lewat batas: 22 Des 2020/)).toBeInTheDocument();

    const plan = within(screen.getByTestId("home-plan"));
    expect(plan.getByRole("link", { name: "Literasi Digital: Pelatihan" })).toHaveAttribute("href", "/evaluasi/2026-Q3~s-ni-made/rencana");
    expect(screen.getByTestId("home-plan")).toHaveTextContent("Target 31 Des 2026 · Sedang berjalan");

    const mentoring = within(screen.getByTestId("home-mentoring"));
    expect(mentoring.getByRole("link", { name: "Sesi berikutnya dengan Ahmad Fauzi" })).toHaveAttribute("href", "/mentoring/m-1");
    expect(mentoring.getByRole("link", { name: "Menyusun peta proses layanan" })).toHaveAttribute("href", "/mentoring/m-1");

    expect(within(screen.getByTestId("home-notifications")).getByRole("link", { name: "3 notifikasi belum dibaca" })).toHaveAttribute("href", "/notifikasi");
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", "/api/dashboards/me.csv");
    // The profile summary stays.
    expect(screen.getByText(staff.position)).toBeInTheDocument();
  });

  it("words empty lists kindly and tells when the pace reaches the target", async () => {
    const calm: MyDashboard = {
      ...myDashboard,
      jp: { earned: 12, planned: 8, target: 20, expectedByNow: 10, atRisk: false, reachesTarget: true },
      courses: [],
      reviews: [],
      planItems: [],
      mentoring: { nextSession: null, openActions: [] },
      notifications: { unread: 0 },
    };
    stubApi({ ...signedInAs(staff), "GET /api/dashboards/me": { body: calm } });
    renderApp("/");
    const jp = await screen.findByTestId("home-jp");
    expect(within(jp).queryByText("Berisiko")).not.toBeInTheDocument();
    expect(within(jp).getByTestId("jp-pace")).toHaveTextContent("Sesuai laju");
    expect(within(jp).getByTestId("jp-target")).toHaveTextContent("Dengan yang direncanakan, target 20 JP tercapai.");
    expect(within(screen.getByTestId("home-courses")).getByRole("link", { name: "Cari pelatihan di katalog" })).toHaveAttribute("href", "/kursus");
    expect(screen.getByText("Tidak ada ulasan yang menunggu Anda saat ini.")).toBeInTheDocument();
    expect(screen.getByText("Belum ada sesi mentoring yang dijadwalkan.")).toBeInTheDocument();
    expect(screen.getByText("Semua notifikasi sudah dibaca.")).toBeInTheDocument();
  });

  it("keeps the profile summary when the dashboard cannot be had", async () => {
    stubApi({ ...signedInAs(staff), "GET /api/dashboards/me": apiError(500, "internal", "boom") });
    renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: `Selamat datang, ${staff.name}` })).toBeInTheDocument();
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(screen.getByText(staff.position)).toBeInTheDocument();
  });
});

function member(overrides: Partial<TeamMember> & Pick<TeamMember, "staffId" | "name">): TeamMember {
  return {
    position: "Pengelola Data",
    unitName: "Dinas Kesehatan",
    depth: 1,
    jp: { earned: 20, planned: 0, target: 20, expectedByNow: 17.5, atRisk: false, reachesTarget: true },
    review: { cycleId: "2026-Q4", self: "submitted", supervisor: "submitted", peersSubmitted: 2, peersTotal: 3, finalRating: "baik", planStatus: "approved" },
    mentoring: null,
    attention: [],
    ...overrides,
  };
}

const teamDashboard: TeamDashboard = {
  asOf,
  year: 2026,
  cycleId: "2026-Q4",
  members: [
    member({
      staffId: "s-rina",
      name: "Baiq Rina",
      depth: 2,
      jp: pace,
      review: { cycleId: "2026-Q4", self: "outstanding", supervisor: "outstanding", peersSubmitted: 0, peersTotal: 2, finalRating: null, planStatus: "none" },
      attention: ["jp_at_risk", "self_outstanding", "no_plan"],
    }),
    member({ staffId: staff.id, name: staff.name, mentoring: "coaching" }),
  ],
  approvals: { externalTraining: 2, plans: 1 },
  totals: { members: 2, atRisk: 1, atTarget: 1, finalRated: 1 },
};

describe("Tim saya", () => {
  it("lists the whole team in the API's order, the one at risk first with the badge, and the approvals waiting", async () => {
    stubApi({ ...signedInAs(supervisor), "GET /api/dashboards/team": { body: teamDashboard } });
    renderApp("/tim");
    const table = within(await screen.findByTestId("team-members-table"));
    const rows = table.getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("link")[0]?.textContent)).toEqual(["Baiq Rina", staff.name]);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByRole("link", { name: "Baiq Rina" })).toHaveAttribute("href", "/pegawai/s-rina");
    expect(within(first).getByText("Berisiko")).toHaveClass("badge-risk");
    expect(first).toHaveTextContent("Penilaian diri belum dikirim");
    expect(first).toHaveTextContent("Diri: Belum dikirim");
    expect(first).toHaveTextContent("Rekan: 0 dari 2");
    expect(within(first).getByRole("progressbar", { name: "JP Baiq Rina" })).toHaveAttribute("aria-valuenow", "8");
    expect(within(first).getAllByRole("cell")[0]).toHaveTextContent("2");
    expect(within(second).queryByText("Berisiko")).not.toBeInTheDocument();
    expect(second).toHaveTextContent("Baik");
    expect(second).toHaveTextContent("Disetujui");
    expect(second).toHaveTextContent("Coaching");

    const approvals = within(screen.getByTestId("team-approvals"));
    expect(approvals.getByRole("link", { name: "Pelatihan eksternal: 2" })).toHaveAttribute("href", "/persetujuan");
    expect(approvals.getByRole("link", { name: "Rencana pengembangan: 1" })).toHaveAttribute("href", "/evaluasi/tim");
    expect(screen.getByTestId("team-totals")).toHaveTextContent("Anggota2Berisiko1Mencapai 20 JP1Sudah diberi predikat1");
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", "/api/dashboards/team.csv");
  });

  it("shows the direct reports alone to someone the API does not take for a supervisor", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [summary(admin)] } },
      "GET /api/dashboards/team": apiError(403, "forbidden"),
    });
    renderApp("/tim");
    expect(await screen.findByRole("link", { name: admin.name })).toHaveAttribute("href", `/pegawai/${admin.id}`);
    expect(screen.queryByTestId("team-members-table")).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

function figures(cycleId: string, total: number, done: number): EvaluationFigures {
  return {
    cycleId,
    total,
    self: done,
    supervisor: done,
    peers: done,
    final: done,
    ratings: { sangat_baik: 1, baik: done - 1, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
  };
}

function unitFigures(unitId: string, name: string, staffCount: number): UnitFigures {
  return {
    unitId,
    code: unitId.toUpperCase(),
    name,
    staff: staffCount,
    jp: { atTarget: 9, shareAtTarget: 9 / staffCount, median: 14.5, atRisk: 4, forecastAtTarget: 12, forecastShare: 12 / staffCount },
    categories: [
      { category: "digital", people: 7, jp: 42 },
      { category: "public_service", people: 3, jp: 12 },
    ],
    evaluations: figures("2026-Q4", staffCount, 10),
    trend: [figures("2026-Q1", 18, 18), figures("2026-Q2", 19, 17), figures("2026-Q3", 20, 15), figures("2026-Q4", staffCount, 10)],
    mentoring: { pelaksana: 10, covered: 4, share: 0.4, sessionsByMonth: [{ month: "2026-11", sessions: 6 }, { month: "2026-12", sessions: 2 }] },
    forum: { open: 3, answered: 5, medianDaysToFirstAnswer: 1.5, shareOnTime: 0.8 },
  };
}

const cityDashboard = (year: number, quarter: number): CityDashboard => ({
  asOf,
  year,
  quarter,
  cycleId: `${year}-Q${quarter}`,
  units: [unitFigures("u-dinkes", "Dinas Kesehatan", 20), unitFigures("u-bkpsdm", "BKPSDM", 12)],
  totals: { ...unitFigures("", "", 32), jp: { atTarget: 18, shareAtTarget: 18 / 32, median: 13, atRisk: 8, forecastAtTarget: 24, forecastShare: 0.75 } },
  programs: [{ id: "p-1", title: "Normalisasi drainase Ampenan", unitName: "Dinas PUPR", status: "running", progress: 0.25 }],
});

describe("city dashboard", () => {
  it("shows each unit's figures with the totals, links each unit to its dashboard, and the selects change the period asked for", async () => {
    const now = witaQuarter();
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/dashboards/city": (call) => ({ body: cityDashboard(Number(call.search.get("year")), Number(call.search.get("quarter"))) }),
    });
    renderApp("/admin/dasbor");
    const jpTable = within(await screen.findByTestId("jp-table"));
    const dinkes = jpTable.getByRole("row", { name: /^Dinas Kesehatan/ });
    expect(within(dinkes).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["20", "9 (45%)", "14,5", "4", "12 (60%)"]);
    expect(within(dinkes).getByRole("link", { name: "Dinas Kesehatan" })).toHaveAttribute(
      "href",
      `/dasbor/unit/u-dinkes?tahun=${now.year}&kuartal=${now.quarter}`,
    );
    const total = jpTable.getByRole("row", { name: /^Jumlah/ });
    expect(within(total).getAllByRole("cell").map((cell) => cell.textContent)).toEqual(["32", "18 (56,3%)", "13", "8", "24 (75%)"]);
    expect(within(screen.getByTestId("evaluations-table")).getByRole("row", { name: /^Dinas Kesehatan/ })).toHaveTextContent("10 (50%)");
    expect(within(screen.getByTestId("categories-table")).getByRole("row", { name: /^BKPSDM/ })).toHaveTextContent("7 orang · 42 JP");
    expect(within(screen.getByTestId("forum-table")).getByRole("row", { name: /^Dinas Kesehatan/ })).toHaveTextContent("1,5");
    expect(within(screen.getByTestId("mentoring-table")).getByRole("row", { name: /^Dinas Kesehatan/ })).toHaveTextContent("40%");
    expect(within(screen.getByTestId("sessions-table")).getAllByRole("row")).toHaveLength(3);
    expect(within(screen.getByTestId("trend-table")).getAllByRole("row")).toHaveLength(5);
    expect(within(screen.getByTestId("programs-table")).getByRole("link", { name: "Normalisasi drainase Ampenan" })).toHaveAttribute("href", "/forum/program/p-1");
    // Every chart is an image named by a summary, beside the table of its figures.
    const chart = within(screen.getByTestId("jp-chart")).getByRole("img");
    expect(chart.getAttribute("aria-label")).toMatch(/^Diagram batang .* 2 unit\. Tertinggi: BKPSDM 75%\. Terendah: Dinas Kesehatan 45%\./);
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/dashboards/city.csv?year=${now.year}&quarter=${now.quarter}`);
    expect(api.callsTo("GET", "/api/dashboards/city")[0]?.search.toString()).toBe(`year=${now.year}&quarter=${now.quarter}`);

    await userEvent.selectOptions(screen.getByLabelText("Kuartal"), "2");
    await waitFor(() => expect(api.callsTo("GET", "/api/dashboards/city").at(-1)?.search.toString()).toBe(`year=${now.year}&quarter=2`));
    await userEvent.selectOptions(screen.getByLabelText("Tahun"), String(now.year - 1));
    await waitFor(() => expect(api.callsTo("GET", "/api/dashboards/city").at(-1)?.search.toString()).toBe(`year=${now.year - 1}&quarter=2`));
    expect(await screen.findByRole("heading", { name: `Kelengkapan evaluasi, Kuartal 2 ${now.year - 1}` })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/dashboards/city.csv?year=${now.year - 1}&quarter=2`);
    expect(within(screen.getByTestId("jp-table")).getByRole("link", { name: "Dinas Kesehatan" })).toHaveAttribute(
      "href",
      `/dasbor/unit/u-dinkes?tahun=${now.year - 1}&kuartal=2`,
    );
  });

  it("is for admins", async () => {
    stubApi(signedInAs(supervisor));
    renderApp("/admin/dasbor");
    expect(await screen.findByRole("heading", { level: 1, name: "Akses ditolak" })).toBeInTheDocument();
  });
});

describe("unit dashboard", () => {
  const unitDashboard: UnitDashboard = {
    asOf,
    year: 2026,
    quarter: 4,
    cycleId: "2026-Q4",
    unit: unitFigures("u-dinkes", "Dinas Kesehatan", 20),
    atRisk: [{ staffId: "s-rina", name: "Baiq Rina", position: "Pengelola Data", jp: 4, planned: 2 }],
    programs: [],
  };

  it("shows the unit's figures, who is at risk and its programs, for its head from the menu", async () => {
    const api = stubApi({ ...signedInAs(supervisor), "GET /api/dashboards/units/u-dinkes": { body: unitDashboard } });
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    await userEvent.click(menu.getByRole("link", { name: "Dasbor unit" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Dasbor unit: Dinas Kesehatan" })).toBeInTheDocument();
    const atRisk = within(screen.getByTestId("at-risk-table"));
    expect(atRisk.getByRole("link", { name: "Baiq Rina" })).toHaveAttribute("href", "/pegawai/s-rina");
    expect(atRisk.getByRole("row", { name: /Baiq Rina/ })).toHaveTextContent("Pengelola Data42");
    expect(screen.getByText("Belum ada program layanan.")).toBeInTheDocument();
    const now = witaQuarter();
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", `/api/dashboards/units/u-dinkes.csv?year=${now.year}&quarter=${now.quarter}`);
    expect(api.callsTo("GET", "/api/dashboards/units/u-dinkes")).toHaveLength(1);
  });

  it("shows the forbidden message when the unit is not the viewer's", async () => {
    stubApi({ ...signedInAs(supervisor), "GET /api/dashboards/units/u-bkpsdm": apiError(403, "forbidden") });
    renderApp("/dasbor/unit/u-bkpsdm");
    expect(await screen.findByRole("heading", { level: 1, name: "Akses ditolak" })).toBeInTheDocument();
    expect(screen.getByText("Anda tidak memiliki akses ke data ini.")).toBeInTheDocument();
  });
});

const gaps: GapsDashboard = {
  asOf,
  competencies: [
    { id: "integritas", name: "Integritas" },
    { id: "literasi_digital", name: "Literasi Digital" },
  ],
  units: [
    {
      unitId: "u-dinkes",
      name: "Dinas Kesehatan",
      cells: [
        { competencyId: "integritas", people: 12, meanGap: -0.83, hidden: false },
        { competencyId: "literasi_digital", people: 3, meanGap: null, hidden: true },
      ],
    },
    {
      unitId: "u-bkpsdm",
      name: "BKPSDM",
      cells: [
        { competencyId: "integritas", people: 8, meanGap: 0.4, hidden: false },
        { competencyId: "literasi_digital", people: 6, meanGap: -1.2, hidden: false },
      ],
    },
  ],
  people: null,
};

describe("gap heat map", () => {
  it("is a table walked with the arrow keys; Enter on a unit's cell opens its people", async () => {
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/dashboards/gaps": (call) =>
        call.search.get("unitId") === "u-bkpsdm"
          ? { body: { ...gaps, people: [{ staffId: "s-eka", name: "Eka Putri", position: "Analis SDM", gaps: { integritas: 1, literasi_digital: -2 } }] } }
          : { body: gaps },
    });
    renderApp("/admin/dasbor/kesenjangan");
    const map = await screen.findByRole("table", { name: /Rata-rata kesenjangan kompetensi per unit/ });
    expect(within(map).getAllByRole("columnheader").map((th) => th.textContent)).toEqual(["Unit kerja", "Integritas", "Literasi Digital"]);
    const dinkes = within(within(map).getByRole("row", { name: /^Dinas Kesehatan/ }));
    const [integritas, hidden] = dinkes.getAllByRole("cell") as [HTMLElement, HTMLElement];
    expect(integritas).toHaveTextContent("−0,812 orang");
    expect(hidden).toHaveTextContent("disembunyikan (< 5 orang)");
    expect(hidden).not.toHaveTextContent("3");
    expect(screen.getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", "/api/dashboards/gaps.csv");

    // One cell in the tab order; the arrow keys move it.
    const cells = within(map).getAllByRole("cell");
    expect(cells.filter((cell) => cell.tabIndex === 0)).toEqual([integritas]);
    integritas.focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(hidden).toHaveFocus();
    await userEvent.keyboard("{ArrowDown}");
    const bkpsdm = within(within(map).getByRole("row", { name: /^BKPSDM/ })).getAllByRole("cell") as [HTMLElement, HTMLElement];
    expect(bkpsdm[1]).toHaveFocus();
    expect(bkpsdm[1]).toHaveTextContent("−1,2");
    expect(bkpsdm[1].tabIndex).toBe(0);
    expect(hidden.tabIndex).toBe(-1);
    await userEvent.keyboard("{ArrowLeft}");
    expect(bkpsdm[0]).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}");
    expect(integritas).toHaveFocus();
    await userEvent.keyboard("{ArrowUp}");
    expect(integritas).toHaveFocus();

    await userEvent.keyboard("{ArrowDown}{Enter}");
    const people = await screen.findByTestId("gap-people");
    expect(api.callsTo("GET", "/api/dashboards/gaps").some((call) => call.search.get("unitId") === "u-bkpsdm")).toBe(true);
    expect(within(people).getByRole("heading", { name: "Pegawai BKPSDM" })).toBeInTheDocument();
    const row = within(within(people).getByRole("table")).getByRole("row", { name: /Eka Putri/ });
    expect(within(row).getByRole("link", { name: "Eka Putri" })).toHaveAttribute("href", "/pegawai/s-eka");
    expect(row).toHaveTextContent("Analis SDM+1−2");
    expect(within(people).getByRole("link", { name: "Unduh CSV" })).toHaveAttribute("href", "/api/dashboards/gaps.csv?unitId=u-bkpsdm");
    expect(bkpsdm[0]).toHaveFocus();
  });

  it("shows a unit head their row without opening people", async () => {
    const own = { ...gaps, units: [gaps.units[0]!] };
    const api = stubApi({ ...signedInAs(supervisor), "GET /api/dashboards/gaps": { body: own } });
    renderApp("/admin/dasbor/kesenjangan");
    const map = await screen.findByRole("table", { name: /Rata-rata kesenjangan/ });
    const cell = within(map).getAllByRole("cell")[0]!;
    cell.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.click(cell);
    expect(screen.queryByTestId("gap-people")).not.toBeInTheDocument();
    expect(api.callsTo("GET", "/api/dashboards/gaps").every((call) => !call.search.has("unitId"))).toBe(true);
  });

  it("colours every cell so that its text reads at 4.5:1 or more", () => {
    for (const [tone, colours] of Object.entries(GAP_TONES)) {
      expect(contrastRatio(colours.background, colours.color), tone).toBeGreaterThanOrEqual(4.5);
    }
    expect([-1.2, -0.83, -0.2, 0.04, 0.3, 0.5, 1.5].map((gap) => gapTone(gap, false))).toEqual(["neg3", "neg2", "neg1", "zero", "pos1", "pos2", "pos3"]);
    expect(gapTone(null, true)).toBe("hidden");
  });
});

describe("dashboards in the menu", () => {
  it("offers admins the city dashboard and the heat map under Laporan", async () => {
    stubApi(signedInAs(admin));
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    await userEvent.click(menu.getByRole("button", { name: "Laporan" }));
    expect(menu.getByRole("link", { name: "Dasbor kota" })).toHaveAttribute("href", "/admin/dasbor");
    expect(menu.getByRole("link", { name: "Peta kesenjangan" })).toHaveAttribute("href", "/admin/dasbor/kesenjangan");
    expect(menu.queryByRole("link", { name: "Dasbor unit" })).not.toBeInTheDocument();
  });

  it("offers supervisors their unit's dashboard, and nobody else", async () => {
    stubApi(signedInAs(supervisor));
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    expect(menu.getByRole("link", { name: "Dasbor unit" })).toHaveAttribute("href", `/dasbor/unit/${supervisor.unitId}`);
  });
});
