import { For, Show, splitProps, type JSX } from "solid-js";
import { ApiError } from "../api";
import { hasMessage, t } from "../i18n";

type InputProps = JSX.InputHTMLAttributes<HTMLInputElement>;
type SelectProps = JSX.SelectHTMLAttributes<HTMLSelectElement>;
type TextAreaProps = JSX.TextareaHTMLAttributes<HTMLTextAreaElement>;

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
  // Refusals of validation and of a domain rule about one field (e.g. a session's date) name it in `issues`.
  const issues = (error.details as { issues?: { path?: unknown; code?: unknown; message?: unknown }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return undefined;
  const issue = issues.find((i) => (Array.isArray(i.path) ? i.path.join(".") : String(i.path ?? "")) === name);
  if (!issue) return undefined;
  // A domain rule's refusal reads in the app's words for its code.
  const ruleKey = `error.${error.code}`;
  if (error.code !== "validation_failed" && hasMessage(ruleKey)) return t(ruleKey);
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

/** What a field hands its control: the ids and states that tie the control to its label, hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  "aria-invalid": "true" | undefined;
  "aria-describedby": string | undefined;
}

export interface FormFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** The failed submission: the field shows the API's reason for its own name. */
  error?: unknown;
  /** Extra classes on the field, e.g. "field-small". */
  fieldClass?: string;
  /** Builds the control with the ids and states it needs. */
  children: (control: ControlProps) => JSX.Element;
}

/**
 * A labelled control with an optional hint, marked when required (the style sheet adds the
 * mark to the label of any field holding a required control), with the reason it was refused.
 */
export function FormField(props: FormFieldProps) {
  const hintId = () => (props.hint ? `${props.id}-hint` : undefined);
  const message = () => fieldError(props.error, props.name);
  const errorId = () => `${props.id}-error`;
  const describedBy = () => [hintId(), message() ? errorId() : undefined].filter(Boolean).join(" ") || undefined;
  const control: ControlProps = {
    get id() {
      return props.id;
    },
    get name() {
      return props.name;
    },
    get "aria-invalid"() {
      return message() ? ("true" as const) : undefined;
    },
    get "aria-describedby"() {
      return describedBy();
    },
  };
  return (
    <div class={["field", props.fieldClass].filter(Boolean).join(" ")} classList={{ "field-invalid": Boolean(message()) }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={hintId()}>
          {props.hint}
        </p>
      </Show>
      {props.children(control)}
      <FieldError id={errorId()} message={message()} />
    </div>
  );
}

const OWN = ["id", "name", "label", "hint", "error", "fieldClass"] as const;

/** What every field of the kit takes besides its control's own attributes. */
type FieldProps = Omit<FormFieldProps, "children">;

export interface TextFieldProps extends Omit<InputProps, "id" | "name">, FieldProps {}

/** A labelled text input (or any `type`), as a FormField. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, OWN);
  return (
    <FormField {...own}>
      {(control) => <input type="text" {...input} {...control} aria-required={input.required ? "true" : undefined} />}
    </FormField>
  );
}

export interface TextAreaFieldProps extends Omit<TextAreaProps, "id" | "name">, FieldProps {}

/** A labelled multi-line text box, as a FormField. */
export function TextAreaField(props: TextAreaFieldProps) {
  const [own, textarea] = splitProps(props, OWN);
  return (
    <FormField {...own}>
      {(control) => <textarea {...textarea} {...control} aria-required={textarea.required ? "true" : undefined} />}
    </FormField>
  );
}

export interface SelectOption {
  value: string | number;
  label: string;
}

/** Choices under a heading inside a SelectField; nothing when there are none. */
export function OptionGroup(props: { label: string; options: readonly SelectOption[]; value?: string | number }) {
  return (
    <Show when={props.options.length > 0}>
      <optgroup label={props.label}>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </optgroup>
    </Show>
  );
}

export interface SelectFieldProps extends Omit<SelectProps, "id" | "name" | "value">, FieldProps {
  /** The chosen value. */
  value?: string | number;
  /** The first, empty choice ("Choose a unit"); none when left out. */
  placeholder?: string;
  options?: readonly SelectOption[];
  /** Options the list cannot express (groups); they follow `options`. */
  children?: JSX.Element;
}

/** A labelled drop-down, as a FormField. */
export function SelectField(props: SelectFieldProps) {
  const [own, rest] = splitProps(props, OWN);
  const [list, select] = splitProps(rest, ["value", "placeholder", "options", "children"]);
  return (
    <FormField {...own}>
      {(control) => (
        <select {...select} {...control} aria-required={select.required ? "true" : undefined}>
          <Show when={list.placeholder !== undefined}>
            <option value="">{list.placeholder}</option>
          </Show>
          <For each={list.options}>
            {(option) => (
              <option value={option.value} selected={option.value === list.value}>
                {option.label}
              </option>
            )}
          </For>
          {list.children}
        </select>
      )}
    </FormField>
  );
}
