import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Me, ModerationItem, OfficialAnswer, StaffTopic } from "../src/types";
import { admin, staff, supervisor, units } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const moderator: Me = { ...staff, id: "s-moderator", name: "Baiq Moderator", roles: ["staff", "moderator"] };

function answer(overrides: Partial<OfficialAnswer> = {}): OfficialAnswer {
  return {
    id: "a-1",
    body: "Mulai bulan depan puskesmas Ampenan memakai antrean daring.",
    official: true,
    name: supervisor.name,
    position: supervisor.position,
    unitName: supervisor.unitName,
    createdAt: "2027-02-02T02:00:00.000Z",
    editedAt: null,
    version: 1,
    versions: [],
    ...overrides,
  };
}

function topic(overrides: Partial<StaffTopic> = {}, deadlines: Partial<StaffTopic["deadlines"]> = {}): StaffTopic {
  return {
    id: "t-1",
    title: "Antrean puskesmas Ampenan terlalu panjang",
    body: "Setiap pagi antrean mengular sampai jalan.",
    area: "kesehatan",
    kecamatan: "ampenan",
    status: "baru",
    ownerUnit: { code: "DINKES", name: "Dinas Kesehatan" },
    author: { name: "Warga Ampenan" },
    supports: 4,
    history: [{ status: "baru", at: "2027-02-01T02:00:00.000Z", by: "Warga Ampenan", reason: null }],
    answers: [],
    laporTicket: null,
    hidden: false,
    deadlines: {
      waitedDays: 1,
      answerDueAt: "2027-02-04T02:00:00.000Z",
      answeredAt: null,
      answerOverdue: false,
      progressDueAt: "2027-02-15T02:00:00.000Z",
      progressOverdue: false,
      overdue: false,
      ...deadlines,
    },
    createdAt: "2027-02-01T02:00:00.000Z",
    // As the API sends it to a responder of the owner unit for a topic in baru.
    can: ["ditinjau", "ditolak"],
    ...overrides,
  };
}

const late = (id: string, title: string, waitedDays: number) =>
  topic({ id, title }, { waitedDays, answerOverdue: true, overdue: true });

describe("forum, staff side", () => {
  it("shows the queue to supervisors and admins and the moderation page to moderators and admins, in the menu", async () => {
    stubApi(signedInAs(supervisor));
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    expect(menu.getByRole("link", { name: "Antrean forum warga" })).toHaveAttribute("href", "/layanan-forum");
    expect(menu.queryByRole("link", { name: "Moderasi forum" })).not.toBeInTheDocument();
  });

  it("shows both to an admin", async () => {
    stubApi(signedInAs(admin));
    renderApp("/");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    expect(menu.getByRole("link", { name: "Antrean forum warga" })).toHaveAttribute("href", "/layanan-forum");
    expect(menu.getByRole("link", { name: "Moderasi forum" })).toHaveAttribute("href", "/admin/moderasi");
  });

  it("keeps the queue and moderation out of other staff's menu and pages", async () => {
    const api = stubApi(signedInAs(staff));
    renderApp("/layanan-forum");
    expect(await screen.findByRole("heading", { name: "Akses ditolak" })).toBeInTheDocument();
    const menu = within(screen.getByRole("navigation", { name: "Menu utama" }));
    expect(menu.queryByRole("link", { name: "Antrean forum warga" })).not.toBeInTheDocument();
    expect(menu.queryByRole("link", { name: "Moderasi forum" })).not.toBeInTheDocument();
    expect(api.callsTo("GET", "/api/forum/topics")).toHaveLength(0);
  });

  it("lists the queue overdue first with a Terlambat badge and the days waited, filters it and pages on", async () => {
    const first = [topic({ id: "t-ok", title: "Jalan berlubang di Cakranegara" }), late("t-late", "Puskesmas tutup lebih awal", 5), topic({ id: "t-ok2", title: "Sekolah butuh guru" }), late("t-late2", "Air bersih di Sandubaya", 4)];
    const api = stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics": (call) => {
        if (call.search.get("cursor") === "p2") return { body: { items: [topic({ id: "t-p2", title: "Halaman dua" })], cursor: null } };
        if (call.search.get("overdue") === "true") return { body: { items: first.filter((t) => t.deadlines.overdue), cursor: null } };
        return { body: { items: first, cursor: "p2" } };
      },
    });
    renderApp("/layanan-forum");
    expect(await screen.findByRole("heading", { level: 1, name: "Antrean forum warga" })).toBeInTheDocument();
    const table = await screen.findByTestId("forum-queue");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("link").textContent)).toEqual([
      "Puskesmas tutup lebih awal",
      "Air bersih di Sandubaya",
      "Jalan berlubang di Cakranegara",
      "Sekolah butuh guru",
    ]);
    expect(within(rows[0]!).getByText("Terlambat")).toHaveClass("badge");
    expect(within(rows[0]!).getByText("5 hari menunggu")).toBeInTheDocument();
    expect(within(rows[2]!).queryByText("Terlambat")).not.toBeInTheDocument();
    expect(within(rows[0]!).getByRole("link")).toHaveAttribute("href", "/layanan-forum/t-late");
    // A responder's own unit: no unit asked for, no unit filter shown.
    expect(api.callsTo("GET", "/api/forum/topics")[0]?.search.get("unitId")).toBeNull();
    expect(screen.queryByLabelText("Unit pemilik")).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "Berikutnya" }));
    expect(await within(screen.getByTestId("forum-queue")).findByText("Halaman dua")).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText("Tenggat"), "true");
    await waitFor(() => expect(within(screen.getByTestId("forum-queue")).getAllByRole("row")).toHaveLength(3));
    const last = api.callsTo("GET", "/api/forum/topics").at(-1)!;
    expect(last.search.get("overdue")).toBe("true");
    expect(last.search.get("cursor")).toBeNull();
    await userEvent.selectOptions(screen.getByLabelText("Status"), "ditinjau");
    await waitFor(() => expect(api.callsTo("GET", "/api/forum/topics").at(-1)?.search.get("status")).toBe("ditinjau"));
  });

  it("lets an admin choose the unit of the queue", async () => {
    const api = stubApi({
      ...signedInAs(admin),
      "GET /api/units": { body: { items: units } },
      "GET /api/forum/topics": { body: { items: [topic()], cursor: null } },
    });
    renderApp("/layanan-forum");
    await screen.findByTestId("forum-queue");
    await userEvent.selectOptions(await screen.findByLabelText("Unit pemilik"), "u-dinkes");
    await waitFor(() => expect(api.callsTo("GET", "/api/forum/topics").at(-1)?.search.get("unitId")).toBe("u-dinkes"));
    expect(within(screen.getByTestId("forum-queue")).getByRole("columnheader", { name: "Unit pemilik" })).toBeInTheDocument();
  });

  it("shows the topic as text, its deadlines, and official answers with their earlier versions", async () => {
    const edited = answer({
      body: "Antrean daring mulai 1 Maret.",
      editedAt: "2027-02-03T02:00:00.000Z",
      version: 2,
      versions: [{ version: 1, body: "Kami cek minggu ini.", at: "2027-02-02T02:00:00.000Z" }],
    });
    stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": {
        body: topic(
          { body: "<img src=x onerror=alert(1)> antrean panjang", answers: [edited], status: "ditinjau", can: ["ditindaklanjuti", "ditolak"], laporTicket: "LPR-2027-1" },
          { waitedDays: 16, answeredAt: "2027-02-02T02:00:00.000Z", progressOverdue: true, overdue: true },
        ),
      },
    });
    renderApp("/layanan-forum/t-1");
    expect(await screen.findByRole("heading", { level: 1, name: "Antrean puskesmas Ampenan terlalu panjang" })).toBeInTheDocument();
    const body = screen.getByTestId("topic-body");
    expect(body).toHaveTextContent("<img src=x onerror=alert(1)> antrean panjang");
    expect(body.querySelector("img")).toBeNull();

    const deadlines = screen.getByTestId("topic-deadlines");
    expect(within(deadlines).getByText("16 hari menunggu")).toBeInTheDocument();
    expect(within(deadlines).getByText("Terlambat")).toBeInTheDocument();

    const official = screen.getByTestId("official-answer");
    expect(within(official).getByText("Jawaban resmi")).toHaveClass("badge");
    expect(official).toHaveTextContent(supervisor.name);
    expect(official).toHaveTextContent(`${supervisor.position} · ${supervisor.unitName}`);
    expect(within(official).getByTestId("answer-body")).toHaveTextContent("Antrean daring mulai 1 Maret.");
    const versions = within(official).getByTestId("answer-versions");
    expect(within(versions).getByText(/Riwayat perubahan/)).toBeInTheDocument();
    expect(versions).toHaveTextContent("Kami cek minggu ini.");
    expect(screen.getByTestId("lapor-ticket")).toHaveTextContent("LPR-2027-1");
    // A responder moves states but does not give topics to other units.
    expect(screen.queryByRole("region", { name: "Pindahkan ke unit lain" })).not.toBeInTheDocument();
  });

  it("shows the topic's public status history with a rejection's reason", async () => {
    const history: StaffTopic["history"] = [
      { status: "baru", at: "2027-02-01T02:00:00.000Z", by: "Warga Ampenan", reason: null },
      { status: "ditolak", at: "2027-02-02T02:00:00.000Z", by: `${supervisor.name}, ${supervisor.unitName}`, reason: "Sudah ditangani lewat program lain" },
    ];
    stubApi({ ...signedInAs(supervisor), "GET /api/forum/topics/t-1": { body: topic({ status: "ditolak", can: [], history }) } });
    renderApp("/layanan-forum/t-1");
    const region = within(await screen.findByRole("region", { name: "Riwayat status" }));
    const steps = region.getAllByRole("listitem");
    expect(steps.map((step) => step.querySelector("strong")?.textContent)).toEqual(["Baru", "Ditolak"]);
    expect(steps[1]).toHaveTextContent(`${supervisor.name}, ${supervisor.unitName}`);
    expect(steps[1]).toHaveTextContent("Sudah ditangani lewat program lain");
  });

  it("sends an official answer, refusing in the browser an empty one and a rejection without a reason", async () => {
    let current = topic();
    const api = stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": () => ({ body: current }),
      "POST /api/forum/topics/t-1/answers": (call) => {
        current = topic({
          status: call.json.status ?? "baru",
          ...(call.json.status === "ditinjau" ? { can: ["ditindaklanjuti", "ditolak"] } : {}),
          answers: [answer({ body: call.json.body })],
        });
        return { status: 201, body: current };
      },
    });
    renderApp("/layanan-forum/t-1");
    const textarea = await screen.findByLabelText("Jawaban resmi");
    const send = screen.getByRole("button", { name: "Kirim jawaban resmi" });

    await userEvent.click(send);
    expect(await screen.findByText("Tulis jawabannya.", { selector: ".field-error" })).toBeInTheDocument();
    expect(textarea).toHaveAttribute("aria-invalid", "true");

    await userEvent.type(textarea, "Maaf, ini di luar kewenangan kami.");
    await userEvent.selectOptions(screen.getByLabelText("Ubah status sekaligus (opsional)"), "ditolak");
    await userEvent.click(send);
    expect(await screen.findByText("Penolakan wajib disertai alasan.", { selector: ".field-error" })).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/forum/topics/t-1/answers")).toHaveLength(0);

    await userEvent.selectOptions(screen.getByLabelText("Ubah status sekaligus (opsional)"), "ditinjau");
    await userEvent.clear(textarea);
    await userEvent.type(textarea, "Mulai bulan depan puskesmas memakai antrean daring.");
    await userEvent.click(send);
    expect(await screen.findByText("Jawaban resmi terkirim; pengikut topik diberi tahu.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/forum/topics/t-1/answers")[0]?.json).toEqual({
      body: "Mulai bulan depan puskesmas memakai antrean daring.",
      status: "ditinjau",
    });
    expect(await screen.findByTestId("official-answer")).toHaveTextContent("Mulai bulan depan puskesmas memakai antrean daring.");
    expect(screen.getByLabelText("Jawaban resmi")).toHaveValue("");
  });

  it("sends a rejection's reason with the answer", async () => {
    const api = stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": { body: topic() },
      "POST /api/forum/topics/t-1/answers": { status: 201, body: topic({ status: "ditolak", can: [] }) },
    });
    renderApp("/layanan-forum/t-1");
    await userEvent.type(await screen.findByLabelText("Jawaban resmi"), "Sudah ditangani program lain.");
    await userEvent.selectOptions(screen.getByLabelText("Ubah status sekaligus (opsional)"), "ditolak");
    await userEvent.type(within(screen.getByRole("form", { name: "Jawab secara resmi" })).getByLabelText("Alasan"), "Sudah ditangani lewat program lain");
    await userEvent.click(screen.getByRole("button", { name: "Kirim jawaban resmi" }));
    await waitFor(() => expect(api.callsTo("POST", "/api/forum/topics/t-1/answers")).toHaveLength(1));
    expect(api.callsTo("POST", "/api/forum/topics/t-1/answers")[0]?.json).toEqual({
      body: "Sudah ditangani program lain.",
      status: "ditolak",
      reason: "Sudah ditangani lewat program lain",
    });
  });

  it("edits one's answer on the version shown and explains an answer changed meanwhile", async () => {
    const api = stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": { body: topic({ answers: [answer({ version: 2, versions: [{ version: 1, body: "Awal", at: "2027-02-02T02:00:00.000Z" }] })] }) },
      "PUT /api/forum/topics/t-1/answers/a-1": apiError(409, "answer_changed", "The answer was changed meanwhile", { version: 3 }),
    });
    renderApp("/layanan-forum/t-1");
    await userEvent.click(await screen.findByRole("button", { name: "Sunting jawaban" }));
    const box = screen.getByLabelText("Teks jawaban yang disunting");
    await userEvent.clear(box);
    await userEvent.type(box, "Antrean daring mulai 1 Maret.");
    await userEvent.click(screen.getByRole("button", { name: "Simpan perubahan" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Jawaban ini diubah orang lain sementara itu. Muat ulang lalu sunting lagi.");
    expect(api.callsTo("PUT", "/api/forum/topics/t-1/answers/a-1")[0]?.json).toEqual({ body: "Antrean daring mulai 1 Maret.", version: 2 });
    await userEvent.click(screen.getByRole("button", { name: "Muat ulang jawaban terbaru" }));
    await waitFor(() => expect(api.callsTo("GET", "/api/forum/topics/t-1").length).toBeGreaterThanOrEqual(2));
  });

  it("does not offer to edit someone else's answer", async () => {
    stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": { body: topic({ answers: [answer({ name: "Orang Lain" })] }) },
    });
    renderApp("/layanan-forum/t-1");
    expect(await screen.findByTestId("official-answer")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Sunting jawaban" })).not.toBeInTheDocument();
  });

  it("changes the status, a rejection with its reason, and explains a move the topic cannot make", async () => {
    const api = stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": { body: topic({ status: "ditinjau", can: ["ditindaklanjuti", "ditolak"] }) },
      "POST /api/forum/topics/t-1/status": apiError(409, "invalid_transition", "A topic cannot move", { from: "ditolak", to: "ditindaklanjuti" }),
    });
    renderApp("/layanan-forum/t-1");
    const form = within(await screen.findByRole("form", { name: "Ubah status" }));
    expect(form.getAllByRole("option").map((o) => o.textContent)).toEqual(["Pilih status", "Ditindaklanjuti", "Ditolak"]);
    await userEvent.selectOptions(form.getByLabelText("Status baru"), "ditolak");
    await userEvent.click(form.getByRole("button", { name: "Ubah status" }));
    expect(await form.findByText("Penolakan wajib disertai alasan.", { selector: ".field-error" })).toBeInTheDocument();
    await userEvent.selectOptions(form.getByLabelText("Status baru"), "ditindaklanjuti");
    await userEvent.click(form.getByRole("button", { name: "Ubah status" }));
    expect(await form.findByRole("alert")).toHaveTextContent("Topik tidak dapat berpindah ke status itu");
    expect(api.callsTo("POST", "/api/forum/topics/t-1/status")[0]?.json).toEqual({ status: "ditindaklanjuti" });
  });

  it("offers the moves the API says the viewer may make", async () => {
    stubApi({ ...signedInAs(supervisor), "GET /api/forum/topics/t-1": { body: topic({ status: "ditindaklanjuti", can: ["selesai", "ditolak"] }) } });
    renderApp("/layanan-forum/t-1");
    const form = within(await screen.findByRole("form", { name: "Ubah status" }));
    expect(form.getAllByRole("option").map((o) => o.textContent)).toEqual(["Pilih status", "Selesai", "Ditolak"]);
    const answering = within(screen.getByRole("form", { name: "Jawab secara resmi" }));
    expect(answering.getAllByRole("option").map((o) => o.textContent)).toEqual(["Tetap Ditindaklanjuti", "Selesai", "Ditolak"]);
  });

  it("offers no move once the topic is closed", async () => {
    stubApi({ ...signedInAs(supervisor), "GET /api/forum/topics/t-1": { body: topic({ status: "selesai", can: [] }) } });
    renderApp("/layanan-forum/t-1");
    expect(await screen.findByText("Topik ini sudah selesai atau ditolak; statusnya tidak berubah lagi.")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Ubah status" })).not.toBeInTheDocument();
    // An answer still goes out, without a state to move to.
    expect(screen.getByLabelText("Jawaban resmi")).toBeInTheDocument();
    expect(screen.queryByLabelText("Ubah status sekaligus (opsional)")).not.toBeInTheDocument();
  });

  it("records the LAPOR! ticket, refusing a malformed one before sending", async () => {
    const api = stubApi({
      ...signedInAs(supervisor),
      "GET /api/forum/topics/t-1": { body: topic() },
      "PUT /api/forum/topics/t-1/lapor": (call) => ({ body: topic({ laporTicket: call.json.ticket }) }),
    });
    renderApp("/layanan-forum/t-1");
    const input = await screen.findByLabelText("Nomor tiket LAPOR!");
    await userEvent.type(input, "<x>");
    await userEvent.click(screen.getByRole("button", { name: "Simpan nomor tiket" }));
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(api.callsTo("PUT", "/api/forum/topics/t-1/lapor")).toHaveLength(0);
    await userEvent.clear(input);
    await userEvent.type(input, "LPR-2027-0012345");
    await userEvent.click(screen.getByRole("button", { name: "Simpan nomor tiket" }));
    await waitFor(() => expect(api.callsTo("PUT", "/api/forum/topics/t-1/lapor")[0]?.json).toEqual({ ticket: "LPR-2027-0012345" }));
  });

  it("lets a moderator give the topic to another unit and hide it after confirming", async () => {
    let current = topic();
    const api = stubApi({
      ...signedInAs(moderator),
      "GET /api/units": { body: { items: units } },
      "GET /api/forum/topics/t-1": () => ({ body: current }),
      "PUT /api/forum/topics/t-1/owner": (call) => {
        current = topic({ ownerUnit: { code: call.json.unitCode, name: "BKPSDM" } });
        return { body: current };
      },
      "POST /api/moderation/topics/t-1/hide": (call) => {
        current = { ...current, hidden: true };
        return { body: { targetType: "topic", targetId: "t-1", hidden: true, reason: call.json?.reason } };
      },
    });
    renderApp("/layanan-forum/t-1");
    await screen.findByRole("heading", { level: 1 });
    // Moderators do not answer.
    expect(screen.queryByRole("button", { name: "Kirim jawaban resmi" })).not.toBeInTheDocument();
    await userEvent.selectOptions(await screen.findByLabelText("Unit pemilik baru"), "BKPSDM");
    await userEvent.click(screen.getByRole("button", { name: "Pindahkan ke unit ini" }));
    await waitFor(() => expect(api.callsTo("PUT", "/api/forum/topics/t-1/owner")[0]?.json).toEqual({ unitCode: "BKPSDM" }));

    await userEvent.click(screen.getByRole("button", { name: "Sembunyikan topik" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Sembunyikan topik?" });
    await userEvent.type(within(dialog).getByLabelText("Alasan"), "Memuat data pribadi");
    await userEvent.click(within(dialog).getByRole("button", { name: "Sembunyikan topik" }));
    await waitFor(() => expect(api.callsTo("POST", "/api/moderation/topics/t-1/hide")[0]?.json).toEqual({ reason: "Memuat data pribadi" }));
    expect(await screen.findByTestId("topic-hidden")).toHaveTextContent("disembunyikan, menunggu moderasi");
  });

  it("lists what waits for moderation, restores a topic after confirming, and blocks a citizen", async () => {
    const items: ModerationItem[] = [
      { targetType: "topic", targetId: "t-9", topicId: "t-9", excerpt: "Judul topik bermasalah", authorId: "citizen-9", hidden: true, hiddenAt: "2027-02-05T02:00:00.000Z", hiddenBy: "moderator", reason: "Memuat data pribadi" },
      { targetType: "comment", targetId: "t-2:c-1", topicId: "t-2", excerpt: "Komentar kasar", authorId: "citizen-7", hidden: true, hiddenAt: "2027-02-05T03:00:00.000Z", hiddenBy: "reports", reason: null },
    ];
    let queue = items;
    const api = stubApi({
      ...signedInAs(moderator),
      "GET /api/moderation/queue": () => ({ body: { items: queue, cursor: null } }),
      "POST /api/moderation/topics/t-9/restore": () => {
        queue = items.slice(1);
        return { body: { targetType: "topic", targetId: "t-9", hidden: false } };
      },
      "POST /api/moderation/citizens/cz-7/block": { body: { targetType: "citizen", targetId: "cz-7", blocked: true } },
    });
    renderApp("/admin/moderasi");
    const menu = within(await screen.findByRole("navigation", { name: "Menu utama" }));
    expect(menu.getByRole("link", { name: "Moderasi forum" })).toHaveAttribute("href", "/admin/moderasi");
    expect(menu.queryByRole("link", { name: "Antrean forum warga" })).not.toBeInTheDocument();

    const table = await screen.findByTestId("moderation-queue");
    expect(within(table).getByText("Tiga laporan warga")).toBeInTheDocument();
    expect(within(table).getByText("Komentar")).toBeInTheDocument();
    expect(within(table).getAllByRole("link", { name: "Buka topik" })[1]).toHaveAttribute("href", "/layanan-forum/t-2");
    await userEvent.click(within(table).getByRole("button", { name: "Tampilkan lagi: Judul topik bermasalah" }));
    const dialog = await screen.findByRole("alertdialog", { name: "Tampilkan topik lagi?" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Tampilkan lagi" }));
    await waitFor(() => expect(api.callsTo("POST", "/api/moderation/topics/t-9/restore")).toHaveLength(1));
    await waitFor(() => expect(within(screen.getByTestId("moderation-queue")).queryByText("Judul topik bermasalah")).not.toBeInTheDocument());
    expect(screen.getByText("Topik ditampilkan lagi.")).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("ID warga"), "cz-7");
    await userEvent.type(screen.getByLabelText("Alasan"), "Spam berulang");
    await userEvent.click(screen.getByRole("button", { name: "Blokir" }));
    const ask = await screen.findByRole("alertdialog", { name: "Blokir warga ini?" });
    await userEvent.click(within(ask).getByRole("button", { name: "Blokir" }));
    expect(await screen.findByText("Warga cz-7 diblokir.")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/moderation/citizens/cz-7/block")[0]?.json).toEqual({ reason: "Spam berulang" });
  });

  it("keeps the moderation page from responders", async () => {
    const api = stubApi(signedInAs(supervisor));
    renderApp("/admin/moderasi");
    expect(await screen.findByRole("heading", { name: "Akses ditolak" })).toBeInTheDocument();
    expect(api.callsTo("GET", "/api/moderation/queue")).toHaveLength(0);
  });
});
