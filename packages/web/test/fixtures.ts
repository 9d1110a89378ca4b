import type { Me, StaffSummary, Unit } from "../src/types";

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
