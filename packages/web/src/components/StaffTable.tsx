import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { t } from "../i18n";
import type { StaffSummary } from "../types";
import { levelLabel } from "./Selects";

/** Staff as a table on wide screens and stacked cards on phones. */
export function StaffTable(props: { caption: string; items: StaffSummary[]; empty: string; showUnit?: boolean }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="empty">{props.empty}</p>}>
      <div class="table-wrap">
        <table class="data-table stack-on-phone">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.name")}</th>
              <th scope="col">{t("field.nip")}</th>
              <th scope="col">{t("field.position")}</th>
              <Show when={props.showUnit !== false}>
                <th scope="col">{t("field.unit")}</th>
              </Show>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(person) => (
                <tr classList={{ inactive: !person.active }}>
                  <th scope="row" data-label={t("field.name")}>
                    <A href={`/pegawai/${encodeURIComponent(person.id)}`}>{person.name}</A>
                    <Show when={!person.active}>
                      {" "}
                      <span class="badge">{t("staff.inactive")}</span>
                    </Show>
                  </th>
                  <td data-label={t("field.nip")} class="nip">
                    {person.nip}
                  </td>
                  <td data-label={t("field.position")}>
                    {person.position}
                    <span class="muted"> · {levelLabel(person.positionLevel)}</span>
                  </td>
                  <Show when={props.showUnit !== false}>
                    <td data-label={t("field.unit")}>{person.unitName}</td>
                  </Show>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}
