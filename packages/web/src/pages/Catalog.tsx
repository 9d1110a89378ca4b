import { A, createAsync } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { CourseCard } from "../components/CourseCard";
import { PageTitle } from "../components/PageTitle";
import { Pager } from "../components/Pager";
import { CategoryOptions, CompetencyOptions, CourseFormOptions } from "../components/Selects";
import { checked, text } from "../forms";
import { t } from "../i18n";
import { courseStatusLabel } from "../labels";
import { listCourses } from "../queries";
import { isAdmin } from "../session";
import type { Course, CourseFilter } from "../types";

/** What staff may ask for; admins also see drafts and cancelled courses. */
const STAFF_STATUSES = ["published", "ongoing", "completed"] as const;
const ADMIN_STATUSES = ["published", "ongoing", "completed", "draft", "cancelled"] as const;

function matches(course: Course, search: string): boolean {
  const q = search.trim().toLocaleLowerCase("id");
  if (!q) return true;
  return course.title.toLocaleLowerCase("id").includes(q) || course.code.toLocaleLowerCase("id").includes(q);
}

function CatalogResults(props: {
  filter: CourseFilter;
  search: string;
  page: number;
  hasPrevious: boolean;
  onPage: (cursor: string | null, forward: boolean) => void;
}) {
  const result = createAsync(() => listCourses(props.filter));
  const shown = () => (result()?.items ?? []).filter((course) => matches(course, props.search));
  return (
    <Show when={result()}>
      {(page) => (
        <section aria-labelledby="catalog-results-title">
          <h2 id="catalog-results-title" class="visually-hidden">
            {t("catalog.results")}
          </h2>
          <Show when={shown().length > 0} fallback={<p class="empty">{t("catalog.empty")}</p>}>
            <ul class="course-list">
              <For each={shown()}>
                {(course) => (
                  <li>
                    <CourseCard course={course} myEnrollment={course.myEnrollment} headingLevel={3} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Pager
            label={t("catalog.results")}
            page={props.page}
            hasPrevious={props.hasPrevious}
            next={page().cursor}
            onPrevious={() => props.onPage(null, false)}
            onNext={(cursor) => props.onPage(cursor, true)}
          />
        </section>
      )}
    </Show>
  );
}

export default function Catalog() {
  const [filter, setFilter] = createSignal<CourseFilter>({ status: "published", cursor: null });
  const [earlier, setEarlier] = createSignal<(string | null)[]>([]);
  const [search, setSearch] = createSignal("");
  const statuses = () => (isAdmin() ? ADMIN_STATUSES : STAFF_STATUSES);

  const apply = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setEarlier([]);
    setFilter({
      status: text(form, "status") || "published",
      category: text(form, "category") || undefined,
      competencyId: text(form, "competencyId") || undefined,
      form: text(form, "form") || undefined,
      month: text(form, "month") || undefined,
      openSeats: checked(form, "openSeats") || undefined,
      cursor: null,
    });
  };

  const turnPage = (cursor: string | null, forward: boolean) => {
    if (forward) {
      setEarlier([...earlier(), filter().cursor ?? null]);
      setFilter({ ...filter(), cursor });
    } else {
      const stack = earlier();
      if (stack.length === 0) return;
      setEarlier(stack.slice(0, -1));
      setFilter({ ...filter(), cursor: stack[stack.length - 1] });
    }
  };

  return (
    <section>
      <PageTitle>{t("catalog.title")}</PageTitle>
      <p class="muted">{t("catalog.intro")}</p>
      <Show when={isAdmin()}>
        <p class="actions">
          <A href="/admin/kursus/baru" class="button">
            {t("catalog.newCourse")}
          </A>
        </p>
      </Show>
      <form class="card form filter-form" role="search" onSubmit={apply}>
        <div class="field">
          <label for="catalog-q">{t("catalog.search")}</label>
          <p class="hint" id="catalog-q-hint">
            {t("catalog.searchHint")}
          </p>
          <input
            id="catalog-q"
            name="q"
            type="search"
            autocomplete="off"
            aria-describedby="catalog-q-hint"
            value={search()}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="catalog-category">{t("catalog.category")}</label>
          <select id="catalog-category" name="category">
            <option value="">{t("catalog.allCategories")}</option>
            <CategoryOptions />
          </select>
        </div>
        <div class="field">
          <label for="catalog-competency">{t("catalog.competency")}</label>
          <select id="catalog-competency" name="competencyId">
            <option value="">{t("catalog.allCompetencies")}</option>
            <Suspense>
              <CompetencyOptions />
            </Suspense>
          </select>
        </div>
        <div class="field">
          <label for="catalog-form">{t("catalog.form")}</label>
          <select id="catalog-form" name="form">
            <option value="">{t("catalog.allForms")}</option>
            <CourseFormOptions />
          </select>
        </div>
        <div class="field">
          <label for="catalog-month">{t("catalog.month")}</label>
          <input id="catalog-month" name="month" type="month" />
        </div>
        <div class="field">
          <label for="catalog-status">{t("catalog.status")}</label>
          <select id="catalog-status" name="status">
            <For each={statuses()}>{(status) => <option value={status}>{courseStatusLabel(status)}</option>}</For>
          </select>
        </div>
        <div class="checkbox filter-checkbox">
          <input id="catalog-open-seats" name="openSeats" type="checkbox" value="true" />
          <label for="catalog-open-seats">{t("catalog.openSeats")}</label>
        </div>
        <button type="submit" class="button">
          {t("catalog.apply")}
        </button>
      </form>
      <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
        <CatalogResults
          filter={filter()}
          search={search()}
          page={earlier().length + 1}
          hasPrevious={earlier().length > 0}
          onPage={turnPage}
        />
      </Suspense>
    </section>
  );
}
