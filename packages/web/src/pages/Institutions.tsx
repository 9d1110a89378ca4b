import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { RequiredLegend, TextField } from "../components/TextField";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { institutionKindLabel } from "../labels";
import { getInstitutions } from "../queries";
import { INSTITUTION_KINDS, type Institution, type InstitutionKind } from "../types";

/** The signing official as the form holds it; empty boxes clear the stored value. */
const signatoryFrom = (form: FormInput) => ({
  signatoryName: text(form, "signatoryName"),
  signatoryPosition: text(form, "signatoryPosition"),
  signatoryNip: text(form, "signatoryNip"),
  city: text(form, "city"),
});

export const createInstitutionAction = action(async (form: FormInput) => {
  const institution = await api.createInstitution({
    name: text(form, "name"),
    kind: text(form, "kind") as InstitutionKind,
    contact: text(form, "contact"),
    ...signatoryFrom(form),
  });
  await revalidate(getInstitutions.key);
  return institution;
}, "create-institution");

export const updateInstitutionAction = action(async (form: FormInput) => {
  const institution = await api.updateInstitution(text(form, "id"), {
    name: text(form, "name"),
    kind: text(form, "kind") as InstitutionKind,
    contact: text(form, "contact"),
    ...signatoryFrom(form),
  });
  await revalidate(getInstitutions.key);
  return institution;
}, "update-institution");

function InstitutionList(props: { onEdit: (institution: Institution) => void }) {
  const institutions = createAsync(() => getInstitutions());
  return (
    <Show when={institutions()}>
      {(items) => (
        <Show when={items().length > 0} fallback={<p class="empty">{t("institutions.empty")}</p>}>
          <div class="table-wrap">
            <table class="data-table stack-on-phone">
              <caption>{t("institutions.list")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("institutions.name")}</th>
                  <th scope="col">{t("institutions.kind")}</th>
                  <th scope="col">{t("institutions.contact")}</th>
                  <th scope="col">{t("institutions.signatory")}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t("institutions.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={items()}>
                  {(institution) => (
                    <tr>
                      <th scope="row" data-label={t("institutions.name")}>
                        {institution.name}
                      </th>
                      <td data-label={t("institutions.kind")}>{institutionKindLabel(institution.kind)}</td>
                      <td data-label={t("institutions.contact")} class="wrap-anywhere">
                        {institution.contact}
                      </td>
                      <td data-label={t("institutions.signatory")}>
                        <Show when={institution.signatoryName} fallback={<span class="muted">{t("institutions.noSignatory")}</span>}>
                          {institution.signatoryName}
                          <Show when={institution.signatoryPosition}>
                            <br />
                            <span class="muted">{institution.signatoryPosition}</span>
                          </Show>
                        </Show>
                      </td>
                      <td data-label={t("institutions.actions")}>
                        <button
                          type="button"
                          class="button secondary"
                          aria-label={t("institutions.editOne", { name: institution.name })}
                          onClick={() => props.onEdit(institution)}
                        >
                          {t("institutions.edit")}
                        </button>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      )}
    </Show>
  );
}

/** The fields an institution is made of; `prefix` keeps the ids of the two forms apart. */
function InstitutionFields(props: { prefix: string; institution?: Institution; error: unknown }) {
  const id = (name: string) => `${props.prefix}-${name}`;
  return (
    <>
      <TextField
        id={id("name")}
        name="name"
        label={t("institutions.name")}
        autocomplete="off"
        value={props.institution?.name ?? ""}
        required
        error={props.error}
      />
      <div class="field">
        <label for={id("kind")}>{t("institutions.kind")}</label>
        <select id={id("kind")} name="kind" required>
          <option value="">{t("institutions.chooseKind")}</option>
          <For each={INSTITUTION_KINDS}>
            {(kind) => (
              <option value={kind} selected={props.institution?.kind === kind}>
                {institutionKindLabel(kind)}
              </option>
            )}
          </For>
        </select>
      </div>
      <TextField
        id={id("contact")}
        name="contact"
        label={t("institutions.contact")}
        hint={t("institutions.contactHint")}
        autocomplete="off"
        value={props.institution?.contact ?? ""}
        error={props.error}
      />
      <fieldset class="card-fieldset">
        <legend>{t("institutions.signatoryTitle")}</legend>
        <p class="hint">{t("institutions.signatoryHint")}</p>
        <TextField
          id={id("signatory-name")}
          name="signatoryName"
          label={t("institutions.signatoryName")}
          autocomplete="off"
          value={props.institution?.signatoryName ?? ""}
          error={props.error}
        />
        <TextField
          id={id("signatory-position")}
          name="signatoryPosition"
          label={t("institutions.signatoryPosition")}
          autocomplete="off"
          value={props.institution?.signatoryPosition ?? ""}
          error={props.error}
        />
        <TextField
          id={id("signatory-nip")}
          name="signatoryNip"
          label={t("institutions.signatoryNip")}
          hint={t("institutions.signatoryNipHint")}
          inputmode="numeric"
          autocomplete="off"
          value={props.institution?.signatoryNip ?? ""}
          error={props.error}
        />
        <TextField
          id={id("city")}
          name="city"
          label={t("institutions.city")}
          hint={t("institutions.cityHint")}
          autocomplete="off"
          value={props.institution?.city ?? ""}
          error={props.error}
        />
      </fieldset>
    </>
  );
}

function AddInstitutionForm() {
  const submission = useSubmission(createInstitutionAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (created) => created && formElement?.reset()));
  return (
    <section class="card" aria-labelledby="add-institution-title">
      <h2 id="add-institution-title">{t("institutions.add")}</h2>
      <form ref={formElement} action={createInstitutionAction} method="post" class="form">
        <RequiredLegend />
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("institutions.added", { name: submission.result?.name ?? "" })}</p>
        </SuccessMessage>
        <InstitutionFields prefix="institution" error={submission.error} />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("institutions.submit")}
        </button>
      </form>
    </section>
  );
}

function EditInstitutionForm(props: { institution: Institution; onClose: () => void }) {
  const submission = useSubmission(updateInstitutionAction);
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => heading?.focus());
  return (
    <section class="card" aria-labelledby="edit-institution-title" data-testid="edit-institution">
      <h2 id="edit-institution-title" ref={heading} tabindex="-1">
        {t("institutions.editTitle", { name: props.institution.name })}
      </h2>
      <form action={updateInstitutionAction} method="post" class="form">
        <RequiredLegend />
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("institutions.saved", { name: submission.result?.name ?? "" })}</p>
        </SuccessMessage>
        <input type="hidden" name="id" value={props.institution.id} />
        <InstitutionFields prefix="edit-institution" institution={props.institution} error={submission.error} />
        <p class="actions">
          <button type="submit" class="button" disabled={submission.pending}>
            {t("institutions.save")}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onClose()}>
            {t("institutions.close")}
          </button>
        </p>
      </form>
    </section>
  );
}

export default function Institutions() {
  const [editing, setEditing] = createSignal<Institution>();
  return (
    <RequireAdmin>
      <section>
        <PageTitle>{t("institutions.title")}</PageTitle>
        {/* The table takes the full width; the forms follow below it. */}
        <div class="card">
          <InstitutionList onEdit={setEditing} />
        </div>
        <div class="columns">
          <Show when={editing()} keyed>
            {(institution) => <EditInstitutionForm institution={institution} onClose={() => setEditing(undefined)} />}
          </Show>
          <AddInstitutionForm />
        </div>
      </section>
    </RequireAdmin>
  );
}
