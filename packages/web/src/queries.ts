// Cached reads shared by pages and route preloads. Actions revalidate them by key.
import { query } from "@solidjs/router";
import { api, ApiError } from "./api";

function nullWhen(codes: string[]) {
  return (error: unknown) => {
    if (error instanceof ApiError && (codes.includes(error.code) || codes.includes(String(error.status)))) return null;
    throw error;
  };
}

export const getUnits = query(async () => (await api.listUnits()).items, "units");

export const getStaff = query((id: string) => api.getStaff(id), "staff");

/** Direct reports, or null when the viewer may not see them. */
export const getTeam = query(
  (id: string) =>
    api
      .getTeam(id)
      .then((team) => team.items)
      .catch(nullWhen(["forbidden", "403"])),
  "team",
);

export interface StaffFilter {
  q: string;
  unitId: string;
  cursor: string | null;
}

export const DIRECTORY_PAGE_SIZE = 25;

export const listStaff = query(
  (filter: StaffFilter) =>
    api.listStaff({ q: filter.q, unitId: filter.unitId, cursor: filter.cursor, limit: DIRECTORY_PAGE_SIZE }),
  "staffList",
);

/** A supervisor's record, or null when the viewer may not see it. */
export const getSupervisor = query(
  (id: string) => api.getStaff(id).catch(nullWhen(["forbidden", "not_found", "403", "404"])),
  "supervisor",
);

/** Direct reports for the navigation; never fails, it only decides whether "Tim saya" shows. */
export const getOwnTeamSize = query(
  (id: string) =>
    api
      .getTeam(id)
      .then((team) => team.items.length)
      .catch(() => 0),
  "ownTeamSize",
);

/** The competency dictionary is optional on the home page. */
export const getCompetencies = query(() => api.competencies().catch(() => null), "competencies");
