// One unit's dashboard: the city's figures for that unit, who is at risk, and its programs.
// Unit heads open their own (the API refuses other units), admins any from the city page.
import { A, createAsync, useParams } from "@solidjs/router";
import { Show, Suspense, type JSX } from "solid-js";
import { unitDashboardCsvUrl } from "../../api";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { cycleLabel } from "../../labels";
import { isAdmin } from "../../session";
import type { UnitDashboard } from "../../types";
import { getUnitDashboard } from "./data";
import {
  Categories,
  EvaluationCompletion,
  ForumResponsiveness,
  JpCompliance,
  MentoringCoverage,
  Programs,
  RatingDistribution,
  Trend,
} from "./FigureSections";
import { asOfText, formatNumber } from "./format";
import { PeriodSelects, periodSearch, usePeriod } from "./PeriodSelects";
import { PrintButton } from "./PrintButton";

type AtRiskPerson = UnitDashboard["atRisk"][number];

function UnitFigures(props: { dashboard: UnitDashboard; toolbar: JSX.Element }) {
  const d = () => props.dashboard;
  const rows = () => [d().unit];
  return (
    <>
      <PageTitle>{t("unitDash.title", { unit: d().unit.name })}</PageTitle>
      <p class="muted as-of" data-testid="as-of">
        {asOfText(d().asOf)} · {t("dash.periodText", { year: d().year, cycle: cycleLabel(d().cycleId) })}
      </p>
      {props.toolbar}
      <JpCompliance rows={rows()} year={d().year} chart={false} />
      <Card title={t("unitDash.atRisk", { year: d().year })} titleId="dash-at-risk" class="dash-section">
        <p class="muted">{t("unitDash.atRiskIntro")}</p>
        <DataTable<AtRiskPerson>
          caption={t("unitDash.atRisk", { year: d().year })}
          rows={d().atRisk}
          scroll
          testId="at-risk-table"
          empty={t("unitDash.atRiskEmpty")}
          columns={[
            { header: () => t("field.name"), rowHeader: true, cell: (row) => <A href={`/pegawai/${encodeURIComponent(row.staffId)}`}>{row.name}</A> },
            { header: () => t("field.position"), cell: (row) => row.position },
            { header: () => t("unitDash.earned"), align: "number", cell: (row) => formatNumber(row.jp) },
            { header: () => t("unitDash.planned"), align: "number", cell: (row) => formatNumber(row.planned) },
          ]}
        />
      </Card>
      <Categories rows={rows()} year={d().year} />
      <EvaluationCompletion rows={rows()} cycleId={d().cycleId} />
      <RatingDistribution rows={rows()} cycleId={d().cycleId} />
      <Trend trend={d().unit.trend} title={t("dash.trendTitle")} />
      <MentoringCoverage rows={rows()} months={d().unit.mentoring.sessionsByMonth} />
      <ForumResponsiveness rows={rows()} />
      <Programs programs={d().programs} showUnit={false} />
    </>
  );
}

export default function UnitDashboardPage() {
  const params = useParams<{ unitId: string }>();
  const { period, setPeriod } = usePeriod();
  const dashboard = createAsync(() => getUnitDashboard(params.unitId, period().year, period().quarter));
  const toolbar = () => (
    <div class="dash-toolbar">
      <PeriodSelects idPrefix="unit" period={period()} onChange={setPeriod} />
      <p class="actions no-print">
        <a
          class="button secondary"
          href={unitDashboardCsvUrl(params.unitId, period())}
          download={`dasbor-unit-${params.unitId}-${period().year}-Q${period().quarter}.csv`}
        >
          {t("dash.csv")}
        </a>
        <A class="button secondary" href="/admin/dasbor/kesenjangan">
          {t("unitDash.toGaps")}
        </A>
        <PrintButton />
      </p>
    </div>
  );
  return (
    <section class="dashboard">
      <Show when={isAdmin()}>
        <p class="no-print">
          <A href={`/admin/dasbor${periodSearch(period())}`}>{t("unitDash.backToCity")}</A>
        </p>
      </Show>
      <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
        <Show when={dashboard()}>{(found) => <UnitFigures dashboard={found()} toolbar={toolbar()} />}</Show>
      </Suspense>
    </section>
  );
}
