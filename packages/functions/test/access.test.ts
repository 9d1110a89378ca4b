import { beforeAll, describe, expect, it } from "vitest";
import { accessLevels } from "../src/http/route";
import { createTestApi } from "../../local/test/support";
import { allowed, CALLERS, loadAccessOperations, maySeeSubject, prepareFixture, requestFor, type AccessOperation, type Caller, type Fixture } from "./support/access";

// The role matrix: every operation of /api/openapi.json and /public/openapi.json, called as every
// caller on records that belong to someone else (the subject's, a citizen's topic). Each answer
// must be what the operation declares in `x-access`: an answer where it is declared, 401 for a
// caller without the needed session, 403 or 404 for a signed-in caller it does not answer, and
// never another person's NIP or e-mail address where the caller may not see the subject.

/** Operations that change what the others need (sessions, the relation, the subject's record): called last. */
const LAST = [
  "changeForumTopicOwner",
  "withdraw",
  "declineMentorship",
  "withdrawMentorship",
  "withdrawMentorshipSession",
  "completeMentorship",
  "cancelMentorship",
  "blockCitizen",
  "updateStaff",
  "resetPassword",
  "changePassword",
  "citizenLogout",
  "logout",
];

function phase(op: AccessOperation) {
  const last = LAST.indexOf(op.operationId);
  return last >= 0 ? 2 + last : op.method === "GET" ? 0 : 1;
}

type Cell = { caller: Caller; status: number; problem?: string };

describe("every route as every role", () => {
  let fx: Fixture;
  const ops = loadAccessOperations().sort((a, b) => phase(a) - phase(b));

  beforeAll(async () => {
    const api = await createTestApi({ forum: true, dashboards: true, aggregates: true });
    fx = await prepareFixture(api);
    // The dashboards' figures (a unit's head is found from them) as the stream consumer keeps them.
    await api.settle();
  }, 120_000);

  it("every operation declares who it answers, in the known levels", () => {
    expect(ops.length).toBeGreaterThan(140);
    for (const op of ops) {
      expect(op.access.length, op.operationId).toBeGreaterThan(0);
      for (const level of op.access) expect(accessLevels, `${op.operationId}: ${level}`).toContain(level);
    }
  });

  it("answers each caller as the route declares, and shows no one else's personal data", async () => {
    const rows: { op: AccessOperation; cells: Cell[] }[] = [];
    const secrets = [fx.subject.nip, fx.subject.email, fx.author.email];
    for (const op of ops) {
      // The refused first, so the allowed callers' writes cannot decide their answers.
      const callers = [...CALLERS].sort((a, b) => Number(allowed(fx, op, a)) - Number(allowed(fx, op, b)));
      const cells: Cell[] = [];
      for (const caller of callers) {
        const r = await requestFor(fx, op, caller);
        const answer = await fx.api.request(r.url, {
          method: r.method,
          cookie: fx.cookies.get(caller),
          body: r.body,
          headers: r.contentType ? { "content-type": r.contentType } : {},
        });
        const text = typeof answer.data === "string" ? answer.data : JSON.stringify(answer.data ?? "");
        const problems: string[] = [];
        if (allowed(fx, op, caller)) {
          if (answer.status >= 500 || [401, 403, 404].includes(answer.status)) problems.push(`declared to answer, got ${answer.status}`);
        } else {
          const due = caller === "anonymous" || caller === "citizen" || op.public ? [401] : [403, 404];
          if (!due.includes(answer.status)) problems.push(`${due.join("/")} due, got ${answer.status}`);
          if (answer.data?.error?.code === undefined) problems.push("refused without the error shape");
        }
        if (!maySeeSubject(fx, op, caller)) for (const secret of secrets) if (text.includes(secret)) problems.push(`shows ${secret}`);
        cells.push({ caller, status: answer.status, ...(problems.length ? { problem: `${problems.join("; ")}: ${text.slice(0, 200)}` } : {}) });
      }
      rows.push({ op, cells: CALLERS.map((c) => cells.find((cell) => cell.caller === c)!) });
    }

    const width = Math.max(...rows.map((r) => `${r.op.method} ${r.op.path}`.length));
    const header = `${"".padEnd(width)}  ${CALLERS.map((c) => c.slice(0, 8).padStart(8)).join(" ")}`;
    const lines = rows.map(({ op, cells }) => `${`${op.method} ${op.path}`.padEnd(width)}  ${cells.map((c) => `${c.problem ? "!" : ""}${c.status}`.padStart(8)).join(" ")}`);
    const failures = rows.flatMap(({ op, cells }) => cells.filter((c) => c.problem).map((c) => `${op.method} ${op.path} as ${c.caller} [${op.access.join(", ")}]: ${c.problem}`));
    const count = rows.length * CALLERS.length;
    console.log(`role matrix: ${rows.length} operations x ${CALLERS.length} callers = ${count} requests, ${failures.length} failures\n${header}\n${lines.join("\n")}`);
    expect(failures, failures.join("\n")).toEqual([]);
  }, 300_000);
});
