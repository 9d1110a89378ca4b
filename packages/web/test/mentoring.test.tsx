import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { MentorProfile, MentorSuggestion, Mentorship } from "../src/types";
import { admin, competencyDictionary, staff, summary, supervisor } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const mentor = { ...admin, id: "s-mentor", name: "I Gusti Ayu Ratna", unitName: "BKPSDM" };

const suggestions: MentorSuggestion[] = [
  {
    mentorId: mentor.id,
    name: mentor.name,
    unitName: "BKPSDM",
    position: "Analis SDM Aparatur",
    competencyId: "orientasi_hasil",
    level: 4,
    score: 82,
    reasons: ["Kompetensi Orientasi pada Hasil level 4, gap Anda -2", "1 dari 2 kursi terisi"],
  },
  {
    mentorId: "s-other",
    name: "Lalu Wirawan",
    unitName: "Dinas Kesehatan",
    position: "Perencana Ahli Muda",
    competencyId: "orientasi_hasil",
    level: 3,
    score: 61,
    reasons: ["Kompetensi Orientasi pada Hasil level 3, gap Anda -2"],
  },
];

function relation(overrides: Partial<Mentorship> = {}): Mentorship {
  return {
    id: "m-1",
    kind: "mentoring",
    status: "requested",
    mentee: { id: staff.id, name: staff.name, unitName: staff.unitName },
    mentor: { id: mentor.id, name: mentor.name, unitName: mentor.unitName },
    competencyIds: ["orientasi_hasil"],
    goals: [{ id: "g-1", competencyId: "orientasi_hasil", text: "Menyusun indikator kinerja unit" }],
    weeks: 8,
    message: "Mohon bimbingannya.",
    reason: null,
    requestedAt: "2027-02-01T02:00:00.000Z",
    answerBy: "2027-02-15T02:00:00.000Z",
    startedAt: null,
    endsAt: null,
    endedAt: null,
    lastSessionAt: null,
    creditedJp: null,
    planItem: null,
    can: [],
    ...overrides,
  };
}

const emptyPage = { body: { items: [], cursor: null } };
const askName = `Ajukan permintaan ke ${mentor.name}`;

describe("mentoring", () => {
  it("is in the navigation for every signed-in person", async () => {
    stubApi(signedInAs(staff));
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    expect(menu.getByRole("link", { name: "Mentoring" })).toHaveAttribute("href", "/mentoring");
  });

  it("finds a mentor by the score's reasons, filters by unit, and sends a request", async () => {
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentors": (call) => ({
        body: { items: call.search.get("competencyId") === "integritas" ? [] : suggestions },
      }),
      "GET /api/mentorships": emptyPage,
      "POST /api/mentorships": (call) => ({ status: 201, body: relation({ weeks: call.json.weeks }) }),
    });
    renderApp("/mentoring");

    expect(await screen.findByRole("heading", { level: 1, name: "Mentoring" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Saran mentor" });
    expect(within(list).getByText("Kompetensi Orientasi pada Hasil level 4, gap Anda -2")).toBeInTheDocument();
    expect(within(list).getByText("1 dari 2 kursi terisi")).toBeInTheDocument();
    expect(within(list).getByText("Skor 82")).toBeInTheDocument();
    expect(await screen.findByText("Anda belum punya hubungan mentoring sebagai mentee.")).toBeInTheDocument();

    // The unit filter works on the list at hand; the competency filter asks the API again.
    await userEvent.selectOptions(screen.getByLabelText("Unit kerja mentor"), "Dinas Kesehatan");
    expect(screen.queryByRole("heading", { name: mentor.name })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Lalu Wirawan" })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText("Unit kerja mentor"), "");
    await userEvent.selectOptions(screen.getByLabelText("Kompetensi"), "integritas");
    expect(await screen.findByTestId("no-mentors")).toBeInTheDocument();
    expect(api.callsTo("GET", "/api/mentors").at(-1)?.search.get("competencyId")).toBe("integritas");
    await userEvent.selectOptions(screen.getByLabelText("Kompetensi"), "orientasi_hasil");

    await userEvent.click(await screen.findByRole("button", { name: askName }));
    const form = screen.getByRole("region", { name: `Permintaan mentoring kepada ${mentor.name}` });
    await waitFor(() => expect(within(form).getByRole("heading", { name: `Permintaan mentoring kepada ${mentor.name}` })).toHaveFocus());
    // The suggestion's competency is ticked already.
    expect(within(form).getByRole("checkbox", { name: "Orientasi pada Hasil" })).toBeChecked();

    // Refused in the browser, field by field, before anything is sent.
    const weeks = within(form).getByLabelText("Lama (minggu)");
    await userEvent.clear(weeks);
    await userEvent.type(weeks, "30");
    await userEvent.click(within(form).getByRole("button", { name: "Kirim permintaan" }));
    expect(await within(form).findByText("Antara 4 dan 24 minggu.", { selector: ".field-error" })).toBeInTheDocument();
    expect(within(form).getByText("Tujuan paling sedikit 3 karakter.", { selector: ".field-error" })).toBeInTheDocument();
    expect(weeks).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST", "/api/mentorships")).toHaveLength(0);

    await userEvent.clear(weeks);
    await userEvent.type(weeks, "8");
    await userEvent.type(within(form).getByLabelText("Tujuan 1"), "Menyusun indikator kinerja unit");
    await userEvent.type(within(form).getByLabelText("Pesan untuk mentor"), "Mohon bimbingannya.");
    await userEvent.click(within(form).getByRole("button", { name: "Kirim permintaan" }));

    expect(await within(form).findByRole("status")).toHaveTextContent("Permintaan terkirim.");
    expect(within(form).getByRole("link", { name: "Lihat hubungan mentoring" })).toHaveAttribute("href", "/mentoring/m-1");
    expect(api.callsTo("POST", "/api/mentorships")[0]?.json).toEqual({
      kind: "mentoring",
      mentorId: mentor.id,
      competencyIds: ["orientasi_hasil"],
      goals: [{ competencyId: "orientasi_hasil", text: "Menyusun indikator kinerja unit" }],
      weeks: 8,
      message: "Mohon bimbingannya.",
    });
  });

  it("explains a refused request by its code", async () => {
    stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentors": { body: { items: suggestions } },
      "GET /api/mentorships": emptyPage,
      "POST /api/mentorships": apiError(409, "request_limit", "Too many open requests"),
    });
    renderApp("/mentoring");
    await userEvent.click(await screen.findByRole("button", { name: askName }));
    await userEvent.type(screen.getByLabelText("Tujuan 1"), "Menyusun indikator kinerja unit");
    await userEvent.click(screen.getByRole("button", { name: "Kirim permintaan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Paling banyak 3 permintaan terbuka sekaligus");
  });

  it("lists one's mentorships as mentor, and the mentor accepts a request on its page", async () => {
    let current = relation();
    const api = stubApi({
      ...signedInAs(mentor),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentors": { body: { items: [] } },
      "GET /api/mentorships": (call) => ({
        body: call.search.get("as") === "mentor" ? { items: [current], cursor: "next-page" } : { items: [], cursor: null },
      }),
      "GET /api/mentorships/m-1": () => ({ body: current }),
      "POST /api/mentorships/m-1/accept": () => {
        current = relation({ status: "active", answerBy: null, startedAt: "2027-02-02T02:00:00.000Z", endsAt: "2027-03-30T02:00:00.000Z" });
        return { body: current };
      },
    });
    const { history } = renderApp("/mentoring");
    const table = await screen.findByTestId("mentorships-mentor-table");
    expect(within(table).getByText("Menunggu jawaban")).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Sebagai mentor" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Berikutnya" }));
    await waitFor(() => expect(api.callsTo("GET", "/api/mentorships").at(-1)?.search.get("cursor")).toBe("next-page"));

    await userEvent.click(within(table).getByRole("link", { name: staff.name }));
    await waitFor(() => expect(history.get()).toBe("/mentoring/m-1"));
    expect(await screen.findByRole("heading", { level: 1, name: `${mentor.name} dan ${staff.name}` })).toBeInTheDocument();
    expect(screen.getByText("Menyusun indikator kinerja unit")).toBeInTheDocument();
    // Sessions and feedback have their place, with nothing made up in it.
    expect(within(screen.getByTestId("mentorship-sessions")).queryAllByRole("listitem")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: "Tarik permintaan" })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Terima" }));
    expect(await screen.findByText("Permintaan diterima. Mentoring berjalan.")).toBeInTheDocument();
    expect(await screen.findByText("Berjalan")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/accept")).toHaveLength(1);
    expect(await screen.findByRole("button", { name: "Tandai selesai" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Terima" })).not.toBeInTheDocument();
  });

  it("declines only with a reason, through the confirmation", async () => {
    let current = relation();
    const api = stubApi({
      ...signedInAs(mentor),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": () => ({ body: current }),
      "POST /api/mentorships/m-1/decline": (call) => {
        current = relation({ status: "declined", reason: call.json.reason, answerBy: null });
        return { body: current };
      },
    });
    renderApp("/mentoring/m-1");
    const trigger = await screen.findByRole("button", { name: "Tolak" });
    await userEvent.click(trigger);
    const dialog = screen.getByRole("alertdialog", { name: "Tolak permintaan?" });
    expect(within(dialog).getByRole("button", { name: "Batal" })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, tolak" }));
    expect(within(dialog).getByText("Tulis alasan paling sedikit 3 karakter.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/decline")).toHaveLength(0);

    await userEvent.type(within(dialog).getByLabelText("Alasan"), "Kursi saya penuh sampai Juni.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, tolak" }));
    expect(await screen.findByText("Permintaan ditolak.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/decline")[0]?.json).toEqual({ reason: "Kursi saya penuh sampai Juni." });
    expect(await screen.findByText("Kursi saya penuh sampai Juni.")).toBeInTheDocument();
  });

  it("checks the mentor profile form and saves it", async () => {
    const profile: MentorProfile = {
      staffId: staff.id,
      offered: false,
      available: false,
      capacity: 2,
      taken: 0,
      competencies: [],
      bio: "",
      modes: [],
      updatedAt: null,
      rating: null,
    };
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentors/me": { body: profile },
      "PUT /api/mentors/me": (call) =>
        call.json.competencies.some((c: { level: number }) => c.level === 5)
          ? apiError(422, "invalid_mentor_level", "Above the assessed level")
          : { body: { ...profile, ...call.json, offered: true } },
    });
    renderApp("/mentoring/profil");
    const capacity = await screen.findByLabelText("Kapasitas (mentee sekaligus)");
    await userEvent.clear(capacity);
    await userEvent.type(capacity, "7");
    await userEvent.click(screen.getByRole("button", { name: "Simpan profil mentor" }));
    expect(await screen.findByText("Kapasitas antara 1 dan 5.", { selector: ".field-error" })).toBeInTheDocument();
    expect(screen.getByText("Pilih paling sedikit satu cara bertemu.", { selector: ".field-error" })).toBeInTheDocument();
    expect(capacity).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("PUT", "/api/mentors/me")).toHaveLength(0);

    await userEvent.clear(capacity);
    await userEvent.type(capacity, "3");
    await userEvent.click(screen.getByLabelText("Menerima mentee baru"));
    await userEvent.click(screen.getByLabelText("Daring"));
    await userEvent.selectOptions(screen.getByLabelText("Orientasi pada Hasil"), "5");
    await userEvent.click(screen.getByRole("button", { name: "Simpan profil mentor" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Level mentor tidak boleh di atas level kompetensi Anda");

    await userEvent.selectOptions(screen.getByLabelText("Orientasi pada Hasil"), "4");
    await userEvent.type(screen.getByLabelText("Bio singkat"), "Sepuluh tahun menyusun perencanaan kinerja.");
    await userEvent.click(screen.getByRole("button", { name: "Simpan profil mentor" }));
    expect(await screen.findByText("Profil mentor disimpan.")).toBeInTheDocument();
    expect(api.callsTo("PUT", "/api/mentors/me").at(-1)?.json).toEqual({
      available: true,
      capacity: 3,
      competencies: [{ competencyId: "orientasi_hasil", level: 4 }],
      bio: "Sepuluh tahun menyusun perencanaan kinerja.",
      modes: ["daring"],
    });
  });

  it("lets a supervisor start coaching a team member from Tim saya", async () => {
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      "GET /api/competencies": { body: competencyDictionary },
      "POST /api/mentorships": (call) => ({
        status: 201,
        body: relation({
          id: "m-coach",
          kind: "coaching",
          status: "active",
          mentor: { id: supervisor.id, name: supervisor.name, unitName: supervisor.unitName },
          competencyIds: call.json.competencyIds,
        }),
      }),
    });
    renderApp("/tim");
    const card = await screen.findByRole("region", { name: "Mulai coaching" });
    await userEvent.selectOptions(within(card).getByLabelText("Anggota tim"), staff.id);
    await userEvent.click(await within(card).findByRole("checkbox", { name: "Integritas" }));
    await userEvent.type(within(card).getByLabelText("Tujuan 1"), "Menerapkan kode etik dalam pelayanan");
    await userEvent.click(within(card).getByRole("button", { name: "Mulai coaching" }));
    expect(await within(card).findByRole("status")).toHaveTextContent("Coaching dimulai.");
    expect(within(card).getByRole("link", { name: "Lihat hubungan mentoring" })).toHaveAttribute("href", "/mentoring/m-coach");
    expect(api.callsTo("POST", "/api/mentorships")[0]?.json).toEqual({
      kind: "coaching",
      menteeId: staff.id,
      competencyIds: ["integritas"],
      goals: [{ competencyId: "integritas", text: "Menerapkan kode etik dalam pelayanan" }],
      weeks: 12,
      message: "",
    });
  });
});
