import { expect } from "vitest";
import { quarterOf } from "@kompeten/core/time";
import type { Access } from "../../src/http/route";
import { DEMO, type TestApi } from "../../../local/test/support";
import { loadOperations, type Operation } from "./fuzz";
import { postTopic, sampleTopic, signInCitizen, type SignedInCitizen } from "./forum";

// The role matrix: every operation of both OpenAPI documents called as every caller, on records
// that belong to someone else, against what the operation declares in `x-access`.

/** The callers, each a real demo person (or none), and what they are to the records below. */
export const CALLERS = ["anonymous", "citizen", "stranger", "supervisor", "manager", "mentor", "unitStaff", "unitSupervisor", "moderator", "admin"] as const;
export type Caller = (typeof CALLERS)[number];

/**
 * The records are the subject's (pegawai@, Diskominfo) and a citizen's forum topic that the
 * health office (Dinkes) answers for. What each caller is to them, as access levels: the
 * stranger is staff of another unit with no tie to either, the unit's staff member a Dinkes
 * employee without the supervisor role. Everyone with the supervisor role is `anySupervisor` too.
 */
const RELATIONS: Record<Caller, Access[]> = {
  anonymous: [],
  citizen: ["citizen"],
  stranger: [],
  supervisor: ["supervisor"],
  manager: ["manager", "unitHead"],
  mentor: ["mentor"],
  unitStaff: [],
  unitSupervisor: ["unitSupervisor"],
  moderator: ["moderator"],
  admin: ["admin"],
};

const isStaff = (caller: Caller) => caller !== "anonymous" && caller !== "citizen";

/** Levels that answer about the caller's own records, never the subject's. */
const OWN: Access[] = ["own", "anySupervisor", "citizen"];

export function relationsOf(fx: Fixture, caller: Caller): Access[] {
  const person = isStaff(caller) ? fx.people[caller as keyof Fixture["people"]] : null;
  return [...RELATIONS[caller], ...(person?.roles.includes("supervisor") ? (["anySupervisor"] as const) : [])];
}

export interface AccessOperation extends Operation {
  access: Access[];
}

export function loadAccessOperations(): AccessOperation[] {
  return loadOperations().map((op) => {
    const declared = op.doc.paths[op.path]![op.method.toLowerCase()]["x-access"] as Access[] | undefined;
    return { ...op, access: declared ?? [] };
  });
}

/** Whether the operation answers this caller (on the records of someone else), as it declares. */
export function allowed(fx: Fixture, op: AccessOperation, caller: Caller): boolean {
  if (op.access.includes("anyone")) return true;
  if (op.public) return caller === "citizen" && op.access.includes("citizen");
  if (!isStaff(caller)) return false;
  if (op.access.includes("staff") || op.access.includes("own")) return true;
  return relationsOf(fx, caller).some((level) => op.access.includes(level));
}

/** Whether the answer may hold the subject's personal data: the route shares it, or the caller is tied to the record. */
export function maySeeSubject(fx: Fixture, op: AccessOperation, caller: Caller): boolean {
  if (op.access.includes("anyone") || (isStaff(caller) && op.access.includes("staff"))) return true;
  return relationsOf(fx, caller).some((level) => !OWN.includes(level) && op.access.includes(level));
}

// ---------------------------------------------------------------------------------------------
// The records, made through the API as their owners would.

type Person = { id: string; nip: string; email: string; name: string; unitId: string; supervisorId: string | null; positionLevel: string; roles: string[] };

export interface Fixture {
  api: TestApi;
  cookies: Map<Caller, string>;
  subject: Person;
  subjectCookie: string;
  author: SignedInCitizen;
  people: Record<Exclude<Caller, "anonymous" | "citizen">, Person>;
  units: { subject: { id: string; code: string }; forum: { id: string; code: string } };
  ids: Record<string, string>;
}

async function ok<T = any>(answer: Promise<{ status: number; data: any }>, status = [200, 201]): Promise<T> {
  const { status: got, data } = await answer;
  expect(status, JSON.stringify(data)).toContain(got);
  return data;
}

export async function prepareFixture(api: TestApi): Promise<Fixture> {
  const adminCookie = await api.signIn(DEMO.admin);
  const get = (path: string, cookie = adminCookie) => ok(api.request(path, { cookie }));
  const send = (path: string, method: string, cookie: string, json?: unknown) => ok(api.request(path, { method, cookie, ...(json === undefined ? {} : { json }) }));

  const unitList: { id: string; code: string }[] = (await get("/api/units")).items;
  const unit = (code: string) => unitList.find((u) => u.code === code)!;
  const staffOf = async (unitId: string): Promise<Person[]> => {
    const page = await get(`/api/staff?unitId=${unitId}&limit=100`);
    return Promise.all(page.items.map((s: { id: string }) => get(`/api/staff/${s.id}`)));
  };
  const diskominfo = await staffOf(unit("DISKOMINFO").id);
  const byEmail = (people: Person[], login: string) => people.find((p) => p.email === login)!;
  const subject = byEmail(diskominfo, DEMO.staff);
  const supervisor = byEmail(diskominfo, DEMO.supervisor);
  const manager = diskominfo.find((p) => p.id === supervisor.supervisorId)!;
  const dinkes = await staffOf(unit("DINKES").id);
  const dpupr = await staffOf(unit("DPUPR").id);
  const people = {
    stranger: dpupr.find((p) => p.positionLevel === "pelaksana" && p.roles.length === 1)!,
    supervisor,
    manager,
    mentor: await get("/api/staff/demo-4"),
    unitStaff: dinkes.find((p) => p.positionLevel === "pelaksana" && p.roles.length === 1)!,
    unitSupervisor: dinkes.find((p) => p.positionLevel === "pengawas")!,
    moderator: await get("/api/staff/demo-5"),
    admin: await get("/api/staff/demo-1"),
  } satisfies Fixture["people"];
  expect(people.mentor.email).toBe(DEMO.mentor);
  expect(manager.positionLevel).toBe("jpt_pratama");

  const cookies = new Map<Caller, string>();
  for (const [caller, person] of Object.entries(people)) cookies.set(caller as Caller, caller === "admin" ? adminCookie : await api.signIn(person.nip));
  const asSubject = await api.signIn(subject.nip);
  const author = await signInCitizen(api, "Warga Pelapor");
  cookies.set("citizen", (await signInCitizen(api, "Warga Lain")).cookie);

  // The subject's learning: a course they enrolled in, one they did not, and reported training waiting for the supervisor.
  const courses = (await get("/api/courses?status=published&openSeats=true&limit=20", asSubject)).items as { id: string }[];
  expect(courses.length).toBeGreaterThan(1);
  await send(`/api/courses/${courses[0]!.id}/enrollments`, "POST", asSubject, {});
  const entry = await send("/api/learning/external", "POST", asSubject, {
    title: "Pelatihan keamanan informasi",
    institution: "BSSN",
    source: "external",
    startDate: "2026-10-05",
    endDate: "2026-10-06",
    jp: 8,
    evidence: "Sertifikat nomor 123/BSSN/2026",
  });

  // This quarter's cycle: the subject's evaluation and their own review.
  const now = api.ctx.now();
  const { year, quarter } = quarterOf(now);
  await send("/api/cycles", "POST", adminCookie, { year, quarter });
  const evaluation = (await get("/api/evaluations/mine", asSubject)).items[0] as { id: string };
  const task = ((await get("/api/evaluations/tasks", asSubject)).items as { evaluationId: string; reviewId: string }[]).find((t) => t.evaluationId === evaluation.id)!;
  expect(task).toBeDefined();

  // A running mentoring relation with the mentor, a session the subject logged and its action.
  const mentorship = await send("/api/mentorships", "POST", asSubject, {
    mentorId: people.mentor.id,
    competencyIds: ["komunikasi"],
    goals: [{ competencyId: "komunikasi", text: "Presentasi kebijakan yang jelas" }],
    weeks: 8,
  });
  await send(`/api/mentorships/${mentorship.id}/accept`, "POST", cookies.get("mentor")!);
  // The subject's notice of it: an event no caller was told of too (notifications are named by their event).
  const notifications = (await get("/api/notifications", asSubject)).items as { id: string; link?: string }[];
  const notification = notifications.find((n) => n.link?.includes(mentorship.id));
  expect(notification, JSON.stringify(notifications)).toBeDefined();
  const session = await send(`/api/mentorships/${mentorship.id}/sessions`, "POST", asSubject, {
    date: new Date(now.getTime() - 86_400_000).toISOString(),
    minutes: 60,
    mode: "daring",
    actions: [{ text: "Menyusun kerangka presentasi", dueDate: "2026-12-20" }],
  });

  // The forum: a citizen's topic for the health office, their comment, an admin's answer, a dialogue and a service program.
  const topic = await postTopic(api, author, sampleTopic);
  const comment = await send(`/public/topics/${topic.id}/comments`, "POST", author.cookie, { body: "Saya juga mengalami antrean yang sama." });
  const answer = await send(`/api/forum/topics/${topic.id}/answers`, "POST", adminCookie, { body: "Terima kasih, kami tinjau minggu ini." });
  const dialog = await send("/api/forum/dialogs", "POST", adminCookie, {
    title: "Dialog layanan puskesmas",
    unitCode: "DINKES",
    startsAt: new Date(now.getTime() + 7 * 86_400_000).toISOString(),
    place: "Aula Dinas Kesehatan",
    agenda: "Antrean dan jam layanan puskesmas",
    topicIds: [topic.id],
  });
  const program = await send("/api/forum/programs", "POST", adminCookie, {
    title: "Antrean daring puskesmas",
    description: "Nomor antrean daring di semua puskesmas kota",
    unitCode: "DINKES",
    topicIds: [topic.id],
    milestones: [{ title: "Uji coba di Ampenan", targetDate: "2027-02-01" }],
  });
  // Any issued certificate: anyone may check one by its code.
  const { data: certificates } = await api.ctx.db.entities.certificate.scan.go({ pages: "all" });
  expect(certificates.length).toBeGreaterThan(0);

  return {
    api,
    cookies,
    subject,
    subjectCookie: asSubject,
    author,
    people,
    units: { subject: unit("DISKOMINFO"), forum: unit("DINKES") },
    ids: {
      course: courses[0]!.id,
      otherCourse: courses[1]!.id,
      entry: entry.entry?.id ?? entry.id,
      notification: notification!.id,
      cycle: (await get("/api/cycles")).items[0].id,
      evaluation: evaluation.id,
      review: task.reviewId,
      mentorship: mentorship.id,
      session: session.session?.id ?? session.id,
      action: (session.session ?? session).actions[0].id,
      institution: (await get("/api/institutions")).items[0].id,
      topic: topic.id,
      comment: `${topic.id}:${comment.comment?.id ?? comment.id}`,
      answer: answer.answer?.id ?? answer.answers?.at(-1)?.id ?? answer.id,
      dialog: dialog.id,
      program: program.id,
      milestone: program.milestones[0].id,
      certificate: certificates[0]!.code,
    },
  };
}


// ---------------------------------------------------------------------------------------------
// One request per operation, on the fixture's records, with a body the operation accepts: the
// route's own check decides, not its input validation.

/** The record a path parameter names, by the segment before it. */
function pathValue(fx: Fixture, segment: string, name: string): string {
  const { ids, subject } = fx;
  const table: Record<string, string> = {
    "staff/id": subject.id,
    "courses/id": ids.course!,
    "enrollments/staffId": subject.id,
    "learning/staffId": subject.id,
    "entries/entryId": ids.entry!,
    "notifications/id": ids.notification!,
    "cycles/id": ids.cycle!,
    "evaluations/id": ids.evaluation!,
    "reviews/reviewId": ids.review!,
    "mentors/staffId": fx.people.mentor.id,
    "mentorships/id": ids.mentorship!,
    "sessions/sessionId": ids.session!,
    "actions/actionId": ids.action!,
    "institutions/id": ids.institution!,
    "topics/id": ids.topic!,
    "answers/answerId": ids.answer!,
    "dialogs/id": ids.dialog!,
    "programs/id": ids.program!,
    "milestones/milestoneId": ids.milestone!,
    "comments/id": ids.comment!,
    "citizens/id": fx.author.id,
    "units/unitId": fx.units.subject.id,
    "certificates/code": ids.certificate!,
  };
  const value = table[`${segment}/${name}`];
  if (!value) throw new Error(`no record for {${name}} after /${segment}`);
  return value;
}

let serial = 0;

/** Query and body by operation: the subject's records, or the forum unit's. */
function inputs(fx: Fixture, caller: Caller): Record<string, { query?: Record<string, string>; body?: unknown; csv?: string }> {
  const { subject, ids, units } = fx;
  const year = String(fx.api.ctx.now().getUTCFullYear());
  const n = ++serial;
  const day = (days: number) => new Date(fx.api.ctx.now().getTime() + days * 86_400_000);
  return {
    login: { body: { login: subject.email, password: DEMO.password } },
    // Refused for being the same password: the route reached the caller's own account, and no session ends.
    changePassword: { body: { currentPassword: DEMO.password, newPassword: DEMO.password } },
    createUnit: { body: { code: `UJI-${n}`, name: `Unit Uji ${n}`, kind: "dinas" } },
    listStaff: { query: { unitId: units.subject.id } },
    createStaff: {
      body: { nip: `1992031520200310${String(n % 100).padStart(2, "0")}`, name: `Pegawai Uji ${n}`, email: `uji${n}@example.org`, unitId: units.subject.id, position: "Analis", positionLevel: "pelaksana", initialPassword: "Sementara-2026-ok" },
    },
    importStaff: { csv: "nip,nama,email,unit,jabatan,nip_atasan\n" },
    updateStaff: { body: { position: "Pranata Komputer Ahli Pertama" } },
    resetPassword: { body: { password: "Sementara-2026-ok" } },
    listAudit: { query: { targetType: "staff", targetId: subject.id } },
    createInstitution: { body: { name: `Lembaga Uji ${n}`, kind: "training_centre" } },
    updateInstitution: { body: { city: "Mataram" } },
    createCourse: { body: {} },
    updateCourse: { body: { description: "Diperbarui" } },
    setCourseStatus: { body: { status: "published" } },
    copyCourse: { body: { year: 2031 } },
    enroll: { body: { staffId: subject.id } },
    setAttendance: { body: { sessionId: "s1", present: true } },
    completeEnrollment: { body: { attended: true } },
    getLearning: { query: { staffId: subject.id } },
    reportExternalTraining: { body: { title: "Kursus daring", institution: "Kemkomdigi", source: "self_study", startDate: "2026-11-01", endDate: "2026-11-02", jp: 2, evidence: "Tautan sertifikat" } },
    decideEntry: { body: { approve: true } },
    getUnitReport: { query: { year, unitId: units.subject.id } },
    getAllUnitsReport: { query: { year } },
    getReportCsv: { query: { year, unitId: units.subject.id } },
    listRecommendations: { query: { staffId: subject.id } },
    openCycle: { body: { year: Number(year), quarter: 4 } },
    saveReview: { body: { strengths: "Teliti", submit: false } },
    changePeers: { body: { peerIds: [fx.people.moderator.id] } },
    finalizeEvaluation: { body: { rating: "baik", confirmFewPeers: true } },
    savePlan: { body: { items: [{ competencyId: "komunikasi", action: "self_study", targetDate: "2027-03-01" }] } },
    saveMyMentorProfile: { body: { available: true, capacity: 2, competencies: [{ competencyId: "komunikasi", level: 4 }], modes: ["daring"] } },
    requestMentorship: { body: { kind: "coaching", menteeId: subject.id, competencyIds: ["komunikasi"], goals: [{ competencyId: "komunikasi", text: "Menulis nota dinas" }], weeks: 6 } },
    declineMentorship: { body: { reason: "Jadwal saya penuh" } },
    cancelMentorship: { body: { reason: "Pindah tugas" } },
    linkMentorshipPlanItem: { body: { evaluationId: ids.evaluation!, itemId: "i1" } },
    logMentorshipSession: { body: { date: day(-2).toISOString(), minutes: 30, mode: "tatap_muka" } },
    disputeMentorshipSession: { body: { reason: "Sesi ini tidak terjadi" } },
    tickMentorshipAction: { body: { done: true } },
    giveMentorshipFeedback: { body: { rating: 4 } },
    listForumQueue: { query: { unitId: units.forum.id } },
    answerForumTopic: { body: { body: "Jawaban resmi dinas" } },
    editForumAnswer: { body: { body: "Jawaban resmi yang diperbaiki" } },
    changeForumTopicStatus: { body: { status: "ditinjau" } },
    recordLaporTicket: { body: { ticket: `LAPOR-${n}` } },
    changeForumTopicOwner: { body: { unitCode: units.forum.code } },
    listUnitDialogs: { query: { unitCode: units.forum.code } },
    createForumDialog: { body: { title: "Dialog warga", unitCode: units.forum.code, startsAt: day(10).toISOString(), place: "Kantor dinas", agenda: "Pelayanan puskesmas" } },
    updateForumDialog: { body: { place: "Aula kantor dinas" } },
    publishForumDialogMinutes: { body: { minutes: "Notulen dialog warga", attendees: 20, outcomes: ["Antrean daring"] } },
    listUnitPrograms: { query: { unitCode: units.forum.code } },
    createServiceProgram: { body: { title: "Program uji", description: "Program layanan uji coba", unitCode: units.forum.code, topicIds: [ids.topic!], milestones: [{ title: "Tahap satu", targetDate: "2027-03-01" }] } },
    setServiceProgramStatus: { body: { status: "running" } },
    getGapsDashboard: { query: { unitId: units.subject.id } },
    getGapsDashboardCsv: { query: { unitId: units.subject.id } },
    requestSignInCode: { body: { email: `matriks-${caller}-${n}@example.org` } },
    updateCitizenMe: { body: { kecamatan: "ampenan" } },
    createTopic: { body: { ...sampleTopic, title: `Lampu jalan padam ${n}`, area: "infrastruktur" } },
    similarTopics: { query: { area: "kesehatan", title: "antrean puskesmas" } },
    createTopicComment: { body: { body: "Setuju, mohon ditindaklanjuti" } },
    reportForumItem: { body: { targetType: "topic", targetId: ids.topic!, reason: "spam" } },
  };
}

export interface MatrixRequest {
  url: string;
  method: string;
  body?: string;
  contentType?: string;
}

/** What an allowed caller's request needs first: a code sent to sign in with, the subject enrolled again after a withdrawal. */
const PREPARE: Record<string, (fx: Fixture, caller: Caller) => Promise<{ body?: unknown } | void>> = {
  verifySignInCode: async ({ api }, caller) => {
    const email = `matriks-masuk-${caller.toLowerCase()}-${++serial}@example.org`;
    // From an address of its own: the codes asked for an address an hour are limited.
    await ok(api.request("/public/auth/code", { method: "POST", json: { email }, address: `10.0.0.${serial % 250}` }));
    const code = api.mail.filter((m) => m.to === email).at(-1)!.subject.match(/(\d{6})$/)![1];
    return { body: { email, code, displayName: `Warga ${serial}` } };
  },
  withdraw: async ({ api, ids, subjectCookie }) => {
    const again = await api.request(`/api/courses/${ids.course}/enrollments`, { method: "POST", cookie: subjectCookie, json: {} });
    expect([200, 201, 409], JSON.stringify(again.data)).toContain(again.status);
  },
};

export async function requestFor(fx: Fixture, op: AccessOperation, caller: Caller): Promise<MatrixRequest> {
  const path = op.path.replace(/([^/]+)\/\{(\w+)\}/g, (_, segment: string, name: string) => `${segment}/${encodeURIComponent(pathValue(fx, segment, name))}`);
  const prepared = allowed(fx, op, caller) ? await PREPARE[op.operationId]?.(fx, caller) : undefined;
  const input = { ...(inputs(fx, caller)[op.operationId] ?? {}), ...(prepared ?? {}) };
  const query = input.query ? `?${new URLSearchParams(input.query)}` : "";
  if (input.csv !== undefined) return { url: path + query, method: op.method, body: input.csv, contentType: "text/csv" };
  const body = input.body ?? (op.body?.required ? {} : undefined);
  return { url: path + query, method: op.method, ...(body === undefined ? {} : { body: JSON.stringify(body), contentType: "application/json" }) };
}
