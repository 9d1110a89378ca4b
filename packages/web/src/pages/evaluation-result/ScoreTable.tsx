// One table of scores per kind of item: self, supervisor, peers, standard and the gap.
import { Show } from "solid-js";
import { formatGapToStandard } from "../../evaluation";
import { t } from "../../i18n";
import { type ResultItem } from "../../types";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { formatScore } from "./data";

export function Score(props: { value: number | null }) {
  return (
    <Show
      when={props.value !== null}
      fallback={
        <>
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">{t("result.noScore")}</span>
        </>
      }
    >
      {formatScore(props.value!)}
    </Show>
  );
}

export function ScoreTable(props: { id: string; title: string; items: ResultItem[] }) {
  return (
    <Show when={props.items.length > 0}>
      <Card title={props.title} titleId={`${props.id}-title`}>
        <DataTable
          caption={props.title}
          class="score-table"
          rows={props.items}
          columns={[
            { header: () => t("result.item"), rowHeader: true, cell: (item) => item.name },
            { header: () => t("result.self"), align: "number", cell: (item) => <Score value={item.self} /> },
            { header: () => t("result.supervisor"), align: "number", cell: (item) => <Score value={item.supervisor} /> },
            { header: () => t("result.peers"), align: "number", cell: (item) => <Score value={item.peerAverage} /> },
            { header: () => t("result.standard"), align: "number", cell: (item) => formatScore(item.standard) },
            {
              header: () => t("result.gap"),
              align: "number",
              class: "gap-cell",
              cell: (item) => (
                <Show when={item.gapToStandard !== null} fallback={<Score value={null} />}>
                  <span classList={{ "state-below": item.gapToStandard! < 0, "state-ok": item.gapToStandard! >= 0 }}>
                    {formatGapToStandard(item.gapToStandard!)}
                  </span>
                </Show>
              ),
            },
          ]}
        />
      </Card>
    </Show>
  );
}
