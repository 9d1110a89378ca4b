import { createAsync } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { jpReportCsvUrl } from "../api";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { UnitSelect } from "../components/Selects";
import { text } from "../forms";
import { t } from "../i18n";
import { getJpReport } from "../queries";
import { me } from "../session";
import { witaYear } from "../time";

const YEARS_BACK = 5;

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

function JpReportContent() {
  const thisYear = witaYear();
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => thisYear - index);
  // The report is per unit; it starts with the admin's own.
  const [choice, setChoice] = createSignal({ year: thisYear, unitId: me()?.unitId ?? "" });

  const show = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setChoice({ year: Number(text(form, "year")) || thisYear, unitId: text(form, "unitId") });
  };

  return (
    <section>
      <PageTitle>{t("report.title")}</PageTitle>
      <form class="card form filter-form" onSubmit={show}>
        <div class="field">
          <label for="report-year">{t("report.year")}</label>
          <select id="report-year" name="year">
            <For each={years}>{(value) => <option value={value}>{value}</option>}</For>
          </select>
        </div>
        <Suspense>
          <UnitSelect
            id="report-unit"
            name="unitId"
            label={t("report.unit")}
            emptyLabel={t("report.chooseUnit")}
            value={choice().unitId}
            required
          />
        </Suspense>
        <button type="submit" class="button">
          {t("report.show")}
        </button>
        <Show when={choice().unitId}>
          <a
            class="button secondary"
            href={jpReportCsvUrl(choice().year, choice().unitId)}
            download={`laporan-jp-${choice().year}.csv`}
          >
            {t("report.csv")}
          </a>
        </Show>
      </form>
      <Show when={choice().unitId}>
        <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
          <ReportTable year={choice().year} unitId={choice().unitId} />
        </Suspense>
      </Show>
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
