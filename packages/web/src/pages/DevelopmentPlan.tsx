import { A, action, createAsync, revalidate, useParams, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show, Suspense } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage, type PathLabel } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { evaluationHref, formatGapToStandard } from "../evaluation";
import { all, text, type FormInput } from "../forms";
import { t, type MessageKey } from "../i18n";
import { cycleLabel, planActionLabel, planItemStatusLabel, planStatusLabel } from "../labels";
import { getCompetencies, getCycleTeam, getEvaluation, getMyEvaluations, getPlan, getPlanCourses } from "../queries";
import { me } from "../session";
import { formatDay } from "../time";
import {
  PLAN_ACTIONS,
  PLAN_ITEM_STATUSES,
  type Course,
  type Evaluation,
  type Plan,
  type PlanAction,
  type PlanItem,
  type PlanItemInput,
  type PlanItemStatus,
  type PlanSaved,
} from "../types";

const ROW_FIELD = "row";

/**
 * Reads the editor's activities in their order. In an approved plan only the statuses may
 * change, so each activity is sent back exactly as the server has it, with its new status.
 */
export function readPlanForm(form: FormInput, approvedItems: PlanItem[] | null): PlanItemInput[] {
  return all(form, ROW_FIELD).map((key) => {
    const field = (name: string) => text(form, `${key}:${name}`);
    const id = field("id");
    const status = (field("status") || "planned") as PlanItemStatus;
    const approved = approvedItems?.find((item) => item.id === id);
    if (approved) return { ...approved, status };
    const planAction = field("action") as PlanAction;
    const courseId = field("courseId");
    return {
      ...(id ? { id } : {}),
      competencyId: field("competencyId"),
      action: planAction,
      ...(planAction === "course" && courseId ? { courseId } : {}),
      description: field("description"),
      targetDate: field("targetDate"),
      status,
    };
  });
}

type PlanResult = PlanSaved & { done: "draft" | "submit" | "progress" };

/** Save a draft, submit to the supervisor, or (approved plans) record progress: the pressed button says which. */
export const savePlanAction = action(
  async (evaluationId: string, approvedItems: PlanItem[] | null, form: FormInput): Promise<PlanResult> => {
    const done = text(form, "do") === "submit" ? "submit" : approvedItems ? "progress" : "draft";
    const saved = await api.savePlan(evaluationId, {
      items: readPlanForm(form, approvedItems),
      submit: done === "submit",
    });
    await revalidate([getPlan.key, getEvaluation.key, getMyEvaluations.key, getCycleTeam.key]);
    return { ...saved, done };
  },
  "save-plan",
);

export const approvePlanAction = action(async (evaluationId: string) => {
  const approved = await api.approvePlan(evaluationId);
  await revalidate([getPlan.key, getEvaluation.key, getCycleTeam.key]);
  return approved;
}, "approve-plan");

const FIELD_LABELS: Record<string, MessageKey> = {
  competencyId: "plan.competency",
  action: "plan.action",
  courseId: "plan.course",
  description: "plan.description",
  targetDate: "plan.targetDate",
  status: "plan.itemStatus",
};

/** "items.0.targetDate" as "Kegiatan 1 · Tanggal target". */
export const planPathLabel: PathLabel = (path) => {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = String(path[i]);
    const next = path[i + 1];
    if (segment === "items" && next !== undefined && /^\d+$/.test(String(next))) {
      words.push(t("plan.item", { n: Number(next) + 1 }));
      i++;
      continue;
    }
    if (segment === "items") continue;
    const key = FIELD_LABELS[segment];
    words.push(key ? t(key) : segment);
  }
  return words.join(" · ");
};

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

interface CompetencyChoice {
  id: string;
  name: string;
}

/** Competencies to choose from: the gaps first, then the rest of the framework. */
function useCompetencyChoices(plan: () => Plan) {
  const dictionary = createAsync(() => getCompetencies());
  const gaps = (): CompetencyChoice[] => plan().gaps.map((gap) => ({ id: gap.competencyId, name: gap.name }));
  const others = (): CompetencyChoice[] => {
    const gapIds = new Set(plan().gaps.map((gap) => gap.competencyId));
    const known = dictionary()?.items ?? [];
    const extra = plan()
      .items.map((item) => item.competencyId)
      .filter((id) => !gapIds.has(id) && !known.some((competency) => competency.id === id))
      .map((id) => ({ id, name: id }));
    return [...known.filter((competency) => !gapIds.has(competency.id)), ...extra];
  };
  const nameOf = (id: string) =>
    gaps().find((choice) => choice.id === id)?.name ?? others().find((choice) => choice.id === id)?.name ?? id;
  return { gaps, others, nameOf };
}

function CompetencySelect(props: { id: string; name: string; value: string; disabled: boolean; plan: Plan }) {
  const choices = useCompetencyChoices(() => props.plan);
  return (
    <div class="field">
      <label for={props.id}>{t("plan.competency")}</label>
      <select id={props.id} name={props.name} required disabled={props.disabled}>
        <option value="">{t("plan.chooseCompetency")}</option>
        <Show when={choices.gaps().length > 0}>
          <optgroup label={t("plan.gapGroup")}>
            <For each={choices.gaps()}>
              {(choice) => (
                <option value={choice.id} selected={choice.id === props.value}>
                  {choice.name}
                </option>
              )}
            </For>
          </optgroup>
        </Show>
        <Show when={choices.others().length > 0}>
          <optgroup label={t("plan.otherGroup")}>
            <For each={choices.others()}>
              {(choice) => (
                <option value={choice.id} selected={choice.id === props.value}>
                  {choice.name}
                </option>
              )}
            </For>
          </optgroup>
        </Show>
      </select>
    </div>
  );
}

function CourseSelect(props: { id: string; name: string; value: string; disabled: boolean }) {
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

function PlanEditor(props: { plan: Plan; evaluationId: string }) {
  const approved = () => props.plan.status === "approved";
  const submission = useSubmission(savePlanAction, ([id]) => id === props.evaluationId);
  const firstGap = () => props.plan.gaps[0]?.competencyId ?? "";
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
    const gap = props.plan.gaps.find((candidate) => !used.has(candidate.competencyId));
    setRows([...rows(), blankRow(gap?.competencyId ?? "")]);
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

/** The plan as a table, for the supervisor and admins (and for last quarter's plan). */
function PlanTable(props: { caption: string; items: PlanItem[]; plan: Plan }) {
  const choices = useCompetencyChoices(() => props.plan);
  const courses = createAsync(() => getPlanCourses());
  const courseTitle = (id: string | undefined) => (id ? (courses()?.find((course) => course.id === id)?.title ?? id) : "");
  return (
    <Show when={props.items.length > 0} fallback={<p class="empty">{t("plan.empty")}</p>}>
      <div class="table-wrap">
        <table class="data-table stack-on-phone">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plan.competency")}</th>
              <th scope="col">{t("plan.action")}</th>
              <th scope="col">{t("plan.description")}</th>
              <th scope="col">{t("plan.targetDate")}</th>
              <th scope="col">{t("plan.itemStatus")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(item) => (
                <tr>
                  <th scope="row" data-label={t("plan.competency")}>
                    {choices.nameOf(item.competencyId)}
                  </th>
                  <td data-label={t("plan.action")}>
                    {planActionLabel(item.action)}
                    <Show when={item.action === "course" && item.courseId}>
                      <span class="block">
                        <A href={`/kursus/${encodeURIComponent(item.courseId!)}`}>{courseTitle(item.courseId)}</A>
                      </span>
                    </Show>
                  </td>
                  <td data-label={t("plan.description")} class="prewrap">
                    {item.description}
                  </td>
                  <td data-label={t("plan.targetDate")}>{formatDay(item.targetDate)}</td>
                  <td data-label={t("plan.itemStatus")}>{planItemStatusLabel(item.status)}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}

function ApproveForm(props: { evaluationId: string }) {
  const submission = useSubmission(approvePlanAction, ([id]) => id === props.evaluationId);
  return (
    <form action={approvePlanAction.with(props.evaluationId)} method="post" class="form">
      <ErrorMessage error={submission.error} overrides={{ conflict: "error.changed_meanwhile" }} />
      <button type="submit" class="button" disabled={submission.pending}>
        {t("plan.approve")}
      </button>
    </form>
  );
}

function Gaps(props: { plan: Plan }) {
  return (
    <section class="card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t("plan.gaps")}</h2>
      <p class="muted">{t("plan.gapsIntro")}</p>
      <Show when={props.plan.gaps.length > 0} fallback={<p class="empty">{t("plan.gapsEmpty")}</p>}>
        <ul class="plain-list">
          <For each={props.plan.gaps}>
            {(gap) => (
              <li>
                <strong>{gap.name}</strong>: <span class="state-below">{formatGapToStandard(gap.gapToStandard)}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function PreviousPlan(props: { plan: Plan }) {
  return (
    <Show when={props.plan.previous}>
      {(previous) => {
        const total = () => previous().items.length;
        const caption = () => t("plan.previous", { cycle: cycleLabel(previous().cycleId) });
        return (
          <section class="card" aria-labelledby="previous-plan-title">
            <h2 id="previous-plan-title">{caption()}</h2>
            <Show when={total() > 0} fallback={<p class="empty">{t("plan.previousEmpty")}</p>}>
              <div class="progress-row">
                <progress
                  class="jp-progress"
                  max={total()}
                  value={previous().done}
                  aria-labelledby="previous-plan-title"
                  aria-describedby="previous-plan-progress"
                />
                <p id="previous-plan-progress" class="progress-text">
                  <strong>{t("plan.previousProgress", { done: previous().done, total: total() })}</strong>
                </p>
              </div>
              <p class="muted">
                {t("plan.status")}: {planStatusLabel(previous().status)}
              </p>
              <PlanTable caption={caption()} items={previous().items} plan={props.plan} />
              <p>
                <A href={evaluationHref(previous().evaluationId, "rencana")}>{caption()}</A>
              </p>
            </Show>
          </section>
        );
      }}
    </Show>
  );
}

function PlanView(props: { plan: Plan; evaluation: Evaluation }) {
  const isSubject = () => me()?.id === props.evaluation.staffId;
  const isSupervisor = () => Boolean(me()) && me()?.id === props.evaluation.supervisorId;
  const approval = useSubmission(approvePlanAction, ([id]) => id === props.plan.evaluationId);
  return (
    <article class="plan-page">
      <p class="eyebrow">
        {t("plan.eyebrow", { cycle: cycleLabel(props.evaluation.cycleId), name: props.evaluation.staffName })}
      </p>
      <PageTitle>{t("plan.title")}</PageTitle>
      <p class="status-line">
        {t("plan.status")}: <strong data-testid="plan-status">{planStatusLabel(props.plan.status)}</strong>
      </p>
      <div class="columns">
        <div>
          <Show
            when={isSubject()}
            fallback={
              <section class="card" aria-labelledby="plan-items-title">
                <h2 id="plan-items-title">{t("plan.items")}</h2>
                <PlanTable caption={t("plan.table")} items={props.plan.items} plan={props.plan} />
                <Show when={isSupervisor()}>
                  <Show
                    when={props.plan.status === "submitted"}
                    fallback={
                      <Show when={props.plan.status !== "approved"}>
                        <p class="muted">{t("plan.notSubmitted")}</p>
                      </Show>
                    }
                  >
                    <ApproveForm evaluationId={props.plan.evaluationId} />
                  </Show>
                </Show>
                <SuccessMessage when={approval.result}>
                  <p>{t("plan.approvedDone")}</p>
                </SuccessMessage>
              </section>
            }
          >
            <PlanEditor plan={props.plan} evaluationId={props.plan.evaluationId} />
          </Show>
        </div>
        <div>
          <Gaps plan={props.plan} />
          <PreviousPlan plan={props.plan} />
          <p>
            <A href={evaluationHref(props.plan.evaluationId, "hasil")}>{t("plan.openResult")}</A>
          </p>
        </div>
      </div>
    </article>
  );
}

function PlanContent(props: { id: string }) {
  const plan = createAsync(() => getPlan(props.id));
  const evaluation = createAsync(() => getEvaluation(props.id));
  return (
    <Show when={plan()}>
      {(p) => <Show when={evaluation()}>{(e) => <PlanView plan={p()} evaluation={e()} />}</Show>}
    </Show>
  );
}

export default function DevelopmentPlan() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <PlanContent id={id} />}
    </Show>
  );
}
