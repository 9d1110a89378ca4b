import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, Show } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { Card } from "../components/Card";
import { DataTable, type Column } from "../components/DataTable";
import { RequiredLegend, SelectField, TextField, type TextFieldProps } from "../components/FormField";
import { CreateForm, ListWithCreateForm } from "../components/ListWithCreateForm";
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

function institutionColumns(onEdit: (institution: Institution) => void): Column<Institution>[] {
  return [
    { header: () => t("institutions.name"), cell: (institution) => institution.name, rowHeader: true },
    { header: () => t("institutions.kind"), cell: (institution) => institutionKindLabel(institution.kind) },
    { header: () => t("institutions.contact"), cell: (institution) => institution.contact, class: "wrap-anywhere" },
    {
      header: () => t("institutions.signatory"),
      cell: (institution) => (
        <Show when={institution.signatoryName} fallback={<span class="muted">{t("institutions.noSignatory")}</span>}>
          {institution.signatoryName}
          <Show when={institution.signatoryPosition}>
            <br />
            <span class="muted">{institution.signatoryPosition}</span>
          </Show>
        </Show>
      ),
    },
    {
      header: () => t("institutions.actions"),
      hideHeader: true,
      cell: (institution) => (
        <button
          type="button"
          class="button secondary"
          aria-label={t("institutions.editOne", { name: institution.name })}
          onClick={() => onEdit(institution)}
        >
          {t("institutions.edit")}
        </button>
      ),
    },
  ];
}

function InstitutionList(props: { onEdit: (institution: Institution) => void }) {
  const institutions = createAsync(() => getInstitutions());
  const columns = institutionColumns((institution) => props.onEdit(institution));
  return (
    <Show when={institutions()}>
      {(items) => (
        <DataTable caption={t("institutions.list")} showCaption columns={columns} rows={items()} empty={t("institutions.empty")} />
      )}
    </Show>
  );
}

/** The fields an institution is made of; `prefix` keeps the ids of the two forms apart. */
function InstitutionFields(props: { prefix: string; institution?: Institution; error: unknown }) {
  const id = (name: string) => `${props.prefix}-${name}`;
  /** One of the optional text fields: its id from the prefix, its stored value, the form's error. */
  const text = (name: "contact" | "signatoryName" | "signatoryPosition" | "signatoryNip" | "city", label: string, more: Partial<TextFieldProps> = {}) => (
    <TextField id={id(name)} name={name} label={label} autocomplete="off" value={props.institution?.[name] ?? ""} error={props.error} {...more} />
  );
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
      <SelectField
        id={id("kind")}
        name="kind"
        label={t("institutions.kind")}
        placeholder={t("institutions.chooseKind")}
        options={INSTITUTION_KINDS.map((kind) => ({ value: kind, label: institutionKindLabel(kind) }))}
        value={props.institution?.kind}
        required
        error={props.error}
      />
      {text("contact", t("institutions.contact"), { hint: t("institutions.contactHint") })}
      <fieldset class="card-fieldset">
        <legend>{t("institutions.signatoryTitle")}</legend>
        <p class="hint">{t("institutions.signatoryHint")}</p>
        {text("signatoryName", t("institutions.signatoryName"))}
        {text("signatoryPosition", t("institutions.signatoryPosition"))}
        {text("signatoryNip", t("institutions.signatoryNip"), { hint: t("institutions.signatoryNipHint"), inputmode: "numeric" })}
        {text("city", t("institutions.city"), { hint: t("institutions.cityHint") })}
      </fieldset>
    </>
  );
}

function AddInstitutionForm() {
  return (
    <CreateForm
      action={createInstitutionAction}
      titleId="add-institution-title"
      title={t("institutions.add")}
      submitLabel={t("institutions.submit")}
      added={(created) => t("institutions.added", { name: created.name })}
    >
      {(error) => <InstitutionFields prefix="institution" error={error} />}
    </CreateForm>
  );
}

function EditInstitutionForm(props: { institution: Institution; onClose: () => void }) {
  const submission = useSubmission(updateInstitutionAction);
  let heading: HTMLHeadingElement | undefined;
  createEffect(() => heading?.focus());
  return (
    <Card
      title={t("institutions.editTitle", { name: props.institution.name })}
      titleId="edit-institution-title"
      testId="edit-institution"
      headingRef={(element) => (heading = element)}
    >
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
    </Card>
  );
}

export default function Institutions() {
  const [editing, setEditing] = createSignal<Institution>();
  return (
    // The table takes the full width; the forms follow below it.
    <ListWithCreateForm
      title={t("institutions.title")}
      wideList
      list={<InstitutionList onEdit={setEditing} />}
      forms={
        <>
          <Show when={editing()} keyed>
            {(institution) => <EditInstitutionForm institution={institution} onClose={() => setEditing(undefined)} />}
          </Show>
          <AddInstitutionForm />
        </>
      }
    />
  );
}
