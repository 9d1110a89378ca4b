import { createAsync } from "@solidjs/router";
import { For, splitProps } from "solid-js";
import { t } from "../i18n";
import { SelectField } from "./FormField";
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
  error?: unknown;
}

/** Work units from the API; `emptyLabel` is the first, empty choice. */
export function UnitSelect(props: SelectProps & { emptyLabel: string }) {
  const units = createAsync(() => getUnits());
  const options = () => (units() ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
  const [own, field] = splitProps(props, ["emptyLabel"]);
  return <SelectField {...field} placeholder={own.emptyLabel} options={options()} />;
}

export function LevelSelect(props: SelectProps) {
  const options = () => POSITION_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }));
  return <SelectField {...props} placeholder={t("field.chooseLevel")} options={options()} />;
}

export function KindSelect(props: SelectProps) {
  const options = () => UNIT_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }));
  return <SelectField {...props} placeholder={t("units.chooseKind")} options={options()} />;
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
