import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError, onApiError } from "../src/api";
import { apiError, stubApi } from "./harness";

describe("api client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends JSON with the same-origin cookie and the kompeten header", async () => {
    const { calls } = stubApi({ "POST /api/auth/login": { body: { id: "s-1" } } });
    await api.login("198503152010011001", "rahasia-sekali");
    expect(calls).toHaveLength(1);
    expect(calls[0].credentials).toBe("same-origin");
    expect(calls[0].headers["X-Requested-With"]).toBe("kompeten");
    expect(calls[0].headers["Content-Type"]).toBe("application/json");
    expect(calls[0].json).toEqual({ login: "198503152010011001", password: "rahasia-sekali" });
  });

  it("puts the header on reads too and drops empty query values", async () => {
    const { calls } = stubApi({ "GET /api/staff": { body: { items: [], cursor: null } } });
    await api.listStaff({ q: "1985", unitId: "", cursor: null, limit: 25 });
    expect(calls[0].headers["X-Requested-With"]).toBe("kompeten");
    expect(calls[0].search.get("q")).toBe("1985");
    expect(calls[0].search.get("limit")).toBe("25");
    expect(calls[0].search.has("unitId")).toBe(false);
    expect(calls[0].search.has("cursor")).toBe(false);
  });

  it("turns the error shape into an ApiError and tells listeners", async () => {
    stubApi({ "POST /api/auth/login": apiError(429, "account_locked", "Locked", { retryAfterSeconds: 600 }) });
    const seen: string[] = [];
    const stop = onApiError((error) => seen.push(error.code));
    const failure = await api.login("x", "y").catch((error: unknown) => error);
    stop();
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      status: 429,
      code: "account_locked",
      message: "Locked",
      details: { retryAfterSeconds: 600 },
    });
    expect(seen).toEqual(["account_locked"]);
  });

  it("answers undefined for 204 and sends CSV as text/csv", async () => {
    const { calls } = stubApi({
      "POST /api/auth/logout": { status: 204 },
      "POST /api/staff/import": { body: { created: 1, updated: 0, unchanged: 0 } },
    });
    await expect(api.logout()).resolves.toBeUndefined();
    const csv = "nip,name,email,unit,position,supervisor_nip\n";
    await expect(api.importStaff(csv)).resolves.toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(calls[1].headers["Content-Type"]).toBe("text/csv");
    expect(calls[1].body).toBe(csv);
  });

  it("reports a failed connection as network_error", async () => {
    vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
    await expect(api.me()).rejects.toMatchObject({ status: 0, code: "network_error" });
  });
});
