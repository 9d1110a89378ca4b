// The plan as others read it: the table, the gaps, last quarter's plan and the approval.
import { A, action, createAsync, useSubmission } from "@solidjs/router";
import { For, Show } from "solid-js";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { PageTitle } from "../../components/PageTitle";
import { evaluationHref, formatGapToStandard } from "../../evaluation";
import { text } from "../../forms";
import { t } from "../../i18n";
import { competencyLevelWithNumber, cycleLabel, planActionLabel, planItemStatusLabel, planStatusLabel } from "../../labels";
import { getPlanCourses } from "../../queries";
import { me } from "../../session";
import { formatDay } from "../../time";
import { type Evaluation, type Plan, type PlanItem } from "../../types";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { approvePlanAction } from "./data";
import { useCompetencyChoices } from "./competencies";
import { PlanEditor } from "./PlanEditor";

/** The plan as a table, for the supervisor and admins (and for last quarter's plan). */
function PlanTable(props: { caption: string; items: PlanItem[]; plan: Plan }) {
  const choices = useCompetencyChoices(() => props.plan);
  const courses = createAsync(() => getPlanCourses());
  const courseTitle = (id: string | undefined) => (id ? (courses()?.find((course) => course.id === id)?.title ?? id) : "");
  return (
      <DataTable
        caption={props.caption}
        rows={props.items}
        empty={t("plan.empty")}
        columns={[
          { header: () => t("plan.competency"), rowHeader: true, cell: (item) => choices.nameOf(item.competencyId) },
          {
            header: () => t("plan.action"),
            cell: (item) => (
              <>
                {planActionLabel(item.action)}
                <Show when={item.action === "course" && item.courseId}>
                  <span class="block">
                    <A href={`/kursus/${encodeURIComponent(item.courseId!)}`}>{courseTitle(item.courseId)}</A>
                  </span>
                </Show>
              </>
            ),
          },
          { header: () => t("plan.description"), class: "prewrap", cell: (item) => item.description },
          { header: () => t("plan.targetDate"), cell: (item) => formatDay(item.targetDate) },
          { header: () => t("plan.itemStatus"), cell: (item) => planItemStatusLabel(item.status) },
        ]}
      />
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
    <Card title={t("plan.gaps")} titleId="gaps-title">
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
    </Card>
  );
}

/** What the unit's service programs (from the citizen forum) need of this person. */
function ProgramNeeds(props: { plan: Plan }) {
  return (
    <Show when={props.plan.programNeeds.length > 0}>
      <Card title={t("plan.programNeeds")} titleId="program-needs-title">
        <p class="muted">{t("plan.programNeedsIntro")}</p>
        <ul class="plain-list">
          <For each={props.plan.programNeeds}>
            {(need) => (
              <li>
                <strong>{need.name}</strong>:{" "}
                {t("plan.programNeedLevel", {
                  needed: competencyLevelWithNumber(need.neededLevel),
                  current: competencyLevelWithNumber(need.currentLevel),
                })}
                <span class="block">
                  {t("plan.programNeedFor")}{" "}
                  <For each={need.programs}>
                    {(program, index) => (
                      <>
                        {index() > 0 ? ", " : ""}
                        <A href={`/forum/program/${encodeURIComponent(program.id)}`}>{program.title}</A>
                      </>
                    )}
                  </For>
                </span>
              </li>
            )}
          </For>
        </ul>
      </Card>
    </Show>
  );
}

function PreviousPlan(props: { plan: Plan }) {
  return (
    <Show when={props.plan.previous}>
      {(previous) => {
        const total = () => previous().items.length;
        const caption = () => t("plan.previous", { cycle: cycleLabel(previous().cycleId) });
        return (
          <Card title={caption()} titleId="previous-plan-title">
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
          </Card>
        );
      }}
    </Show>
  );
}

export function PlanView(props: { plan: Plan; evaluation: Evaluation }) {
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
              <Card title={t("plan.items")} titleId="plan-items-title">
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
              </Card>
            }
          >
            <PlanEditor plan={props.plan} evaluationId={props.plan.evaluationId} />
          </Show>
        </div>
        <div>
          <Gaps plan={props.plan} />
          <ProgramNeeds plan={props.plan} />
          <PreviousPlan plan={props.plan} />
          <p>
            <A href={evaluationHref(props.plan.evaluationId, "hasil")}>{t("plan.openResult")}</A>
          </p>
        </div>
      </div>
    </article>
  );
}
