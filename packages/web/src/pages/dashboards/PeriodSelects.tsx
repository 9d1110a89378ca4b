// The year and quarter a dashboard shows, kept in the address (?tahun=&kuartal=) so a view can be linked.
import { useSearchParams } from "@solidjs/router";
import type { DashboardPeriod } from "../../api";
import { SelectField } from "../../components/FormField";
import { t } from "../../i18n";
import { witaYear } from "../../time";
import { DASHBOARD_YEARS_BACK, periodFromQuery, QUARTERS } from "./data";

export function usePeriod(): { period: () => DashboardPeriod; setPeriod: (period: DashboardPeriod) => void } {
  const [params, setParams] = useSearchParams<{ tahun?: string; kuartal?: string }>();
  return {
    period: () => periodFromQuery(params),
    setPeriod: (period) => setParams({ tahun: String(period.year), kuartal: String(period.quarter) }),
  };
}

/** `?tahun=&kuartal=` of a period, for links between dashboards. */
export function periodSearch(period: DashboardPeriod): string {
  return `?tahun=${period.year}&kuartal=${period.quarter}`;
}

/** Choosing a year or a quarter shows it at once (the figures below change, the page stays). */
export function PeriodSelects(props: { idPrefix: string; period: DashboardPeriod; onChange: (period: DashboardPeriod) => void }) {
  const thisYear = witaYear();
  const years = Array.from({ length: DASHBOARD_YEARS_BACK + 1 }, (_, index) => thisYear - index);
  return (
    <div class="period-selects no-print">
      <SelectField
        id={`${props.idPrefix}-year`}
        name="year"
        label={t("dash.year")}
        options={years.map((year) => ({ value: year, label: String(year) }))}
        value={props.period.year}
        onChange={(event) => props.onChange({ ...props.period, year: Number(event.currentTarget.value) })}
      />
      <SelectField
        id={`${props.idPrefix}-quarter`}
        name="quarter"
        label={t("dash.quarter")}
        options={QUARTERS.map((quarter) => ({ value: quarter, label: t("dash.quarterValue", { quarter }) }))}
        value={props.period.quarter}
        onChange={(event) => props.onChange({ ...props.period, quarter: Number(event.currentTarget.value) })}
      />
    </div>
  );
}
