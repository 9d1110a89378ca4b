import { mentoringRoutes, mentorRoutes, mentorshipRoutes } from "../routes/mentoring";

/** The mentoring area of the staff API: mentors, relations, sessions and feedback. */
export const mentoringArea = [
  { prefix: "/mentors", routes: mentorRoutes },
  { prefix: "/mentorships", routes: mentorshipRoutes },
  { prefix: "/mentoring", routes: mentoringRoutes },
] as const;
