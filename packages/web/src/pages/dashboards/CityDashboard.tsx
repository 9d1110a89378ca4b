// BKPSDM's dashboard of the whole city: every unit's figures for a year and quarter, with the totals.
import { A, createAsync } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { cityDashboardCsvUrl } from "../../api";
import { PageTitle } from "../../components/PageTitle";
import { RequireAdmin } from "../../components/RequireAdmin";
import { t } from "../../i18n";
import { cycleLabel } from "../../labels";
import type { CityDashboard } from "../../types";
import { getCityDashboard } from "./data";
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
import { asOfText } from "./format";
import { PeriodSelects, usePeriod } from "./PeriodSelects";
import { PrintButton } from "./PrintButton";

function CityFigures(props: { dashboard: CityDashboard }) {
  const d = () => props.dashboard;
  const period = () => ({ year: d().year, quarter: d().quarter });
  return (
    <>
      <p class="muted as-of" data-testid="as-of">
        {asOfText(d().asOf)} · {t("dash.periodText", { year: d().year, cycle: cycleLabel(d().cycleId) })}
      </p>
      <JpCompliance rows={d().units} total={d().totals} year={d().year} linkPeriod={period()} />
      <Categories rows={d().units} total={d().totals} year={d().year} linkPeriod={period()} />
      <EvaluationCompletion rows={d().units} total={d().totals} cycleId={d().cycleId} linkPeriod={period()} />
      <RatingDistribution rows={d().units} total={d().totals} cycleId={d().cycleId} linkPeriod={period()} />
      <Trend trend={d().totals.trend} title={t("dash.trendTitle")} />
      <MentoringCoverage rows={d().units} total={d().totals} months={d().totals.mentoring.sessionsByMonth} linkPeriod={period()} />
      <ForumResponsiveness rows={d().units} total={d().totals} linkPeriod={period()} />
      <Programs programs={d().programs} />
    </>
  );
}

function CityContent() {
  const { period, setPeriod } = usePeriod();
  const dashboard = createAsync(() => getCityDashboard(period().year, period().quarter));
  return (
    <section class="dashboard">
      <PageTitle>{t("city.title")}</PageTitle>
      <p class="lead">{t("city.intro")}</p>
      <div class="dash-toolbar">
        <PeriodSelects idPrefix="city" period={period()} onChange={setPeriod} />
        <p class="actions no-print">
          <a class="button secondary" href={cityDashboardCsvUrl(period())} download={`dasbor-kota-${period().year}-Q${period().quarter}.csv`}>
            {t("dash.csv")}
          </a>
          <A class="button secondary" href="/admin/dasbor/kesenjangan">
            {t("city.toGaps")}
          </A>
          <PrintButton />
        </p>
      </div>
      <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
        <Show when={dashboard()}>{(found) => <CityFigures dashboard={found()} />}</Show>
      </Suspense>
    </section>
  );
}

export default function CityDashboardPage() {
  return (
    <RequireAdmin>
      <CityContent />
    </RequireAdmin>
  );
}
