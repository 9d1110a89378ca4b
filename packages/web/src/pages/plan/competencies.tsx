// What a plan activity can aim at: a competency (the gaps first) and, for a course, which one.
import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { OptionGroup, SelectField } from "../../components/FormField";
import { t } from "../../i18n";
import { getCompetencies, getPlanCourses } from "../../queries";
import { type Course, type Plan } from "../../types";

interface CompetencyChoice {
  id: string;
  name: string;
}

/** Competencies to choose from: the gaps first, then what the unit's service programs need, then the rest. */
export function useCompetencyChoices(plan: () => Plan) {
  const dictionary = createAsync(() => getCompetencies());
  const gaps = (): CompetencyChoice[] => plan().gaps.map((gap) => ({ id: gap.competencyId, name: gap.name }));
  const programNeeds = (): CompetencyChoice[] => {
    const gapIds = new Set(plan().gaps.map((gap) => gap.competencyId));
    return plan()
      .programNeeds.filter((need) => !gapIds.has(need.competencyId))
      .map((need) => ({ id: need.competencyId, name: need.name }));
  };
  const others = (): CompetencyChoice[] => {
    const offered = new Set([...gaps(), ...programNeeds()].map((choice) => choice.id));
    const known = dictionary()?.items ?? [];
    const extra = plan()
      .items.map((item) => item.competencyId)
      .filter((id) => !offered.has(id) && !known.some((competency) => competency.id === id))
      .map((id) => ({ id, name: id }));
    return [...known.filter((competency) => !offered.has(competency.id)), ...extra];
  };
  const nameOf = (id: string) =>
    [...gaps(), ...programNeeds(), ...others()].find((choice) => choice.id === id)?.name ?? id;
  return { gaps, programNeeds, others, nameOf };
}

export function CompetencySelect(props: { id: string; name: string; value: string; disabled: boolean; plan: Plan }) {
  const choices = useCompetencyChoices(() => props.plan);
  const options = (list: CompetencyChoice[]) => list.map((choice) => ({ value: choice.id, label: choice.name }));
  return (
    <SelectField
      id={props.id}
      name={props.name}
      label={t("plan.competency")}
      placeholder={t("plan.chooseCompetency")}
      required
      disabled={props.disabled}
    >
      <OptionGroup label={t("plan.gapGroup")} options={options(choices.gaps())} value={props.value} />
      <OptionGroup label={t("plan.programGroup")} options={options(choices.programNeeds())} value={props.value} />
      <OptionGroup label={t("plan.otherGroup")} options={options(choices.others())} value={props.value} />
    </SelectField>
  );
}

export function CourseSelect(props: { id: string; name: string; value: string; disabled: boolean }) {
  const courses = createAsync(() => getPlanCourses());
  const options = (): Pick<Course, "id" | "title" | "code">[] => {
    const list = courses() ?? [];
    // A course chosen earlier stays choosable even when it left the published list.
    return props.value && !list.some((course) => course.id === props.value)
      ? [...list, { id: props.value, title: props.value, code: "" }]
      : list;
  };
  return (
    <div class="field">
      <label for={props.id}>{t("plan.course")}</label>
      <select id={props.id} name={props.name} required disabled={props.disabled}>
        <option value="">{t("plan.chooseCourse")}</option>
        <For each={options()}>
          {(course) => (
            <option value={course.id} selected={course.id === props.value}>
              {course.code ? `${course.title} (${course.code})` : course.title}
            </option>
          )}
        </For>
      </select>
      <Show when={courses() !== undefined && options().length === 0}>
        <p class="hint">{t("plan.noCourses")}</p>
      </Show>
    </div>
  );
}
