import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

const DAY = 86400_000;
const NEW_CODE = /^[0-9A-HJKMNP-TV-Z]{16}$/;

describe("certificates: signatory, readable codes, verification in any form", () => {
  let api: TestApi;
  let admin: string;
  let staff: string;
  let staffId: string;

  const at = (ms: number) => new Date(api.clock.now().getTime() + ms).toISOString();
  async function completedCourse(code: string, institutionId: string) {
    const created = await api.request("/api/courses", {
      method: "POST",
      cookie: admin,
      json: {
        code,
        year: 2026,
        title: `Pelatihan ${code}`,
        description: "Pelatihan untuk ASN Kota Mataram",
        category: "project_management",
        form: "course",
        competencies: [{ competencyId: "manajemen-proyek", targetLevel: 3 }],
        jp: 8,
        institutionId,
        capacity: 10,
        // Earlier today (WITA), so that it can be completed now.
        sessions: [{ startsAt: at(-6 * 3600_000), endsAt: at(-2 * 3600_000), place: "Aula BKPSDM" }],
        enrollOpensAt: at(-DAY),
        enrollClosesAt: at(DAY),
      },
    });
    expect(created.status).toBe(201);
    const courseId = created.data.id as string;
    await api.request(`/api/courses/${courseId}/status`, { method: "POST", cookie: admin, json: { status: "published" } });
    expect((await api.request(`/api/courses/${courseId}/enrollments`, { method: "POST", cookie: staff, json: {} })).status).toBeLessThan(300);
    const sessionId = created.data.sessions[0].id as string;
    const attended = await api.request(`/api/courses/${courseId}/enrollments/${staffId}/attendance`, { method: "PUT", cookie: admin, json: { sessionId, present: true } });
    expect(attended.status).toBe(200);
    const done = await api.request(`/api/courses/${courseId}/enrollments/${staffId}/completion`, { method: "POST", cookie: admin, json: { attended: true } });
    expect(done.data.status).toBe("completed");
    return done.data.certificateCode as string;
  }

  beforeAll(async () => {
    api = await createTestApi();
    [admin, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.staff)]);
    staffId = (await api.request("/api/me", { cookie: staff })).data.id;
  });

  it("prints the institution's signing official and city, and keeps them when the institution changes later", async () => {
    const signatory = { signatoryName: "Dr. Ni Made Ayu, M.Si.", signatoryPosition: "Kepala Pusat Pelatihan", signatoryNip: "197506152000032002", city: "Mataram" };
    const saved = await api.request("/api/institutions/unram", { method: "PATCH", cookie: admin, json: signatory });
    expect(saved).toMatchObject({ status: 200, data: { id: "unram", name: "Universitas Mataram", ...signatory } });
    const listed = (await api.request("/api/institutions", { cookie: admin })).data.items.find((i: { id: string }) => i.id === "unram");
    expect(listed).toMatchObject(signatory);

    const code = await completedCourse("SIGN-1", "unram");
    expect(code).toMatch(NEW_CODE);
    const check = await api.request(`/public/certificates/${code}`);
    expect(check.status).toBe(200);
    expect(check.data).toMatchObject({ code, displayCode: code.match(/.{4}/g)!.join("-"), institutionName: "Universitas Mataram", ...signatory, issuedOn: "2026-11-27" });

    await api.request("/api/institutions/unram", { method: "PATCH", cookie: admin, json: { signatoryName: "Pejabat Baru", signatoryNip: "" } });
    const after = (await api.request("/api/institutions", { cookie: admin })).data.items.find((i: { id: string }) => i.id === "unram");
    expect(after.signatoryName).toBe("Pejabat Baru");
    expect(after.signatoryNip).toBeUndefined();
    expect((await api.request(`/public/certificates/${code}`)).data).toMatchObject(signatory);
  });

  it("finds a certificate by its code in any case, with or without dashes or spaces, and with Crockford's look-alikes", async () => {
    const code = await completedCourse("READ-1", "bpsdm-ntb");
    const grouped = code.match(/.{4}/g)!.join("-");
    for (const typed of [code, code.toLowerCase(), grouped, grouped.toLowerCase(), ` ${code.match(/.{4}/g)!.join(" ")} `]) {
      const answer = await api.request(`/public/certificates/${encodeURIComponent(typed)}`);
      expect(answer.status, typed).toBe(200);
      expect(answer.data.code).toBe(code);
    }
    const withLookalikes = code.replace(/0/g, "O").replace(/1/g, "l");
    if (withLookalikes !== code) expect((await api.request(`/public/certificates/${withLookalikes}`)).status).toBe(200);
    expect((await api.request(`/public/certificates/${code.slice(0, 15)}`)).status).toBe(404);
  });

  it("keeps the codes issued before (20 lowercase characters) working", async () => {
    const legacy = "7k3mq9px2b4thv8d5rwz";
    await api.ctx.db.entities.certificate
      .create({ code: legacy, courseId: "old", courseTitle: "Pelatihan Lama", staffId, holderName: "Pemegang Lama", institutionName: "BKPSDM", completedOn: "2025-06-01", jp: 10, issuedAt: "2025-06-01T04:00:00.000Z" })
      .go();
    for (const typed of [legacy, legacy.toUpperCase(), "7K3M-Q9PX-2B4T-HV8D-5RWZ"]) {
      const answer = await api.request(`/public/certificates/${typed}`);
      expect(answer.status, typed).toBe(200);
      expect(answer.data).toMatchObject({ courseTitle: "Pelatihan Lama", displayCode: "7K3M-Q9PX-2B4T-HV8D-5RWZ" });
      expect(answer.data.signatoryName).toBeUndefined();
    }
  });

  it("validates the institution editor and keeps it to admins", async () => {
    const bad = await api.request("/api/institutions/unram", { method: "PATCH", cookie: admin, json: { signatoryNip: "12345" } });
    expect(bad.status).toBe(400);
    expect(bad.data.error.details.issues).toEqual([expect.objectContaining({ path: "signatoryNip", message: expect.stringMatching(/18 digits/) })]);
    expect((await api.request("/api/institutions/unram", { method: "PATCH", cookie: staff, json: { city: "Mataram" } })).status).toBe(403);
    expect((await api.request("/api/institutions/tidak-ada", { method: "PATCH", cookie: admin, json: { city: "Mataram" } })).status).toBe(404);
  });

  it("says which field is missing and why when a form is refused", async () => {
    const refused = await api.request("/api/learning/external", {
      method: "POST",
      cookie: staff,
      json: { title: "Webinar", institution: "BSSN", source: "external", startDate: "2026-11-02", endDate: "2026-11-02", jp: 2 },
    });
    expect(refused.status).toBe(400);
    expect(refused.data.error.details.issues).toEqual([{ path: "evidence", code: "required", message: "This field is required" }]);
    const short = await api.request("/api/learning/external", {
      method: "POST",
      cookie: staff,
      json: { title: "Webinar", institution: "BSSN", source: "external", startDate: "2026-11-02", endDate: "2026-11-02", jp: 2, evidence: "x" },
    });
    expect(short.data.error.details.issues).toEqual([expect.objectContaining({ path: "evidence", message: expect.stringMatching(/evidence/) })]);
  });

  it("refuses JP the table cannot store, or with more than two decimals, as a bad request", async () => {
    for (const jp of [6.836606953749337e-276, 1.234]) {
      const refused = await api.request("/api/learning/external", {
        method: "POST",
        cookie: staff,
        json: { title: "Webinar", institution: "BSSN", source: "external", startDate: "2026-11-02", endDate: "2026-11-02", jp, evidence: "Sertifikat webinar" },
      });
      expect(refused.status, String(jp)).toBe(400);
      expect(refused.data.error.details.issues).toEqual([expect.objectContaining({ path: "jp", message: "JP has at most two decimals" })]);
    }
  });
});
