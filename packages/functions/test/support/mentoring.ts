import { expect } from "vitest";
import type { TestApi } from "../../../local/test/support";

export type StaffDetail = { id: string; nip: string; name: string; unitId: string; unitName: string; positionLevel: string; supervisorId: string | null; roles: string[] };

/**
 * What the mentoring tests share: the demo staff, a session per person, and the calls that
 * offer to mentor, ask a mentor and move a relation on. `pick` hands out people no test has used
 * and whom the demo data gives no mentor profile or relation.
 */
export async function mentoringHarness(api: TestApi, admin: string) {
  const page = await api.request("/api/staff?limit=100", { cookie: admin });
  const everyone: StaffDetail[] = await Promise.all(page.data.items.map(async (s: { id: string }) => (await api.request(`/api/staff/${s.id}`, { cookie: admin })).data));
  const used = new Set<string>(["demo-1", "demo-2", "demo-3", "demo-4", "demo-5"]);
  for (const s of everyone) {
    const [{ data: mentor }, { data: asMentee }, { data: asMentor }] = await Promise.all([
      api.ctx.db.entities.mentor.get({ staffId: s.id }).go(),
      api.ctx.db.entities.mentorship.query.byMentee({ menteeId: s.id }).go({ limit: 1 }),
      api.ctx.db.entities.mentorship.query.byMentor({ mentorId: s.id }).go({ limit: 1 }),
    ]);
    if (mentor || asMentee.length || asMentor.length) used.add(s.id);
  }
  const cookies = new Map<string, string>();
  const detail = (id: string) => everyone.find((s) => s.id === id)!;
  /** The session of a demo person, signed in once. */
  async function as(id: string) {
    if (!cookies.has(id)) cookies.set(id, await api.signIn(detail(id).nip));
    return cookies.get(id)!;
  }
  const offer = async (id: string, over: Record<string, unknown> = {}) => {
    const answer = await api.request("/api/mentors/me", {
      method: "PUT",
      cookie: await as(id),
      json: { available: true, capacity: 2, competencies: [{ competencyId: "komunikasi", level: 4 }], bio: "Perencana senior", modes: ["tatap_muka", "daring"], ...over },
    });
    expect(answer.status, JSON.stringify(answer.data)).toBe(200);
    return answer.data;
  };
  const ask = async (menteeId: string, mentorId: string, over: Record<string, unknown> = {}) =>
    api.request("/api/mentorships", {
      method: "POST",
      cookie: await as(menteeId),
      json: { mentorId, competencyIds: ["komunikasi"], goals: [{ competencyId: "komunikasi", text: "Presentasi kebijakan yang jelas" }], weeks: 8, message: "Mohon bimbingannya", ...over },
    });
  const act = async (id: string, action: string, who: string, json?: unknown) =>
    api.request(`/api/mentorships/${id}/${action}`, { method: "POST", cookie: await as(who), ...(json ? { json } : {}) });
  /** Staff of a level, not yet used, outside whoever `avoid` names. */
  function pick(level: string, avoid: (s: StaffDetail) => boolean = () => false): StaffDetail {
    const found = everyone.find((s) => s.positionLevel === level && !used.has(s.id) && !avoid(s));
    if (!found) throw new Error(`no ${level} left`);
    used.add(found.id);
    return found;
  }
  return { everyone, used, cookies, detail, as, offer, ask, act, pick };
}

export type MentoringHarness = Awaited<ReturnType<typeof mentoringHarness>>;
