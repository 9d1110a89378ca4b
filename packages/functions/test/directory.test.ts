import { beforeAll, describe, expect, it } from "vitest";
import { indexNameWords } from "@kompeten/core/staff/staff";
import { createTestApi, DEMO, type TestApi } from "../../local/test/support";

type Item = { id: string; name: string; [key: string]: unknown };

const person = (nip: string, name: string, email: string, unitId = "diskominfo") => ({
  nip,
  name,
  email,
  unitId,
  position: "Pranata Komputer Ahli Pertama",
  positionLevel: "pelaksana",
  initialPassword: "sementara-123",
});

describe("staff directory search and who sees competency levels", () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let staff: string;
  let ids: { admin: string; supervisor: string; staff: string };
  const get = (path: string, cookie: string) => api.request(path, { cookie });
  const search = async (query: string, cookie: string) => {
    const answer = await get(`/api/staff?${query}`, cookie);
    expect(answer.status).toBe(200);
    return answer.data.items as Item[];
  };
  let siti: string;
  let sitompul: string;

  beforeAll(async () => {
    api = await createTestApi();
    [admin, supervisor, staff] = await Promise.all([api.signIn(DEMO.admin), api.signIn(DEMO.supervisor), api.signIn(DEMO.staff)]);
    const me = async (cookie: string) => (await get("/api/me", cookie)).data.id as string;
    ids = { admin: await me(admin), supervisor: await me(supervisor), staff: await me(staff) };
    const create = async (body: ReturnType<typeof person>) => {
      const answer = await api.request("/api/staff", { method: "POST", cookie: admin, json: body });
      expect(answer.status).toBe(201);
      return answer.data.id as string;
    };
    siti = await create(person("199001012015032001", "Siti Maharani", "siti.maharani@mataramkota.go.id"));
    sitompul = await create(person("199105052016031002", "Siti Sitompul", "siti.sitompul@mataramkota.go.id", "bappeda"));
    await create(person("199203032017032003", "Ni Luh Ayu Saraswatî", "ayu.saraswati@mataramkota.go.id"));
  });

  it("finds a name by the start of any of its words, in any case and without accents, with Queries only", async () => {
    api.requests.reset();
    for (const q of ["Maharani", "maha", "MAHA", "siti", "Siti Mah", "mah siti"]) {
      expect((await search(`q=${encodeURIComponent(q)}&limit=100`, admin)).map((s) => s.id), q).toContain(siti);
    }
    expect((await search("q=saraswati", admin)).map((s) => s.name)).toEqual(["Ni Luh Ayu Saraswatî"]);
    expect((await search("q=luh&limit=100", admin)).map((s) => s.name)).toContain("Ni Luh Ayu Saraswatî");
    // Every word given must start a word of the name.
    expect((await search("q=siti%20rah&limit=100", admin)).map((s) => s.id)).not.toContain(siti);
    expect(api.requests.commands).not.toContain("ScanCommand");
    expect(api.requests.commands).toContain("QueryCommand");
  });

  it("lists a person whose name has two matching words once, across pages too", async () => {
    const all = await search("q=sit&limit=100", admin);
    expect(all.filter((s) => s.id === sitompul)).toHaveLength(1);
    expect(all.filter((s) => s.id === siti)).toHaveLength(1);
    const paged: Item[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { items: Item[]; cursor: string | null } } = await get(`/api/staff?q=sit&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`, admin);
      expect(page.data.items.length).toBeLessThanOrEqual(1);
      paged.push(...page.data.items);
      cursor = page.data.cursor;
    } while (cursor);
    expect(paged.map((s) => s.id)).toEqual(all.map((s) => s.id));
    expect(new Set(paged.map((s) => s.id)).size).toBe(paged.length);
  });

  it("searches within a unit, by NIP prefix, and follows renames and unit moves", async () => {
    expect((await search("q=siti&unitId=bappeda", admin)).map((s) => s.id)).toEqual([sitompul]);
    expect((await search("q=1990010120150320", admin)).map((s) => s.id)).toEqual([siti]);

    const renamed = await api.request(`/api/staff/${siti}`, { method: "PATCH", cookie: admin, json: { name: "Siti Kinanthi", unitId: "bappeda" } });
    expect(renamed.status).toBe(200);
    expect((await search("q=maharani&limit=100", admin)).map((s) => s.id)).not.toContain(siti);
    expect((await search("q=kinan", admin)).map((s) => s.id)).toEqual([siti]);
    expect((await search("q=kinan&unitId=bappeda", admin)).map((s) => s.id)).toEqual([siti]);
    expect(await search("q=kinan&unitId=diskominfo", admin)).toEqual([]);
    expect((await search("q=siti&unitId=bappeda", admin)).map((s) => s.id).sort()).toEqual([siti, sitompul].sort());
  });

  it("indexes imported staff by every name word, and a second import writes nothing", async () => {
    const csv = "nip,name,email,unit,position,supervisor_nip\n199306062018031004,Lalu Muhammad Zaini,lalu.zaini@mataramkota.go.id,DISKOMINFO,Pranata Komputer,\n";
    const importCsv = () => api.request("/api/staff/import", { method: "POST", cookie: admin, body: csv, headers: { "content-type": "text/csv" } });
    expect((await importCsv()).data).toMatchObject({ created: 1 });
    expect((await search("q=muham", admin)).map((s) => s.name)).toContain("Lalu Muhammad Zaini");
    api.requests.reset();
    expect((await importCsv()).data).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(api.requests.commands.filter((c) => /Write|Put|Update|Delete/.test(c))).toEqual([]);
  });

  it("lets staff look colleagues up by name and unit, seeing name, unit and position only", async () => {
    const found = await search("q=sitom", staff);
    expect(found).toEqual([{ id: sitompul, name: "Siti Sitompul", unitId: "bappeda", unitName: expect.any(String), position: "Pranata Komputer Ahli Pertama" }]);
    const inUnit = await search("unitId=diskominfo", staff);
    expect(inUnit.length).toBeGreaterThan(2);
    for (const item of inUnit) expect(Object.keys(item).sort()).toEqual(["id", "name", "position", "unitId", "unitName"]);
    // No NIP lookups for staff: a NIP prefix finds nobody.
    expect(await search("q=1990010120150320", staff)).toEqual([]);
    // Deactivated colleagues are not listed for staff; admins still find them.
    await api.request(`/api/staff/${sitompul}`, { method: "PATCH", cookie: admin, json: { active: false } });
    expect(await search("q=sitom", staff)).toEqual([]);
    expect((await search("q=sitom", admin)).map((s) => s.id)).toEqual([sitompul]);
    expect((await get("/api/staff?q=sitom", "")).status).toBe(401);
  });

  it("shows competency levels only to the person, those above them in the supervisor chain, and admins", async () => {
    await api.request(`/api/staff/${ids.supervisor}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { integritas: 1 } } });
    await api.request(`/api/staff/${ids.staff}`, { method: "PATCH", cookie: admin, json: { competencyLevels: { integritas: 2 } } });

    // A staff member reading their supervisor's record sees no levels at all.
    const supervisorRecord = await get(`/api/staff/${ids.supervisor}`, staff);
    expect(supervisorRecord.status).toBe(200);
    expect(supervisorRecord.data.name).toBeTruthy();
    expect(supervisorRecord.data).not.toHaveProperty("competencyLevels");

    expect((await get(`/api/staff/${ids.staff}`, staff)).data.competencyLevels).toEqual({ integritas: 2 });
    expect((await get(`/api/staff/${ids.staff}`, supervisor)).data.competencyLevels).toEqual({ integritas: 2 });
    expect((await get(`/api/staff/${ids.supervisor}`, supervisor)).data.competencyLevels).toEqual({ integritas: 1 });
    expect((await get(`/api/staff/${ids.supervisor}`, admin)).data.competencyLevels).toEqual({ integritas: 1 });

    // The supervisor's supervisor (two levels up) sees the staff member's levels too.
    const head = (await get(`/api/staff/${ids.supervisor}`, admin)).data.supervisorId as string;
    const headCookie = await api.signIn((await get(`/api/staff/${head}`, admin)).data.email);
    const fromHead = await get(`/api/staff/${ids.staff}`, headCookie);
    expect(fromHead.status).toBe(200);
    expect(fromHead.data.competencyLevels).toEqual({ integritas: 2 });
    // ...but the staff member, two levels below, sees none of the head's.
    const headFromStaff = await get(`/api/staff/${head}`, staff);
    expect(headFromStaff.status === 403 || !("competencyLevels" in headFromStaff.data)).toBe(true);

    // A colleague with the same supervisor still may not read the record.
    const colleague = (await get(`/api/staff/${ids.supervisor}/team`, supervisor)).data.items.find((s: Item) => s.id !== ids.staff) as Item;
    const colleagueCookie = await api.signIn((await get(`/api/staff/${colleague.id}`, admin)).data.email);
    expect((await get(`/api/staff/${ids.staff}`, colleagueCookie)).status).toBe(403);
  });
});

describe("name-word entries for staff written before the directory searched every word", () => {
  it("are filled in by indexing, and indexing again changes nothing", async () => {
    const api = await createTestApi();
    const admin = await api.signIn(DEMO.admin);
    const { data: entries } = await api.ctx.db.entities.staffNameWord.query.byWord({}).go({ pages: "all" });
    // As if the table came from an earlier version: no entries at all.
    await api.ctx.db.entities.staffNameWord.delete(entries.map(({ staffId, word }) => ({ staffId, word }))).go();
    expect((await api.request("/api/staff?q=maharani", { cookie: admin })).data.items).toEqual([]);
    const written = await indexNameWords(api.ctx);
    expect(written).toBe(entries.length);
    const found = (await api.request("/api/staff?q=maharani", { cookie: admin })).data.items as Item[];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((s) => / Maharani\b/.test(s.name))).toBe(true);
    await indexNameWords(api.ctx);
    expect((await api.ctx.db.entities.staffNameWord.query.byWord({}).go({ pages: "all" })).data).toHaveLength(entries.length);
  }, 120_000);
});
