import { createRoute } from "../../http/route";
import * as z from "@kompeten/core/zod";
import { createStaff, listStaff, listTeam, readStaff, resetPassword, updateStaff } from "@kompeten/core/staff/staff";
import {
  createStaffInput,
  importResultView,
  listStaffQuery,
  resetPasswordInput,
  staffPage,
  staffParam,
  staffView,
  teamList,
  updateStaffInput,
} from "@kompeten/core/staff/staff.schemas";
import { AppError } from "@kompeten/core/errors";
import { errorResponses } from "../../http/errors";
import { createRouter } from "../../http/router";
import { limitBody } from "../../http/security";
import type { StaffEnv } from "../env";
import { readSession, requireRole, requireSession } from "../session";
import { jsonBody, jsonOk } from "./openapi";

const signedIn = requireSession();
const signedInRead = readSession();
const adminOnly = requireRole("admin");
const idParam = staffParam;
/** The CSV import (and its parser) loads on first use: admins import now and then, and cold starts do not pay for it. */
const loadImport = () => import("@kompeten/core/staff-import/staff-import");

export const staffRoutes = createRouter<StaffEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/",
      operationId: "listStaff",
      access: ["staff"],
      middleware: [signedInRead] as const,
      tags: ["Staff"],
      summary: "The staff directory: by unit, the start of any word of the name, or NIP prefix (admins), paged by cursor",
      description:
        "Case and accents do not matter. Admins get each person's summary; other staff get only id, name, unit and position of active colleagues, and a query of digits searches names for them, never NIPs.",
      request: { query: listStaffQuery },
      responses: { 200: jsonOk(staffPage, "One page of staff"), ...errorResponses(400, 401, 403) },
    }),
    async (c) => c.json(await listStaff(c.var.ctx, c.var.session.actor, c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/",
      operationId: "createStaff",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Staff"],
      summary: "Add a staff member with a first password they must change (admin)",
      request: { body: jsonBody(createStaffInput) },
      responses: { 201: jsonOk(staffView, "Created"), ...errorResponses(400, 401, 403, 409) },
    }),
    async (c) => c.json(await createStaff(c.var.ctx, c.var.actor, c.req.valid("json")), 201),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/import",
      operationId: "importStaff",
      access: ["admin"],
      middleware: [limitBody(5 * 1024 * 1024), signedIn, adminOnly] as const,
      tags: ["Staff"],
      summary:
        "Import staff from CSV: nip,nama,email,unit,jabatan,nip_atasan[,tingkat_jabatan] or nip,name,email,unit,position,supervisor_nip[,position_level] (admin)",
      description: "Every row is checked first; if any row is invalid nothing is written and each bad row is listed. Importing the same file again changes nothing.",
      request: { body: { content: { "text/csv": { schema: z.string() } }, required: true } },
      responses: {
        200: jsonOk(importResultView, "Imported"),
        ...errorResponses(400, 401, 403, 413, 415, 422),
      },
    }),
    async (c) => {
      if (!c.req.header("content-type")?.toLowerCase().startsWith("text/csv")) {
        throw new AppError(415, "unsupported_media_type", "Send the file as text/csv");
      }
      const { importStaff } = await loadImport();
      return c.json(await importStaff(c.var.ctx, c.var.actor, await c.req.text()), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/import/template.csv",
      operationId: "getImportTemplate",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Staff"],
      summary: "An empty import file with the Indonesian headers, to fill in (admin)",
      responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...errorResponses(401, 403) },
    }),
    async (c) => {
      const { importTemplateCsv } = await loadImport();
      c.header("content-disposition", 'attachment; filename="templat-impor-pegawai.csv"');
      return c.body(importTemplateCsv(), 200, { "content-type": "text/csv; charset=utf-8" });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}",
      operationId: "getStaff",
      access: ["supervisor", "manager", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Staff"],
      summary: "One staff member (own record, one's supervisor, anyone below in one's chain; admins all)",
      request: { params: idParam },
      responses: { 200: jsonOk(staffView, "The staff member"), ...errorResponses(401, 403, 404) },
    }),
    async (c) => c.json(await readStaff(c.var.ctx, c.var.session.actor, c.req.valid("param").id), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/{id}/team",
      operationId: "listTeam",
      access: ["self", "admin"],
      middleware: [signedInRead] as const,
      tags: ["Staff"],
      summary: "The direct reports of a supervisor (the supervisor themselves, or an admin)",
      request: { params: idParam },
      responses: { 200: jsonOk(teamList, "Direct reports"), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listTeam(c.var.ctx, c.var.session.actor, c.req.valid("param").id) }, 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/{id}",
      operationId: "updateStaff",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Staff"],
      summary: "Change a staff member's data, roles or active flag (admin)",
      request: { params: idParam, body: jsonBody(updateStaffInput) },
      responses: { 200: jsonOk(staffView, "Updated"), ...errorResponses(400, 401, 403, 404, 409) },
    }),
    async (c) => c.json(await updateStaff(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json")), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/{id}/password",
      operationId: "resetPassword",
      access: ["admin"],
      middleware: [signedIn, adminOnly] as const,
      tags: ["Staff"],
      summary: "Set a new first password that must be changed at sign-in (admin)",
      request: { params: idParam, body: jsonBody(resetPasswordInput) },
      responses: { 204: { description: "Set" }, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      await resetPassword(c.var.ctx, c.var.actor, c.req.valid("param").id, c.req.valid("json").password);
      return c.body(null, 204);
    },
  );
