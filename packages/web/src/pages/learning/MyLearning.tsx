import { A, createAsync } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { formatGapToStandard } from "../../evaluation";
import { SelectField } from "../../components/FormField";
import { t } from "../../i18n";
import { getCompetencies, getLearning, getRecommendations } from "../../queries";
import { witaYear } from "../../time";
import { Card } from "../../components/Card";
import { YEARS_BACK } from "./data";
import { JpProgress, CurrentTraining } from "./Progress";
import { History, Certificates } from "./History";
import { ExternalForm } from "./ExternalForm";

function Recommendations() {
  const recommendations = createAsync(() => getRecommendations());
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((competency) => competency.id === id)?.name ?? id;
  return (
    <Show when={recommendations()}>
      {(items) => (
        <Card title={t("learning.recommendations")} titleId="recommendations-title">
          <p class="muted">{t("learning.recommendationsIntro")}</p>
          <Show when={items().length > 0} fallback={<p class="empty">{t("learning.recommendationsEmpty")}</p>}>
            <ul class="plain-list">
              <For each={items()}>
                {(item) => (
                  <li>
                    <A href={`/kursus/${encodeURIComponent(item.course.id)}`}>{item.course.title}</A>
                    <span class="block muted">
                      {t("learning.gap", {
                        competency: nameOf(item.competencyId),
                        standard: item.standardLevel,
                        current: item.currentLevel,
                        gap: formatGapToStandard(item.gapToStandard),
                      })}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Card>
      )}
    </Show>
  );
}

function YearSummary(props: { year: number }) {
  const summary = createAsync(() => getLearning("", props.year));
  return (
    <Show when={summary()}>
      {(s) => (
        <>
          <JpProgress summary={s()} />
          <CurrentTraining items={s().enrollments ?? []} />
          <History summary={s()} />
          <Certificates summary={s()} />
        </>
      )}
    </Show>
  );
}

export default function MyLearning() {
  const thisYear = witaYear();
  const [year, setYear] = createSignal(thisYear);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => thisYear - index);
  return (
    <section>
      <PageTitle>{t("learning.title")}</PageTitle>
      <SelectField
        id="learning-year"
        name="year"
        label={t("learning.year")}
        fieldClass="year-field"
        options={years.map((value) => ({ value, label: String(value) }))}
        value={year()}
        onChange={(event) => setYear(Number(event.currentTarget.value))}
      />
      <div class="columns">
        <div>
          <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
            <YearSummary year={year()} />
          </Suspense>
        </div>
        <div>
          <ExternalForm />
          <Suspense>
            <Recommendations />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
