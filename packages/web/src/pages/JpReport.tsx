import { A, createAsync, useSearchParams } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { jpReportCsvUrl } from "../api";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { UnitSelect } from "../components/Selects";
import { text } from "../forms";
import { lang, t } from "../i18n";
import { getAllUnitsJpReport, getJpReport, getUnits } from "../queries";
import { witaYear } from "../time";

const YEARS_BACK = 5;

const formatNumber = (value: number) => new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value);

function ReportTable(props: { year: number; unitId: string }) {
  const report = createAsync(() => getJpReport(props.year, props.unitId));
  const below = () => report()?.items.filter((row) => row.belowTarget).length ?? 0;
  return (
    <Show when={report()}>
      {(r) => (
        <section class="card" aria-labelledby="report-table-title">
          <h2 id="report-table-title">{t("report.table", { year: r().year })}</h2>
          <p>{t("report.intro", { target: r().targetJp })}</p>
          <Show when={r().items.length > 0} fallback={<p class="empty">{t("report.empty")}</p>}>
            <p>
              <strong>{t("report.belowCount", { count: below(), total: r().items.length })}</strong>
            </p>
            <div class="table-wrap">
              <table class="data-table stack-on-phone">
                <caption class="visually-hidden">{t("report.table", { year: r().year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("report.name")}</th>
                    <th scope="col">{t("field.nip")}</th>
                    <th scope="col">{t("field.position")}</th>
                    <th scope="col">{t("report.total")}</th>
                    <th scope="col">{t("report.state")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={r().items}>
                    {(row) => (
                      <tr classList={{ "below-target": row.belowTarget }}>
                        <th scope="row" data-label={t("report.name")}>
                          {row.name}
                        </th>
                        <td data-label={t("field.nip")} class="nip">
                          {row.nip}
                        </td>
                        <td data-label={t("field.position")}>{row.position}</td>
                        <td data-label={t("report.total")} class="number">
                          {row.totalJp}
                        </td>
                        <td data-label={t("report.state")}>
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
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </section>
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
        <section class="card" aria-labelledby="report-units-title">
          <h2 id="report-units-title">{t("report.unitsTable", { year: r().year })}</h2>
          <p>{t("report.unitsIntro", { target: r().targetJp })}</p>
          <Show when={r().items.length > 0} fallback={<p class="empty">{t("report.noUnits")}</p>}>
            <div class="table-wrap">
              <table class="data-table stack-on-phone" data-testid="report-units">
                <caption class="visually-hidden">{t("report.unitsTable", { year: r().year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("report.unit")}</th>
                    <th scope="col">{t("report.staff")}</th>
                    <th scope="col">{t("report.reached", { target: r().targetJp })}</th>
                    <th scope="col">{t("report.share")}</th>
                    <th scope="col">{t("report.median")}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={r().items}>
                    {(row) => (
                      <tr>
                        <th scope="row" data-label={t("report.unit")} class="wrap-anywhere">
                          <A href={jpReportHref(r().year, row.unitId)}>{row.unitName}</A>
                        </th>
                        <td data-label={t("report.staff")} class="number">
                          {row.staff}
                        </td>
                        <td data-label={t("report.reached", { target: r().targetJp })} class="number">
                          {row.reached}
                        </td>
                        <td data-label={t("report.share")} class="number">
                          {row.staff ? `${formatNumber(Math.round(row.share * 1000) / 10)}%` : "–"}
                        </td>
                        <td data-label={t("report.median")} class="number">
                          {formatNumber(row.medianJp)}
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </div>
          </Show>
        </section>
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
        <div class="field">
          <label for="report-year">{t("report.year")}</label>
          <select id="report-year" name="year">
            <For each={years}>
              {(value) => (
                <option value={value} selected={value === year()}>
                  {value}
                </option>
              )}
            </For>
          </select>
        </div>
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
