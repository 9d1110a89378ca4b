import { fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ApiError } from "../src/api";
import { describeError } from "../src/components/ErrorMessage";
import { witaInputToIso } from "../src/time";
import type { Course, Enrollment } from "../src/types";
import { admin, competencyDictionary, course, institution, staff, summary, supervisor, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const coursePath = `/api/courses/${course.id}`;

function enrollment(overrides: Partial<Enrollment> = {}): Enrollment {
  return {
    courseId: course.id,
    staffId: staff.id,
    staffName: staff.name,
    staffNip: staff.nip,
    unitName: staff.unitName,
    status: "enrolled",
    attendance: {},
    enrolledAt: "2027-01-05T02:00:00.000Z",
    ...overrides,
  };
}

describe("course page", () => {
  it("enrolls and shows the waiting-list position", async () => {
    let mine: Enrollment | null = null;
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      [`GET ${coursePath}`]: () => ({ body: { course, myEnrollment: mine } }),
      [`POST ${coursePath}/enrollments`]: () => {
        mine = enrollment({ status: "waitlisted", position: 3 });
        return { status: 201, body: { status: "waitlisted", position: 3 } };
      },
    });
    renderApp(`/kursus/${course.id}`);

    expect(await screen.findByRole("heading", { level: 1, name: course.title })).toBeInTheDocument();
    expect(screen.getByText("Anda belum terdaftar.")).toBeInTheDocument();
    // Sessions are shown in WITA.
    expect(screen.getByText("01 Mar 2027 08:00 WITA")).toBeInTheDocument();
    expect(await screen.findByText(/Orientasi pada Hasil/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Daftar" }));

    expect(await screen.findByRole("status")).toHaveTextContent(
      "Kursi sudah penuh. Anda masuk daftar tunggu urutan ke-3.",
    );
    expect(await screen.findByText("Daftar tunggu, urutan ke-3")).toBeInTheDocument();
    expect(api.callsTo("POST", `${coursePath}/enrollments`)[0].json).toEqual({});
    expect(screen.getByRole("button", { name: "Keluar dari antrean" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Daftar" })).not.toBeInTheDocument();
  });

  it("explains a refused enrollment by its code", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET ${coursePath}`]: { body: { course, myEnrollment: null } },
      [`POST ${coursePath}/enrollments`]: apiError(422, "enrollment_closed", "Enrollment is closed"),
    });
    renderApp(`/kursus/${course.id}`);
    await userEvent.click(await screen.findByRole("button", { name: "Daftar" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Masa pendaftaran kursus ini sudah ditutup atau belum dibuka.",
    );
  });

  it("withdraws one's own enrollment only after a confirmation that says the seat goes", async () => {
    let mine: Enrollment | null = enrollment();
    const api = stubApi({
      ...signedInAs(staff),
      [`GET ${coursePath}`]: () => ({ body: { course, myEnrollment: mine } }),
      [`DELETE ${coursePath}/enrollments/${staff.id}`]: () => {
        mine = null;
        return { body: { status: "withdrawn", promoted: [] } };
      },
    });
    renderApp(`/kursus/${course.id}`);
    expect(await screen.findByText("Terdaftar")).toBeInTheDocument();
    const trigger = screen.getByRole("button", { name: "Batalkan pendaftaran" });
    await userEvent.click(trigger);
    const dialog = screen.getByRole("alertdialog", { name: "Batalkan pendaftaran?" });
    expect(dialog).toHaveTextContent(`Kursi Anda di ${course.title} akan dilepas`);
    // Focus goes to the safe choice; Escape cancels and gives focus back.
    expect(within(dialog).getByRole("button", { name: "Batal" })).toHaveFocus();
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    await waitFor(() => expect(trigger).toHaveFocus());
    expect(api.callsTo("DELETE", `${coursePath}/enrollments/${staff.id}`)).toHaveLength(0);

    await userEvent.click(trigger);
    await userEvent.click(
      within(screen.getByRole("alertdialog")).getByRole("button", { name: "Ya, batalkan pendaftaran" }),
    );
    expect(await screen.findByText("Pendaftaran Anda dibatalkan.")).toBeInTheDocument();
    expect(api.callsTo("DELETE", `${coursePath}/enrollments/${staff.id}`)).toHaveLength(1);
    expect(await screen.findByRole("button", { name: "Daftar" })).toBeInTheDocument();
  });

  it("says which waitlist place is lost before leaving the waitlist", async () => {
    let mine: Enrollment | null = enrollment({ status: "waitlisted", position: 2 });
    const api = stubApi({
      ...signedInAs(staff),
      [`GET ${coursePath}`]: () => ({ body: { course, myEnrollment: mine } }),
      [`DELETE ${coursePath}/enrollments/${staff.id}`]: () => {
        mine = null;
        return { body: { status: "withdrawn", promoted: [] } };
      },
    });
    renderApp(`/kursus/${course.id}`);
    await userEvent.click(await screen.findByRole("button", { name: "Keluar dari antrean" }));
    const dialog = screen.getByRole("alertdialog", { name: "Keluar dari daftar tunggu?" });
    expect(dialog).toHaveTextContent(`Posisi antrean 2 di ${course.title} akan hilang.`);
    await userEvent.click(within(dialog).getByRole("button", { name: "Batal" }));
    expect(api.callsTo("DELETE", `${coursePath}/enrollments/${staff.id}`)).toHaveLength(0);
    expect(screen.getByText("Daftar tunggu, urutan ke-2")).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Keluar dari antrean" }));
    await userEvent.click(screen.getByRole("button", { name: "Ya, keluar dari antrean" }));
    expect(await screen.findByText("Anda keluar dari daftar tunggu.")).toBeInTheDocument();
    expect(api.callsTo("DELETE", `${coursePath}/enrollments/${staff.id}`)).toHaveLength(1);
  });

  it("links the certificate of a completed course", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET ${coursePath}`]: {
        body: { course, myEnrollment: enrollment({ status: "completed", certificateCode: "KMP-7Q2X" }) },
      },
    });
    renderApp(`/kursus/${course.id}`);
    expect(await screen.findByRole("link", { name: "Lihat sertifikat" })).toHaveAttribute(
      "href",
      "/sertifikat/KMP-7Q2X",
    );
  });

  it("lets a supervisor nominate a team member", async () => {
    const api = stubApi({
      ...signedInAs(supervisor),
      [`GET /api/staff/${supervisor.id}/team`]: { body: { items: [summary(staff)] } },
      [`GET ${coursePath}`]: { body: { course, myEnrollment: null } },
      [`POST ${coursePath}/enrollments`]: { status: 201, body: { status: "enrolled" } },
    });
    renderApp(`/kursus/${course.id}`);
    const form = await screen.findByRole("heading", { name: "Nominasikan anggota tim" });
    await userEvent.selectOptions(screen.getByLabelText("Anggota tim"), staff.name);
    await userEvent.click(screen.getByRole("button", { name: "Nominasikan" }));
    expect(await screen.findByText(`${staff.name} terdaftar.`)).toBeInTheDocument();
    expect(api.callsTo("POST", `${coursePath}/enrollments`)[0].json).toEqual({ staffId: staff.id });
    expect(form).toBeInTheDocument();
  });

  it("gives an admin the status buttons and the copy to next year", async () => {
    let current: Course = { ...course, status: "draft" };
    const api = stubApi({
      ...signedInAs(admin),
      [`GET ${coursePath}`]: () => ({ body: { course: current, myEnrollment: null } }),
      [`POST ${coursePath}/status`]: (call) => {
        current = { ...current, status: call.json.status };
        return { body: current };
      },
      [`POST ${coursePath}/copy`]: apiError(409, "conflict", "Copy exists"),
    });
    renderApp(`/kursus/${course.id}`);
    expect(await screen.findByRole("link", { name: "Ubah kursus" })).toHaveAttribute(
      "href",
      `/admin/kursus/${course.id}/ubah`,
    );
    expect(screen.getByRole("link", { name: "Daftar peserta" })).toHaveAttribute(
      "href",
      `/admin/kursus/${course.id}/peserta`,
    );
    await userEvent.click(screen.getByRole("button", { name: "Terbitkan" }));
    expect(await screen.findByText("Status kursus kini: Diterbitkan.")).toBeInTheDocument();
    expect(api.callsTo("POST", `${coursePath}/status`)[0].json).toEqual({ status: "published" });
    expect(await screen.findByRole("button", { name: "Mulai" })).toBeInTheDocument();

    // Cancelling asks first.
    await userEvent.click(screen.getByRole("button", { name: "Batalkan kursus" }));
    await userEvent.click(screen.getByRole("button", { name: "Ya, batalkan kursus" }));
    await waitFor(() => expect(api.callsTo("POST", `${coursePath}/status`)[1].json).toEqual({ status: "cancelled" }));

    expect(screen.getByLabelText("Tahun salinan")).toHaveValue(2028);
    await userEvent.click(screen.getByRole("button", { name: "Salin" }));
    expect(await screen.findByText("Salinan kursus ini untuk tahun itu sudah ada.")).toBeInTheDocument();
    expect(api.callsTo("POST", `${coursePath}/copy`)[0].json).toEqual({ year: 2028 });
  });
});

describe("enrollment error messages", () => {
  it.each([
    ["enrollment_closed", 422, "Masa pendaftaran kursus ini sudah ditutup atau belum dibuka."],
    ["not_eligible", 403, "Tidak memenuhi syarat peserta kursus ini (unit kerja atau tingkat jabatan)."],
    ["already_enrolled", 409, "Sudah terdaftar atau sudah di daftar tunggu kursus ini."],
    ["course_not_open", 409, "Kursus ini belum dibuka untuk pendaftaran."],
    ["course_cancelled", 409, "Kursus ini telah dibatalkan."],
  ])("%s reads as a sentence", (code, status, message) => {
    expect(describeError(new ApiError(status, code, "server words")).message).toBe(message);
  });
});

describe("catalog", () => {
  it("sends the filters as query parameters and shows times in WITA", async () => {
    const api = stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/courses": { body: { items: [course], cursor: null } },
    });
    renderApp("/kursus");
    const card = await screen.findByRole("article", { name: course.title });
    expect(within(card).getByText("01 Mar 2027 08:00 WITA")).toBeInTheDocument();
    expect(within(card).getByText("Penuh (daftar tunggu)")).toBeInTheDocument();
    expect(within(card).getByRole("link", { name: course.title })).toHaveAttribute("href", `/kursus/${course.id}`);
    expect(api.callsTo("GET", "/api/courses")[0].search.get("status")).toBe("published");

    await userEvent.selectOptions(screen.getByLabelText("Kategori"), "Manajemen proyek");
    await userEvent.selectOptions(await screen.findByLabelText("Kompetensi"), "Orientasi pada Hasil");
    await userEvent.selectOptions(screen.getByLabelText("Bentuk pelatihan"), "Lokakarya");
    fireEvent.input(screen.getByLabelText("Bulan mulai"), { target: { value: "2027-03" } });
    await userEvent.click(screen.getByLabelText("Hanya yang masih ada kursi"));
    await userEvent.click(screen.getByRole("button", { name: "Terapkan filter" }));

    await waitFor(() => expect(api.callsTo("GET", "/api/courses")).toHaveLength(2));
    const search = api.callsTo("GET", "/api/courses")[1].search;
    expect(Object.fromEntries(search)).toEqual({
      status: "published",
      category: "project_management",
      competencyId: "orientasi_hasil",
      form: "workshop",
      month: "2027-03",
      openSeats: "true",
      limit: "20",
    });

    // The search box filters the loaded page.
    await userEvent.type(screen.getByLabelText("Cari judul atau kode"), "xyz");
    expect(await screen.findByText("Tidak ada pelatihan yang cocok.")).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText("Cari judul atau kode"));
    await userEvent.type(screen.getByLabelText("Cari judul atau kode"), "pm-20");
    expect(await screen.findByRole("article", { name: course.title })).toBeInTheDocument();
  });

  it("shows the signed-in person's standing on each card", async () => {
    const items = [
      { ...course, id: "c-a", title: "Kursus A", myEnrollment: { status: "enrolled" } },
      { ...course, id: "c-b", title: "Kursus B", myEnrollment: { status: "waitlisted", position: 2 } },
      { ...course, id: "c-c", title: "Kursus C", myEnrollment: { status: "completed" } },
      { ...course, id: "c-d", title: "Kursus D", myEnrollment: null },
      { ...course, id: "c-e", title: "Kursus E", myEnrollment: { status: "absent" } },
    ];
    stubApi({
      ...signedInAs(staff),
      "GET /api/competencies": { body: competencyDictionary },
      "GET /api/courses": { body: { items, cursor: null } },
    });
    renderApp("/kursus");
    const badge = async (title: string) => within(await screen.findByRole("article", { name: title })).queryByTestId("my-course-status");
    expect(await badge("Kursus A")).toHaveTextContent("Status Anda: Terdaftar");
    expect(await badge("Kursus B")).toHaveTextContent("Status Anda: Antrean #2");
    expect(await badge("Kursus C")).toHaveTextContent("Status Anda: Selesai");
    expect(await badge("Kursus D")).toBeNull();
    expect(await badge("Kursus E")).toBeNull();
  });
});

describe("course editor", () => {
  it("reads WITA as UTC+8", () => {
    expect(witaInputToIso("2027-03-01T08:00")).toBe("2027-03-01T00:00:00.000Z");
    expect(witaInputToIso("2027-01-01T07:59")).toBe("2026-12-31T23:59:00.000Z");
    expect(witaInputToIso("")).toBe("");
  });

  function editorApi(extra: Parameters<typeof stubApi>[0] = {}) {
    return stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      "GET /api/institutions": { body: { items: [institution] } },
      "GET /api/competencies": { body: competencyDictionary },
      ...extra,
    });
  }

  async function fillEditor() {
    const set = (label: string, value: string, index = 0) =>
      fireEvent.input(screen.getAllByLabelText(label)[index], { target: { value } });
    await userEvent.type(await screen.findByLabelText("Kode"), "PM-2027");
    await userEvent.clear(screen.getByLabelText("Tahun"));
    await userEvent.type(screen.getByLabelText("Tahun"), "2027");
    await userEvent.type(screen.getByLabelText("Judul"), "Manajemen Proyek Pemerintahan");
    await userEvent.type(screen.getByLabelText("Deskripsi"), "Kursus tahunan.");
    await userEvent.selectOptions(screen.getByLabelText("Kategori"), "Manajemen proyek");
    await userEvent.selectOptions(screen.getByLabelText("Bentuk pelatihan"), "Kursus");
    await userEvent.type(screen.getByLabelText("JP (jam pelajaran)"), "24");
    await userEvent.type(screen.getByLabelText("Kapasitas (kursi)"), "30");
    await userEvent.selectOptions(await screen.findByLabelText("Lembaga penyelenggara"), institution.name);
    set("Pendaftaran dibuka (WITA)", "2027-01-01T08:00");
    set("Pendaftaran ditutup (WITA)", "2027-02-20T23:59");
    set("Mulai (WITA)", "2027-03-01T08:00");
    set("Selesai (WITA)", "2027-03-01T16:00");
    await userEvent.type(screen.getByLabelText("Tempat"), "Aula BKPSDM");

    await userEvent.click(screen.getByRole("button", { name: "Tambah sesi" }));
    set("Mulai (WITA)", "2027-03-02T08:00", 1);
    set("Selesai (WITA)", "2027-03-02T16:00", 1);
    await userEvent.type(screen.getAllByLabelText("Tautan daring")[1], "https://meet.example/pm");

    await userEvent.selectOptions(await screen.findByRole("combobox", { name: "Kompetensi" }), "Orientasi pada Hasil");
    await userEvent.selectOptions(screen.getByLabelText("Level target"), "3");
    await userEvent.click(screen.getByLabelText("Pengawas"));
    await userEvent.click(await screen.findByLabelText("Dinas Kesehatan"));
  }

  it("converts WITA times to UTC and opens the new draft", async () => {
    const api = editorApi({
      "POST /api/courses": (call) => ({ status: 201, body: { ...course, ...call.json, id: "c-new", status: "draft" } }),
      "GET /api/courses/c-new": { body: { course: { ...course, id: "c-new", status: "draft" }, myEnrollment: null } },
    });
    const { history } = renderApp("/admin/kursus/baru");
    expect(await screen.findByRole("heading", { level: 1, name: "Kursus baru" })).toBeInTheDocument();
    await fillEditor();
    await userEvent.click(screen.getByRole("button", { name: "Simpan kursus" }));

    await waitFor(() => expect(history.get()).toBe("/kursus/c-new"));
    expect(api.callsTo("POST", "/api/courses")[0].json).toEqual({
      code: "PM-2027",
      year: 2027,
      title: "Manajemen Proyek Pemerintahan",
      description: "Kursus tahunan.",
      category: "project_management",
      form: "course",
      competencies: [{ competencyId: "orientasi_hasil", targetLevel: 3 }],
      jp: 24,
      institutionId: institution.id,
      capacity: 30,
      sessions: [
        { startsAt: "2027-03-01T00:00:00.000Z", endsAt: "2027-03-01T08:00:00.000Z", place: "Aula BKPSDM" },
        {
          startsAt: "2027-03-02T00:00:00.000Z",
          endsAt: "2027-03-02T08:00:00.000Z",
          onlineUrl: "https://meet.example/pm",
        },
      ],
      enrollOpensAt: "2027-01-01T00:00:00.000Z",
      enrollClosesAt: "2027-02-20T15:59:00.000Z",
      eligibility: { unitIds: ["u-dinkes"], positionLevels: ["pengawas"] },
      minAttendancePercent: 100,
    });
  });

  it("names the fields of a validation error", async () => {
    editorApi({
      "POST /api/courses": apiError(400, "validation_failed", "Invalid", {
        issues: [
          { path: ["sessions", 1, "endsAt"], message: "must be after the start" },
          { path: ["capacity"], message: "must be at least 1" },
          { path: "sessions.0.place", message: "Give a place or an online link" },
        ],
      }),
    });
    renderApp("/admin/kursus/baru");
    await fillEditor();
    await userEvent.click(screen.getByRole("button", { name: "Simpan kursus" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Periksa kembali isian berikut:");
    expect(within(alert).getByText("Sesi 2 · Selesai (WITA): must be after the start")).toBeInTheDocument();
    expect(within(alert).getByText("Kapasitas (kursi): must be at least 1")).toBeInTheDocument();
    expect(within(alert).getByText("Sesi 1 · Tempat: Give a place or an online link")).toBeInTheDocument();
  });

  it("fills the form of an existing course in WITA and sends changes with PATCH", async () => {
    const api = editorApi({
      [`GET ${coursePath}`]: { body: { course, myEnrollment: null } },
      [`PATCH ${coursePath}`]: (call) => ({ body: { ...course, ...call.json } }),
    });
    const { history } = renderApp(`/admin/kursus/${course.id}/ubah`);
    expect(await screen.findByRole("heading", { level: 1, name: "Ubah kursus" })).toBeInTheDocument();
    expect(screen.getAllByLabelText("Mulai (WITA)")[0]).toHaveValue("2027-03-01T08:00");
    expect(screen.getByLabelText("Pendaftaran ditutup (WITA)")).toHaveValue("2027-02-20T23:59");
    await userEvent.click(screen.getByRole("button", { name: "Hapus sesi 2" }));
    await userEvent.click(screen.getByRole("button", { name: "Simpan kursus" }));
    await waitFor(() => expect(history.get()).toBe(`/kursus/${course.id}`));
    const sent = api.callsTo("PATCH", coursePath)[0].json;
    expect(sent.sessions).toEqual([
      { startsAt: "2027-03-01T00:00:00.000Z", endsAt: "2027-03-01T08:00:00.000Z", place: "Aula BKPSDM" },
    ]);
    expect(sent.institutionId).toBe(institution.id);
  });
});

describe("roster", () => {
  it("records attendance and a completion, then shows the certificate code", async () => {
    let items: Enrollment[] = [enrollment()];
    const api = stubApi({
      ...signedInAs(admin),
      [`GET ${coursePath}`]: { body: { course, myEnrollment: null } },
      [`GET ${coursePath}/enrollments`]: () => ({ body: { items } }),
      [`PUT ${coursePath}/enrollments/${staff.id}/attendance`]: (call) => {
        items = [enrollment({ attendance: { [call.json.sessionId]: call.json.present } })];
        return { body: items[0] };
      },
      [`POST ${coursePath}/enrollments/${staff.id}/completion`]: () => {
        items = [enrollment({ status: "completed", score: 88, certificateCode: "KMP-7Q2X" })];
        return { body: { status: "completed", certificateCode: "KMP-7Q2X", jp: 24 } };
      },
    });
    renderApp(`/admin/kursus/${course.id}/peserta`);
    const row = await screen.findByRole("row", { name: new RegExp(staff.name) });
    await userEvent.click(within(row).getByLabelText(`Hadir di sesi 1: ${staff.name}`));
    await waitFor(() =>
      expect(api.callsTo("PUT", `${coursePath}/enrollments/${staff.id}/attendance`)[0].json).toEqual({
        sessionId: "s1",
        present: true,
      }),
    );

    // The refreshed list renders the row anew.
    await waitFor(() => expect(screen.getByLabelText(`Hadir di sesi 1: ${staff.name}`)).toBeChecked());
    await userEvent.click(screen.getByRole("button", { name: `Tandai selesai: ${staff.name}` }));
    await userEvent.type(screen.getByLabelText("Nilai (0-100, opsional)"), "88");
    await userEvent.click(screen.getByRole("button", { name: "Simpan penyelesaian" }));
    // Nothing is credited before the admin confirms the person, the course and the JP.
    const dialog = screen.getByRole("alertdialog", { name: `Tandai ${staff.name} selesai?` });
    expect(dialog).toHaveTextContent(`${staff.name} dicatat menyelesaikan ${course.title}: 24 JP`);
    expect(api.callsTo("POST", `${coursePath}/enrollments/${staff.id}/completion`)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, tandai selesai dan catat 24 JP" }));

    expect(await screen.findByTestId("completion-result")).toHaveTextContent("Kode sertifikat: KMP-7Q2X");
    expect(api.callsTo("POST", `${coursePath}/enrollments/${staff.id}/completion`)[0].json).toEqual({
      attended: true,
      score: 88,
    });
    expect(await screen.findByRole("link", { name: "Kode sertifikat: KMP-7Q2X" })).toHaveAttribute(
      "href",
      "/sertifikat/KMP-7Q2X",
    );
  });

  it("says what completion takes, and explains a refusal before the end or without attendance", async () => {
    const future = { ...course, endsAt: "2999-01-01T00:00:00.000Z", minAttendancePercent: 50, sessionsToAttend: 1 };
    let refusal = apiError(409, "course_not_finished", "not over", { endsAt: "2027-03-02T08:00:00.000Z" });
    const api = stubApi({
      ...signedInAs(admin),
      [`GET ${coursePath}`]: () => ({ body: { course: future, myEnrollment: null } }),
      [`GET ${coursePath}/enrollments`]: { body: { items: [enrollment()] } },
      [`POST ${coursePath}/enrollments/${staff.id}/completion`]: () => refusal,
    });
    renderApp(`/admin/kursus/${course.id}/peserta`);
    const rule = await screen.findByTestId("completion-rule");
    expect(rule).toHaveTextContent("Syarat selesai: hadir di sekurang-kurangnya 1 dari 2 sesi.");
    expect(rule).toHaveTextContent("Penyelesaian dapat dicatat setelah sesi terakhir berakhir (01 Jan 2999");

    await userEvent.click(screen.getByRole("button", { name: `Tandai selesai: ${staff.name}` }));
    await userEvent.click(screen.getByRole("button", { name: "Simpan penyelesaian" }));
    await userEvent.click(screen.getByRole("button", { name: "Ya, tandai selesai dan catat 24 JP" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Kursus belum selesai: penyelesaian dapat dicatat setelah sesi terakhir berakhir (02 Mar 2027 16:00 WITA).",
    );

    refusal = apiError(409, "attendance_insufficient", "too few", { attended: 0, required: 1, sessions: 2 });
    await userEvent.click(screen.getByRole("button", { name: "Simpan penyelesaian" }));
    await userEvent.click(screen.getByRole("button", { name: "Ya, tandai selesai dan catat 24 JP" }));
    await waitFor(() =>
      expect(screen.getByRole("alert")).toHaveTextContent(
        "Kehadiran belum cukup: tercatat 0 dari 2 sesi, sedangkan syaratnya minimal 1 sesi.",
      ),
    );
    expect(api.callsTo("POST", `${coursePath}/enrollments/${staff.id}/completion`)).toHaveLength(2);
  });

  it("withdraws a participant only after naming them and the waitlist place", async () => {
    const api = stubApi({
      ...signedInAs(admin),
      [`GET ${coursePath}`]: { body: { course, myEnrollment: null } },
      [`GET ${coursePath}/enrollments`]: { body: { items: [enrollment({ status: "waitlisted", position: 2 })] } },
      [`DELETE ${coursePath}/enrollments/${staff.id}`]: { body: { status: "withdrawn", promoted: [] } },
    });
    renderApp(`/admin/kursus/${course.id}/peserta`);
    await userEvent.click(await screen.findByRole("button", { name: `Batalkan pendaftaran ${staff.name}` }));
    const dialog = screen.getByRole("alertdialog", { name: `Keluarkan ${staff.name} dari daftar tunggu?` });
    expect(dialog).toHaveTextContent(`Posisi antrean 2 milik ${staff.name} di ${course.title} akan hilang.`);
    expect(api.callsTo("DELETE", `${coursePath}/enrollments/${staff.id}`)).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole("button", { name: "Ya, batalkan pendaftaran" }));
    await waitFor(() => expect(api.callsTo("DELETE", `${coursePath}/enrollments/${staff.id}`)).toHaveLength(1));
  });
});
