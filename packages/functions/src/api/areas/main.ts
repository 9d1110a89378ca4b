import { auditRoutes } from "../routes/audit";
import { authRoutes } from "../routes/auth";
import { competencyRoutes } from "../routes/competencies";
import { courseRoutes } from "../routes/courses";
import { institutionRoutes } from "../routes/institutions";
import { learningRoutes } from "../routes/learning";
import { notificationRoutes } from "../routes/notifications";
import { staffRoutes } from "../routes/staff";
import { unitRoutes } from "../routes/units";

/** The main area of the staff API: signing in, staff, courses and learning hours; every path under /api no other area claims. */
export const mainArea = [
  { prefix: "/", routes: authRoutes },
  { prefix: "/units", routes: unitRoutes },
  { prefix: "/staff", routes: staffRoutes },
  { prefix: "/competencies", routes: competencyRoutes },
  { prefix: "/audit", routes: auditRoutes },
  { prefix: "/institutions", routes: institutionRoutes },
  { prefix: "/courses", routes: courseRoutes },
  { prefix: "/learning", routes: learningRoutes },
  { prefix: "/notifications", routes: notificationRoutes },
] as const;
