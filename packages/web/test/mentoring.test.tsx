import { fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setLang } from "../src/i18n";
import { notificationText } from "../src/notificationText";
import type { MentoringOverview, MentorProfile, MentorSuggestion, Mentorship, MentorshipFeedback, MentorshipSession, MentorshipSessionList } from "../src/types";
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
const noSessions: MentorshipSessionList = { items: [], confirmedMinutes: 0, jp: 0, pendingMinutes: 0, creditedJp: null };
const askName = `Ajukan permintaan ke ${mentor.name}`;

const active = (overrides: Partial<Mentorship> = {}) =>
  relation({
    status: "active",
    answerBy: null,
    startedAt: "2026-11-01T02:00:00.000Z",
    endsAt: "2026-12-27T02:00:00.000Z",
    can: ["complete", "cancel"],
    ...overrides,
  });

function session(overrides: Partial<MentorshipSession> = {}): MentorshipSession {
  return {
    id: "ses-1",
    date: "2026-11-20T01:00:00.000Z",
    minutes: 90,
    mode: "tatap_muka",
    notes: "Membahas indikator kinerja.",
    loggedBy: { id: mentor.id, name: mentor.name },
    status: "pending",
    autoConfirmed: false,
    answerBy: "2026-12-04T02:30:00.000Z",
    disputeReason: null,
    actions: [],
    createdAt: "2026-11-20T03:00:00.000Z",
    can: [],
    ...overrides,
  };
}

const sessionsOf = (items: MentorshipSession[], overrides: Partial<MentorshipSessionList> = {}): MentorshipSessionList => ({
  items,
  confirmedMinutes: 0,
  jp: 0,
  pendingMinutes: 0,
  creditedJp: null,
  ...overrides,
});


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
    let current = relation({ can: ["accept", "decline"] });
    const api = stubApi({
      ...signedInAs(mentor),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentors": { body: { items: [] } },
      "GET /api/mentorships": (call) => ({
        body: call.search.get("as") === "mentor" ? { items: [current], cursor: "next-page" } : { items: [], cursor: null },
      }),
      "GET /api/mentorships/m-1": () => ({ body: current }),
      "POST /api/mentorships/m-1/accept": () => {
        current = relation({
          status: "active",
          answerBy: null,
          startedAt: "2027-02-02T02:00:00.000Z",
          endsAt: "2027-03-30T02:00:00.000Z",
          can: ["complete", "cancel"],
        });
        return { body: current };
      },
      "GET /api/mentorships/m-1/sessions": { body: noSessions },
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
    // A request has no sessions yet, and feedback comes after completion.
    expect(screen.queryByTestId("mentorship-sessions")).not.toBeInTheDocument();
    expect(screen.queryByTestId("mentorship-feedback")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tarik permintaan" })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Terima" }));
    expect(await screen.findByText("Permintaan diterima. Mentoring berjalan.")).toBeInTheDocument();
    expect(await screen.findByText("Berjalan")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/accept")).toHaveLength(1);
    expect(await screen.findByRole("button", { name: "Tandai selesai" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Terima" })).not.toBeInTheDocument();
  });

  it("declines only with a reason, through the confirmation", async () => {
    let current = relation({ can: ["accept", "decline"] });
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
      name: staff.name,
      unitName: staff.unitName,
      position: "Analis Kebijakan",
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
  it("logs a session with an action, refused in the browser first; the mentor sees the mentee's actions read-only", async () => {
    let list = sessionsOf([
      session({
        id: "ses-0",
        loggedBy: { id: staff.id, name: staff.name },
        status: "confirmed",
        answerBy: null,
        actions: [{ id: "a-0", text: "Membaca Perwali kinerja", dueDate: "2026-11-30", doneAt: null }],
      }),
    ], { confirmedMinutes: 90, jp: 2 });
    const api = stubApi({
      ...signedInAs(mentor),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": { body: active() },
      "GET /api/mentorships/m-1/sessions": () => ({ body: list }),
      "POST /api/mentorships/m-1/sessions": (call) => {
        const logged = session({ id: "ses-2", date: call.json.date, minutes: call.json.minutes, actions: [{ id: "a-1", ...call.json.actions[0], doneAt: null }] });
        list = { ...list, items: [...list.items, logged], pendingMinutes: call.json.minutes };
        return { status: 201, body: logged };
      },
    });
    renderApp("/mentoring/m-1");
    const card = await screen.findByRole("region", { name: "Sesi" });
    expect(await within(card).findByText("90 menit", { selector: ".session-totals dd" })).toBeInTheDocument();
    expect(within(card).getByText("2 JP")).toBeInTheDocument();
    // The mentor reads the mentee's actions; only the mentee ticks them.
    expect(within(card).getByText(/Membaca Perwali kinerja/)).toBeInTheDocument();
    expect(within(card).queryByRole("checkbox")).not.toBeInTheDocument();
    // A session one logged oneself is not one's to confirm.
    expect(within(card).queryByRole("button", { name: /^Konfirmasi sesi/ })).not.toBeInTheDocument();
    expect(within(card).getByRole("link", { name: "Unduh kalender (.ics)" })).toHaveAttribute("href", "/api/mentorships/m-1/sessions.ics");
    expect(within(card).getByRole("link", { name: "Unduh kalender (.ics)" })).toHaveAttribute("download");

    const minutes = within(card).getByLabelText("Lama (menit)");
    await userEvent.clear(minutes);
    await userEvent.type(minutes, "10");
    await userEvent.click(within(card).getByRole("button", { name: "Tambah tindak lanjut" }));
    await waitFor(() => expect(within(card).getByLabelText("Tindak lanjut 1")).toHaveFocus());
    await userEvent.click(within(card).getByRole("button", { name: "Catat sesi" }));
    expect(await within(card).findByText("Isi tanggal dan jam sesi.", { selector: ".field-error" })).toBeInTheDocument();
    expect(within(card).getByText("Antara 15 dan 480 menit.", { selector: ".field-error" })).toBeInTheDocument();
    expect(within(card).getByText("Tindak lanjut paling sedikit 3 karakter.", { selector: ".field-error" })).toBeInTheDocument();
    expect(minutes).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("POST", "/api/mentorships/m-1/sessions")).toHaveLength(0);

    // A second row, then removed again: only the first is sent.
    await userEvent.click(within(card).getByRole("button", { name: "Tambah tindak lanjut" }));
    await userEvent.click(within(card).getByRole("button", { name: "Hapus tindak lanjut 2" }));
    expect(within(card).queryByLabelText("Tindak lanjut 2")).not.toBeInTheDocument();

    fireEvent.input(within(card).getByLabelText("Tanggal dan jam (WITA)"), { target: { value: "2026-11-27T09:00" } });
    await userEvent.clear(minutes);
    await userEvent.type(minutes, "60");
    await userEvent.selectOptions(within(card).getByLabelText("Cara bertemu"), "daring");
    await userEvent.type(within(card).getByLabelText("Catatan"), "Menyusun draf indikator.");
    await userEvent.type(within(card).getByLabelText("Tindak lanjut 1"), "Kirim draf indikator ke mentor");
    fireEvent.input(within(card).getByLabelText("Tenggat tindak lanjut 1"), { target: { value: "2026-12-04" } });
    await userEvent.click(within(card).getByRole("button", { name: "Catat sesi" }));

    expect(await within(card).findByText("Sesi dicatat. Pihak lain diminta mengonfirmasinya.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/sessions")[0]?.json).toEqual({
      date: "2026-11-27T01:00:00.000Z",
      minutes: 60,
      mode: "daring",
      notes: "Menyusun draf indikator.",
      actions: [{ text: "Kirim draf indikator ke mentor", dueDate: "2026-12-04" }],
    });
    expect(await within(card).findByText(/Kirim draf indikator ke mentor/)).toBeInTheDocument();
    expect(within(card).getAllByText("Menunggu konfirmasi").length).toBeGreaterThan(0);
    // The form starts over.
    expect(within(card).queryByLabelText("Tindak lanjut 1")).not.toBeInTheDocument();
  });

  it("lets the party who did not log a session confirm it or dispute it with a reason", async () => {
    let list = sessionsOf(
      [
        session({ id: "ses-1", can: ["confirm", "dispute"] }),
        session({ id: "ses-2", date: "2026-11-25T01:00:00.000Z", minutes: 60, can: ["confirm", "dispute"] }),
        session({ id: "ses-3", date: "2026-10-20T01:00:00.000Z", status: "confirmed", autoConfirmed: true, answerBy: null }),
        session({ id: "ses-4", date: "2026-10-10T01:00:00.000Z", status: "disputed", answerBy: null, disputeReason: "Sesi batal karena rapat." }),
      ],
      { confirmedMinutes: 90, jp: 2, pendingMinutes: 150 },
    );
    const answered = (id: string, change: Partial<MentorshipSession>) => {
      list = { ...list, items: list.items.map((item) => (item.id === id ? { ...item, can: [], ...change } : item)) };
      return { body: list.items.find((item) => item.id === id) };
    };
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": { body: active() },
      "GET /api/mentorships/m-1/sessions": () => ({ body: list }),
      "POST /api/mentorships/m-1/sessions/ses-1/confirm": () => answered("ses-1", { status: "confirmed", answerBy: null }),
      "POST /api/mentorships/m-1/sessions/ses-2/dispute": (call) =>
        answered("ses-2", { status: "disputed", answerBy: null, disputeReason: call.json.reason }),
    });
    renderApp("/mentoring/m-1");
    const card = await screen.findByRole("region", { name: "Sesi" });
    const first = await within(card).findByTestId("session-ses-1");
    expect(within(first).getByText("Menunggu konfirmasi")).toBeInTheDocument();
    expect(within(first).getByText("04 Des 2026")).toBeInTheDocument();
    expect(within(first).getByText(mentor.name)).toBeInTheDocument();
    expect(within(within(card).getByTestId("session-ses-3")).getByText("Terkonfirmasi otomatis")).toBeInTheDocument();
    expect(within(within(card).getByTestId("session-ses-4")).getByText("Sesi batal karena rapat.")).toBeInTheDocument();
    expect(within(within(card).getByTestId("session-ses-4")).queryByRole("button")).not.toBeInTheDocument();
    expect(within(card).getByText("150 menit")).toBeInTheDocument();

    await userEvent.click(within(first).getByRole("button", { name: "Konfirmasi sesi 20 Nov 2026 09:00 WITA" }));
    expect(await within(card).findByText("Sesi dikonfirmasi.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/sessions/ses-1/confirm")).toHaveLength(1);
    await waitFor(() => expect(within(within(card).getByTestId("session-ses-1")).getByText("Terkonfirmasi")).toBeInTheDocument());

    const trigger = within(within(card).getByTestId("session-ses-2")).getByRole("button", { name: "Sanggah sesi 25 Nov 2026 09:00 WITA" });
    await userEvent.click(trigger);
    const dialog = screen.getByRole("alertdialog", { name: "Sanggah sesi?" });
    await waitFor(() => expect(within(dialog).getByRole("button", { name: "Batal" })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, sanggah" }));
    expect(within(dialog).getByText("Tulis alasan paling sedikit 3 karakter.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/sessions/ses-2/dispute")).toHaveLength(0);
    await userEvent.type(within(dialog).getByLabelText("Alasan"), "Saya tidak hadir pada sesi itu.");
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, sanggah" }));
    expect(await within(card).findByText("Sesi disanggah. Sesi itu tidak dihitung sebagai jam pelajaran.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/sessions/ses-2/dispute")[0]?.json).toEqual({ reason: "Saya tidak hadir pada sesi itu." });
    expect(await within(card).findByText("Saya tidak hadir pada sesi itu.")).toBeInTheDocument();
  });

  it("lets the party who logged a waiting session take it back, after asking", async () => {
    let list = sessionsOf([session({ id: "ses-7", loggedBy: { id: staff.id, name: staff.name }, can: ["withdraw"] })], { pendingMinutes: 90 });
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": { body: active() },
      "GET /api/mentorships/m-1/sessions": () => ({ body: list }),
      "DELETE /api/mentorships/m-1/sessions/ses-7": () => {
        list = sessionsOf([]);
        return { status: 204 };
      },
    });
    renderApp("/mentoring/m-1");
    const card = await screen.findByRole("region", { name: "Sesi" });
    await userEvent.click(await within(card).findByRole("button", { name: "Tarik sesi 20 Nov 2026 09:00 WITA" }));
    const dialog = screen.getByRole("alertdialog", { name: "Tarik sesi ini?" });
    expect(api.callsTo("DELETE", "/api/mentorships/m-1/sessions/ses-7")).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, tarik sesi" }));
    expect(await within(card).findByText("Sesi ditarik.")).toBeInTheDocument();
    expect(api.callsTo("DELETE", "/api/mentorships/m-1/sessions/ses-7")).toHaveLength(1);
    await waitFor(() => expect(within(card).queryByTestId("session-ses-7")).not.toBeInTheDocument());
  });

  it("lets the mentee tick an action done", async () => {
    let list = sessionsOf([
      session({
        status: "confirmed",
        answerBy: null,
        actions: [{ id: "a-1", text: "Kirim draf indikator ke mentor", dueDate: "2026-12-04", doneAt: null }],
        can: ["tick"],
      }),
    ]);
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": { body: active() },
      "GET /api/mentorships/m-1/sessions": () => ({ body: list }),
      "PUT /api/mentorships/m-1/sessions/ses-1/actions/a-1": (call) => {
        const item = list.items[0]!;
        const changed = { ...item, actions: [{ ...item.actions[0]!, doneAt: call.json.done ? "2026-12-01T02:00:00.000Z" : null }] };
        list = { ...list, items: [changed] };
        return { body: changed };
      },
    });
    renderApp("/mentoring/m-1");
    const box = await screen.findByRole("checkbox", { name: "Kirim draf indikator ke mentor (tenggat 04 Des 2026)" });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    await waitFor(() => expect(api.callsTo("PUT", "/api/mentorships/m-1/sessions/ses-1/actions/a-1")).toHaveLength(1));
    expect(api.callsTo("PUT", "/api/mentorships/m-1/sessions/ses-1/actions/a-1")[0]?.json).toEqual({ done: true });
    await waitFor(() => expect(screen.getByRole("checkbox", { name: /Kirim draf indikator/ })).toBeChecked());
  });

  it("names the JP the completion credits, and leaves pending minutes out", async () => {
    let current = active();
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": () => ({ body: current }),
      "GET /api/mentorships/m-1/sessions": () => ({
        body: sessionsOf([session({ status: "confirmed", answerBy: null }), session({ id: "ses-2", minutes: 30 })], {
          confirmedMinutes: 90,
          jp: 2,
          pendingMinutes: 30,
          creditedJp: current.creditedJp,
        }),
      }),
      "GET /api/mentorships/m-1/feedback": { body: { entries: [], given: [], revealsAt: "2027-01-01T02:00:00.000Z", canGive: true } },
      "POST /api/mentorships/m-1/complete": () => {
        current = active({ status: "completed", endedAt: "2026-12-02T02:00:00.000Z", creditedJp: 2, can: [] });
        return { body: current };
      },
    });
    renderApp("/mentoring/m-1");
    await screen.findByTestId("session-ses-2");
    await userEvent.click(await screen.findByRole("button", { name: "Tandai selesai" }));
    const dialog = screen.getByRole("alertdialog", { name: "Tandai selesai?" });
    expect(within(dialog).getByText(`Sesi terkonfirmasi: 90 menit, dicatat sebagai 2 JP untuk ${staff.name} (1 JP per 45 menit).`)).toBeInTheDocument();
    expect(within(dialog).getByText("30 menit sesi masih menunggu konfirmasi: relasi dapat diselesaikan setelah sesi itu dikonfirmasi atau disanggah, atau 14 hari setelah berlangsung.")).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, selesaikan dan catat 2 JP" }));
    expect(await screen.findByText("Hubungan ditandai selesai.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/complete")).toHaveLength(1);
    // Completed: the credited JP, feedback, and no more logging.
    expect(await screen.findByRole("region", { name: "Umpan balik" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Catat sesi" })).not.toBeInTheDocument();
  });

  it("keeps the other side's feedback hidden until both answered, then shows it", async () => {
    const completed = active({ status: "completed", endedAt: "2026-11-30T02:00:00.000Z", creditedJp: 2, can: [] });
    let feedback: MentorshipFeedback = { entries: [], given: ["mentor"], revealsAt: "2026-12-14T02:00:00.000Z", canGive: true };
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": { body: completed },
      "GET /api/mentorships/m-1/sessions": { body: sessionsOf([], { confirmedMinutes: 90, jp: 2, creditedJp: 2 }) },
      "GET /api/mentorships/m-1/feedback": () => ({ body: feedback }),
      "POST /api/mentorships/m-1/feedback": (call) => {
        feedback = {
          entries: [
            { from: "mentee", rating: call.json.rating, comment: call.json.comment, createdAt: "2026-12-02T02:00:00.000Z" },
            { from: "mentor", rating: 5, comment: "Mentee yang tekun.", createdAt: "2026-12-01T02:00:00.000Z" },
          ],
          given: ["mentee", "mentor"],
          revealsAt: null,
          canGive: false,
        };
        return { status: 201, body: feedback };
      },
    });
    renderApp("/mentoring/m-1");
    const card = await screen.findByRole("region", { name: "Umpan balik" });
    expect(await within(card).findByTestId("feedback-hidden")).toHaveTextContent(
      `Umpan balik ${mentor.name} tampil setelah kedua pihak menjawab, atau pada 14 Des 2026.`,
    );
    expect(within(card).queryByText("Mentee yang tekun.")).not.toBeInTheDocument();

    await userEvent.click(within(card).getByRole("button", { name: "Kirim umpan balik" }));
    expect(await within(card).findByText("Pilih penilaian 1 sampai 5.", { selector: ".field-error" })).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/feedback")).toHaveLength(0);

    // The rating is a radio group the keyboard moves through.
    const group = within(card).getByRole("radiogroup", { name: /Penilaian/ });
    await userEvent.click(within(group).getByRole("radio", { name: "3 dari 5" }));
    await userEvent.keyboard("{ArrowRight}");
    expect(within(group).getByRole("radio", { name: "4 dari 5" })).toBeChecked();
    await userEvent.type(within(card).getByLabelText("Komentar"), "Sangat membantu.");
    await userEvent.click(within(card).getByRole("button", { name: "Kirim umpan balik" }));
    expect(await within(card).findByText("Mentee yang tekun.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/mentorships/m-1/feedback")[0]?.json).toEqual({ rating: 4, comment: "Sangat membantu." });
    expect(within(card).getByRole("heading", { name: "Umpan balik Anda" })).toBeInTheDocument();
    expect(within(card).getByText("Penilaian 4 dari 5")).toBeInTheDocument();
    expect(within(card).getByRole("heading", { name: `Umpan balik ${mentor.name}` })).toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "Kirim umpan balik" })).not.toBeInTheDocument();
  });

  it("lets the mentee link a mentoring item of their development plan", async () => {
    let current = relation({ can: ["withdraw"] });
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": () => ({ body: current }),
      "GET /api/evaluations/mine": {
        body: {
          items: [
            {
              id: `2026-Q4~${staff.id}`,
              cycleId: "2026-Q4",
              staffId: staff.id,
              staffName: staff.name,
              unitName: staff.unitName,
              supervisorId: supervisor.id,
              status: "finalized",
              finalRating: "baik",
              peerIds: [],
              progress: { self: "submitted", supervisor: "submitted", peersSubmitted: 2, peersTotal: 2 },
              planStatus: "approved",
            },
          ],
        },
      },
      [`GET /api/evaluations/2026-Q4~${staff.id}/plan`]: {
        body: {
          evaluationId: `2026-Q4~${staff.id}`,
          status: "approved",
          items: [
            { id: "p-1", competencyId: "orientasi_hasil", action: "mentorship", description: "Belajar menyusun IKU", targetDate: "2027-03-31", status: "planned" },
            { id: "p-2", competencyId: "orientasi_hasil", action: "course", courseId: "c-1", description: "Pelatihan", targetDate: "2027-03-31", status: "planned" },
            { id: "p-3", competencyId: "integritas", action: "mentorship", description: "Lain", targetDate: "2027-03-31", status: "planned" },
          ],
          gaps: [],
          previous: null,
        },
      },
      "PUT /api/mentorships/m-1/plan-item": (call) => {
        current = relation({ can: ["withdraw"], planItem: call.json });
        return { body: current };
      },
    });
    renderApp("/mentoring/m-1");
    const select = await screen.findByLabelText("Butir rencana");
    // Only the mentoring items of the relation's competencies.
    expect(within(select).getAllByRole("option").map((o) => o.textContent)).toEqual([
      "Pilih butir rencana",
      "Orientasi pada Hasil: Belajar menyusun IKU (Kuartal 4 2026, 31 Mar 2027)",
    ]);
    await userEvent.selectOptions(select, `2026-Q4~${staff.id}|p-1`);
    await userEvent.click(screen.getByRole("button", { name: "Tautkan ke rencana" }));
    expect(await screen.findByText("Butir rencana ditautkan.")).toBeInTheDocument();
    expect(api.callsTo("PUT", "/api/mentorships/m-1/plan-item")[0]?.json).toEqual({ evaluationId: `2026-Q4~${staff.id}`, itemId: "p-1" });
    expect(await screen.findByRole("link", { name: "rencana Kuartal 4 2026" })).toHaveAttribute("href", `/evaluasi/${encodeURIComponent(`2026-Q4~${staff.id}`)}/rencana`);
  });

  it("gives admins a mentoring overview, with the rating on a mentor's profile", async () => {
    const overview: MentoringOverview = {
      asOf: "2026-12-02T02:00:00.000Z",
      byUnit: [
        { unitName: "BKPSDM", mentoring: 3, coaching: 1 },
        { unitName: "Dinas Kesehatan", mentoring: 1, coaching: 0 },
      ],
      mentorsAtCapacity: [{ staffId: mentor.id, name: mentor.name, unitName: "BKPSDM", capacity: 2, taken: 2 }],
      quiet: [
        { id: "m-9", kind: "coaching", mentorName: "Lalu Wirawan", menteeName: staff.name, menteeUnitName: staff.unitName, lastSessionAt: null, quietDays: 41 },
      ],
      requested: 5,
    };
    const profile: MentorProfile = {
      staffId: mentor.id,
      name: mentor.name,
      unitName: "BKPSDM",
      position: "Perencana Ahli Madya",
      offered: true,
      available: true,
      capacity: 2,
      taken: 2,
      competencies: [{ competencyId: "orientasi_hasil", level: 4 }],
      bio: "Sepuluh tahun menyusun perencanaan kinerja.",
      modes: ["tatap_muka", "daring"],
      updatedAt: null,
      rating: { average: 4.3, count: 7 },
    };
    stubApi({
      ...signedInAs(admin),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentoring/overview": { body: overview },
      [`GET /api/mentors/${mentor.id}`]: { body: profile },
    });
    const { history } = renderApp("/admin/mentoring");
    expect(await screen.findByRole("heading", { level: 1, name: "Ringkasan mentoring" })).toBeInTheDocument();
    expect(await screen.findByTestId("overview-as-of")).toHaveTextContent("Per 02 Des 2026 10:00 WITA");
    const units = screen.getByTestId("overview-by-unit-table");
    const bkpsdm = within(units).getByRole("row", { name: /BKPSDM/ });
    expect(within(bkpsdm).getAllByRole("cell").map((c) => c.textContent)).toEqual(["3", "1", "4"]);
    const quiet = screen.getByTestId("overview-quiet-table");
    expect(within(quiet).getByRole("link", { name: `Lalu Wirawan dan ${staff.name}` })).toHaveAttribute("href", "/mentoring/m-9");
    expect(within(quiet).getByText("Belum pernah")).toBeInTheDocument();
    expect(within(quiet).getByText("41")).toBeInTheDocument();
    const full = screen.getByTestId("overview-at-capacity-table");
    expect(within(full).getByText("2 dari 2")).toBeInTheDocument();

    await userEvent.click(within(full).getByRole("link", { name: mentor.name }));
    await waitFor(() => expect(history.get()).toBe(`/mentoring/mentor/${mentor.id}`));
    expect(await screen.findByTestId("mentor-rating")).toHaveTextContent("Rata-rata 4,3 dari 5 (7 penilaian)");
    expect(screen.getByText("Sepuluh tahun menyusun perencanaan kinerja.")).toBeInTheDocument();
    expect(screen.getByText("2 dari 2 terisi")).toBeInTheDocument();
    expect(screen.getByText("Perencana Ahli Madya · BKPSDM")).toBeInTheDocument();
  });

  it("keeps the overview for admins, reachable from their menu", async () => {
    stubApi({ ...signedInAs(admin), "GET /api/mentoring/overview": apiError(500, "internal_error") });
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    await userEvent.click(menu.getByRole("button", { name: "Laporan" }));
    expect(menu.getByRole("link", { name: "Ringkasan mentoring" })).toHaveAttribute("href", "/admin/mentoring");
  });

  it("shows the sessions and the completion in English", async () => {
    await setLang("en");
    stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/mentorships/m-1": { body: active({ planItem: { evaluationId: `2026-Q4~${staff.id}`, itemId: "p-1" } }) },
      "GET /api/mentorships/m-1/sessions": {
        body: sessionsOf([session({ status: "confirmed", autoConfirmed: true, answerBy: null })], { confirmedMinutes: 90, jp: 2 }),
      },
    });
    renderApp("/mentoring/m-1");
    const card = await screen.findByRole("region", { name: "Sessions" });
    expect(await within(card).findByText("Confirmed automatically")).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: "Download the calendar (.ics)" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "plan of Q4 2026" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Mark completed" }));
    expect(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Yes, complete and record 2 JP" })).toBeInTheDocument();
  });

  it("words the new mentoring notifications", () => {
    const base = { id: "n", title: null, body: null, link: "/mentoring/m-1", createdAt: "2026-12-01T00:00:00.000Z", read: false };
    expect(
      notificationText({ ...base, type: "mentorship_session_logged", params: { name: mentor.name, kind: "mentoring", date: "2026-11-20T01:00:00.000Z", minutes: "90" } })
        .body,
    ).toBe(`${mentor.name} mencatat sesi 90 menit pada 20 Nov 2026 09:00 WITA. Konfirmasi atau sanggah sesi itu.`);
    expect(
      notificationText({ ...base, type: "mentorship_session_disputed", params: { name: staff.name, kind: "mentoring", date: "2026-11-20T01:00:00.000Z", reason: "Tidak hadir" } }).body,
    ).toBe(`${staff.name} menyanggah sesi pada 20 Nov 2026 09:00 WITA: Tidak hadir`);
    expect(notificationText({ ...base, type: "mentorship_due", params: { name: staff.name, kind: "mentoring", endsAt: "2026-11-30T02:00:00.000Z" } }).body).toContain("30 Nov 2026");
    expect(notificationText({ ...base, type: "mentorship_no_session", params: { name: staff.name, kind: "mentoring", days: 30 } }).title).toBe("Belum ada sesi mentoring");
    expect(notificationText({ ...base, type: "mentorship_request_waiting", params: { name: staff.name, kind: "mentoring", days: 3 } }).body).toContain("3 hari");
    expect(notificationText({ ...base, type: "mentorship_feedback_requested", params: { name: mentor.name, kind: "mentoring" } }).title).toBe("Beri umpan balik mentoring");
  });
});
