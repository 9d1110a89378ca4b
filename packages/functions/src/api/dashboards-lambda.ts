import { dashboardsArea } from "./areas/dashboards";
import { areaHandler } from "./lambda-app";

// Lambda entry of the staff API's dashboards area (/api/dashboards).
export const handler = areaHandler(dashboardsArea);
