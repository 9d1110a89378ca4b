import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { api } from "../api";
import { all, checked, text, type FormInput } from "../forms";
import { t } from "../i18n";
import { competencyLevelLabel } from "../labels";
import { getCompetencies, getRecommendations, getStaff, getSupervisor, getTeam, listStaff } from "../queries";
import { resolveSupervisorId } from "../supervisor";
import type { PositionLevel, Role, Staff } from "../types";
import { ErrorMessage, SuccessMessage } from "./ErrorMessage";
import { LevelSelect, RoleCheckboxes, UnitSelect } from "./Selects";
import { TextField } from "./FormField";
import { Card } from "../components/Card";

const LEVEL_FIELD = "competencyLevel:";

/** The competency level choices, when the form showed them; empty choices mean "not assessed". */
function readCompetencyLevels(form: FormInput): Record<string, number> | undefined {
  const names = Array.from(new Set<string>(form.keys())).filter((name) => name.startsWith(LEVEL_FIELD));
  if (names.length === 0) return undefined;
  const levels: Record<string, number> = {};
  for (const name of names) {
    const value = text(form, name);
    if (value) levels[name.slice(LEVEL_FIELD.length)] = Number(value);
  }
  return levels;
}

export const updateStaffAction = action(async (id: string, form: FormInput) => {
  const supervisorId = await resolveSupervisorId(text(form, "supervisor"));
  const competencyLevels = readCompetencyLevels(form);
  const updated = await api.updateStaff(id, {
    name: text(form, "name"),
    email: text(form, "email"),
    unitId: text(form, "unitId"),
    position: text(form, "position"),
    positionLevel: text(form, "positionLevel") as PositionLevel,
    supervisorId,
    roles: all(form, "roles") as Role[],
    active: checked(form, "active"),
    ...(competencyLevels ? { competencyLevels } : {}),
  });
  // Supervisor and unit changes show up in other people's teams and in the directory too.
  await revalidate([getStaff.key, getTeam.key, getSupervisor.key, listStaff.key, getRecommendations.key]);
  return updated;
}, "update-staff");

/** One level choice per competency of the framework; nothing when the framework cannot be had. */
function CompetencyLevelFields(props: { levels: Record<string, number> }) {
  const dictionary = createAsync(() => getCompetencies());
  return (
    <Show when={dictionary()}>
      {(d) => (
        <fieldset class="field checkboxes competency-levels">
          <legend>{t("profile.competencies")}</legend>
          <p class="hint">{t("profile.editCompetenciesHint")}</p>
          <For each={d().items}>
            {(competency) => (
              <div class="field level-choice">
                <label for={`edit-level-${competency.id}`}>{competency.name}</label>
                <select id={`edit-level-${competency.id}`} name={`${LEVEL_FIELD}${competency.id}`}>
                  <option value="">{t("profile.notAssessed")}</option>
                  <For each={d().levels}>
                    {(entry) => (
                      <option value={entry.level} selected={props.levels[competency.id] === entry.level}>
                        {entry.level} · {competencyLevelLabel(entry.level) || entry.name}
                      </option>
                    )}
                  </For>
                </select>
              </div>
            )}
          </For>
        </fieldset>
      )}
    </Show>
  );
}

/** The admin's form to change a staff member's record. */
export function StaffEditForm(props: { staff: Staff }) {
  const submission = useSubmission(updateStaffAction, ([id]) => id === props.staff.id);
  const supervisor = createAsync(async () =>
    props.staff.supervisorId ? getSupervisor(props.staff.supervisorId) : null,
  );
  const supervisorReference = () => supervisor()?.nip ?? props.staff.supervisorId ?? "";

  return (
    <Card title={t("profile.edit")} titleId="edit-title">
      <form action={updateStaffAction.with(props.staff.id)} method="post" class="form">
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("profile.saved")}</p>
        </SuccessMessage>
        <TextField id="edit-name" name="name" label={t("field.name")} value={props.staff.name} required />
        <TextField
          id="edit-email"
          name="email"
          type="email"
          label={t("field.email")}
          value={props.staff.email}
          autocomplete="off"
          required
        />
        <UnitSelect
          id="edit-unit"
          name="unitId"
          label={t("field.unit")}
          emptyLabel={t("field.chooseUnit")}
          value={props.staff.unitId}
          required
        />
        <TextField id="edit-position" name="position" label={t("field.position")} value={props.staff.position} required />
        <LevelSelect
          id="edit-level"
          name="positionLevel"
          label={t("field.positionLevel")}
          value={props.staff.positionLevel}
          required
        />
        <TextField
          id="edit-supervisor"
          name="supervisor"
          label={t("profile.supervisorRef")}
          hint={t("profile.supervisorRefHint")}
          value={supervisorReference()}
          inputmode="numeric"
          autocomplete="off"
        />
        <RoleCheckboxes idPrefix="edit-role" name="roles" checked={props.staff.roles} />
        <Suspense>
          <CompetencyLevelFields levels={props.staff.competencyLevels ?? {}} />
        </Suspense>
        <div class="checkbox">
          <input type="checkbox" id="edit-active" name="active" value="true" checked={props.staff.active} />
          <label for="edit-active">{t("profile.activeCheckbox")}</label>
        </div>
        <button type="submit" class="button" disabled={submission.pending}>
          {t("profile.save")}
        </button>
      </form>
    </Card>
  );
}
