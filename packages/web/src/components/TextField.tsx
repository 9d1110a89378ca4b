import { Show, splitProps, type JSX } from "solid-js";
import { ApiError } from "../api";
import { hasMessage, t } from "../i18n";

type InputProps = JSX.InputHTMLAttributes<HTMLInputElement>;

/**
 * The API's reason for refusing one field: the message of the first validation issue whose
 * path is `name` (e.g. "evidence", or "sessions.0.startsAt").
 */
export function fieldError(error: unknown, name: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === "conflict") {
    // A value another record holds (a unit code, a NIP, an email) is that field's problem.
    const field = (error.details as { field?: unknown } | undefined)?.field;
    if (field !== name) return undefined;
    const key = `error.conflict_${name}`;
    return hasMessage(key) ? t(key) : error.message;
  }
  if (error.code !== "validation_failed") return undefined;
  const issues = (error.details as { issues?: { path?: unknown; code?: unknown; message?: unknown }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const issue = issues.find((i) => (Array.isArray(i.path) ? i.path.join(".") : String(i.path ?? "")) === name);
  if (!issue) return undefined;
  if (issue.code === "required") return t("field.requiredError");
  return String(issue.message ?? "") || t("error.validation_failed");
}

/** A field's refusal, next to it; the control points at it with aria-describedby. */
export function FieldError(props: { id: string; message: string | undefined }) {
  return (
    <Show when={props.message}>
      <p class="field-error" id={props.id} data-testid={`${props.id}`}>
        <span aria-hidden="true">⚠ </span>
        {props.message}
      </p>
    </Show>
  );
}

/**
 * The note that explains the mark: every label of a required control gets " *" from the style
 * sheet (`.field:has(:required) > label::after`), in every form, whatever builds the control.
 */
export function RequiredLegend() {
  return (
    <p class="hint required-legend">
      <span aria-hidden="true">* </span>
      {t("field.requiredLegend")}
    </p>
  );
}

export interface TextFieldProps extends Omit<InputProps, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** The failed submission: the field shows the API's reason for its own name. */
  error?: unknown;
}

/** A labelled input with an optional hint, marked when required, with the reason it was refused. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ["id", "name", "label", "hint", "error"]);
  const hintId = () => (own.hint ? `${own.id}-hint` : undefined);
  const message = () => fieldError(own.error, own.name);
  const errorId = () => `${own.id}-error`;
  const describedBy = () => [hintId(), message() ? errorId() : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div class="field" classList={{ "field-invalid": Boolean(message()) }}>
      <label for={own.id}>{own.label}</label>
      <Show when={own.hint}>
        <p class="hint" id={hintId()}>
          {own.hint}
        </p>
      </Show>
      <input
        type="text"
        {...input}
        id={own.id}
        name={own.name}
        aria-required={input.required ? "true" : undefined}
        aria-invalid={message() ? "true" : undefined}
        aria-describedby={describedBy()}
      />
      <FieldError id={errorId()} message={message()} />
    </div>
  );
}
