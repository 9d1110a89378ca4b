import { screen, waitFor } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { staff } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

async function signIn(login: string, password: string) {
  await userEvent.type(await screen.findByLabelText("NIP atau email"), login);
  await userEvent.type(screen.getByLabelText("Kata sandi"), password);
  await userEvent.click(screen.getByRole("button", { name: "Masuk" }));
}

describe("sign-in page", () => {
  it("sends the credentials and shows the 401 message", async () => {
    const api = stubApi({
      "GET /api/me": apiError(401, "unauthenticated"),
      "POST /api/auth/login": apiError(401, "invalid_credentials", "Invalid credentials"),
    });
    renderApp("/masuk");
    await signIn("199204102019032003", "salah-sekali");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("NIP/email atau kata sandi salah.");
    expect(api.callsTo("POST", "/api/auth/login")[0].json).toEqual({
      login: "199204102019032003",
      password: "salah-sekali",
    });
    expect(screen.getByRole("heading", { name: "Masuk" })).toBeInTheDocument();
  });

  it("tells how long a locked account must wait", async () => {
    stubApi({
      "GET /api/me": apiError(401, "unauthenticated"),
      "POST /api/auth/login": apiError(429, "account_locked", "Locked", { retryAfterSeconds: 840 }),
    });
    renderApp("/masuk");
    await signIn("sari@mataramkota.go.id", "apa-saja-123");
    expect(await screen.findByRole("alert")).toHaveTextContent("Coba lagi dalam 14 menit.");
  });

  it("sends a visitor to the sign-in page and back where they were going", async () => {
    let signedIn = false;
    stubApi({
      ...signedInAs(staff),
      "GET /api/me": () => (signedIn ? { body: staff } : apiError(401, "unauthenticated")),
      "POST /api/auth/login": () => {
        signedIn = true;
        return { body: staff };
      },
      [`GET /api/staff/${staff.id}`]: { body: staff },
      [`GET /api/staff/${staff.supervisorId}`]: apiError(403, "forbidden"),
    });
    const { history } = renderApp(`/pegawai/${staff.id}`);

    await screen.findByLabelText("NIP atau email");
    await waitFor(() => expect(history.get()).toBe(`/masuk?ke=${encodeURIComponent(`/pegawai/${staff.id}`)}`));

    await signIn(staff.nip, "kata-sandi-benar");
    expect(await screen.findByRole("heading", { name: staff.name })).toBeInTheDocument();
    await waitFor(() => expect(history.get()).toBe(`/pegawai/${staff.id}`));
  });

  it("forces a password change before anything else", async () => {
    const fresh = { ...staff, mustChangePassword: true };
    const api = stubApi({
      "GET /api/me": apiError(401, "unauthenticated"),
      "POST /api/auth/login": { body: fresh },
      "POST /api/auth/password": { body: { ...fresh, mustChangePassword: false } },
      [`GET /api/staff/${staff.id}/team`]: { body: { items: [] } },
      // Where the change leads: Beranda, with the dashboard of someone new (a refused read still
      // pending as the test ends would surface as an unhandled rejection after it).
      "GET /api/dashboards/me": {
        body: {
          asOf: "2026-12-02T00:30:00.000Z",
          year: 2026,
          jp: { earned: 0, planned: 0, target: 20, expectedByNow: 17.5, atRisk: true, reachesTarget: false },
          courses: [],
          reviews: [],
          planItems: [],
          mentoring: { nextSession: null, openActions: [] },
          notifications: { unread: 0 },
        },
      },
    });
    const { history } = renderApp("/masuk");
    await signIn(staff.nip, "sementara-123");

    expect(await screen.findByRole("heading", { name: "Ganti kata sandi" })).toBeInTheDocument();
    await waitFor(() => expect(history.get()).toBe("/kata-sandi"));
    expect(screen.queryByRole("navigation", { name: "Menu utama" })).not.toBeInTheDocument();

    await userEvent.type(screen.getByLabelText("Kata sandi saat ini"), "sementara-123");
    await userEvent.type(screen.getByLabelText("Kata sandi baru"), "rinjani-2024-aman");
    await userEvent.type(screen.getByLabelText("Ulangi kata sandi baru"), "rinjani-2024-aman");
    await userEvent.click(screen.getByRole("button", { name: "Simpan kata sandi" }));

    expect(await screen.findByRole("heading", { name: `Selamat datang, ${staff.name}` })).toBeInTheDocument();
    await waitFor(() => expect(history.get()).toBe("/"));
    // Beranda's dashboard, for someone new: nothing earned yet.
    expect(await screen.findByText("0 dari 20 JP")).toBeInTheDocument();
    expect(api.callsTo("POST", "/api/auth/password")[0].json).toEqual({
      currentPassword: "sementara-123",
      newPassword: "rinjani-2024-aman",
    });
  });

  it("refuses a repeated password that differs without calling the API", async () => {
    const api = stubApi({ ...signedInAs(staff) });
    renderApp("/kata-sandi");
    await userEvent.type(await screen.findByLabelText("Kata sandi saat ini"), "lama-sekali-1");
    await userEvent.type(screen.getByLabelText("Kata sandi baru"), "baru-sekali-12");
    await userEvent.type(screen.getByLabelText("Ulangi kata sandi baru"), "baru-sekali-13");
    await userEvent.click(screen.getByRole("button", { name: "Simpan kata sandi" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Ulangan kata sandi baru tidak sama.");
    await waitFor(() => expect(api.callsTo("POST", "/api/auth/password")).toHaveLength(0));
  });
});
