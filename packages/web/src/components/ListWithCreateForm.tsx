import { useSubmission, type Action } from "@solidjs/router";
import { createEffect, on, Show, type JSX } from "solid-js";
import type { FormInput } from "../forms";
import { Card } from "./Card";
import { ErrorMessage, SuccessMessage, type ErrorOverrides } from "./ErrorMessage";
import { RequiredLegend } from "./FormField";
import { PageTitle } from "./PageTitle";
import { RequireAdmin } from "./RequireAdmin";

export interface ListWithCreateFormProps {
  title: string;
  /** The list, in its own card. */
  list: JSX.Element;
  /** The create form, and any form that opens next to it (an edit form first). */
  forms: JSX.Element;
  /** The list takes the full width with the forms below it; otherwise they sit side by side. */
  wideList?: boolean;
}

/** An admin page listing records with a form to add one: work units, institutions. */
export function ListWithCreateForm(props: ListWithCreateFormProps) {
  return (
    <RequireAdmin>
      <section>
        <PageTitle>{props.title}</PageTitle>
        <Show
          when={props.wideList}
          fallback={
            <div class="columns">
              <Card>{props.list}</Card>
              {props.forms}
            </div>
          }
        >
          <Card>{props.list}</Card>
          <div class="columns">{props.forms}</div>
        </Show>
      </section>
    </RequireAdmin>
  );
}

export interface CreateFormProps<T> {
  action: Action<[FormInput], T>;
  /** The heading's id; the form's section is named by it. */
  titleId: string;
  title: string;
  submitLabel: string;
  /** What the success note says about the new record. */
  added: (created: T) => string;
  errorOverrides?: ErrorOverrides;
  /** The fields, given the failed submission so each can show its own reason. */
  children: (error: unknown) => JSX.Element;
}

/** A card with a create form that empties itself once the record is made. */
export function CreateForm<T>(props: CreateFormProps<T>) {
  const submission = useSubmission(props.action);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (created) => created && formElement?.reset()));
  return (
    <Card title={props.title} titleId={props.titleId}>
      <form ref={formElement} action={props.action} method="post" class="form">
        <RequiredLegend />
        <ErrorMessage error={submission.error} overrides={props.errorOverrides} />
        <SuccessMessage when={submission.result}>
          <p>{submission.result ? props.added(submission.result as T) : ""}</p>
        </SuccessMessage>
        {props.children(submission.error)}
        <button type="submit" class="button" disabled={submission.pending}>
          {props.submitLabel}
        </button>
      </form>
    </Card>
  );
}
