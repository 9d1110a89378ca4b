import { cycleRoutes, evaluationRoutes } from "../routes/evaluations";

/** The evaluations area of the staff API: quarterly cycles, reviews, results and development plans. */
export const evaluationsArea = [
  { prefix: "/cycles", routes: cycleRoutes },
  { prefix: "/evaluations", routes: evaluationRoutes },
] as const;
