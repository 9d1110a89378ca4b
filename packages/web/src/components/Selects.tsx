import { createAsync } from "@solidjs/router";
import { For } from "solid-js";
import { t } from "../i18n";
import { getCompetencies, getUnits } from "../queries";
import {
  COURSE_CATEGORIES,
  KLASIKAL_FORMS,
  NON_KLASIKAL_FORMS,
  POSITION_LEVELS,
  ROLES,
  UNIT_KINDS,
  type PositionLevel,
  type Role,
} from "../types";

interface SelectProps {
  id: string;
  name: string;
  label: string;
  value?: string;
  required?: boolean;
}

/** Work units from the API; `emptyLabel` is the first, empty choice. */
export function UnitSelect(props: SelectProps & { emptyLabel: string }) {
  const units = createAsync(() => getUnits());
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} required={props.required}>
        <option value="">{props.emptyLabel}</option>
        <For each={units()}>
          {(unit) => (
            <option value={unit.id} selected={unit.id === props.value}>
              {unit.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

export function LevelSelect(props: SelectProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} required={props.required}>
        <option value="">{t("field.chooseLevel")}</option>
        <For each={POSITION_LEVELS}>
          {(level) => (
            <option value={level} selected={level === props.value}>
              {t(`level.${level}`)}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

export function KindSelect(props: SelectProps) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} required={props.required}>
        <option value="">{t("units.chooseKind")}</option>
        <For each={UNIT_KINDS}>
          {(kind) => (
            <option value={kind} selected={kind === props.value}>
              {t(`kind.${kind}`)}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

/** One checkbox per role; `idPrefix` keeps ids unique when two forms share a page. */
export function RoleCheckboxes(props: { idPrefix: string; name: string; checked: Role[] }) {
  return (
    <fieldset class="field checkboxes">
      <legend>{t("field.roles")}</legend>
      <For each={ROLES}>
        {(role) => (
          <div class="checkbox">
            <input
              type="checkbox"
              id={`${props.idPrefix}-${role}`}
              name={props.name}
              value={role}
              checked={props.checked.includes(role)}
            />
            <label for={`${props.idPrefix}-${role}`}>{t(`role.${role}`)}</label>
          </div>
        )}
      </For>
    </fieldset>
  );
}

export function levelLabel(level: PositionLevel | string | undefined): string {
  return level && (POSITION_LEVELS as readonly string[]).includes(level) ? t(`level.${level as PositionLevel}`) : (level ?? "");
}

export function rolesLabel(roles: Role[]): string {
  return roles.map((role) => ((ROLES as readonly string[]).includes(role) ? t(`role.${role}`) : role)).join(", ");
}


/** Forms of development (Perlan 10/2018), grouped as classical and non-classical. */
export function CourseFormOptions(props: { value?: string }) {
  return (
    <>
      <optgroup label={t("formType.klasikal")}>
        <For each={KLASIKAL_FORMS}>
          {(form) => (
            <option value={form} selected={form === props.value}>
              {t(`form.${form}`)}
            </option>
          )}
        </For>
      </optgroup>
      <optgroup label={t("formType.non_klasikal")}>
        <For each={NON_KLASIKAL_FORMS}>
          {(form) => (
            <option value={form} selected={form === props.value}>
              {t(`form.${form}`)}
            </option>
          )}
        </For>
      </optgroup>
    </>
  );
}

export function CategoryOptions(props: { value?: string }) {
  return (
    <For each={COURSE_CATEGORIES}>
      {(category) => (
        <option value={category} selected={category === props.value}>
          {t(`category.${category}`)}
        </option>
      )}
    </For>
  );
}

/** The competency framework's competencies; nothing while it loads or when it cannot be had. */
export function CompetencyOptions(props: { value?: string }) {
  const dictionary = createAsync(() => getCompetencies());
  return (
    <For each={dictionary()?.items ?? []}>
      {(competency) => (
        <option value={competency.id} selected={competency.id === props.value}>
          {competency.name}
        </option>
      )}
    </For>
  );
}
