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
import { DataTable, type Column } from "../components/DataTable";
import { Card } from "../components/Card";

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
    <Card title={t("adminEval.open")} titleId="open-cycle-title">
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
    </Card>
  );
}

const when = (iso: string) => <time datetime={iso}>{formatWita(iso)}</time>;

const cycleColumns: Column<Cycle>[] = [
  { header: () => t("evaluations.cycle"), rowHeader: true, cell: (cycle) => cycleLabel(cycle.id) },
  { header: () => t("evaluations.status"), cell: (cycle) => cycleStatusLabel(cycle.status) },
  { header: () => t("adminEval.openedAt"), cell: (cycle) => when(cycle.openedAt) },
  { header: () => t("adminEval.peersLockedAt"), cell: (cycle) => when(cycle.peersLockedAt) },
  { header: () => t("adminEval.dueAt"), cell: (cycle) => when(cycle.dueAt) },
  { header: () => t("adminEval.closesAt"), cell: (cycle) => when(cycle.closesAt) },
  { header: () => t("adminEval.evaluations"), align: "number", cell: (cycle) => cycle.evaluations },
  { header: () => t("adminEval.reviews"), align: "number", cell: (cycle) => cycle.reviews },
];

function CycleTable(props: { cycles: Cycle[] }) {
  return (
    <Card title={t("adminEval.cycles")} titleId="cycles-title">
      <DataTable caption={t("adminEval.cycles")} columns={cycleColumns} rows={props.cycles} empty={t("adminEval.cyclesEmpty")} />
    </Card>
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

const completionColumns: Column<UnitCompletion>[] = [
  { header: () => t("adminEval.unit"), rowHeader: true, cell: (unit) => unit.unitName },
  { header: () => t("adminEval.evaluations"), align: "number", cell: (unit) => unit.evaluations },
  { header: () => t("adminEval.finalized"), align: "number", cell: (unit) => unit.finalized },
  { header: () => t("adminEval.submitted"), align: "number", cell: (unit) => unit.submitted },
  { header: () => t("adminEval.outstanding"), align: "number", cell: (unit) => unit.outstanding },
  { header: () => t("adminEval.missed"), align: "number", cell: (unit) => unit.missed },
  { header: () => t("adminEval.completion"), cell: (unit) => <CompletionBar percent={unit.completion} /> },
];

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
          <DataTable
            caption={t("adminEval.dashboardTable", { cycle: cycleLabel(d().cycle.id) })}
            class="completion-table"
            columns={completionColumns}
            rows={d().units}
          />
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
              <Card title={t("adminEval.dashboard")} titleId="dashboard-title">
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
              </Card>
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
