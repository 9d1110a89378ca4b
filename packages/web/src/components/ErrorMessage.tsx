import { For, Show } from "solid-js";
import { ApiError } from "../api";
import { hasMessage, t, type MessageKey } from "../i18n";

export type ErrorOverrides = Partial<Record<string, MessageKey>>;

export interface DescribedError {
  message: string;
  items: string[];
}

interface Issue {
  path?: unknown;
  message?: unknown;
}

function issueText(issue: Issue): string {
  const path = Array.isArray(issue.path) ? issue.path.join(".") : String(issue.path ?? "");
  const message = String(issue.message ?? "");
  return path ? `${path}: ${message}` : message;
}

/** Turns any failure into words for the person in front of the screen. */
export function describeError(error: unknown, overrides: ErrorOverrides = {}): DescribedError {
  if (!(error instanceof ApiError)) return { message: t("error.unknown"), items: [] };
  const details = (error.details ?? {}) as Record<string, unknown>;
  const override = overrides[error.code];
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
    case "validation_failed": {
      const issues = Array.isArray(details.issues) ? (details.issues as Issue[]) : [];
      return { message: t("error.validation_failed"), items: issues.map(issueText) };
    }
  }
  const key = `error.${error.code}`;
  if (hasMessage(key)) return { message: t(key), items: [] };
  return { message: error.message || t("error.unknown"), items: [] };
}

/** An error announced to screen readers as soon as it appears. */
export function ErrorMessage(props: { error: unknown; overrides?: ErrorOverrides; id?: string }) {
  const described = () => (props.error ? describeError(props.error, props.overrides) : undefined);
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
