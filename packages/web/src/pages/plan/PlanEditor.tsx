// The person's own plan, as a form of activities.
import { action, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show, Suspense } from "solid-js";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { t } from "../../i18n";
import { planActionLabel, planItemStatusLabel } from "../../labels";
import { PLAN_ACTIONS, PLAN_ITEM_STATUSES, type Plan, type PlanAction, type PlanItem, type PlanItemStatus } from "../../types";
import { ROW_FIELD, type PlanResult, savePlanAction, planPathLabel } from "./data";
import { CompetencySelect, CourseSelect } from "./competencies";

interface Row {
  key: number;
  id: string;
  competencyId: string;
  action: PlanAction | "";
  courseId: string;
  description: string;
  targetDate: string;
  status: PlanItemStatus;
}

let rowKey = 0;

const toRow = (item: PlanItem): Row => ({ key: ++rowKey, courseId: "", ...item });

const blankRow = (competencyId: string): Row => ({
  key: ++rowKey,
  id: "",
  competencyId,
  action: "",
  courseId: "",
  description: "",
  targetDate: "",
  status: "planned",
});

function PlanRow(props: { row: Row; index: number; plan: Plan; approved: boolean; onRemove: () => void }) {
  const [planAction, setPlanAction] = createSignal<string>(props.row.action);
  const id = (name: string) => `plan-${props.row.key}-${name}`;
  const name = (field: string) => `${props.row.key}:${field}`;
  return (
    <fieldset class="repeat-group">
      <legend>{t("plan.item", { n: props.index + 1 })}</legend>
      <input type="hidden" name={ROW_FIELD} value={props.row.key} />
      <input type="hidden" name={name("id")} value={props.row.id} />
      <div class="field-row">
        <CompetencySelect
          id={id("competency")}
          name={name("competencyId")}
          value={props.row.competencyId}
          disabled={props.approved}
          plan={props.plan}
        />
        <div class="field">
          <label for={id("action")}>{t("plan.action")}</label>
          <select
            id={id("action")}
            name={name("action")}
            required
            disabled={props.approved}
            onChange={(event) => setPlanAction(event.currentTarget.value)}
          >
            <option value="">{t("plan.chooseAction")}</option>
            <For each={PLAN_ACTIONS}>
              {(value) => (
                <option value={value} selected={value === props.row.action}>
                  {planActionLabel(value)}
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <Show when={planAction() === "course"}>
        <Suspense>
          <CourseSelect id={id("course")} name={name("courseId")} value={props.row.courseId} disabled={props.approved} />
        </Suspense>
      </Show>
      <div class="field">
        <label for={id("description")}>{t("plan.description")}</label>
        <textarea
          id={id("description")}
          name={name("description")}
          class="prose"
          rows={2}
          maxlength={500}
          value={props.row.description}
          disabled={props.approved}
        />
      </div>
      <div class="field-row">
        <div class="field">
          <label for={id("date")}>{t("plan.targetDate")}</label>
          <input
            id={id("date")}
            name={name("targetDate")}
            type="date"
            value={props.row.targetDate}
            required
            disabled={props.approved}
          />
        </div>
        <div class="field">
          <label for={id("status")}>{t("plan.itemStatus")}</label>
          <select id={id("status")} name={name("status")}>
            <For each={PLAN_ITEM_STATUSES}>
              {(value) => (
                <option value={value} selected={value === props.row.status}>
                  {planItemStatusLabel(value)}
                </option>
              )}
            </For>
          </select>
        </div>
      </div>
      <Show when={!props.approved}>
        <button type="button" class="button-link" onClick={() => props.onRemove()}>
          {t("plan.remove", { n: props.index + 1 })}
        </button>
      </Show>
    </fieldset>
  );
}

export function PlanEditor(props: { plan: Plan; evaluationId: string }) {
  const approved = () => props.plan.status === "approved";
  const submission = useSubmission(savePlanAction, ([id]) => id === props.evaluationId);
  const firstGap = () => (props.plan.gaps[0] ?? props.plan.programNeeds[0])?.competencyId ?? "";
  const fromPlan = (items: PlanItem[]) => (items.length > 0 ? items.map(toRow) : [blankRow(firstGap())]);
  const [rows, setRows] = createSignal<Row[]>(fromPlan(props.plan.items));
  // What the server holds replaces the rows once it changes (a save gives new activities their ids).
  let known = JSON.stringify(props.plan.items);
  createEffect(
    on(
      () => props.plan.items,
      (items) => {
        const next = JSON.stringify(items);
        if (next === known) return;
        known = next;
        setRows(fromPlan(items));
      },
      { defer: true },
    ),
  );
  const add = () => {
    const used = new Set(rows().map((row) => row.competencyId));
    // The next gap without an activity, else the next need of the unit's programs.
    const next = [...props.plan.gaps, ...props.plan.programNeeds].find((candidate) => !used.has(candidate.competencyId));
    setRows([...rows(), blankRow(next?.competencyId ?? "")]);
  };
  const remove = (row: Row) => setRows(rows().filter((candidate) => candidate !== row));
  const doneMessage = (result: PlanResult) =>
    result.done === "submit" ? t("plan.submittedDone") : result.done === "progress" ? t("plan.progressSaved") : t("plan.saved");

  return (
    <form
      action={savePlanAction.with(props.evaluationId, approved() ? props.plan.items : null)}
      method="post"
      class="form plan-form"
      data-testid="plan-form"
    >
      <fieldset class="card-fieldset">
        <legend>{t("plan.items")}</legend>
        <Show when={approved()}>
          <p class="notice notice-info">{t("plan.approvedNote")}</p>
        </Show>
        <Show when={props.plan.status === "submitted"}>
          <p class="notice notice-info">{t("plan.submittedNote")}</p>
        </Show>
        <ErrorMessage
          error={submission.error}
          overrides={{ conflict: "error.changed_meanwhile" }}
          pathLabel={planPathLabel}
        />
        <Show when={rows().length === 0}>
          <p class="empty">{t("plan.empty")}</p>
        </Show>
        <For each={rows()}>
          {(row, index) => (
            <PlanRow row={row} index={index()} plan={props.plan} approved={approved()} onRemove={() => remove(row)} />
          )}
        </For>
        <Show when={!approved()}>
          <button type="button" class="button secondary" onClick={add}>
            {t("plan.add")}
          </button>
        </Show>
      </fieldset>
      <SuccessMessage when={submission.result}>
        <p>{submission.result ? doneMessage(submission.result) : ""}</p>
      </SuccessMessage>
      <div class="actions">
        <Show
          when={!approved()}
          fallback={
            <button type="submit" name="do" value="progress" class="button" disabled={submission.pending}>
              {t("plan.saveProgress")}
            </button>
          }
        >
          <button type="submit" name="do" value="draft" class="button secondary" disabled={submission.pending}>
            {t("plan.saveDraft")}
          </button>
          <button
            type="submit"
            name="do"
            value="submit"
            class="button"
            disabled={submission.pending || rows().length === 0}
          >
            {t("plan.submit")}
          </button>
        </Show>
      </div>
    </form>
  );
}
