// Every page, loaded on demand, with the data each one can start fetching early.
import type { RouteDefinition } from "@solidjs/router";
import { lazy } from "solid-js";
import {
  getApprovals,
  getCertificate,
  getCourse,
  getCycles,
  getEnrollments,
  getEvaluation,
  getEvaluationResult,
  getMyEvaluations,
  getPlan,
  getReview,
  getReviewTasks,
  getInstitutions,
  getLearning,
  getStaff,
  getTeam,
  getUnits,
} from "./queries";
import { getMentor, getMentorProfile, getMentorship, getOverview, getSessions } from "./pages/mentoring/data";
import { getTopic } from "./pages/forum/data";
import { getProgramNeeds, getStaffTopic } from "./pages/forum-staff/data";
import { getCityDashboard, getGapsDashboard, getMyDashboard, getTeamDashboard, getUnitDashboard, periodFromQuery } from "./pages/dashboards/data";
import { isAdmin, me } from "./session";
import { witaYear } from "./time";

/**
 * Starts a page's read while its code loads. The page reads the same cached query and shows a
 * refusal itself; this copy only must not count as an unhandled rejection.
 */
const warm = (read: Promise<unknown>) => void read.catch(() => undefined);

export const routes: RouteDefinition[] = [
  {
    path: "/",
    component: lazy(() => import("./pages/Home")),
    // Only once signed in: the first visit's refusal must not stay cached for the page after sign-in.
    preload: () => {
      if (me()) warm(getMyDashboard());
    },
  },
  { path: "/masuk", component: lazy(() => import("./pages/SignIn")) },
  { path: "/kata-sandi", component: lazy(() => import("./pages/ChangePassword")) },
  {
    path: "/tim",
    component: lazy(() => import("./pages/Team")),
    preload: () => warm(getTeamDashboard()),
  },
  { path: "/notifikasi", component: lazy(() => import("./pages/Notifications")) },
  // Dashboards: the city's and each unit's for a year and quarter (?tahun=&kuartal=), the gap heat map.
  {
    path: "/admin/dasbor",
    component: lazy(() => import("./pages/dashboards/CityDashboard")),
    preload: ({ location }) => {
      const period = periodFromQuery(location.query);
      warm(getCityDashboard(period.year, period.quarter));
    },
  },
  {
    path: "/admin/dasbor/kesenjangan",
    component: lazy(() => import("./pages/dashboards/GapMap")),
    preload: ({ location }) => {
      warm(getGapsDashboard(""));
      // A unit's people are for admins only.
      const unit = location.query.unit;
      if (isAdmin() && typeof unit === "string" && unit) warm(getGapsDashboard(unit));
    },
  },
  {
    path: "/dasbor/unit/:unitId",
    component: lazy(() => import("./pages/dashboards/UnitDashboard")),
    preload: ({ params, location }) => {
      const period = periodFromQuery(location.query);
      warm(getUnitDashboard(params.unitId ?? "", period.year, period.quarter));
    },
  },
  {
    path: "/pegawai",
    component: lazy(() => import("./pages/Directory")),
    preload: () => warm(getUnits()),
  },
  {
    path: "/pegawai/:id",
    component: lazy(() => import("./pages/Profile")),
    preload: ({ params }) => {
      const id = params.id ?? "";
      warm(getStaff(id));
      warm(getTeam(id));
    },
  },
  {
    path: "/admin/pegawai",
    component: lazy(() => import("./pages/AdminStaff")),
    preload: () => warm(getUnits()),
  },
  {
    path: "/admin/unit",
    component: lazy(() => import("./pages/Units")),
    preload: () => warm(getUnits()),
  },
  { path: "/kursus", component: lazy(() => import("./pages/Catalog")) },
  {
    path: "/kursus/:id",
    component: lazy(() => import("./pages/course/Course")),
    preload: ({ params }) => warm(getCourse(params.id ?? "")),
  },
  {
    path: ["/admin/kursus/baru", "/admin/kursus/:id/ubah"],
    component: lazy(() => import("./pages/course-editor/CourseEditor")),
    preload: ({ params }) => {
      warm(getInstitutions());
      warm(getUnits());
      if (params.id) warm(getCourse(params.id));
    },
  },
  {
    path: "/admin/kursus/:id/peserta",
    component: lazy(() => import("./pages/roster/Roster")),
    preload: ({ params }) => {
      warm(getCourse(params.id ?? ""));
      warm(getEnrollments(params.id ?? ""));
    },
  },
  {
    path: "/admin/lembaga",
    component: lazy(() => import("./pages/Institutions")),
    preload: () => warm(getInstitutions()),
  },
  {
    path: "/admin/laporan-jp",
    component: lazy(() => import("./pages/JpReport")),
    preload: () => warm(getUnits()),
  },
  {
    path: "/belajar",
    component: lazy(() => import("./pages/learning/MyLearning")),
    preload: () => warm(getLearning("", witaYear())),
  },
  {
    path: "/persetujuan",
    component: lazy(() => import("./pages/Approvals")),
    preload: () => warm(getApprovals()),
  },
  {
    path: "/sertifikat/:code",
    component: lazy(() => import("./pages/Certificate")),
    preload: ({ params }) => warm(getCertificate(params.code ?? "")),
  },
  // Mentoring and coaching.
  { path: "/mentoring", component: lazy(() => import("./pages/mentoring/Mentoring")) },
  {
    path: "/mentoring/profil",
    component: lazy(() => import("./pages/mentoring/MentorProfile")),
    preload: () => warm(getMentorProfile()),
  },
  {
    path: "/mentoring/mentor/:staffId",
    component: lazy(() => import("./pages/mentoring/MentorView")),
    preload: ({ params }) => warm(getMentor(params.staffId ?? "")),
  },
  {
    path: "/admin/kebutuhan-program",
    component: lazy(() => import("./pages/forum-staff/ProgramNeeds")),
    preload: () => warm(getProgramNeeds()),
  },
  {
    path: "/admin/mentoring",
    component: lazy(() => import("./pages/mentoring/Overview")),
    preload: () => warm(getOverview()),
  },
  {
    path: "/mentoring/:id",
    component: lazy(() => import("./pages/mentoring/Relation")),
    preload: ({ params }) => {
      warm(getMentorship(params.id ?? ""));
      warm(getSessions(params.id ?? ""));
    },
  },
  // Quarterly evaluations: an evaluation's id is "<cycleId>~<staffId>".
  {
    path: "/evaluasi",
    component: lazy(() => import("./pages/Evaluations")),
    preload: () => {
      warm(getReviewTasks());
      warm(getMyEvaluations());
    },
  },
  {
    path: "/evaluasi/tim",
    component: lazy(() => import("./pages/TeamEvaluations")),
    preload: () => warm(getCycles()),
  },
  {
    path: "/evaluasi/:id/ulasan/:reviewId",
    component: lazy(() => import("./pages/review/Review")),
    preload: ({ params }) => warm(getReview(params.id ?? "", params.reviewId ?? "")),
  },
  {
    path: "/evaluasi/:id/hasil",
    component: lazy(() => import("./pages/evaluation-result/EvaluationResult")),
    preload: ({ params }) => {
      warm(getEvaluationResult(params.id ?? ""));
      warm(getEvaluation(params.id ?? ""));
    },
  },
  {
    path: "/evaluasi/:id/rencana",
    component: lazy(() => import("./pages/plan/DevelopmentPlan")),
    preload: ({ params }) => {
      warm(getPlan(params.id ?? ""));
      warm(getEvaluation(params.id ?? ""));
    },
  },
  {
    path: "/admin/evaluasi",
    component: lazy(() => import("./pages/AdminEvaluations")),
    preload: () => warm(getCycles()),
  },
  // The citizens' forum: public, with its own sign-in by e-mailed code.
  { path: "/forum", component: lazy(() => import("./pages/forum/TopicList")) },
  { path: "/forum/masuk", component: lazy(() => import("./pages/forum/ForumSignIn")) },
  { path: "/forum/tulis", component: lazy(() => import("./pages/forum/NewTopic")) },
  { path: "/forum/saya", component: lazy(() => import("./pages/forum/MyForum")) },
  { path: "/forum/dialog", component: lazy(() => import("./pages/forum/Dialogs")) },
  { path: "/forum/dialog/:id", component: lazy(() => import("./pages/forum/Dialog")) },
  { path: "/forum/program", component: lazy(() => import("./pages/forum/Programs")) },
  { path: "/forum/program/:id", component: lazy(() => import("./pages/forum/Program")) },
  {
    path: "/forum/topik/:id",
    component: lazy(() => import("./pages/forum/Topic")),
    preload: ({ params }) => warm(getTopic(params.id ?? "")),
  },
  // The forum's staff side, outside the public /forum: responders, moderators and admins.
  { path: "/layanan-forum", component: lazy(() => import("./pages/forum-staff/Queue")) },
  { path: "/layanan-forum/dialog-program", component: lazy(() => import("./pages/forum-staff/DialogProgram")) },
  {
    path: "/layanan-forum/:id",
    component: lazy(() => import("./pages/forum-staff/StaffTopic")),
    preload: ({ params }) => warm(getStaffTopic(params.id ?? "")),
  },
  { path: "/admin/moderasi", component: lazy(() => import("./pages/forum-staff/Moderation")) },
  // Public: no sign-in needed (the layout lets these through).
  { path: ["/verifikasi", "/verifikasi/:code"], component: lazy(() => import("./pages/Verify")) },
  { path: "*404", component: lazy(() => import("./pages/NotFound")) },
];
