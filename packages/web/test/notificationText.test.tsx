import { screen, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { setLang } from "../src/i18n";
import type { Notification } from "../src/types";
import { course, staff } from "./fixtures";
import { renderApp, signedInAs, stubApi } from "./harness";

const items: Notification[] = [
  {
    id: "completed:c-1",
    type: "course_completed",
    params: { course: course.title, jp: 12 },
    title: null,
    body: null,
    link: "/sertifikat/ABC",
    createdAt: "2027-02-02T01:30:00.000Z",
    read: false,
  },
  {
    id: "cycle-open:2027-Q1",
    type: "cycle_opened",
    params: { cycleId: "2027-Q1", dueAt: "2027-01-21T16:00:00.000Z", tasks: 4 },
    title: null,
    body: null,
    link: "/evaluasi",
    createdAt: "2027-01-01T00:00:00.000Z",
    read: false,
  },
  {
    id: "reminder:2027-Q1:3",
    type: "review_reminder",
    params: { cycleId: "2027-Q1", daysLeft: 3, dueAt: "2027-01-21T16:00:00.000Z", self: 1, subjects: "Lalu Ahmad Zaini" },
    title: null,
    body: null,
    link: "/evaluasi",
    createdAt: "2026-12-31T00:00:00.000Z",
    read: true,
  },
  {
    id: "legacy:1",
    type: "something_old",
    params: {},
    title: "Judul lama",
    body: "Isi lama",
    link: null,
    createdAt: "2026-12-01T00:00:00.000Z",
    read: true,
  },
];

async function openBell(name: RegExp) {
  stubApi({ ...signedInAs(staff), "GET /api/notifications": { body: { items, unreadCount: 2 } } });
  renderApp("/");
  await userEvent.click(await screen.findByRole("button", { name }));
  return screen.getByRole("region");
}

describe("notifications in the reader's language", () => {
  it("renders each type in Indonesian", async () => {
    const panel = await openBell(/Notifikasi, 2 belum dibaca/);
    expect(within(panel).getByText("Sertifikat terbit")).toBeInTheDocument();
    expect(within(panel).getByText(`Anda menyelesaikan ${course.title}: 12 JP tercatat.`)).toBeInTheDocument();
    expect(within(panel).getByText("Evaluasi Kuartal 1 2027 dibuka")).toBeInTheDocument();
    expect(within(panel).getByText("Anda punya 4 ulasan untuk diisi sebelum 22 Jan 2027.")).toBeInTheDocument();
    expect(within(panel).getByText("Batas waktu 22 Jan 2027. Belum dikirim: evaluasi diri Anda, Lalu Ahmad Zaini.")).toBeInTheDocument();
  });

  it("renders them in English, and older stored text as it is", async () => {
    await setLang("en");
    const panel = await openBell(/Notifications, 2 unread/);
    expect(within(panel).getByText("Certificate issued")).toBeInTheDocument();
    expect(within(panel).getByText(`You completed ${course.title}: 12 JP recorded.`)).toBeInTheDocument();
    expect(within(panel).getByText("Evaluation Q1 2027 is open")).toBeInTheDocument();
    expect(within(panel).getByText("You have 4 reviews to write by 22 Jan 2027.")).toBeInTheDocument();
    expect(within(panel).getByText("Evaluation reminder Q1 2027: 3 days left")).toBeInTheDocument();
    expect(within(panel).getByText("Due 22 Jan 2027. Not sent yet: your self-evaluation, Lalu Ahmad Zaini.")).toBeInTheDocument();
    expect(within(panel).queryByText("Sertifikat terbit")).not.toBeInTheDocument();
    expect(within(panel).getByText("Judul lama")).toBeInTheDocument();
    expect(within(panel).getByText("Isi lama")).toBeInTheDocument();
  });
});
