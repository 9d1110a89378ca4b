// The figures of the city and unit dashboards, section by section: a table for every figure and,
// where a picture helps, a chart beside it drawing the same numbers.
import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import type { DashboardPeriod } from "../../api";
import { Card } from "../../components/Card";
import { Chart, type ChartSpec } from "../../components/Chart";
import { DataTable, type Column } from "../../components/DataTable";
import { t } from "../../i18n";
import { categoryLabel, cycleLabel, finalRatingLabel, programStatusLabel } from "../../labels";
import { COURSE_CATEGORIES, FINAL_RATINGS, type CityDashboard, type EvaluationFigures, type FinalRating, type UnitFigures } from "../../types";
import { ProgramProgress } from "../forum/ProgramProgress";
import { countWithShare, formatMonth, formatNumber, formatShare, shareOf } from "./format";
import { periodSearch } from "./PeriodSelects";

type Program = CityDashboard["programs"][number];

export interface FigureTableProps {
  rows: readonly UnitFigures[];
  /** The sum over the rows (the city's totals); no totals row on a one-unit page. */
  total?: UnitFigures;
  /** Unit names link to their dashboards for this period (the city page). */
  linkPeriod?: DashboardPeriod;
}

/** Colours for series drawn next to each other (at least 3:1 against white, as lines and bars need). */
export const SERIES_COLORS = ["#0b3d5c", "#0f6e6e", "#8a4b08", "#6b3fa0", "#b3261e"] as const;

/** Best to worst rating, green to red (each at least 3:1 against white). */
export const RATING_COLORS: Record<FinalRating, string> = {
  sangat_baik: "#1e6b34",
  baik: "#4a8a3c",
  butuh_perbaikan: "#9a7410",
  kurang: "#c25a1c",
  sangat_kurang: "#8f1d17",
};

export function unitDashboardHref(unitId: string, period?: DashboardPeriod): string {
  return `/dasbor/unit/${encodeURIComponent(unitId)}${period ? periodSearch(period) : ""}`;
}

/** The unit column: its name (a link on the city page), "Jumlah" in the totals row. */
function unitColumn(props: FigureTableProps): Column<UnitFigures> {
  return {
    header: () => t("dash.unit"),
    rowHeader: true,
    class: "wrap-anywhere",
    cell: (row) => (props.linkPeriod ? <A href={unitDashboardHref(row.unitId, props.linkPeriod)}>{row.name}</A> : row.name),
    total: () => t("dash.total"),
  };
}

const numberColumn = (header: () => string, value: (row: UnitFigures) => string | number): Column<UnitFigures> => ({
  header,
  align: "number",
  cell: (row) => (typeof value(row) === "number" ? formatNumber(value(row) as number) : value(row)),
});

/** A chart and the table of its numbers side by side where there is room, one above the other otherwise. */
function ChartWithTable(props: { chart: JSX.Element; children: JSX.Element }) {
  return (
    <div class="chart-pair">
      <div class="chart-pair-chart">{props.chart}</div>
      <div class="chart-pair-table">{props.children}</div>
    </div>
  );
}

/** Highest and lowest of a labelled series, for a chart's summary. */
function extremes(labels: string[], values: (number | null)[]): { high: string; low: string } | undefined {
  const known = labels.map((label, index) => ({ label, value: values[index] })).filter((entry): entry is { label: string; value: number } => entry.value !== null && entry.value !== undefined);
  if (known.length === 0) return undefined;
  const sorted = [...known].sort((a, b) => b.value - a.value);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  return { high: `${first.label} ${formatShare(first.value)}`, low: `${last.label} ${formatShare(last.value)}` };
}

export function JpCompliance(props: FigureTableProps & { year: number; chart?: boolean }) {
  const caption = () => t("dash.jpTable", { year: props.year });
  const spec = (): Omit<ChartSpec, "locale"> => ({
    kind: "bar",
    horizontal: true,
    percent: true,
    labels: props.rows.map((row) => row.name),
    series: [
      { label: t("dash.shareAtTarget"), values: props.rows.map((row) => (row.staff ? row.jp.shareAtTarget : null)), color: SERIES_COLORS[0] },
      { label: t("dash.forecastShare"), values: props.rows.map((row) => (row.staff ? row.jp.forecastShare : null)), color: SERIES_COLORS[1] },
    ],
  });
  const summary = () => {
    const found = extremes(spec().labels, spec().series[0]!.values);
    return t("dash.jpChartLabel", {
      units: props.rows.length,
      high: found?.high ?? "–",
      low: found?.low ?? "–",
      table: caption(),
    });
  };
  const table = (
    <DataTable<UnitFigures>
      caption={caption()}
      rows={props.rows}
      totalRow={props.total}
      scroll
      testId="jp-table"
      columns={[
        unitColumn(props),
        numberColumn(() => t("dash.staff"), (row) => row.staff),
        { header: () => t("dash.atTarget"), align: "number", cell: (row) => countWithShare(row.jp.atTarget, row.staff) },
        numberColumn(() => t("dash.medianJp"), (row) => row.jp.median),
        numberColumn(() => t("dash.atRiskCount"), (row) => row.jp.atRisk),
        { header: () => t("dash.forecast"), align: "number", cell: (row) => countWithShare(row.jp.forecastAtTarget, row.staff) },
      ]}
    />
  );
  return (
    <Card title={t("dash.jpTitle", { year: props.year })} titleId="dash-jp" class="dash-section">
      <p class="muted">{t("dash.jpIntro")}</p>
      {props.chart === false ? (
        table
      ) : (
        <ChartWithTable chart={<Chart spec={spec()} label={summary()} height={`${Math.max(12, props.rows.length * 2 + 4)}rem`} testId="jp-chart" />}>
          {table}
        </ChartWithTable>
      )}
    </Card>
  );
}

export function Categories(props: FigureTableProps & { year: number }) {
  const cell = (row: UnitFigures, category: (typeof COURSE_CATEGORIES)[number]) => {
    const found = row.categories.find((entry) => entry.category === category);
    return found && (found.people > 0 || found.jp > 0) ? t("dash.categoryValue", { people: formatNumber(found.people), jp: formatNumber(found.jp) }) : "–";
  };
  return (
    <Card title={t("dash.categoriesTitle", { year: props.year })} titleId="dash-categories" class="dash-section">
      <p class="muted">{t("dash.categoriesIntro")}</p>
      <DataTable<UnitFigures>
        caption={t("dash.categoriesTitle", { year: props.year })}
        rows={props.rows}
        totalRow={props.total}
        scroll
        testId="categories-table"
        columns={[
          unitColumn(props),
          ...COURSE_CATEGORIES.map(
            (category): Column<UnitFigures> => ({ header: () => categoryLabel(category), align: "number", class: "nowrap", cell: (row) => cell(row, category) }),
          ),
        ]}
      />
    </Card>
  );
}

/** "12 (60%)" of the evaluations in the cycle. */
const ofEvaluations = (count: number, figures: EvaluationFigures) => countWithShare(count, figures.total);

export function EvaluationCompletion(props: FigureTableProps & { cycleId: string }) {
  return (
    <Card title={t("dash.evaluationsTitle", { cycle: cycleLabel(props.cycleId) })} titleId="dash-evaluations" class="dash-section">
      <p class="muted">{t("dash.evaluationsIntro")}</p>
      <DataTable<UnitFigures>
        caption={t("dash.evaluationsTitle", { cycle: cycleLabel(props.cycleId) })}
        rows={props.rows}
        totalRow={props.total}
        scroll
        testId="evaluations-table"
        columns={[
          unitColumn(props),
          numberColumn(() => t("dash.evaluations"), (row) => row.evaluations.total),
          { header: () => t("dash.self"), align: "number", cell: (row) => ofEvaluations(row.evaluations.self, row.evaluations) },
          { header: () => t("dash.supervisor"), align: "number", cell: (row) => ofEvaluations(row.evaluations.supervisor, row.evaluations) },
          { header: () => t("dash.peers"), align: "number", cell: (row) => ofEvaluations(row.evaluations.peers, row.evaluations) },
          { header: () => t("dash.final"), align: "number", cell: (row) => ofEvaluations(row.evaluations.final, row.evaluations) },
        ]}
      />
    </Card>
  );
}

export function RatingDistribution(props: FigureTableProps & { cycleId: string }) {
  const caption = () => t("dash.ratingsTitle", { cycle: cycleLabel(props.cycleId) });
  const count = (row: UnitFigures, rating: FinalRating) => row.evaluations.ratings[rating] ?? 0;
  const spec = (): Omit<ChartSpec, "locale"> => ({
    kind: "bar",
    horizontal: true,
    stacked: true,
    labels: props.rows.map((row) => row.name),
    series: FINAL_RATINGS.map((rating) => ({ label: finalRatingLabel(rating), values: props.rows.map((row) => count(row, rating)), color: RATING_COLORS[rating] })),
  });
  const summary = () => {
    const total = props.total ?? props.rows[0];
    const parts = FINAL_RATINGS.map((rating) => `${finalRatingLabel(rating)} ${formatNumber(total ? count(total, rating) : 0)}`).join(", ");
    return t("dash.ratingsChartLabel", { units: props.rows.length, parts, table: caption() });
  };
  return (
    <Card title={caption()} titleId="dash-ratings" class="dash-section">
      <ChartWithTable chart={<Chart spec={spec()} label={summary()} height={`${Math.max(12, props.rows.length * 2 + 4)}rem`} testId="ratings-chart" />}>
        <DataTable<UnitFigures>
          caption={caption()}
          rows={props.rows}
          totalRow={props.total}
          scroll
          testId="ratings-table"
          columns={[
            unitColumn(props),
            ...FINAL_RATINGS.map((rating): Column<UnitFigures> => ({ header: () => finalRatingLabel(rating), align: "number", cell: (row) => formatNumber(count(row, rating)) })),
          ]}
        />
      </ChartWithTable>
    </Card>
  );
}

/** The last four quarters' completion (oldest first), as shares of each quarter's evaluations. */
export function Trend(props: { trend: readonly EvaluationFigures[]; title: string }) {
  const measures = () =>
    [
      { label: t("dash.self"), value: (f: EvaluationFigures) => f.self },
      { label: t("dash.supervisor"), value: (f: EvaluationFigures) => f.supervisor },
      { label: t("dash.peers"), value: (f: EvaluationFigures) => f.peers },
      { label: t("dash.final"), value: (f: EvaluationFigures) => f.final },
    ] as const;
  const spec = (): Omit<ChartSpec, "locale"> => ({
    kind: "line",
    percent: true,
    labels: props.trend.map((figures) => cycleLabel(figures.cycleId)),
    series: measures().map((measure, index) => ({
      label: measure.label,
      values: props.trend.map((figures) => shareOf(measure.value(figures), figures.total)),
      color: SERIES_COLORS[index]!,
    })),
  });
  const summary = () => {
    const last = props.trend[props.trend.length - 1];
    return t("dash.trendChartLabel", {
      quarters: props.trend.length,
      cycle: last ? cycleLabel(last.cycleId) : "–",
      final: last ? formatShare(shareOf(last.final, last.total)) : "–",
      table: props.title,
    });
  };
  return (
    <Card title={props.title} titleId="dash-trend" class="dash-section">
      <ChartWithTable chart={<Chart spec={spec()} label={summary()} testId="trend-chart" />}>
        <DataTable<EvaluationFigures>
          caption={props.title}
          rows={props.trend}
          scroll
          testId="trend-table"
          empty={t("dash.trendEmpty")}
          columns={[
            { header: () => t("dash.quarter"), rowHeader: true, cell: (row) => cycleLabel(row.cycleId) },
            { header: () => t("dash.evaluations"), align: "number", cell: (row) => formatNumber(row.total) },
            { header: () => t("dash.self"), align: "number", cell: (row) => ofEvaluations(row.self, row) },
            { header: () => t("dash.supervisor"), align: "number", cell: (row) => ofEvaluations(row.supervisor, row) },
            { header: () => t("dash.peers"), align: "number", cell: (row) => ofEvaluations(row.peers, row) },
            { header: () => t("dash.final"), align: "number", cell: (row) => ofEvaluations(row.final, row) },
          ]}
        />
      </ChartWithTable>
    </Card>
  );
}

export function MentoringCoverage(props: FigureTableProps & { months: UnitFigures["mentoring"]["sessionsByMonth"] }) {
  const monthsCaption = () => t("dash.sessionsTitle");
  const spec = (): Omit<ChartSpec, "locale"> => ({
    kind: "bar",
    labels: props.months.map((entry) => formatMonth(entry.month)),
    series: [{ label: t("dash.sessions"), values: props.months.map((entry) => entry.sessions), color: SERIES_COLORS[1] }],
  });
  const summary = () =>
    t("dash.sessionsChartLabel", {
      months: props.months.length,
      total: formatNumber(props.months.reduce((sum, entry) => sum + entry.sessions, 0)),
      table: monthsCaption(),
    });
  return (
    <Card title={t("dash.mentoringTitle")} titleId="dash-mentoring" class="dash-section">
      <p class="muted">{t("dash.mentoringIntro")}</p>
      <DataTable<UnitFigures>
        caption={t("dash.mentoringTitle")}
        rows={props.rows}
        totalRow={props.total}
        scroll
        testId="mentoring-table"
        columns={[
          unitColumn(props),
          numberColumn(() => t("dash.pelaksana"), (row) => row.mentoring.pelaksana),
          numberColumn(() => t("dash.covered"), (row) => row.mentoring.covered),
          { header: () => t("dash.coveredShare"), align: "number", cell: (row) => (row.mentoring.pelaksana ? formatShare(row.mentoring.share) : "–") },
        ]}
      />
      <h3>{monthsCaption()}</h3>
      <ChartWithTable chart={<Chart spec={spec()} label={summary()} height="14rem" testId="sessions-chart" />}>
        <DataTable<UnitFigures["mentoring"]["sessionsByMonth"][number]>
          caption={monthsCaption()}
          rows={props.months}
          scroll
          testId="sessions-table"
          empty={t("dash.sessionsEmpty")}
          columns={[
            { header: () => t("dash.month"), rowHeader: true, cell: (row) => formatMonth(row.month) },
            { header: () => t("dash.sessions"), align: "number", cell: (row) => formatNumber(row.sessions) },
          ]}
        />
      </ChartWithTable>
    </Card>
  );
}

export function ForumResponsiveness(props: FigureTableProps) {
  return (
    <Card title={t("dash.forumTitle")} titleId="dash-forum" class="dash-section">
      <p class="muted">{t("dash.forumIntro")}</p>
      <DataTable<UnitFigures>
        caption={t("dash.forumTitle")}
        rows={props.rows}
        totalRow={props.total}
        scroll
        testId="forum-table"
        columns={[
          unitColumn(props),
          numberColumn(() => t("dash.openTopics"), (row) => row.forum.open),
          numberColumn(() => t("dash.answeredTopics"), (row) => row.forum.answered),
          {
            header: () => t("dash.medianDays"),
            align: "number",
            cell: (row) => (row.forum.medianDaysToFirstAnswer === null ? "–" : formatNumber(row.forum.medianDaysToFirstAnswer)),
          },
          { header: () => t("dash.onTime"), align: "number", cell: (row) => formatShare(row.forum.shareOnTime) },
        ]}
      />
    </Card>
  );
}

export function Programs(props: { programs: readonly Program[]; showUnit?: boolean }) {
  return (
    <Card title={t("dash.programsTitle")} titleId="dash-programs" class="dash-section">
      <DataTable<Program>
        caption={t("dash.programsTitle")}
        rows={props.programs}
        scroll
        testId="programs-table"
        empty={t("dash.programsEmpty")}
        columns={[
          { header: () => t("dash.program"), rowHeader: true, cell: (row) => <A href={`/forum/program/${encodeURIComponent(row.id)}`}>{row.title}</A> },
          { header: () => t("dash.unit"), cell: (row) => row.unitName, when: () => props.showUnit !== false },
          { header: () => t("dash.status"), cell: (row) => programStatusLabel(row.status) },
          { header: () => t("dash.progress"), cell: (row) => <ProgramProgress progress={row.progress} label={t("dash.programProgress", { title: row.title })} /> },
        ]}
      />
    </Card>
  );
}
