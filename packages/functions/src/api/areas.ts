import { dashboardsArea } from "./areas/dashboards";
import { evaluationsArea } from "./areas/evaluations";
import { forumArea } from "./areas/forum";
import { mainArea } from "./areas/main";
import { mentoringArea } from "./areas/mentoring";

/**
 * The staff API by area. In the cloud each area is its own Lambda behind the same API
 * (stacks/Api.ts routes each area's prefixes to it), so a cold start loads only its area's
 * code; the local runtime, the tests and the OpenAPI document serve them all as one app.
 */
export const apiAreas = { main: mainArea, evaluations: evaluationsArea, mentoring: mentoringArea, forum: forumArea, dashboards: dashboardsArea } as const;
export type ApiArea = keyof typeof apiAreas;

/** Every route table of the staff API and where it is mounted under /api. */
export const staffRouteTables = [...mainArea, ...evaluationsArea, ...mentoringArea, ...forumArea, ...dashboardsArea];
