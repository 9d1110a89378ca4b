import { citizenAuthRoutes, citizenRoutes } from "./routes/citizens";
import { areaRoutes, reportRoutes, topicRoutes } from "./routes/topics";
import { dialogRoutes, programRoutes } from "./routes/dialogs";

/**
 * The forum's route tables under /public. In the cloud these paths go to the forum Lambda
 * (stacks/Api.ts routes exactly these prefixes); every other /public path stays with the small
 * public Lambda (the certificate check).
 */
export const forumMounts = [
  { prefix: "/auth", routes: citizenAuthRoutes },
  { prefix: "/me", routes: citizenRoutes },
  { prefix: "/areas", routes: areaRoutes },
  { prefix: "/topics", routes: topicRoutes },
  { prefix: "/reports", routes: reportRoutes },
  { prefix: "/dialogs", routes: dialogRoutes },
  { prefix: "/programs", routes: programRoutes },
] as const;

/** Whether a path under /public belongs to the forum. */
export const isForumPath = (path: string) => forumMounts.some(({ prefix }) => path === `/public${prefix}` || path.startsWith(`/public${prefix}/`));
