import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { t } from "../i18n";
import { cycleLabel, cycleStatusLabel } from "../labels";
import { getCycleDashboard, getCycles, getCycleTeam, getMyEvaluations, getReviewTasks } from "../queries";
import { formatWita, witaQuarter } from "../time";
import type { Cycle, UnitCompletion } from "../types";

/** Opens the quarter it is now in Mataram, read when the button is pressed. */
export const openCycleAction = action(async () => {
  const opened = await api.openCycle(witaQuarter());
  await revalidate([getCycles.key, getCycleDashboard.key, getCycleTeam.key, getReviewTasks.key, getMyEvaluations.key]);
  return opened;
}, "open-cycle");

const quarterId = (which: { year: number; quarter: number }) => `${which.year}-Q${which.quarter}`;

function OpenCycle() {
  const submission = useSubmission(openCycleAction);
  const current = () => quarterId(witaQuarter());
  return (
    <section class="card" aria-labelledby="open-cycle-title">
      <h2 id="open-cycle-title">{t("adminEval.open")}</h2>
      <p class="muted">{t("adminEval.intro")}</p>
      <p>{t("adminEval.current", { cycle: cycleLabel(current()) })}</p>
      <form action={openCycleAction} method="post" class="form">
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <Show when={submission.result}>
            {(result) => (
              <p>
                {result().created
                  ? t("adminEval.opened", {
                      cycle: cycleLabel(result().cycle.id),
                      evaluations: result().cycle.evaluations,
                      reviews: result().cycle.reviews,
                    })
                  : t("adminEval.alreadyOpen", { cycle: cycleLabel(result().cycle.id) })}
              </p>
            )}
          </Show>
        </SuccessMessage>
        <button type="submit" class="button" disabled={submission.pending}>
          {t("adminEval.open")}
        </button>
      </form>
    </section>
  );
}

function CycleTable(props: { cycles: Cycle[] }) {
  return (
    <section class="card" aria-labelledby="cycles-title">
      <h2 id="cycles-title">{t("adminEval.cycles")}</h2>
      <Show when={props.cycles.length > 0} fallback={<p class="empty">{t("adminEval.cyclesEmpty")}</p>}>
        <div class="table-wrap">
          <table class="data-table stack-on-phone">
            <caption class="visually-hidden">{t("adminEval.cycles")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("evaluations.cycle")}</th>
                <th scope="col">{t("evaluations.status")}</th>
                <th scope="col">{t("adminEval.openedAt")}</th>
                <th scope="col">{t("adminEval.peersLockedAt")}</th>
                <th scope="col">{t("adminEval.dueAt")}</th>
                <th scope="col">{t("adminEval.closesAt")}</th>
                <th scope="col">{t("adminEval.evaluations")}</th>
                <th scope="col">{t("adminEval.reviews")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.cycles}>
                {(cycle) => (
                  <tr>
                    <th scope="row" data-label={t("evaluations.cycle")}>
                      {cycleLabel(cycle.id)}
                    </th>
                    <td data-label={t("evaluations.status")}>{cycleStatusLabel(cycle.status)}</td>
                    <td data-label={t("adminEval.openedAt")}>
                      <time datetime={cycle.openedAt}>{formatWita(cycle.openedAt)}</time>
                    </td>
                    <td data-label={t("adminEval.peersLockedAt")}>
                      <time datetime={cycle.peersLockedAt}>{formatWita(cycle.peersLockedAt)}</time>
                    </td>
                    <td data-label={t("adminEval.dueAt")}>
                      <time datetime={cycle.dueAt}>{formatWita(cycle.dueAt)}</time>
                    </td>
                    <td data-label={t("adminEval.closesAt")}>
                      <time datetime={cycle.closesAt}>{formatWita(cycle.closesAt)}</time>
                    </td>
                    <td data-label={t("adminEval.evaluations")} class="number">
                      {cycle.evaluations}
                    </td>
                    <td data-label={t("adminEval.reviews")} class="number">
                      {cycle.reviews}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

/** A bar for a share (0-100). The number beside it is the text; the bar only repeats it. */
function CompletionBar(props: { percent: number }) {
  const width = () => `${Math.max(0, Math.min(100, props.percent))}%`;
  return (
    <span class="completion">
      <span class="bar-track" aria-hidden="true">
        <span class="bar bar-completion" style={{ width: width() }} />
      </span>
      <span class="bar-value">{t("adminEval.percent", { percent: props.percent })}</span>
    </span>
  );
}

function Dashboard(props: { cycleId: string }) {
  const dashboard = createAsync(() => getCycleDashboard(props.cycleId));
  const total = (units: UnitCompletion[]) => {
    const submitted = units.reduce((sum, unit) => sum + unit.submitted, 0);
    const all = units.reduce((sum, unit) => sum + unit.submitted + unit.outstanding + unit.missed, 0);
    return Math.round((submitted / Math.max(1, all)) * 100);
  };
  return (
    <Show when={dashboard()}>
      {(d) => (
        <Show when={d().units.length > 0} fallback={<p class="empty">{t("adminEval.dashboardEmpty")}</p>}>
          <p>
            <strong>{t("adminEval.total", { percent: total(d().units) })}</strong>
          </p>
          <div class="table-wrap">
            <table class="data-table stack-on-phone completion-table">
              <caption class="visually-hidden">{t("adminEval.dashboardTable", { cycle: cycleLabel(d().cycle.id) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("adminEval.unit")}</th>
                  <th scope="col">{t("adminEval.evaluations")}</th>
                  <th scope="col">{t("adminEval.finalized")}</th>
                  <th scope="col">{t("adminEval.submitted")}</th>
                  <th scope="col">{t("adminEval.outstanding")}</th>
                  <th scope="col">{t("adminEval.missed")}</th>
                  <th scope="col">{t("adminEval.completion")}</th>
                </tr>
              </thead>
              <tbody>
                <For each={d().units}>
                  {(unit) => (
                    <tr>
                      <th scope="row" data-label={t("adminEval.unit")}>
                        {unit.unitName}
                      </th>
                      <td data-label={t("adminEval.evaluations")} class="number">
                        {unit.evaluations}
                      </td>
                      <td data-label={t("adminEval.finalized")} class="number">
                        {unit.finalized}
                      </td>
                      <td data-label={t("adminEval.submitted")} class="number">
                        {unit.submitted}
                      </td>
                      <td data-label={t("adminEval.outstanding")} class="number">
                        {unit.outstanding}
                      </td>
                      <td data-label={t("adminEval.missed")} class="number">
                        {unit.missed}
                      </td>
                      <td data-label={t("adminEval.completion")}>
                        <CompletionBar percent={unit.completion} />
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      )}
    </Show>
  );
}

function AdminEvaluationsContent() {
  const cycles = createAsync(() => getCycles());
  const [chosen, setChosen] = createSignal("");
  const cycleId = () => {
    const list = cycles() ?? [];
    return (list.find((cycle) => cycle.id === chosen()) ?? list[0])?.id;
  };
  return (
    <section>
      <PageTitle>{t("adminEval.title")}</PageTitle>
      <OpenCycle />
      <Show when={cycles()}>
        {(list) => (
          <>
            <Show when={cycleId()}>
              <section class="card" aria-labelledby="dashboard-title">
                <h2 id="dashboard-title">{t("adminEval.dashboard")}</h2>
                <div class="field cycle-field">
                  <label for="dashboard-cycle">{t("evalTeam.cycle")}</label>
                  <select id="dashboard-cycle" onChange={(event) => setChosen(event.currentTarget.value)}>
                    <For each={list()}>
                      {(cycle) => (
                        <option value={cycle.id} selected={cycle.id === cycleId()}>
                          {cycleLabel(cycle.id)} · {cycleStatusLabel(cycle.status)}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
                <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
                  <Dashboard cycleId={cycleId()!} />
                </Suspense>
              </section>
            </Show>
            <CycleTable cycles={list()} />
          </>
        )}
      </Show>
    </section>
  );
}

export default function AdminEvaluations() {
  return (
    <RequireAdmin>
      <AdminEvaluationsContent />
    </RequireAdmin>
  );
}
