import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import type { Notification } from "../src/types";
import { course, staff } from "./fixtures";
import { renderApp, signedInAs, stubApi } from "./harness";

function notifications(): Notification[] {
  return [
    {
      id: "n-1",
      type: "enrollment_promoted",
      params: {},
      title: "Anda mendapat kursi",
      body: "Anda pindah dari daftar tunggu ke peserta Manajemen Proyek Pemerintahan.",
      link: `/kursus/${course.id}`,
      createdAt: "2027-02-01T01:30:00.000Z",
      read: false,
    },
    {
      id: "n-2",
      type: "course_completed",
      params: {},
      title: "Sertifikat terbit",
      body: "Sertifikat Anda sudah terbit.",
      link: null,
      createdAt: "2027-02-02T01:30:00.000Z",
      read: false,
    },
    {
      id: "n-3",
      type: "external_approved",
      params: {},
      title: "Pelatihan eksternal disetujui",
      body: "4 JP ditambahkan.",
      link: null,
      createdAt: "2027-01-02T01:30:00.000Z",
      read: true,
    },
  ];
}

function notificationApi() {
  let items = notifications();
  const list = () => ({ body: { items, unreadCount: items.filter((item) => !item.read).length } });
  return stubApi({
    ...signedInAs(staff),
    "GET /api/notifications": list,
    "POST /api/notifications/read-all": () => {
      items = items.map((item) => ({ ...item, read: true }));
      return { status: 204 };
    },
    "POST /api/notifications/n-1/read": () => {
      items = items.map((item) => (item.id === "n-1" ? { ...item, read: true } : item));
      return { status: 204 };
    },
    [`GET /api/courses/${course.id}`]: { body: { course, myEnrollment: null } },
  });
}

describe("notification bell", () => {
  it("shows the unread count and marks everything read", async () => {
    const api = notificationApi();
    renderApp("/");
    const bell = await screen.findByRole("button", { name: "Notifikasi, 2 belum dibaca" });
    expect(bell).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(bell);
    expect(bell).toHaveAttribute("aria-expanded", "true");

    const panel = screen.getByRole("region", { name: "Notifikasi" });
    expect(within(panel).getAllByRole("listitem")).toHaveLength(3);
    expect(within(panel).getByText("Anda mendapat kursi")).toBeInTheDocument();
    expect(within(panel).getByText("01 Feb 2027 09:30 WITA")).toBeInTheDocument();
    expect(within(panel).getAllByText("Baru")).toHaveLength(2);

    await userEvent.click(within(panel).getByRole("button", { name: "Tandai semua dibaca" }));
    expect(await screen.findByRole("button", { name: "Notifikasi" })).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/notifications/read-all")).toHaveLength(1);
    expect(screen.queryByText("Baru")).not.toBeInTheDocument();
  });

  it("marks an opened item read and follows its link", async () => {
    const api = notificationApi();
    const { history } = renderApp("/");
    await userEvent.click(await screen.findByRole("button", { name: "Notifikasi, 2 belum dibaca" }));
    await userEvent.click(screen.getByRole("link", { name: /Anda mendapat kursi/ }));
    await waitFor(() => expect(history.get()).toBe(`/kursus/${course.id}`));
    expect(api.callsTo("POST", "/api/notifications/n-1/read")).toHaveLength(1);
    expect(await screen.findByRole("button", { name: "Notifikasi, 1 belum dibaca" })).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Notifikasi" })).not.toBeInTheDocument();
  });

  it("lists every notification on a page of its own, reached from the bell", async () => {
    const api = notificationApi();
    const { history } = renderApp("/");
    await userEvent.click(await screen.findByRole("button", { name: "Notifikasi, 2 belum dibaca" }));
    await userEvent.click(within(screen.getByRole("region", { name: "Notifikasi" })).getByRole("link", { name: "Lihat semua notifikasi" }));
    await waitFor(() => expect(history.get()).toBe("/notifikasi"));
    expect(await screen.findByRole("heading", { level: 1, name: "Notifikasi" })).toBeInTheDocument();
    const main = within(screen.getByRole("main"));
    expect(main.getAllByRole("listitem")).toHaveLength(3);
    expect(main.getByText("2 belum dibaca")).toBeInTheDocument();
    await userEvent.click(main.getByRole("link", { name: /Anda mendapat kursi/ }));
    await waitFor(() => expect(history.get()).toBe(`/kursus/${course.id}`));
    expect(api.callsTo("POST", "/api/notifications/n-1/read")).toHaveLength(1);
  });

  it("closes on Escape and gives focus back to the bell", async () => {
    notificationApi();
    renderApp("/");
    const bell = await screen.findByRole("button", { name: "Notifikasi, 2 belum dibaca" });
    await userEvent.click(bell);
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Notifikasi" })).not.toBeInTheDocument();
    expect(bell).toHaveFocus();
  });
});
