import { screen, waitFor, within } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Certificate } from "../src/types";
import { staff } from "./fixtures";
import { apiError, renderApp, signedInAs, stubApi } from "./harness";

const certificate: Certificate = {
  code: "KMP-7Q2X",
  displayCode: "KMP-7Q2X",
  courseTitle: "Manajemen Proyek Pemerintahan",
  holderName: staff.name,
  institutionName: "Universitas Mataram",
  completedOn: "2027-03-02",
  jp: 24,
  issuedOn: "2027-03-03",
};

const signed: Certificate = {
  ...certificate,
  code: "7K3MQ9PX2B4THV8D",
  displayCode: "7K3M-Q9PX-2B4T-HV8D",
  signatoryName: "Prof. Dr. Baiq Rahmawati, M.Pd.",
  signatoryPosition: "Ketua LPPM Universitas Mataram",
  signatoryNip: "197004121995032001",
  city: "Mataram",
};

const signedOut = { "GET /api/me": apiError(401, "unauthenticated") };

describe("public certificate verification", () => {
  it("confirms a valid certificate without signing in", async () => {
    const api = stubApi({ ...signedOut, "GET /public/certificates/KMP-7Q2X": { body: certificate } });
    const { history } = renderApp("/verifikasi/KMP-7Q2X");
    expect(await screen.findByRole("heading", { name: /Sertifikat sah/ })).toBeInTheDocument();
    expect(screen.getByText(staff.name)).toBeInTheDocument();
    expect(screen.getByText(certificate.courseTitle)).toBeInTheDocument();
    expect(screen.getByText("Universitas Mataram")).toBeInTheDocument();
    expect(screen.getByText("02 Mar 2027")).toBeInTheDocument();
    expect(screen.getByText("24 JP")).toBeInTheDocument();
    expect(screen.queryByText(staff.nip)).not.toBeInTheDocument();
    expect(screen.queryByText(staff.email)).not.toBeInTheDocument();
    expect(history.get()).toBe("/verifikasi/KMP-7Q2X");
    expect(screen.queryByRole("navigation", { name: "Menu utama" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Notifikasi/ })).not.toBeInTheDocument();
    expect(api.callsTo("GET", "/api/notifications")).toHaveLength(0);
  });

  it("says clearly when there is no such certificate", async () => {
    stubApi({ ...signedOut, "GET /public/certificates/SALAH-1": apiError(404, "not_found", "No certificate") });
    const { history } = renderApp("/verifikasi/SALAH-1");
    expect(await screen.findByRole("alert")).toHaveTextContent("Sertifikat tidak ditemukan");
    expect(screen.getByRole("alert")).toHaveTextContent("SALAH-1");
    expect(history.get()).toBe("/verifikasi/SALAH-1");
  });

  it("takes a typed code from the form", async () => {
    stubApi({ ...signedOut, "GET /public/certificates/KMP-7Q2X": { body: certificate } });
    const { history } = renderApp("/verifikasi");
    await userEvent.type(await screen.findByLabelText("Kode sertifikat"), " KMP-7Q2X ");
    await userEvent.click(screen.getByRole("button", { name: "Periksa" }));
    expect(await screen.findByRole("heading", { name: /Sertifikat sah/ })).toBeInTheDocument();
    expect(history.get()).toBe("/verifikasi/KMP-7Q2X");
  });

  it("still sends other signed-out visitors to the sign-in page", async () => {
    stubApi(signedOut);
    const { history } = renderApp("/sertifikat/KMP-7Q2X");
    await screen.findByLabelText("NIP atau email");
    expect(history.get()).toBe("/masuk?ke=%2Fsertifikat%2FKMP-7Q2X");
  });
});

describe("certificate page", () => {
  it("shows the certificate with a QR code to the verification page and prints", async () => {
    stubApi({ ...signedInAs(staff), "GET /public/certificates/KMP-7Q2X": { body: certificate } });
    const print = vi.fn();
    vi.stubGlobal("print", print);
    renderApp("/sertifikat/KMP-7Q2X");
    expect(await screen.findByText(staff.name)).toBeInTheDocument();
    expect(screen.getByTestId("certificate-code")).toHaveTextContent("KMP-7Q2X");
    expect(screen.getByText(`Periksa keaslian sertifikat ini di ${location.origin}/verifikasi/KMP-7Q2X`)).toBeInTheDocument();
    const qr = await screen.findByRole("img", { name: "Kode QR menuju halaman verifikasi sertifikat KMP-7Q2X" });
    expect(qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    await userEvent.click(screen.getByRole("button", { name: "Cetak" }));
    await waitFor(() => expect(print).toHaveBeenCalled());
  });
});

describe("certificate sheet", () => {
  it("prints the city government, the logo, the place and date, the signing official with NIP, and the code in groups", async () => {
    stubApi({ ...signedInAs(staff), "GET /public/certificates/7K3MQ9PX2B4THV8D": { body: signed } });
    renderApp("/sertifikat/7K3MQ9PX2B4THV8D");
    expect(await screen.findByText(staff.name)).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Logo Pemerintah Kota Mataram" })).toHaveAttribute("src", "/logo-kota-mataram.svg");
    expect(within(screen.getByRole("article")).getByText("Pemerintah Kota Mataram")).toBeInTheDocument();
    const signature = within(screen.getByTestId("certificate-signature"));
    expect(signature.getByText("Mataram, 3 Maret 2027")).toBeInTheDocument();
    expect(signature.getByText("Ketua LPPM Universitas Mataram")).toBeInTheDocument();
    expect(signature.getByText("Prof. Dr. Baiq Rahmawati, M.Pd.")).toBeInTheDocument();
    expect(signature.getByText("NIP 197004121995032001")).toBeInTheDocument();
    expect(screen.getByTestId("certificate-code")).toHaveTextContent(/^7K3M-Q9PX-2B4T-HV8D$/);
    expect(screen.getByText(`Periksa keaslian sertifikat ini di ${location.origin}/verifikasi/7K3M-Q9PX-2B4T-HV8D`)).toBeInTheDocument();
  });

  it("names the issuing institution when no official is set", async () => {
    stubApi({ ...signedInAs(staff), "GET /public/certificates/KMP-7Q2X": { body: certificate } });
    renderApp("/sertifikat/KMP-7Q2X");
    const signature = within(await screen.findByTestId("certificate-signature"));
    expect(signature.getByText("Diterbitkan oleh Universitas Mataram")).toBeInTheDocument();
    expect(signature.queryByText(/^NIP/)).not.toBeInTheDocument();
  });

  it("shows the signing official on the public check, with the code as printed", async () => {
    stubApi({ ...signedOut, "GET /public/certificates/7k3m-q9px-2b4t-hv8d": { body: signed } });
    renderApp("/verifikasi/7k3m-q9px-2b4t-hv8d");
    expect(await screen.findByRole("heading", { name: /Sertifikat sah/ })).toBeInTheDocument();
    expect(screen.getByText(/Prof\. Dr\. Baiq Rahmawati, M\.Pd\., Ketua LPPM/)).toBeInTheDocument();
    expect(screen.getByText("7K3M-Q9PX-2B4T-HV8D")).toBeInTheDocument();
  });
});
