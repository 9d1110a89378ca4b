// A chart drawn by chart.js, fetched only when a chart is first shown (dashboards), never by the first load.
import { createEffect, createSignal, onCleanup, onMount } from "solid-js";
import { lang } from "../i18n";
import type { DrawnChart } from "./chartSetup";

export interface ChartSeries {
  label: string;
  /** null leaves a gap (nothing to show for that label). */
  values: (number | null)[];
  color: string;
}

export interface ChartSpec {
  kind: "bar" | "line";
  labels: string[];
  series: ChartSeries[];
  stacked?: boolean;
  /** The values are shares (0-1), drawn and labelled as percentages. */
  percent?: boolean;
  /** Bars across, for long labels such as unit names. */
  horizontal?: boolean;
  locale?: string;
}

type ChartModule = typeof import("./chartSetup");

/**
 * The canvas is an image for screen readers, named by `label` (a summary); the table beside
 * each chart holds the same figures for everyone.
 */
export function Chart(props: { spec: Omit<ChartSpec, "locale">; label: string; height?: string; testId?: string }) {
  let canvas!: HTMLCanvasElement;
  const [module, setModule] = createSignal<ChartModule>();
  let chart: DrawnChart | undefined;
  let context: CanvasRenderingContext2D | null = null;

  onMount(() => {
    context = canvas.getContext("2d");
    // Nowhere to draw (e.g. a test's DOM): the table beside it still says it all.
    if (!context) return;
    let disposed = false;
    onCleanup(() => {
      disposed = true;
      chart?.destroy();
      chart = undefined;
    });
    void import("./chartSetup").then((loaded) => {
      if (!disposed) setModule(() => loaded);
    });
  });

  createEffect(() => {
    const loaded = module();
    const spec: ChartSpec = { ...props.spec, locale: lang() === "en" ? "en-GB" : "id-ID" };
    if (!loaded || !context) return;
    if (chart) loaded.redrawChart(chart, spec);
    else chart = loaded.drawChart(context, spec);
  });

  return (
    <div class="chart-box" style={{ height: props.height ?? "18rem" }} data-testid={props.testId}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}
