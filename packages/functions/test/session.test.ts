import { beforeAll, describe, expect, it } from "vitest";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

/**
 * Each DynamoDB command as sent and as answered, in order: `start GetItem`, `end Query`...
 * Every answer is held back a little, as a real network round trip would be, so that reads
 * sent one after the other cannot look as if they had overlapped on a busy machine.
 */
function trace(api: TestApi, roundTripMs = 40) {
  const events: string[] = [];
  api.ctx.client.middlewareStack.add(
    (next, context) => async (args) => {
      events.push(`start ${String(context.commandName).replace(/Command$/, "")}`);
      try {
        const answer = await next(args);
        await new Promise((resolve) => setTimeout(resolve, roundTripMs));
        return answer;
      } finally {
        events.push(`end ${String(context.commandName).replace(/Command$/, "")}`);
      }
    },
    { step: "initialize", name: "traceRequests" },
  );
  return {
    events,
    reset: () => void events.splice(0),
    /** How many commands were on the way at once at most. */
    mostInFlight() {
      let now = 0;
      let most = 0;
      for (const event of events) most = Math.max(most, (now += event.startsWith("start") ? 1 : -1));
      return most;
    },
  };
}

describe("a signed-in read in one round trip", () => {
  let api: TestApi;
  let admin: string;
  let staffId: string;
  let unitId: string;
  let requests: ReturnType<typeof trace>;

  beforeAll(async () => {
    api = await createTestApi();
    requests = trace(api);
    admin = await api.signIn(DEMO.admin);
    const me = (await api.request("/api/me", { cookie: await api.signIn(DEMO.staff) })).data;
    staffId = me.id;
    unitId = me.unitId;
  });

  it("reads the account and a staff record at once", async () => {
    const cookie = await api.signIn(DEMO.staff);
    requests.reset();
    const record = await api.request(`/api/staff/${staffId}`, { cookie });
    expect(record.status).toBe(200);
    expect(record.data.id).toBe(staffId);
    // Both GetItems (the account, the record) were sent before either answered.
    expect(requests.events.slice(0, 2)).toEqual(["start GetItem", "start GetItem"]);
    expect(requests.mostInFlight()).toBe(2);
  });

  it("reads the account and a directory page at once", async () => {
    requests.reset();
    const page = await api.request(`/api/staff?limit=20&unitId=${unitId}`, { cookie: admin });
    expect(page.status).toBe(200);
    expect(page.data.items.length).toBeGreaterThan(0);
    expect(requests.events.slice(0, 2).sort()).toEqual(["start GetItem", "start Query"]);
    expect(requests.mostInFlight()).toBe(2);
  });

  it("reads the account and one's notifications at once", async () => {
    const cookie = await api.signIn(DEMO.staff);
    requests.reset();
    const notifications = await api.request("/api/notifications", { cookie });
    expect(notifications.status).toBe(200);
    expect(requests.mostInFlight()).toBe(2);
  });

  it("never answers with the data of a session whose version ended, though its read started", async () => {
    const ended = await api.signIn(DEMO.staff);
    // Signing out elsewhere ends every session of the account (the version moves on).
    await api.request("/api/auth/logout", { method: "POST", cookie: await api.signIn(DEMO.staff) });
    for (const path of [`/api/staff/${staffId}`, "/api/notifications", `/api/staff?unitId=${unitId}`, "/api/me", `/api/staff/${staffId}/team`]) {
      requests.reset();
      const refused = await api.request(path, { cookie: ended });
      expect(refused.status, path).toBe(401);
      expect(refused.data, path).toEqual({ error: { code: "unauthenticated", message: "Please sign in again" } });
      if (path !== "/api/me") expect(requests.events.filter((e) => e.startsWith("start")).length, path).toBe(2);
    }
  });

  it("never answers with the data of a deactivated account, though its read started", async () => {
    const person = (await api.request(`/api/staff?limit=5&unitId=${unitId}`, { cookie: admin })).data.items.find(
      (s: { id: string }) => s.id !== staffId,
    );
    await api.request(`/api/staff/${person.id}/password`, { method: "POST", cookie: admin, json: { password: "sementara-456" } });
    const login = (await api.request(`/api/staff/${person.id}`, { cookie: admin })).data.email;
    const signedIn = await api.signIn(login, "sementara-456");
    await api.request("/api/auth/password", { method: "POST", cookie: signedIn, json: { currentPassword: "sementara-456", newPassword: "baru-sekali-789" } });
    const cookie = await api.signIn(login, "baru-sekali-789");
    expect((await api.request(`/api/staff/${person.id}`, { cookie })).status).toBe(200);

    await api.request(`/api/staff/${person.id}`, { method: "PATCH", cookie: admin, json: { active: false } });
    requests.reset();
    const refused = await api.request(`/api/staff/${person.id}`, { cookie });
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.data)).not.toContain(person.name);
    expect(requests.mostInFlight()).toBe(2);
    // A record that does not exist answers 401 as well, not 404: the refusal wins over what the read found.
    expect((await api.request("/api/staff/no-such-person", { cookie })).status).toBe(401);
  });

  it("keeps a first password's session to the password routes, also on reads", async () => {
    const person = (await api.request(`/api/staff?limit=5&unitId=${unitId}`, { cookie: admin })).data.items.filter(
      (s: { id: string; active: boolean }) => s.id !== staffId && s.active,
    )[1];
    await api.request(`/api/staff/${person.id}/password`, { method: "POST", cookie: admin, json: { password: "sementara-999" } });
    const login = (await api.request(`/api/staff/${person.id}`, { cookie: admin })).data.email;
    const cookie = await api.signIn(login, "sementara-999");
    const refused = await api.request(`/api/staff/${person.id}`, { cookie });
    expect(refused.status).toBe(403);
    expect(refused.data.error.code).toBe("password_change_required");
    expect((await api.request("/api/me", { cookie })).status).toBe(200);
  });
});
