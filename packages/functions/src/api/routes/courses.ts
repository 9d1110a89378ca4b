import { createRoute } from "../../http/route";
import { copyCourse, createCourse, setCourseStatus, updateCourse } from "@kompeten/core/courses/courses";
import { catalogPage, copyCourseInput, courseDetailView, courseParam, courseStatusInput, courseView, createCourseInput, listCoursesQuery, updateCourseInput } from "@kompeten/core/courses/courses.schemas";
import { attendanceInput, completionInput, completionResultView, enrollInput, enrollmentList, enrollmentParam, enrollmentView, enrollResultView, withdrawResultView } from "@kompeten/core/enrollments/enrollments.schemas";
import { completeEnrollment, enroll, getCoursePage, listCatalog, listEnrollments, setAttendance, withdraw } from "@kompeten/core/enrollments/enrollments";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const adminOnly = requireRole("admin");
const idParam = courseParam;

export const courseRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listCourses",
      access: ["staff"],
      middleware: [signedIn] as const,
      tags: ["Courses"],
      summary: "The catalog: courses of a status by start date, with filters, paged by cursor; each with the signed-in person's standing",
      request: { query: listCoursesQuery },
      responses: { 200: jsonOk(catalogPage, "One page"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await listCatalog(c.var.ctx, c.var.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "createCourse",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Courses"],
      summary: "Create a course as a draft (admin)",
      request: { body: jsonBody(createCourseInput) },
      responses: { 201: jsonOk(courseView, "Created"), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createCourse(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getCourse",
      access: ["staff"],
      middleware: [signedIn] as const,
      tags: ["Courses"],
      summary: "A course with the signed-in person's enrollment",
      request: { params: idParam },
      responses: {
        200: jsonOk(courseDetailView, "The course"),
        ...errorResponses(401, 404),
      },
    }),
    async (c) => c.json(await getCoursePage(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      operationId: "updateCourse",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Courses"],
      summary: "Change a course (admin); capacity never below the enrolled",
      request: { params: idParam, body: jsonBody(updateCourseInput) },
      responses: { 200: jsonOk(courseView, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateCourse(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/status",
      operationId: "setCourseStatus",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Courses"],
      summary: "Move a course on: published, ongoing, completed, or cancelled (admin)",
      request: { params: idParam, body: jsonBody(courseStatusInput) },
      responses: { 200: jsonOk(courseView, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await setCourseStatus(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").status), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/copy",
      operationId: "copyCourse",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Courses"],
      summary: "Copy a yearly course into another year's edition, as a draft (admin)",
      request: { params: idParam, body: jsonBody(copyCourseInput) },
      responses: { 201: jsonOk(courseView, "The new edition"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await copyCourse(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").year), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/enrollments",
      operationId: "enroll",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Enrollment"],
      summary: "Enroll yourself, or nominate a team member (supervisor) or anyone (admin)",
      request: { params: idParam, body: { content: { "application/json": { schema: enrollInput } } } },
      responses: {
        201: jsonOk(enrollResultView, "Enrolled or waitlisted"),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    }),
    async (c) => c.json(await enroll(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").staffId), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/enrollments",
      operationId: "listEnrollments",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Enrollment"],
      summary: "The roster: all for admins, their own team members for supervisors",
      request: { params: idParam },
      responses: { 200: jsonOk(enrollmentList, "Enrollments"), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listEnrollments(c.var.ctx, c.var.actor, c.req.valid("param").id) }, 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/enrollments/{staffId}",
      operationId: "withdraw",
      access: ["supervisor", "admin"],
      middleware: [signedIn] as const,
      tags: ["Enrollment"],
      summary: "Withdraw; the freed seat goes to the first on the waitlist, who is notified",
      request: { params: enrollmentParam },
      responses: {
        200: jsonOk(withdrawResultView, "Withdrawn"),
        ...errorResponses(401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, staffId } = c.req.valid("param");
      return c.json(await withdraw(c.var.ctx, c.var.actor, id, staffId), 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/{id}/enrollments/{staffId}/attendance",
      operationId: "setAttendance",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Enrollment"],
      summary: "Record attendance of one session (admin)",
      request: { params: enrollmentParam, body: jsonBody(attendanceInput) },
      responses: { 200: jsonOk(enrollmentView, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => {
      const { id, staffId } = c.req.valid("param");
      const { sessionId, present } = c.req.valid("json");
      return c.json(await setAttendance(c.var.ctx, c.var.actor, id, staffId, sessionId, present), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/enrollments/{staffId}/completion",
      operationId: "completeEnrollment",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Enrollment"],
      summary:
        "Mark completion (admin) once the last session has ended (409 course_not_finished) and with the attendance the course requires (409 attendance_insufficient): credits the JP and issues a certificate, once",
      request: { params: enrollmentParam, body: jsonBody(completionInput) },
      responses: {
        200: jsonOk(completionResultView, "Completed or absent"),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, staffId } = c.req.valid("param");
      return c.json(await completeEnrollment(c.var.ctx, c.var.actor, id, staffId, c.req.valid("json")), 200);
    },
  );
