import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createEffect, For, on, Show } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { KindSelect } from "../components/Selects";
import { RequiredLegend, TextField } from "../components/TextField";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { getUnits } from "../queries";
import type { UnitKind } from "../types";

export const createUnitAction = action(async (form: FormInput) => {
  const unit = await api.createUnit({
    code: text(form, "code"),
    name: text(form, "name"),
    kind: text(form, "kind") as UnitKind,
  });
  await revalidate(getUnits.key);
  return unit;
}, "create-unit");

function UnitList() {
  const units = createAsync(() => getUnits());
  return (
    <Show when={units()}>
      {(items) => (
        <Show when={items().length > 0} fallback={<p class="empty">{t("units.empty")}</p>}>
          <div class="table-wrap">
            <table class="data-table stack-on-phone">
              <caption>{t("units.list")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("units.code")}</th>
                  <th scope="col">{t("units.name")}</th>
                  <th scope="col">{t("units.kind")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={items()}>
                  {(unit) => (
                    <tr>
                      <td data-label={t("units.code")} class="nip">
                        {unit.code}
                      </td>
                      <th scope="row" data-label={t("units.name")}>
                        {unit.name}
                      </th>
                      <td data-label={t("units.kind")}>{t(`kind.${unit.kind}`)}</td>
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

function AddUnitForm() {
  const submission = useSubmission(createUnitAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (unit) => unit && formElement?.reset()));
  return (
    <section class="card" aria-labelledby="add-unit-title">
      <h2 id="add-unit-title">{t("units.add")}</h2>
      <form ref={formElement} action={createUnitAction} method="post" class="form">
        <RequiredLegend />
        <ErrorMessage error={submission.error} overrides={{ conflict: "error.conflict_code" }} />
        <SuccessMessage when={submission.result}>
          <p>{t("units.added", { name: submission.result?.name ?? "" })}</p>
        </SuccessMessage>
        <TextField id="unit-code" name="code" label={t("units.code")} autocomplete="off" required error={submission.error} />
        <TextField id="unit-name" name="name" label={t("units.name")} autocomplete="off" required error={submission.error} />
        <KindSelect id="unit-kind" name="kind" label={t("units.kind")} required />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("units.submit")}
        </button>
      </form>
    </section>
  );
}

export default function Units() {
  return (
    <RequireAdmin>
      <section>
        <PageTitle>{t("units.title")}</PageTitle>
        <div class="columns">
          <div class="card">
            <UnitList />
          </div>
          <AddUnitForm />
        </div>
      </section>
    </RequireAdmin>
  );
}
