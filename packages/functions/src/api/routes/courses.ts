import { createRoute, z } from "@hono/zod-openapi";
import { courseStatuses } from "@kompeten/core/courses/course.entity";
import { copyCourse, createCourse, setCourseStatus, updateCourse } from "@kompeten/core/courses/courses";
import { catalogItem, courseView, createCourseInput, enrollmentView, listCoursesQuery, updateCourseInput } from "@kompeten/core/courses/courses.schemas";
import { completeEnrollment, enroll, getCoursePage, listCatalog, listEnrollments, setAttendance, withdraw } from "@kompeten/core/courses/enrollments";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import type { StaffEnv } from "../env";
import { requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const adminOnly = requireRole("admin");
const idParam = z.object({ id: z.string().min(1).max(64) });
const enrollmentParam = idParam.extend({ staffId: z.string().min(1).max(64) });

export const courseRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      middleware: [signedIn] as const,
      tags: ["Courses"],
      summary: "The catalog: courses of a status by start date, with filters, paged by cursor; each with the signed-in person's standing",
      request: { query: listCoursesQuery },
      responses: { 200: jsonOk(z.object({ items: z.array(catalogItem), cursor: z.string().nullable() }), "One page"), ...errorResponses(400, 401) },
    }),
    async (c) => c.json(await listCatalog(c.var.ctx, c.var.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
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
      middleware: [signedIn] as const,
      tags: ["Courses"],
      summary: "A course with the signed-in person's enrollment",
      request: { params: idParam },
      responses: {
        200: jsonOk(z.object({ course: courseView, myEnrollment: enrollmentView.nullable() }), "The course"),
        ...errorResponses(401, 404),
      },
    }),
    async (c) => c.json(await getCoursePage(c.var.ctx, c.var.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
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
      middleware: [signedIn, adminOnly] as const,
      tags: ["Courses"],
      summary: "Move a course on: published, ongoing, completed, or cancelled (admin)",
      request: { params: idParam, body: jsonBody(z.object({ status: z.enum(courseStatuses).exclude(["draft"]) })) },
      responses: { 200: jsonOk(courseView, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await setCourseStatus(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").status), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/copy",
      middleware: [signedIn, adminOnly] as const,
      tags: ["Courses"],
      summary: "Copy a yearly course into another year's edition, as a draft (admin)",
      request: { params: idParam, body: jsonBody(z.object({ year: z.number().int().min(2020).max(2100) })) },
      responses: { 201: jsonOk(courseView, "The new edition"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await copyCourse(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").year), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/enrollments",
      middleware: [signedIn] as const,
      tags: ["Enrollment"],
      summary: "Enroll yourself, or nominate a team member (supervisor) or anyone (admin)",
      request: { params: idParam, body: { content: { "application/json": { schema: z.object({ staffId: z.string().min(1).max(64).optional() }) } } } },
      responses: {
        201: jsonOk(z.union([z.object({ status: z.literal("enrolled") }), z.object({ status: z.literal("waitlisted"), position: z.number() })]), "Enrolled or waitlisted"),
        ...errorResponses(400, 401, 403, 404, 409, 422),
      },
    }),
    async (c) => c.json(await enroll(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").staffId), 201),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/enrollments",
      middleware: [signedIn] as const,
      tags: ["Enrollment"],
      summary: "The roster: all for admins, their own team members for supervisors",
      request: { params: idParam },
      responses: { 200: jsonOk(z.object({ items: z.array(enrollmentView) }), "Enrollments"), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listEnrollments(c.var.ctx, c.var.actor, c.req.valid("param").id) }, 200),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/{id}/enrollments/{staffId}",
      middleware: [signedIn] as const,
      tags: ["Enrollment"],
      summary: "Withdraw; the freed seat goes to the first on the waitlist, who is notified",
      request: { params: enrollmentParam },
      responses: {
        200: jsonOk(z.object({ status: z.literal("withdrawn"), promoted: z.array(z.string()) }), "Withdrawn"),
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
      middleware: [signedIn, adminOnly] as const,
      tags: ["Enrollment"],
      summary: "Record attendance of one session (admin)",
      request: { params: enrollmentParam, body: jsonBody(z.object({ sessionId: z.string().min(1).max(64), present: z.boolean() })) },
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
      middleware: [signedIn, adminOnly] as const,
      tags: ["Enrollment"],
      summary:
        "Mark completion (admin) once the last session has ended (409 course_not_finished) and with the attendance the course requires (409 attendance_insufficient): credits the JP and issues a certificate, once",
      request: { params: enrollmentParam, body: jsonBody(z.object({ attended: z.boolean(), score: z.number().min(0).max(100).optional() })) },
      responses: {
        200: jsonOk(
          z.union([z.object({ status: z.literal("completed"), certificateCode: z.string(), jp: z.number() }), z.object({ status: z.literal("absent") })]),
          "Completed or absent",
        ),
        ...errorResponses(400, 401, 403, 404, 409),
      },
    }),
    async (c) => {
      const { id, staffId } = c.req.valid("param");
      return c.json(await completeEnrollment(c.var.ctx, c.var.actor, id, staffId, c.req.valid("json")), 200);
    },
  );
