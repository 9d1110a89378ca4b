// The competencies as bars next to their standard.
import { For, Show } from "solid-js";
import { t } from "../../i18n";
import { type ResultItem } from "../../types";
import { SCALE_MAX } from "./data";
import { Score } from "./ScoreTable";

type Series = "self" | "supervisor" | "peers" | "standard";

/**
 * Self, supervisor, peer average and standard per competency as bars. Each bar carries its
 * label and number in text, so neither colour nor length is the only way to read it; the
 * table above holds the same numbers.
 */
export function CompetencyChart(props: { items: ResultItem[]; peersShown: boolean }) {
  const series = (): { key: Series; label: string; value: (item: ResultItem) => number | null }[] => [
    { key: "self", label: t("result.self"), value: (item) => item.self },
    { key: "supervisor", label: t("result.supervisor"), value: (item) => item.supervisor },
    ...(props.peersShown
      ? [{ key: "peers" as const, label: t("result.peers"), value: (item: ResultItem) => item.peerAverage }]
      : []),
    { key: "standard", label: t("result.standard"), value: (item) => item.standard },
  ];
  return (
    <Show when={props.items.length > 0}>
      <figure class="card score-chart" aria-labelledby="chart-title">
        <h2 id="chart-title">{t("result.chart")}</h2>
        <p class="hint">{t("result.chartHint")}</p>
        <ul class="chart-groups">
          <For each={props.items}>
            {(item) => (
              <li class="chart-group">
                <h3>{item.name}</h3>
                <dl class="chart-bars">
                  <For each={series()}>
                    {(entry) => {
                      const value = () => entry.value(item);
                      return (
                        <div class="chart-row">
                          <dt>{entry.label}</dt>
                          <dd>
                            <span class="bar-track" aria-hidden="true">
                              <span
                                class={`bar bar-${entry.key}`}
                                style={{ width: `${((value() ?? 0) / SCALE_MAX) * 100}%` }}
                              />
                            </span>
                            <span class="bar-value">
                              <Score value={value()} />
                            </span>
                          </dd>
                        </div>
                      );
                    }}
                  </For>
                </dl>
              </li>
            )}
          </For>
        </ul>
      </figure>
    </Show>
  );
}
