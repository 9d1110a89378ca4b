// The competency-gap heat map: units down, competencies across, each cell the mean of (level minus
// standard) with the number of people; cells of fewer than 5 people are hidden by the API.
// A real table, walked with the arrow keys (one cell in the tab order at a time); admins open a
// unit's people with Enter or a click.
import { A, createAsync, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { gapsCsvUrl } from "../../api";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { isAdmin } from "../../session";
import type { GapsDashboard } from "../../types";
import { getGapsDashboard } from "./data";
import { asOfText, formatGap, formatNumber } from "./format";
import { GAP_TONES, gapTone, SCALE_TONES, type GapTone } from "./gapScale";
import { PrintButton } from "./PrintButton";

type GapUnit = GapsDashboard["units"][number];
type GapCell = GapUnit["cells"][number];
type Person = NonNullable<GapsDashboard["people"]>[number];

const HINT_ID = "gap-map-keys";

function cellOf(unit: GapUnit, competencyId: string): GapCell {
  return unit.cells.find((cell) => cell.competencyId === competencyId) ?? { competencyId, people: 0, meanGap: null, hidden: false };
}

function CellContent(props: { cell: GapCell }) {
  return (
    <Show when={!props.cell.hidden} fallback={<span class="gap-hidden">{t("gaps.hidden")}</span>}>
      <span class="gap-value">{props.cell.meanGap === null ? "–" : formatGap(props.cell.meanGap)}</span>
      <span class="gap-people">{t("gaps.people", { count: formatNumber(props.cell.people) })}</span>
    </Show>
  );
}

function toneStyle(tone: GapTone) {
  return { background: GAP_TONES[tone].background, color: GAP_TONES[tone].color };
}

function HeatMap(props: { dashboard: GapsDashboard; canOpen: boolean; openUnitId: string; onOpen: (unitId: string) => void }) {
  const [active, setActive] = createSignal({ row: 0, col: 0 });
  let table: HTMLTableElement | undefined;
  const rows = () => props.dashboard.units.length;
  const cols = () => props.dashboard.competencies.length;

  const focusCell = (row: number, col: number) => {
    const next = { row: Math.max(0, Math.min(rows() - 1, row)), col: Math.max(0, Math.min(cols() - 1, col)) };
    setActive(next);
    table?.querySelector<HTMLElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent, row: number, col: number, unitId: string) => {
    const moves: Record<string, [number, number]> = {
      ArrowRight: [row, col + 1],
      ArrowLeft: [row, col - 1],
      ArrowDown: [row + 1, col],
      ArrowUp: [row - 1, col],
      Home: event.ctrlKey ? [0, 0] : [row, 0],
      End: event.ctrlKey ? [rows() - 1, cols() - 1] : [row, cols() - 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      focusCell(move[0], move[1]);
    } else if ((event.key === "Enter" || event.key === " ") && props.canOpen) {
      event.preventDefault();
      props.onOpen(unitId);
    }
  };

  return (
    <div class="table-wrap scroll-frame heat-map-frame">
      <table class="data-table heat-map" ref={table} data-testid="gap-map" aria-describedby={HINT_ID}>
        <caption>{t("gaps.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dash.unit")}</th>
            <For each={props.dashboard.competencies}>{(competency) => <th scope="col">{competency.name}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.dashboard.units}>
            {(unit, row) => (
              <tr classList={{ open: unit.unitId === props.openUnitId }}>
                <th scope="row" class="wrap-anywhere">
                  {unit.name}
                  <Show when={unit.unitId === props.openUnitId}>
                    <span class="visually-hidden"> ({t("gaps.opened")})</span>
                  </Show>
                </th>
                <For each={props.dashboard.competencies}>
                  {(competency, col) => {
                    const cell = () => cellOf(unit, competency.id);
                    const tone = () => gapTone(cell().meanGap, cell().hidden);
                    return (
                      <td
                        class={`gap-cell gap-${tone()}`}
                        classList={{ openable: props.canOpen }}
                        style={toneStyle(tone())}
                        data-cell={`${row()}-${col()}`}
                        tabindex={active().row === row() && active().col === col() ? 0 : -1}
                        onFocus={() => setActive({ row: row(), col: col() })}
                        onKeyDown={(event) => onKeyDown(event, row(), col(), unit.unitId)}
                        onClick={() => {
                          setActive({ row: row(), col: col() });
                          if (props.canOpen) props.onOpen(unit.unitId);
                        }}
                      >
                        <CellContent cell={cell()} />
                      </td>
                    );
                  }}
                </For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}

function Legend() {
  const range = (tone: (typeof SCALE_TONES)[number]): string => {
    switch (tone) {
      case "neg3":
        return t("gaps.rangeAtMost", { value: formatGap(-1) });
      case "neg2":
        return t("gaps.rangeBetween", { from: formatGap(-0.9), to: formatGap(-0.5) });
      case "neg1":
        return t("gaps.rangeBetween", { from: formatGap(-0.4), to: formatGap(-0.1) });
      case "zero":
        return t("gaps.rangeZero");
      case "pos1":
        return t("gaps.rangeBetween", { from: formatGap(0.1), to: formatGap(0.4) });
      case "pos2":
        return t("gaps.rangeBetween", { from: formatGap(0.5), to: formatGap(0.9) });
      case "pos3":
        return t("gaps.rangeAtLeast", { value: formatGap(1) });
    }
  };
  return (
    <ul class="gap-legend" aria-label={t("gaps.legend")}>
      <For each={SCALE_TONES}>
        {(tone) => (
          <li>
            <span class="gap-swatch" style={toneStyle(tone)} aria-hidden="true" /> {range(tone)}
          </li>
        )}
      </For>
      <li>
        <span class="gap-swatch" style={toneStyle("hidden")} aria-hidden="true" /> {t("gaps.hidden")}
      </li>
    </ul>
  );
}

function People(props: { unitId: string; competencies: GapsDashboard["competencies"]; onClose: () => void }) {
  const found = createAsync(() => getGapsDashboard(props.unitId));
  const unitName = () => found()?.units.find((unit) => unit.unitId === props.unitId)?.name ?? props.unitId;
  const people = () => found()?.people ?? [];
  return (
    <Show when={found()}>
      <Card title={t("gaps.peopleTitle", { unit: unitName() })} titleId="gap-people" testId="gap-people">
        <p class="muted" role="status">
          {t("gaps.peopleCount", { count: people().length, unit: unitName() })}
        </p>
        <DataTable<Person>
          caption={t("gaps.peopleTitle", { unit: unitName() })}
          rows={people()}
          scroll
          testId="gap-people-table"
          empty={t("gaps.peopleEmpty")}
          columns={[
            { header: () => t("field.name"), rowHeader: true, cell: (row) => <A href={`/pegawai/${encodeURIComponent(row.staffId)}`}>{row.name}</A> },
            { header: () => t("field.position"), cell: (row) => row.position },
            ...props.competencies.map((competency) => ({
              header: () => competency.name,
              align: "number" as const,
              cell: (row: Person) => (row.gaps[competency.id] === undefined ? "–" : formatGap(row.gaps[competency.id]!)),
            })),
          ]}
        />
        <p class="actions no-print">
          <a class="button secondary" href={gapsCsvUrl(props.unitId)} download={`kesenjangan-${props.unitId}.csv`}>
            {t("dash.csv")}
          </a>
          <button type="button" class="button secondary" onClick={() => props.onClose()}>
            {t("gaps.close")}
          </button>
        </p>
      </Card>
    </Show>
  );
}

export default function GapMapPage() {
  const [params, setParams] = useSearchParams<{ unit?: string }>();
  const map = createAsync(() => getGapsDashboard(""));
  const openUnitId = () => (isAdmin() ? (params.unit ?? "") : "");
  return (
    <section class="dashboard">
      <PageTitle>{t("gaps.title")}</PageTitle>
      <p class="lead">{t("gaps.intro")}</p>
      <Show when={map()}>
        {(found) => (
          <>
            <p class="muted as-of" data-testid="as-of">
              {asOfText(found().asOf)}
            </p>
            <p class="actions no-print">
              <a class="button secondary" href={gapsCsvUrl()} download="peta-kesenjangan.csv">
                {t("dash.csv")}
              </a>
              <PrintButton />
            </p>
            <Card title={t("gaps.mapTitle")} titleId="gap-map-title">
              <p class="hint" id={HINT_ID}>
                {isAdmin() ? t("gaps.keysAdmin") : t("gaps.keys")}
              </p>
              <Show when={found().units.length > 0 && found().competencies.length > 0} fallback={<p class="empty">{t("gaps.empty")}</p>}>
                <HeatMap
                  dashboard={found()}
                  canOpen={isAdmin()}
                  openUnitId={openUnitId()}
                  onOpen={(unitId) => setParams({ unit: unitId })}
                />
              </Show>
              <Legend />
            </Card>
            <Show when={openUnitId()} keyed>
              {(unitId) => (
                <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
                  <People unitId={unitId} competencies={found().competencies} onClose={() => setParams({ unit: undefined })} />
                </Suspense>
              )}
            </Show>
          </>
        )}
      </Show>
    </section>
  );
}
