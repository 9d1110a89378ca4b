import { A, createAsync } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { evaluationHref, progressCount, reviewHref } from "../evaluation";
import { t } from "../i18n";
import { cycleLabel, evaluationStatusLabel, finalRatingLabel, planStatusLabel, reviewKindLabel, reviewStateLabel } from "../labels";
import { getMyEvaluations, getReviewTasks } from "../queries";
import { formatWita } from "../time";
import type { Evaluation, ReviewTask } from "../types";
import { Card } from "../components/Card";
import { DataTable } from "../components/DataTable";

function TaskItem(props: { task: ReviewTask }) {
  const actionText = () => (props.task.draft ? t("evaluations.continue") : t("evaluations.start"));
  return (
    <li class="task">
      <p class="eyebrow">
        {cycleLabel(props.task.cycleId)} · {reviewKindLabel(props.task.kind)}
      </p>
      <h3>{props.task.subjectName}</h3>
      <p class="task-due">
        {t("evaluations.due")}: <time datetime={props.task.dueAt}>{formatWita(props.task.dueAt)}</time>
        <Show when={props.task.draft}>
          {" "}
          <span class="badge">{t("evaluations.draftSaved")}</span>
        </Show>
      </p>
      <A
        href={reviewHref(props.task.evaluationId, props.task.reviewId)}
        class="button"
        aria-label={t("evaluations.taskLabel", {
          action: actionText(),
          kind: reviewKindLabel(props.task.kind),
          name: props.task.subjectName,
        })}
      >
        {actionText()}
      </A>
    </li>
  );
}

function Tasks() {
  const tasks = createAsync(() => getReviewTasks());
  return (
    <Card title={t("evaluations.tasks")} titleId="tasks-title">
      <Show when={tasks()}>
        {(items) => (
          <Show when={items().length > 0} fallback={<p class="empty">{t("evaluations.tasksEmpty")}</p>}>
            <ul class="task-list">
              <For each={items()}>{(task) => <TaskItem task={task} />}</For>
            </ul>
          </Show>
        )}
      </Show>
    </Card>
  );
}

/** How many reviews of my own (newest) evaluation are in: the task list shows only what I still owe. */
function MyProgress(props: { evaluation: Evaluation }) {
  const count = () => progressCount(props.evaluation.progress);
  const progress = () => props.evaluation.progress;
  return (
    <section class="card" aria-labelledby="evaluation-progress-title">
      <h2 id="evaluation-progress-title">
        {t("evaluations.progress", { cycle: cycleLabel(props.evaluation.cycleId) })}
      </h2>
      <div class="progress-row">
        <progress
          class="jp-progress"
          max={Math.max(1, count().total)}
          value={count().submitted}
          aria-labelledby="evaluation-progress-title"
          aria-describedby="evaluation-progress-text"
        />
        <p id="evaluation-progress-text" class="progress-text">
          <strong>{t("evaluations.progressText", count())}</strong>
        </p>
      </div>
      <dl class="details compact">
        <dt>{reviewKindLabel("self")}</dt>
        <dd>{reviewStateLabel(progress().self)}</dd>
        <dt>{reviewKindLabel("supervisor")}</dt>
        <dd>{reviewStateLabel(progress().supervisor)}</dd>
        <dt>{reviewKindLabel("peer")}</dt>
        <dd>{t("evaluations.peersValue", { submitted: progress().peersSubmitted, total: progress().peersTotal })}</dd>
        <dt>{t("evaluations.status")}</dt>
        <dd>{evaluationStatusLabel(props.evaluation.status)}</dd>
      </dl>
    </section>
  );
}

function History(props: { items: Evaluation[] }) {
  return (
    <Card title={t("evaluations.mine")} titleId="evaluation-history-title">
      <Show when={props.items.length > 0} fallback={<p class="empty">{t("evaluations.mineEmpty")}</p>}>
        <DataTable
          caption={t("evaluations.mine")}
          rows={props.items}
          columns={[
            { header: () => t("evaluations.cycle"), rowHeader: true, cell: (evaluation) => cycleLabel(evaluation.cycleId) },
            { header: () => t("evaluations.status"), cell: (evaluation) => evaluationStatusLabel(evaluation.status) },
            {
              header: () => t("evaluations.finalRating"),
              cell: (evaluation) => (evaluation.finalRating ? finalRatingLabel(evaluation.finalRating) : t("evaluations.noRating")),
            },
            { header: () => t("evaluations.plan"), cell: (evaluation) => planStatusLabel(evaluation.planStatus) },
            {
              header: () => t("evaluations.links"),
              cell: (evaluation) => (
                <span class="link-list">
                  <A
                    href={evaluationHref(evaluation.id, "hasil")}
                    aria-label={t("evaluations.resultFor", { cycle: cycleLabel(evaluation.cycleId) })}
                  >
                    {t("evaluations.result")}
                  </A>
                  <A
                    href={evaluationHref(evaluation.id, "rencana")}
                    aria-label={t("evaluations.planFor", { cycle: cycleLabel(evaluation.cycleId) })}
                  >
                    {t("evaluations.planLink")}
                  </A>
                </span>
              ),
            },
          ]}
        />
      </Show>
    </Card>
  );
}

function Mine() {
  const mine = createAsync(() => getMyEvaluations());
  return (
    <Show when={mine()}>
      {(items) => (
        <>
          <Show when={items()[0]}>{(newest) => <MyProgress evaluation={newest()} />}</Show>
          <History items={items()} />
        </>
      )}
    </Show>
  );
}

export default function Evaluations() {
  return (
    <section>
      <PageTitle>{t("evaluations.title")}</PageTitle>
      <p class="muted">{t("evaluations.intro")}</p>
      <div class="columns">
        <div>
          <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
            <Tasks />
          </Suspense>
        </div>
        <div>
          <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
            <Mine />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
