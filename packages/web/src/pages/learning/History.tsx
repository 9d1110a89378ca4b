// The year's learning record and its certificates.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { t } from "../../i18n";
import { ledgerStatusLabel, sourceLabel } from "../../labels";
import type { LearningSummary } from "../../types";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { period } from "./data";

export function History(props: { summary: LearningSummary }) {
  const caption = () => t("learning.history", { year: props.summary.year });
  return (
    <Card title={caption()} titleId="history-title">
      <Show when={props.summary.entries.length > 0} fallback={<p class="empty">{t("learning.historyEmpty")}</p>}>
        <DataTable
          caption={caption()}
          rows={props.summary.entries}
          columns={[
            { header: () => t("learning.date"), cell: (entry) => period(entry) },
            {
              header: () => t("learning.titleCol"),
              rowHeader: true,
              cell: (entry) => (
                <Show when={entry.courseId} fallback={entry.title}>
                  {(courseId) => <A href={`/kursus/${encodeURIComponent(courseId())}`}>{entry.title}</A>}
                </Show>
              ),
            },
            { header: () => t("learning.source"), cell: (entry) => sourceLabel(entry.source) },
            { header: () => t("learning.institution"), cell: (entry) => entry.institution },
            { header: () => t("learning.jp"), align: "number", cell: (entry) => entry.jp },
            {
              header: () => t("learning.status"),
              cell: (entry) => (
                <>
                  {ledgerStatusLabel(entry.status)}
                  <Show when={entry.note}>{(note) => <span class="block muted">{t("learning.note", { note: note() })}</span>}</Show>
                </>
              ),
            },
          ]}
        />
      </Show>
    </Card>
  );
}

export function Certificates(props: { summary: LearningSummary }) {
  const withCertificate = () => props.summary.entries.filter((entry) => entry.certificateCode);
  return (
    <Card title={t("learning.certificates")} titleId="certificates-title">
      <Show when={withCertificate().length > 0} fallback={<p class="empty">{t("learning.certificatesEmpty")}</p>}>
        <ul class="plain-list">
          <For each={withCertificate()}>
            {(entry) => (
              <li>
                <A href={`/sertifikat/${encodeURIComponent(entry.certificateCode!)}`}>{entry.title}</A>{" "}
                <span class="muted nip">({t("learning.certificateCode", { code: entry.certificateCode! })})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
