// Cached reads shared by pages and route preloads. Actions revalidate them by key.
import { query } from "@solidjs/router";
import { api, ApiError } from "./api";
import type { CourseFilter } from "./types";

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

// Courses, enrollment, the JP ledger and certificates.

export const getInstitutions = query(async () => (await api.listInstitutions()).items, "institutions");

export const COURSE_PAGE_SIZE = 20;

export const listCourses = query(
  (filter: CourseFilter) => api.listCourses({ ...filter, limit: COURSE_PAGE_SIZE }),
  "courses",
);

export const getCourse = query((id: string) => api.getCourse(id), "course");

export const getEnrollments = query(async (courseId: string) => (await api.listEnrollments(courseId)).items, "enrollments");

/** `staffId` empty means the signed-in person. */
export const getLearning = query(
  (staffId: string, year: number) => api.learning({ staffId: staffId || undefined, year }),
  "learning",
);

export const getApprovals = query(async () => (await api.approvals()).items, "approvals");

export const getJpReport = query((year: number, unitId: string) => api.jpReport({ year, unitId }), "jpReport");

export const getAllUnitsJpReport = query((year: number) => api.allUnitsJpReport(year), "allUnitsJpReport");

/** Recommendations are a suggestion; the page does without them when they cannot be had. */
export const getRecommendations = query(
  () =>
    api
      .recommendations()
      .then((answer) => answer.items)
      .catch(() => null),
  "recommendations",
);

/** A certificate by its code, or null when there is none. */
export const getCertificate = query(
  (code: string) => api.certificate(code).catch(nullWhen(["not_found", "404"])),
  "certificate",
);

/** The bell never breaks the header: null when the list cannot be had. */
export const getNotifications = query(() => api.notifications().catch(() => null), "notifications");

// Quarterly evaluations and development plans.

export const getCycles = query(async () => (await api.listCycles()).items, "cycles");

export const getCycleDashboard = query((cycleId: string) => api.cycleDashboard(cycleId), "cycleDashboard");

/** The signed-in supervisor's direct reports in a cycle. */
export const getCycleTeam = query(async (cycleId: string) => (await api.cycleTeam(cycleId)).items, "cycleTeam");

export const getReviewTasks = query(async () => (await api.reviewTasks()).items, "reviewTasks");

export const getMyEvaluations = query(async () => (await api.myEvaluations()).items, "myEvaluations");

export const getEvaluation = query((id: string) => api.getEvaluation(id), "evaluation");

export const getReview = query((id: string, reviewId: string) => api.getReview(id, reviewId), "review");

export const getEvaluationResult = query((id: string) => api.evaluationResult(id), "evaluationResult");

export const getPlan = query((id: string) => api.getPlan(id), "plan");

/** Published courses a plan may name; the plan does without the list when it cannot be had. */
export const getPlanCourses = query(
  () =>
    api
      .listCourses({ status: "published", limit: 100 })
      .then((page) => page.items)
      .catch(() => null),
  "planCourses",
);

