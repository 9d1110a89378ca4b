import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../i18n";
import type { StaffSummary } from "../types";
import { DataTable, type Column } from "./DataTable";
import { levelLabel } from "./Selects";

/** Staff as a table on wide screens and stacked cards on phones. */
export function StaffTable(props: { caption: string; items: StaffSummary[]; empty: string; showUnit?: boolean }) {
  const columns: Column<StaffSummary>[] = [
    {
      header: () => t("field.name"),
      rowHeader: true,
      cell: (person) => (
        <>
          <A href={`/pegawai/${encodeURIComponent(person.id)}`}>{person.name}</A>
          <Show when={!person.active}>
            {" "}
            <span class="badge">{t("staff.inactive")}</span>
          </Show>
        </>
      ),
    },
    { header: () => t("field.nip"), cell: (person) => person.nip, align: "nip" },
    {
      header: () => t("field.position"),
      cell: (person) => (
        <>
          {person.position}
          <span class="muted"> · {levelLabel(person.positionLevel)}</span>
        </>
      ),
    },
    { header: () => t("field.unit"), cell: (person) => person.unitName, when: () => props.showUnit !== false },
  ];
  return (
    <DataTable
      caption={props.caption}
      columns={columns}
      rows={props.items}
      empty={props.empty}
      rowClass={(person) => ({ inactive: !person.active })}
    />
  );
}
