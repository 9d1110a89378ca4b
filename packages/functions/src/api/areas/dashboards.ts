import { dashboardRoutes } from "../routes/dashboards";

/** The dashboards area of the staff API: the person, the team, units, the city, the heat map. */
export const dashboardsArea = [{ prefix: "/dashboards", routes: dashboardRoutes }] as const;
