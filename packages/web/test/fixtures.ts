import type { CompetencyDictionary, Course, Institution, Me, StaffSummary, Unit } from "../src/types";

export const units: Unit[] = [
  { id: "u-bkpsdm", code: "BKPSDM", name: "BKPSDM", kind: "badan" },
  { id: "u-dinkes", code: "DINKES", name: "Dinas Kesehatan", kind: "dinas" },
];

export const admin: Me = {
  id: "s-admin",
  nip: "198503152010011001",
  name: "Baiq Nurul Aini",
  email: "nurul@mataramkota.go.id",
  unitId: "u-bkpsdm",
  unitName: "BKPSDM",
  position: "Analis SDM Aparatur",
  positionLevel: "administrator",
  supervisorId: null,
  roles: ["staff", "admin"],
  active: true,
  mustChangePassword: false,
};

export const supervisor: Me = {
  ...admin,
  id: "s-lalu",
  nip: "197801012005011002",
  name: "Lalu Ahmad Zaini",
  email: "lalu@mataramkota.go.id",
  unitId: "u-dinkes",
  unitName: "Dinas Kesehatan",
  position: "Kepala Seksi Pelayanan Kesehatan",
  positionLevel: "pengawas",
  roles: ["staff", "supervisor"],
};

export const staff: Me = {
  ...admin,
  id: "s-ni-made",
  nip: "199204102019032003",
  name: "Ni Made Sari",
  email: "sari@mataramkota.go.id",
  unitId: "u-dinkes",
  unitName: "Dinas Kesehatan",
  position: "Pengelola Data Kesehatan",
  positionLevel: "pelaksana",
  supervisorId: supervisor.id,
  roles: ["staff"],
};

export function summary(person: Me): StaffSummary {
  const { id, nip, name, unitId, unitName, position, positionLevel, active } = person;
  return { id, nip, name, unitId, unitName, position, positionLevel, active };
}

export const institution: Institution = {
  id: "i-unram",
  name: "Universitas Mataram",
  kind: "university",
  contact: "pusdiklat@unram.ac.id",
};

export const course: Course = {
  id: "c-pm-2027",
  code: "PM-2027",
  year: 2027,
  title: "Manajemen Proyek Pemerintahan",
  description: "Kursus tahunan manajemen proyek bersama Universitas Mataram.",
  category: "project_management",
  form: "course",
  formType: "klasikal",
  competencies: [{ competencyId: "orientasi_hasil", targetLevel: 3 }],
  jp: 24,
  institutionId: institution.id,
  institutionName: institution.name,
  capacity: 30,
  enrolled: 30,
  waitlisted: 2,
  seatsLeft: 0,
  sessions: [
    { id: "s1", startsAt: "2027-03-01T00:00:00.000Z", endsAt: "2027-03-01T08:00:00.000Z", place: "Aula BKPSDM" },
    { id: "s2", startsAt: "2027-03-02T00:00:00.000Z", endsAt: "2027-03-02T08:00:00.000Z", onlineUrl: "https://meet.example/pm" },
  ],
  enrollOpensAt: "2027-01-01T00:00:00.000Z",
  enrollClosesAt: "2027-02-20T15:59:00.000Z",
  eligibility: { unitIds: [], positionLevels: [] },
  minAttendancePercent: 100,
  sessionsToAttend: 2,
  status: "published",
  startsAt: "2027-03-01T00:00:00.000Z",
  endsAt: "2027-03-02T08:00:00.000Z",
};

export const competencyDictionary: CompetencyDictionary = {
  items: [
    { id: "orientasi_hasil", name: "Orientasi pada Hasil", type: "manajerial", description: "", levels: [] },
    { id: "integritas", name: "Integritas", type: "manajerial", description: "", levels: [] },
  ],
  levels: [
    { level: 1, name: "Paham" },
    { level: 2, name: "Dasar" },
    { level: 3, name: "Menengah" },
    { level: 4, name: "Mumpuni" },
    { level: 5, name: "Ahli" },
  ],
  standardLevels: { pelaksana: 1, pengawas: 2, administrator: 3, jpt_pratama: 4, jpt_madya: 5 },
};
