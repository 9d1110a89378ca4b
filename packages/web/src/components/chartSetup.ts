// chart.js with only the parts the dashboards draw. Loaded by <Chart> when a chart is first shown,
// so no other page fetches it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import type { ChartSpec } from "./Chart";

Chart.register(BarController, BarElement, CategoryScale, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);
// The app's muted text colour (AA on white) and font.
Chart.defaults.color = "#4f5b66";
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily || Chart.defaults.font.family;

const POINT_STYLES = ["circle", "rect", "triangle", "rectRot", "crossRot"] as const;

function configFor(spec: ChartSpec): ChartConfiguration<"bar" | "line"> {
  const scale = spec.percent ? 100 : 1;
  const format = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 1 });
  const show = (value: number) => (spec.percent ? `${format.format(value)}%` : format.format(value));
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked,
    ...(spec.percent ? { max: 100 } : {}),
    ticks: { callback: (value: string | number) => show(Number(value)), ...(spec.percent ? {} : { precision: 0 }) },
  };
  const categoryAxis = { stacked: spec.stacked };
  return {
    type: spec.kind,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series, index) => ({
        label: series.label,
        data: series.values.map((value) => (value === null ? null : value * scale)),
        backgroundColor: series.color,
        borderColor: series.color,
        borderWidth: spec.kind === "line" ? 2 : 0,
        pointStyle: POINT_STYLES[index % POINT_STYLES.length],
        pointRadius: 4,
      })),
    },
    options: {
      locale: spec.locale,
      responsive: true,
      maintainAspectRatio: false,
      // Drawn at once: nothing moves for people who prefer less motion, and a printout is complete.
      animation: false,
      indexAxis: spec.horizontal ? "y" : "x",
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: spec.series.length > 1, position: "bottom" },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ""}: ${show(Number(item.parsed[spec.horizontal ? "x" : "y"]))}`,
          },
        },
      },
    },
  };
}

export type DrawnChart = Chart<"bar" | "line">;

export function drawChart(context: CanvasRenderingContext2D, spec: ChartSpec): DrawnChart {
  return new Chart(context, configFor(spec));
}

export function redrawChart(chart: DrawnChart, spec: ChartSpec): void {
  const config = configFor(spec);
  chart.data = config.data;
  if (config.options) chart.options = config.options;
  chart.update();
}
