import { forumStaffRoutes, moderationRoutes } from "../routes/forum";

/** The forum area of the staff API: the responders' queue, official answers and states, and moderation. */
export const forumArea = [
  { prefix: "/forum", routes: forumStaffRoutes },
  { prefix: "/moderation", routes: moderationRoutes },
] as const;
