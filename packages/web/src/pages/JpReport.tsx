import { A, createAsync, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { jpReportCsvUrl } from "../api";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { UnitSelect } from "../components/Selects";
import { text } from "../forms";
import { SelectField } from "../components/FormField";
import { lang, t } from "../i18n";
import { getAllUnitsJpReport, getJpReport, getUnits } from "../queries";
import { witaYear } from "../time";
import { DataTable, type Column } from "../components/DataTable";
import { Card } from "../components/Card";

const YEARS_BACK = 5;

const formatNumber = (value: number) => new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value);

function ReportTable(props: { year: number; unitId: string }) {
  const report = createAsync(() => getJpReport(props.year, props.unitId));
  const below = () => report()?.items.filter((row) => row.belowTarget).length ?? 0;
  return (
    <Show when={report()}>
      {(r) => (
        <Card title={t("report.table", { year: r().year })} titleId="report-table-title">
          <p>{t("report.intro", { target: r().targetJp })}</p>
          <Show when={r().items.length > 0} fallback={<p class="empty">{t("report.empty")}</p>}>
            <p>
              <strong>{t("report.belowCount", { count: below(), total: r().items.length })}</strong>
            </p>
            <DataTable
              caption={t("report.table", { year: r().year })}
              rows={r().items}
              rowClass={(row) => ({ "below-target": row.belowTarget })}
              columns={[
                { header: () => t("report.name"), rowHeader: true, cell: (row) => row.name },
                { header: () => t("field.nip"), align: "nip", cell: (row) => row.nip },
                { header: () => t("field.position"), cell: (row) => row.position },
                { header: () => t("report.total"), align: "number", cell: (row) => row.totalJp },
                {
                  header: () => t("report.state"),
                  cell: (row) => (
                    <Show
                      when={row.belowTarget}
                      fallback={
                        <span class="state-ok">
                          <span aria-hidden="true">✓ </span>
                          {t("report.met")}
                        </span>
                      }
                    >
                      <span class="state-below">
                        <span aria-hidden="true">⚠ </span>
                        {t("report.below", { target: r().targetJp })}
                      </span>
                    </Show>
                  ),
                },
              ]}
            />
          </Show>
        </Card>
      )}
    </Show>
  );
}

/** The address of a report: without a unit it is the all-units table. */
export function jpReportHref(year: number, unitId?: string): string {
  const query = new URLSearchParams({ tahun: String(year), ...(unitId ? { unit: unitId } : {}) });
  return `/admin/laporan-jp?${query.toString()}`;
}

function AllUnitsTable(props: { year: number }) {
  const report = createAsync(() => getAllUnitsJpReport(props.year));
  return (
    <Show when={report()}>
      {(r) => (
        <Card title={t("report.unitsTable", { year: r().year })} titleId="report-units-title">
          <p>{t("report.unitsIntro", { target: r().targetJp })}</p>
          <Show when={r().items.length > 0} fallback={<p class="empty">{t("report.noUnits")}</p>}>
            <DataTable
              caption={t("report.unitsTable", { year: r().year })}
              testId="report-units"
              rows={r().items}
              columns={[
                {
                  header: () => t("report.unit"),
                  rowHeader: true,
                  class: "wrap-anywhere",
                  cell: (row) => <A href={jpReportHref(r().year, row.unitId)}>{row.unitName}</A>,
                },
                { header: () => t("report.staff"), align: "number", cell: (row) => row.staff },
                { header: () => t("report.reached", { target: r().targetJp }), align: "number", cell: (row) => row.reached },
                {
                  header: () => t("report.share"),
                  align: "number",
                  cell: (row) => (row.staff ? `${formatNumber(Math.round(row.share * 1000) / 10)}%` : "–"),
                },
                { header: () => t("report.median"), align: "number", cell: (row) => formatNumber(row.medianJp) },
              ]}
            />
          </Show>
        </Card>
      )}
    </Show>
  );
}

function JpReportContent() {
  const thisYear = witaYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => thisYear - index);
  // The choice lives in the address, so a unit's line in the all-units table links to its detail.
  const [params, setParams] = useSearchParams<{ tahun?: string; unit?: string }>();
  const year = () => {
    const value = Number(params.tahun);
    return Number.isInteger(value) && value >= 2000 && value <= 2100 ? value : thisYear;
  };
  const unitId = () => params.unit ?? "";
  const units = createAsync(() => getUnits());

  const show = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setParams({ tahun: text(form, "year") || String(thisYear), unit: text(form, "unitId") || undefined });
  };

  return (
    <section>
      <PageTitle>{t("report.title")}</PageTitle>
      <form class="card form filter-form report-form" onSubmit={show}>
        <SelectField
          id="report-year"
          name="year"
          label={t("report.year")}
          options={years.map((value) => ({ value, label: String(value) }))}
          value={year()}
        />
        <Suspense>
          <UnitSelect id="report-unit" name="unitId" label={t("report.unit")} emptyLabel={t("report.allUnits")} value={unitId()} />
        </Suspense>
        <button type="submit" class="button">
          {t("report.show")}
        </button>
        <a
          class="button secondary"
          href={jpReportCsvUrl(year(), unitId() || undefined)}
          download={`laporan-jp-${unitId() || "semua-unit"}-${year()}.csv`}
        >
          {t("report.csv")}
        </a>
      </form>
      <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
        <Show when={unitId()} fallback={<AllUnitsTable year={year()} />}>
          <p>
            <A href={jpReportHref(year())}>{t("report.backToUnits")}</A>
          </p>
          <Show when={units()?.find((unit) => unit.id === unitId())}>
            {(unit) => <p class="report-unit wrap-anywhere" data-testid="report-unit-name">{unit().name}</p>}
          </Show>
          <ReportTable year={year()} unitId={unitId()} />
        </Show>
      </Suspense>
    </section>
  );
}

export default function JpReport() {
  return (
    <RequireAdmin>
      <JpReportContent />
    </RequireAdmin>
  );
}
