// What the dashboards read, and the period (year, quarter) a city or unit dashboard shows.
import { query } from "@solidjs/router";
import { api, ApiError, type DashboardPeriod } from "../../api";
import { witaQuarter } from "../../time";

export const getMyDashboard = query(() => api.myDashboard(), "myDashboard");

/** The supervisor's subtree, or null for someone the API does not take for a supervisor. */
export const getTeamDashboard = query(
  () =>
    api.teamDashboard().catch((error: unknown) => {
      if (error instanceof ApiError && error.status === 403) return null;
      throw error;
    }),
  "teamDashboard",
);

export const getCityDashboard = query((year: number, quarter: number) => api.cityDashboard({ year, quarter }), "cityDashboard");

export const getUnitDashboard = query(
  (unitId: string, year: number, quarter: number) => api.unitDashboard(unitId, { year, quarter }),
  "unitDashboard",
);

/** `unitId` empty: the heat map alone; with a unit (admins), also that unit's people. */
export const getGapsDashboard = query((unitId: string) => api.gapsDashboard(unitId || undefined), "gapsDashboard");

/** The years a dashboard offers, this one first. */
export const DASHBOARD_YEARS_BACK = 5;
export const QUARTERS = [1, 2, 3, 4] as const;

/** The period in an address (`?tahun=2026&kuartal=3`); this quarter in WITA when absent or out of range. */
export function periodFromQuery(query: { tahun?: unknown; kuartal?: unknown }, now = Date.now()): DashboardPeriod {
  const current = witaQuarter(now);
  const year = Number(query.tahun);
  const quarter = Number(query.kuartal);
  return {
    year: Number.isInteger(year) && year >= 2020 && year <= current.year ? year : current.year,
    quarter: Number.isInteger(quarter) && quarter >= 1 && quarter <= 4 ? quarter : current.quarter,
  };
}
