// BKPSDM's view of mentoring across the city: where relations run, which mentors are full, which have gone quiet.
import { A, createAsync } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { PageTitle } from "../../components/PageTitle";
import { RequireAdmin } from "../../components/RequireAdmin";
import { t } from "../../i18n";
import { mentorshipKindLabel } from "../../labels";
import { formatDay, formatWita } from "../../time";
import type { MentoringOverview } from "../../types";
import { getOverview } from "./data";

type UnitRow = MentoringOverview["byUnit"][number];
type FullMentor = MentoringOverview["mentorsAtCapacity"][number];
type QuietRow = MentoringOverview["quiet"][number];

function OverviewTables() {
  const overview = createAsync(() => getOverview());
  return (
    <Show when={overview()}>
      {(o) => (
        <>
          <p class="muted" data-testid="overview-as-of">
            {t("overview.asOf", { time: formatWita(o().asOf) })}
          </p>
          <p>
            <A href="/mentoring">{t("overview.requested", { count: o().requested })}</A>
          </p>
          <Card title={t("overview.byUnit")} titleId="overview-by-unit">
            <DataTable<UnitRow>
              caption={t("overview.byUnit")}
              rows={o().byUnit}
              testId="overview-by-unit-table"
              empty={t("overview.noActive")}
              columns={[
                { header: () => t("overview.unit"), rowHeader: true, cell: (row) => row.unitName },
                { header: () => t("overview.mentoring"), align: "number", cell: (row) => row.mentoring },
                { header: () => t("overview.coaching"), align: "number", cell: (row) => row.coaching },
                { header: () => t("overview.total"), align: "number", cell: (row) => row.mentoring + row.coaching },
              ]}
            />
          </Card>
          <Card title={t("overview.atCapacity")} titleId="overview-at-capacity">
            <DataTable<FullMentor>
              caption={t("overview.atCapacity")}
              rows={o().mentorsAtCapacity}
              testId="overview-at-capacity-table"
              empty={t("overview.noneAtCapacity")}
              columns={[
                {
                  header: () => t("overview.mentor"),
                  rowHeader: true,
                  cell: (row) => <A href={`/mentoring/mentor/${encodeURIComponent(row.staffId)}`}>{row.name}</A>,
                },
                { header: () => t("field.unit"), cell: (row) => row.unitName },
                { header: () => t("overview.seats"), align: "number", cell: (row) => t("overview.seatsValue", { taken: row.taken, capacity: row.capacity }) },
              ]}
            />
          </Card>
          <Card title={t("overview.quiet")} titleId="overview-quiet">
            <DataTable<QuietRow>
              caption={t("overview.quiet")}
              rows={o().quiet}
              testId="overview-quiet-table"
              empty={t("overview.noneQuiet")}
              columns={[
                {
                  header: () => t("overview.relation"),
                  rowHeader: true,
                  cell: (row) => (
                    <A href={`/mentoring/${encodeURIComponent(row.id)}`}>{t("mentorship.title", { mentor: row.mentorName, mentee: row.menteeName })}</A>
                  ),
                },
                { header: () => t("mentoring.kind"), cell: (row) => mentorshipKindLabel(row.kind) },
                { header: () => t("overview.unit"), cell: (row) => row.menteeUnitName },
                { header: () => t("overview.lastSession"), cell: (row) => (row.lastSessionAt ? formatDay(row.lastSessionAt) : t("overview.noSessionYet")) },
                { header: () => t("overview.quietDays"), align: "number", cell: (row) => row.quietDays },
              ]}
            />
          </Card>
        </>
      )}
    </Show>
  );
}

export default function MentoringOverviewPage() {
  return (
    <RequireAdmin>
      <section class="mentoring-overview">
        <PageTitle>{t("overview.title")}</PageTitle>
        <p class="lead">{t("overview.intro")}</p>
        <Suspense>
          <OverviewTables />
        </Suspense>
      </section>
    </RequireAdmin>
  );
}
