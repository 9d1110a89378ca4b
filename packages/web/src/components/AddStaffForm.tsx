import { A, action, revalidate, useSubmission } from "@solidjs/router";
import { createEffect, on, Show } from "solid-js";
import { api } from "../api";
import { all, raw, text, type FormInput } from "../forms";
import { t } from "../i18n";
import { getTeam, listStaff } from "../queries";
import { resolveSupervisorId } from "../supervisor";
import type { PositionLevel, Role } from "../types";
import { ErrorMessage, SuccessMessage } from "./ErrorMessage";
import { LevelSelect, RoleCheckboxes, UnitSelect } from "./Selects";
import { RequiredLegend, TextField } from "./FormField";

export const createStaffAction = action(async (form: FormInput) => {
  const supervisorId = await resolveSupervisorId(text(form, "supervisorNip"));
  const created = await api.createStaff({
    nip: text(form, "nip"),
    name: text(form, "name"),
    email: text(form, "email"),
    unitId: text(form, "unitId"),
    position: text(form, "position"),
    positionLevel: text(form, "positionLevel") as PositionLevel,
    supervisorId,
    roles: all(form, "roles") as Role[],
    initialPassword: raw(form, "initialPassword"),
  });
  await revalidate([listStaff.key, getTeam.key]);
  return created;
}, "create-staff");

export function AddStaffForm() {
  const submission = useSubmission(createStaffAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (created) => created && formElement?.reset()));

  return (
    <form ref={formElement} action={createStaffAction} method="post" class="form" data-testid="add-staff-form">
      <RequiredLegend />
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={submission.result}>
        <p>
          {t("admin.added", { name: submission.result?.name ?? "" })}{" "}
          <Show when={submission.result}>
            {(created) => <A href={`/pegawai/${encodeURIComponent(created().id)}`}>{t("admin.openProfile")}</A>}
          </Show>
        </p>
      </SuccessMessage>
      <TextField
        id="add-nip"
        name="nip"
        label={t("field.nip")}
        inputmode="numeric"
        autocomplete="off"
        pattern="[0-9]{18}"
        maxlength={18}
        required
        error={submission.error}
      />
      <TextField id="add-name" name="name" label={t("field.name")} autocomplete="off" required error={submission.error} />
      <TextField id="add-email" name="email" type="email" label={t("field.email")} autocomplete="off" required error={submission.error} />
      <UnitSelect id="add-unit" name="unitId" label={t("field.unit")} emptyLabel={t("field.chooseUnit")} required />
      <TextField id="add-position" name="position" label={t("field.position")} autocomplete="off" required error={submission.error} />
      <LevelSelect id="add-level" name="positionLevel" label={t("field.positionLevel")} required />
      <TextField
        id="add-supervisor"
        name="supervisorNip"
        label={t("admin.supervisorNip")}
        hint={t("admin.supervisorNipHint")}
        inputmode="numeric"
        autocomplete="off"
        error={submission.error}
      />
      <RoleCheckboxes idPrefix="add-role" name="roles" checked={["staff"]} />
      <TextField
        id="add-password"
        name="initialPassword"
        type="password"
        label={t("admin.initialPassword")}
        hint={t("admin.initialPasswordHint")}
        autocomplete="new-password"
        minlength={10}
        required
        error={submission.error}
      />
      <button type="submit" class="button" disabled={submission.pending}>
        {t("admin.addSubmit")}
      </button>
    </form>
  );
}
