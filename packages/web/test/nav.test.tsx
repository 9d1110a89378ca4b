import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { activeItem, ADMIN_GROUPS, type NavItem } from "../src/components/Nav";
import { admin, staff, summary, supervisor } from "./fixtures";
import { renderApp, signedInAs, stubApi } from "./harness";

async function mainMenu() {
  return within(await screen.findByRole("navigation", { name: "Menu utama" }));
}

const adminLinks = ["Tambah pegawai", "Impor CSV", "Unit kerja"];

describe("navigation", () => {
  it("shows the admin links to an admin", async () => {
    stubApi(signedInAs(admin));
    renderApp("/");
    const menu = await mainMenu();
    await userEvent.click(menu.getByRole("button", { name: "Pegawai" }));
    for (const name of ["Beranda", "Profil saya", "Direktori pegawai", ...adminLinks]) {
      expect(menu.getByRole("link", { name })).toBeInTheDocument();
    }
    expect(menu.getByRole("link", { name: "Direktori pegawai" })).toHaveAttribute("href", "/pegawai");
    expect(menu.getByRole("link", { name: "Profil saya" })).toHaveAttribute("href", `/pegawai/${admin.id}`);
    expect(menu.queryByRole("link", { name: "Tim saya" })).not.toBeInTheDocument();
  });

  it("hides the admin links from other staff", async () => {
    stubApi(signedInAs(staff));
    renderApp("/");
    const menu = await mainMenu();
    expect(menu.getByRole("link", { name: "Beranda" })).toBeInTheDocument();
    for (const name of adminLinks) expect(menu.queryByRole("link", { name, hidden: true })).not.toBeInTheDocument();
    expect(menu.queryByRole("button", { name: "Pegawai" })).not.toBeInTheDocument();
    expect(menu.queryByRole("link", { name: "Tim saya" })).not.toBeInTheDocument();
    // Everyone may look colleagues up.
    expect(menu.getByRole("link", { name: "Direktori pegawai" })).toHaveAttribute("href", "/pegawai");
  });

  it("shows the team link to a supervisor, and to anyone who leads a team", async () => {
    stubApi(signedInAs(supervisor));
    renderApp("/");
    expect((await mainMenu()).getByRole("link", { name: "Tim saya" })).toHaveAttribute("href", "/tim");
  });

  it("shows the team link to someone with direct reports but no supervisor role", async () => {
    stubApi({
      ...signedInAs(staff),
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [summary(admin)] } },
    });
    renderApp("/");
    const menu = await mainMenu();
    await waitFor(() => expect(menu.getByRole("link", { name: "Tim saya" })).toBeInTheDocument());
  });

  it("greets the person with their unit and position on the home page", async () => {
    stubApi(signedInAs(staff));
    renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: `Selamat datang, ${staff.name}` })).toBeInTheDocument();
    expect(screen.getByText(staff.unitName)).toBeInTheDocument();
    expect(screen.getByText(staff.position)).toBeInTheDocument();
    expect(screen.getByText("Pelaksana")).toBeInTheDocument();
  });

  it("keeps an admin page from other staff", async () => {
    stubApi(signedInAs(staff));
    renderApp("/admin/pegawai");
    expect(await screen.findByRole("heading", { name: "Akses ditolak" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Isi CSV")).not.toBeInTheDocument();
  });

  it("signs out and returns to the sign-in page", async () => {
    const api = stubApi({ ...signedInAs(staff), "POST /api/auth/logout": { status: 204 } });
    const { history } = renderApp("/");
    await userEvent.click(await screen.findByRole("button", { name: "Keluar" }));
    expect(await screen.findByLabelText("NIP atau email")).toBeInTheDocument();
    await waitFor(() => expect(history.get()).toBe("/masuk"));
    expect(api.callsTo("POST", "/api/auth/logout")).toHaveLength(1);
    expect(screen.queryByRole("navigation", { name: "Menu utama" })).not.toBeInTheDocument();
  });
  it("groups the admin menu under Pegawai, Pelatihan, Evaluasi and Laporan, one open at a time, usable by keyboard", async () => {
    stubApi(signedInAs(admin));
    renderApp("/");
    const menu = await mainMenu();
    const groups = within(menu.getByRole("list", { name: "Menu admin" }));
    const toggles = groups.getAllByRole("button");
    expect(toggles.map((b) => b.textContent)).toEqual(["Pegawai", "Pelatihan", "Evaluasi", "Laporan"]);
    expect(menu.queryByRole("link", { name: "Impor CSV" })).not.toBeInTheDocument();

    const staffGroup = menu.getByRole("button", { name: "Pegawai" });
    staffGroup.focus();
    await userEvent.keyboard("{Enter}");
    expect(staffGroup).toHaveAttribute("aria-expanded", "true");
    expect(menu.getByRole("link", { name: "Impor CSV" })).toHaveAttribute("href", "/admin/pegawai#impor");
    await userEvent.click(menu.getByRole("button", { name: "Laporan" }));
    expect(staffGroup).toHaveAttribute("aria-expanded", "false");
    expect(menu.getByRole("link", { name: "Laporan JP" })).toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(menu.getByRole("button", { name: "Laporan" })).toHaveAttribute("aria-expanded", "false");
    expect(menu.getByRole("button", { name: "Laporan" })).toHaveFocus();
  });

  it("marks exactly one item as the current page, the most specific one", async () => {
    stubApi(signedInAs(admin));
    const current = () => screen.getAllByRole("link", { hidden: true }).filter((link) => link.getAttribute("aria-current") === "page");
    renderApp("/admin/pegawai#impor");
    await mainMenu();
    await waitFor(() => expect(current().map((l) => l.textContent)).toEqual(["Impor CSV"]));
    expect(screen.getByRole("button", { name: /Pegawai/ })).toHaveClass("holds-current");
    expect(screen.getByRole("button", { name: /Laporan/ })).not.toHaveClass("holds-current");
  });
  it("picks the most specific item for a path", () => {
    const own: NavItem[] = [
      { href: "/", label: "nav.home", end: true },
      { href: "/pegawai/s-me", label: "nav.profile", end: true },
      { href: "/kursus", label: "nav.catalog", also: ["/admin/kursus"] },
      { href: "/evaluasi", label: "nav.evaluations" },
      { href: "/pegawai", label: "nav.directory" },
      { href: "/evaluasi/tim", label: "nav.teamEvaluations" },
    ];
    const items = [...own, ...ADMIN_GROUPS.flatMap((g) => g.items)];
    const at = (path: string, hash = "") => activeItem(items, path, hash)?.label;
    expect(at("/admin/pegawai")).toBe("nav.addStaff");
    expect(at("/admin/pegawai", "#tambah")).toBe("nav.addStaff");
    expect(at("/admin/pegawai", "#impor")).toBe("nav.importCsv");
    expect(at("/pegawai/s-me")).toBe("nav.profile");
    expect(at("/pegawai/s-other")).toBe("nav.directory");
    expect(at("/evaluasi/tim")).toBe("nav.teamEvaluations");
    expect(at("/evaluasi/2026-Q4~s-me/hasil")).toBe("nav.evaluations");
    expect(at("/admin/kursus/baru")).toBe("nav.newCourse");
    expect(at("/admin/kursus/c-1/peserta")).toBe("nav.catalog");
    expect(at("/")).toBe("nav.home");
    expect(at("/tidak-ada")).toBeUndefined();
  });
});
