import { randomUUID } from "node:crypto";
import type { AppContext } from "../context";
import type { Actor } from "../actor";
import { pageWith } from "../paging";
import type { AuditPage, AuditQuery, AuditView } from "./audit.schemas";

export type { AuditView };

export interface AuditInput {
  action: string;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
}

/** The audit item for a change, to be written in the same transaction as the change itself. */
export function auditEntry(ctx: AppContext, actor: Actor, input: AuditInput) {
  const at = ctx.now().toISOString();
  return {
    id: randomUUID(),
    at,
    month: at.slice(0, 7),
    actorId: actor.id,
    actorName: actor.name,
    action: input.action,
    targetType: input.targetType,
    targetId: input.targetId,
    before: input.before === undefined ? undefined : JSON.stringify(input.before),
    after: input.after === undefined ? undefined : JSON.stringify(input.after),
  };
}

function toView(item: Omit<AuditView, "before" | "after"> & { before?: string; after?: string }): AuditView {
  return {
    id: item.id,
    at: item.at,
    actorId: item.actorId,
    actorName: item.actorName,
    action: item.action,
    targetType: item.targetType,
    targetId: item.targetId,
    before: item.before ? JSON.parse(item.before) : null,
    after: item.after ? JSON.parse(item.after) : null,
  };
}

/** Newest first: the history of one record, or of a whole month. */
export async function listAudit(
  ctx: AppContext,
  query: AuditQuery,
): Promise<AuditPage> {
  const page = await pageWith(query.cursor, (cursor) => {
    const options = { order: "desc" as const, limit: query.limit, cursor };
    return query.targetType && query.targetId
      ? ctx.db.entities.audit.query.byTarget({ targetType: query.targetType, targetId: query.targetId }).go(options)
      : ctx.db.entities.audit.query.byMonth({ month: query.month ?? ctx.now().toISOString().slice(0, 7) }).go(options);
  });
  return { items: page.data.map(toView), cursor: page.cursor };
}
