import { action, createAsync, revalidate } from "@solidjs/router";
import { Show } from "solid-js";
import { api } from "../api";
import { DataTable, type Column } from "../components/DataTable";
import { TextField } from "../components/FormField";
import { CreateForm, ListWithCreateForm } from "../components/ListWithCreateForm";
import { KindSelect } from "../components/Selects";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { getUnits } from "../queries";
import type { Unit, UnitKind } from "../types";

export const createUnitAction = action(async (form: FormInput) => {
  const unit = await api.createUnit({
    code: text(form, "code"),
    name: text(form, "name"),
    kind: text(form, "kind") as UnitKind,
  });
  await revalidate(getUnits.key);
  return unit;
}, "create-unit");

const columns: Column<Unit>[] = [
  { header: () => t("units.code"), cell: (unit) => unit.code, align: "nip" },
  { header: () => t("units.name"), cell: (unit) => unit.name, rowHeader: true },
  { header: () => t("units.kind"), cell: (unit) => t(`kind.${unit.kind}`) },
];

function UnitList() {
  const units = createAsync(() => getUnits());
  return (
    <Show when={units()}>
      {(items) => <DataTable caption={t("units.list")} showCaption columns={columns} rows={items()} empty={t("units.empty")} />}
    </Show>
  );
}

function AddUnitForm() {
  return (
    <CreateForm
      action={createUnitAction}
      titleId="add-unit-title"
      title={t("units.add")}
      submitLabel={t("units.submit")}
      added={(unit) => t("units.added", { name: unit.name })}
      errorOverrides={{ conflict: "error.conflict_code" }}
    >
      {(error) => (
        <>
          <TextField id="unit-code" name="code" label={t("units.code")} autocomplete="off" required error={error} />
          <TextField id="unit-name" name="name" label={t("units.name")} autocomplete="off" required error={error} />
          <KindSelect id="unit-kind" name="kind" label={t("units.kind")} required />
        </>
      )}
    </CreateForm>
  );
}

export default function Units() {
  return <ListWithCreateForm title={t("units.title")} list={<UnitList />} forms={<AddUnitForm />} />;
}
