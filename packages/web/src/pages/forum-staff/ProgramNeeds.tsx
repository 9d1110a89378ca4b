// BKPSDM's view of what the citizen forum's service programs need of the staff: per competency
// across the programs still to deliver, and program by program.
import { A, createAsync } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { PageTitle } from "../../components/PageTitle";
import { RequireAdmin } from "../../components/RequireAdmin";
import { t } from "../../i18n";
import { competencyLevelWithNumber, programStatusLabel } from "../../labels";
import type { ProgramNeeds } from "../../types";
import { getProgramNeeds } from "./data";

type ProgramRow = ProgramNeeds["items"][number];

interface CompetencyRow {
  competencyId: string;
  name: string;
  highest: number;
  programs: number;
  units: string[];
}

/** The needs of planned and running programs, one row per competency, the most needed first. */
export function byCompetency(items: readonly ProgramRow[]): CompetencyRow[] {
  const rows = new Map<string, CompetencyRow>();
  for (const program of items) {
    if (program.status !== "planned" && program.status !== "running") continue;
    for (const need of program.competencyNeeds) {
      const row = rows.get(need.competencyId) ?? { competencyId: need.competencyId, name: need.name, highest: 0, programs: 0, units: [] };
      row.highest = Math.max(row.highest, need.level);
      row.programs += 1;
      if (!row.units.includes(program.unit.name)) row.units.push(program.unit.name);
      rows.set(need.competencyId, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.programs - a.programs || b.highest - a.highest || a.name.localeCompare(b.name));
}

function NeedsTables() {
  const needs = createAsync(() => getProgramNeeds());
  return (
    <Show when={needs()}>
      {(found) => (
        <>
          <Card title={t("programNeeds.byCompetency")} titleId="needs-by-competency">
            <DataTable<CompetencyRow>
              caption={t("programNeeds.byCompetency")}
              rows={byCompetency(found().items)}
              testId="needs-by-competency-table"
              empty={t("programNeeds.noActive")}
              columns={[
                { header: () => t("programNeeds.competency"), rowHeader: true, cell: (row) => row.name },
                { header: () => t("programNeeds.highest"), cell: (row) => competencyLevelWithNumber(row.highest) },
                { header: () => t("programNeeds.programCount"), align: "number", cell: (row) => row.programs },
                { header: () => t("programNeeds.units"), cell: (row) => row.units.join(", ") },
              ]}
            />
          </Card>
          <Card title={t("programNeeds.byProgram")} titleId="needs-by-program">
            <DataTable<ProgramRow>
              caption={t("programNeeds.byProgram")}
              rows={found().items}
              testId="needs-by-program-table"
              empty={t("programNeeds.empty")}
              columns={[
                {
                  header: () => t("programNeeds.program"),
                  rowHeader: true,
                  cell: (row) => <A href={`/forum/program/${encodeURIComponent(row.programId)}`}>{row.title}</A>,
                },
                { header: () => t("programNeeds.unit"), cell: (row) => row.unit.name },
                { header: () => t("programNeeds.status"), cell: (row) => programStatusLabel(row.status) },
                {
                  header: () => t("programNeeds.needs"),
                  cell: (row) => (
                    <Show when={row.competencyNeeds.length > 0} fallback={t("programNeeds.none")}>
                      <ul class="plain-list">
                        <For each={row.competencyNeeds}>
                          {(need) => <li>{t("programNeeds.need", { name: need.name, level: competencyLevelWithNumber(need.level) })}</li>}
                        </For>
                      </ul>
                    </Show>
                  ),
                },
              ]}
            />
          </Card>
        </>
      )}
    </Show>
  );
}

export default function ProgramNeedsPage() {
  return (
    <RequireAdmin>
      <section>
        <PageTitle>{t("programNeeds.title")}</PageTitle>
        <p class="lead">{t("programNeeds.intro")}</p>
        <Suspense>
          <NeedsTables />
        </Suspense>
      </section>
    </RequireAdmin>
  );
}
