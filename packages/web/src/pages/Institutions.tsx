import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createEffect, For, on, Show } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { TextField } from "../components/TextField";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { institutionKindLabel } from "../labels";
import { getInstitutions } from "../queries";
import { INSTITUTION_KINDS, type InstitutionKind } from "../types";

export const createInstitutionAction = action(async (form: FormInput) => {
  const institution = await api.createInstitution({
    name: text(form, "name"),
    kind: text(form, "kind") as InstitutionKind,
    contact: text(form, "contact"),
  });
  await revalidate(getInstitutions.key);
  return institution;
}, "create-institution");

function InstitutionList() {
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

function AddInstitutionForm() {
  const submission = useSubmission(createInstitutionAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (created) => created && formElement?.reset()));
  return (
    <section class="card" aria-labelledby="add-institution-title">
      <h2 id="add-institution-title">{t("institutions.add")}</h2>
      <form ref={formElement} action={createInstitutionAction} method="post" class="form">
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("institutions.added", { name: submission.result?.name ?? "" })}</p>
        </SuccessMessage>
        <TextField id="institution-name" name="name" label={t("institutions.name")} autocomplete="off" required />
        <div class="field">
          <label for="institution-kind">{t("institutions.kind")}</label>
          <select id="institution-kind" name="kind" required>
            <option value="">{t("institutions.chooseKind")}</option>
            <For each={INSTITUTION_KINDS}>{(kind) => <option value={kind}>{institutionKindLabel(kind)}</option>}</For>
          </select>
        </div>
        <TextField
          id="institution-contact"
          name="contact"
          label={t("institutions.contact")}
          hint={t("institutions.contactHint")}
          autocomplete="off"
        />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("institutions.submit")}
        </button>
      </form>
    </section>
  );
}

export default function Institutions() {
  return (
    <RequireAdmin>
      <section>
        <PageTitle>{t("institutions.title")}</PageTitle>
        <div class="columns">
          <div class="card">
            <InstitutionList />
          </div>
          <AddInstitutionForm />
        </div>
      </section>
    </RequireAdmin>
  );
}
