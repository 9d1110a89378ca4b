import { For, Show } from "solid-js";
import type { ErrorCode } from "@kompeten/core/errors";
import { ApiError } from "../api";
import { messageKeyOf, type ClientErrorCode } from "../errorMessages";
import { hasMessage, t, type MessageKey } from "../i18n";
import { formatWita } from "../time";

export type ErrorOverrides = Partial<Record<ErrorCode | ClientErrorCode, MessageKey>>;

export interface DescribedError {
  message: string;
  items: string[];
}

interface Issue {
  path?: unknown;
  message?: unknown;
}

/** Names a field from an issue's path, e.g. ["sessions", 0, "startsAt"] as "Sesi 1 · Mulai (WITA)". */
export type PathLabel = (path: (string | number)[]) => string | undefined;

function issueText(issue: Issue, pathLabel?: PathLabel): string {
  const segments = Array.isArray(issue.path)
    ? (issue.path as (string | number)[])
    : issue.path === undefined || issue.path === ""
      ? []
      : String(issue.path).split(".");
  const path = (segments.length > 0 ? pathLabel?.(segments) : undefined) ?? segments.join(".");
  const message = String(issue.message ?? "");
  return path ? `${path}: ${message}` : message;
}

/** Turns any failure into words for the person in front of the screen. */
export function describeError(error: unknown, overrides: ErrorOverrides = {}, pathLabel?: PathLabel): DescribedError {
  if (!(error instanceof ApiError)) return { message: t("error.unknown"), items: [] };
  const details = (error.details ?? {}) as Record<string, unknown>;
  const override = overrides[error.code as ErrorCode | ClientErrorCode];
  if (override) return { message: t(override), items: [] };

  switch (error.code) {
    case "account_locked": {
      const seconds = Number(details.retryAfterSeconds);
      return Number.isFinite(seconds) && seconds > 0
        ? { message: t("error.account_locked", { minutes: Math.ceil(seconds / 60) }), items: [] }
        : { message: t("error.account_locked_soon"), items: [] };
    }
    case "conflict": {
      const key = `error.conflict_${String(details.field ?? "")}`;
      return { message: t(hasMessage(key) ? key : "error.conflict"), items: [] };
    }
    case "course_not_finished":
      return typeof details.endsAt === "string"
        ? { message: t("error.course_not_finished_at", { endsAt: formatWita(details.endsAt) }), items: [] }
        : { message: t("error.course_not_finished"), items: [] };
    case "attendance_insufficient":
      return typeof details.required === "number"
        ? {
            message: t("error.attendance_insufficient_count", {
              attended: Number(details.attended ?? 0),
              sessions: Number(details.sessions ?? 0),
              required: details.required,
            }),
            items: [],
          }
        : { message: t("error.attendance_insufficient"), items: [] };
    case "validation_failed": {
      const issues = Array.isArray(details.issues) ? (details.issues as Issue[]) : [];
      return { message: t("error.validation_failed"), items: issues.map((issue) => issueText(issue, pathLabel)) };
    }
  }
  const key = messageKeyOf(error.code);
  if (key) return { message: t(key), items: [] };
  return { message: error.message || t("error.unknown"), items: [] };
}

/** An error announced to screen readers as soon as it appears. */
export function ErrorMessage(props: { error: unknown; overrides?: ErrorOverrides; id?: string; pathLabel?: PathLabel }) {
  const described = () => (props.error ? describeError(props.error, props.overrides, props.pathLabel) : undefined);
  return (
    <Show when={described()}>
      {(d) => (
        <div id={props.id} class="notice notice-error" role="alert" aria-live="assertive">
          <p>{d().message}</p>
          <Show when={d().items.length > 0}>
            <ul>
              <For each={d().items}>{(item) => <li>{item}</li>}</For>
            </ul>
          </Show>
        </div>
      )}
    </Show>
  );
}

/** A success message, announced politely. */
export function SuccessMessage(props: { when: unknown; children: any }) {
  return (
    <Show when={props.when}>
      <div class="notice notice-success" role="status" aria-live="polite">
        {props.children}
      </div>
    </Show>
  );
}
