// The repeating parts of the course form: sessions, competencies, eligibility, the institution.
import { A, createAsync } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { CompetencyOptions } from "../../components/Selects";
import { text } from "../../forms";
import { t } from "../../i18n";
import { getInstitutions, getUnits } from "../../queries";
import { POSITION_LEVELS, type Course } from "../../types";

export interface SessionRow {
  key: number;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
}

export interface CompetencyRow {
  key: number;
  competencyId: string;
  targetLevel: number;
}

let rowKey = 0;

export const nextKey = () => ++rowKey;

export function SessionFields(props: { initial: SessionRow[] }) {
  const [rows, setRows] = createSignal<SessionRow[]>(props.initial);
  const add = () => setRows([...rows(), { key: nextKey(), startsAt: "", endsAt: "", place: "", onlineUrl: "" }]);
  const remove = (row: SessionRow) => setRows(rows().filter((candidate) => candidate !== row));
  return (
    <fieldset class="card-fieldset">
      <legend>{t("editor.sessions")}</legend>
      <p class="hint">
        {t("editor.timesHint")} {t("editor.placeHint")}
      </p>
      <For each={rows()}>
        {(row, index) => {
          const id = (name: string) => `session-${row.key}-${name}`;
          return (
            <fieldset class="repeat-group">
              <legend>{t("course.session", { n: index() + 1 })}</legend>
              <div class="field-row">
                <div class="field">
                  <label for={id("start")}>{t("course.startsAt")}</label>
                  <input id={id("start")} name="sessionStartsAt" type="datetime-local" value={row.startsAt} required />
                </div>
                <div class="field">
                  <label for={id("end")}>{t("course.endsAt")}</label>
                  <input id={id("end")} name="sessionEndsAt" type="datetime-local" value={row.endsAt} required />
                </div>
              </div>
              <div class="field-row">
                <div class="field">
                  <label for={id("place")}>{t("course.place")}</label>
                  <input id={id("place")} name="sessionPlace" type="text" value={row.place} autocomplete="off" />
                </div>
                <div class="field">
                  <label for={id("url")}>{t("course.onlineUrl")}</label>
                  <input id={id("url")} name="sessionOnlineUrl" type="url" value={row.onlineUrl} autocomplete="off" />
                </div>
              </div>
              <Show when={rows().length > 1}>
                <button type="button" class="button-link" onClick={() => remove(row)}>
                  {t("editor.removeSession", { n: index() + 1 })}
                </button>
              </Show>
            </fieldset>
          );
        }}
      </For>
      <button type="button" class="button secondary" onClick={add}>
        {t("editor.addSession")}
      </button>
    </fieldset>
  );
}

export function CompetencyFields(props: { initial: CompetencyRow[] }) {
  const [rows, setRows] = createSignal<CompetencyRow[]>(props.initial);
  const add = () => setRows([...rows(), { key: nextKey(), competencyId: "", targetLevel: 1 }]);
  const remove = (row: CompetencyRow) => setRows(rows().filter((candidate) => candidate !== row));
  return (
    <fieldset class="card-fieldset">
      <legend>{t("editor.competencies")}</legend>
      <For each={rows()}>
        {(row, index) => {
          const id = (name: string) => `competency-${row.key}-${name}`;
          return (
            <fieldset class="repeat-group">
              <legend>{t("editor.competency", { n: index() + 1 })}</legend>
              <div class="field-row">
                <div class="field">
                  <label for={id("id")}>{t("catalog.competency")}</label>
                  <select id={id("id")} name="competencyId">
                    <option value="">{t("editor.chooseCompetency")}</option>
                    <CompetencyOptions value={row.competencyId} />
                  </select>
                </div>
                <div class="field field-small">
                  <label for={id("level")}>{t("editor.targetLevel")}</label>
                  <select id={id("level")} name="targetLevel">
                    <For each={[1, 2, 3, 4, 5]}>
                      {(level) => (
                        <option value={level} selected={level === row.targetLevel}>
                          {level}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              </div>
              <button type="button" class="button-link" onClick={() => remove(row)}>
                {t("editor.removeCompetency", { n: index() + 1 })}
              </button>
            </fieldset>
          );
        }}
      </For>
      <button type="button" class="button secondary" onClick={add}>
        {t("editor.addCompetency")}
      </button>
    </fieldset>
  );
}

export function EligibilityFields(props: { course?: Course }) {
  const units = createAsync(() => getUnits());
  const unitIds = () => props.course?.eligibility.unitIds ?? [];
  const levels = () => props.course?.eligibility.positionLevels ?? [];
  return (
    <fieldset class="card-fieldset">
      <legend>{t("editor.eligibility")}</legend>
      <p class="hint">{t("editor.eligibilityHint")}</p>
      <fieldset class="field checkboxes">
        <legend>{t("editor.levels")}</legend>
        <For each={POSITION_LEVELS}>
          {(level) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`eligible-level-${level}`}
                name="eligiblePositionLevels"
                value={level}
                checked={levels().includes(level)}
              />
              <label for={`eligible-level-${level}`}>{t(`level.${level}`)}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset class="field checkboxes unit-checkboxes">
        <legend>{t("editor.units")}</legend>
        <For each={units() ?? []}>
          {(unit) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`eligible-unit-${unit.id}`}
                name="eligibleUnitIds"
                value={unit.id}
                checked={unitIds().includes(unit.id)}
              />
              <label for={`eligible-unit-${unit.id}`}>{unit.name}</label>
            </div>
          )}
        </For>
      </fieldset>
    </fieldset>
  );
}

export function InstitutionSelect(props: { value?: string }) {
  const institutions = createAsync(() => getInstitutions());
  return (
    <div class="field">
      <label for="course-institution">{t("course.institution")}</label>
      <select id="course-institution" name="institutionId" required>
        <option value="">{t("editor.chooseInstitution")}</option>
        <For each={institutions() ?? []}>
          {(institution) => (
            <option value={institution.id} selected={institution.id === props.value}>
              {institution.name}
            </option>
          )}
        </For>
      </select>
      <p class="hint">
        <A href="/admin/lembaga">{t("editor.addInstitution")}</A>
      </p>
    </div>
  );
}
