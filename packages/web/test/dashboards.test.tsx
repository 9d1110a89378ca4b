import { screen, within } from "@solidjs/testing-library";
import { describe, expect, it } from "vitest";
import type { MyDashboard, TeamDashboard, TeamMember } from "../src/types";
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
