import { createAsync } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { UnitSelect } from "../components/Selects";
import { StaffTable } from "../components/StaffTable";
import { text } from "../forms";
import { t } from "../i18n";
import { listStaff, type StaffFilter } from "../queries";
import { isAdmin } from "../session";
import type { ColleagueSummary, StaffSummary } from "../types";

/** What staff who are not admins see of colleagues: name, unit and position. */
function ColleagueTable(props: { caption: string; items: ColleagueSummary[]; empty: string }) {
  return (
    <Show when={props.items.length > 0} fallback={<p class="empty">{props.empty}</p>}>
      <div class="table-wrap">
        <table class="data-table stack-on-phone">
          <caption class="visually-hidden">{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.name")}</th>
              <th scope="col">{t("field.position")}</th>
              <th scope="col">{t("field.unit")}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(person) => (
                <tr>
                  <th scope="row" data-label={t("field.name")}>
                    {person.name}
                  </th>
                  <td data-label={t("field.position")}>{person.position}</td>
                  <td data-label={t("field.unit")}>{person.unitName}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </Show>
  );
}

function DirectoryResults(props: { filter: StaffFilter; onPage: (cursor: string | null, forward: boolean) => void; page: number; hasPrevious: boolean }) {
  const result = createAsync(() => listStaff(props.filter));
  return (
    <Show when={result()}>
      {(page) => (
        <>
          <Show
            when={isAdmin()}
            fallback={<ColleagueTable caption={t("directory.results")} items={page().items} empty={t("directory.empty")} />}
          >
            <StaffTable caption={t("directory.results")} items={page().items as StaffSummary[]} empty={t("directory.empty")} />
          </Show>
          <nav class="pager" aria-label={t("directory.results")}>
            <button
              type="button"
              class="button secondary"
              disabled={!props.hasPrevious}
              onClick={() => props.onPage(null, false)}
            >
              {t("directory.previous")}
            </button>
            <span class="muted" aria-live="polite">
              {t("directory.page", { page: props.page })}
            </span>
            <button
              type="button"
              class="button secondary"
              disabled={!page().cursor}
              onClick={() => props.onPage(page().cursor, true)}
            >
              {t("directory.next")}
            </button>
          </nav>
        </>
      )}
    </Show>
  );
}

function DirectoryContent() {
  const [filter, setFilter] = createSignal<StaffFilter>({ q: "", unitId: "", cursor: null });
  // The cursors of the pages before this one, so "Sebelumnya" can go back.
  const [earlier, setEarlier] = createSignal<(string | null)[]>([]);

  const search = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setEarlier([]);
    setFilter({ q: text(form, "q"), unitId: text(form, "unitId"), cursor: null });
  };

  const turnPage = (cursor: string | null, forward: boolean) => {
    if (forward) {
      setEarlier([...earlier(), filter().cursor]);
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
      <PageTitle>{t("directory.title")}</PageTitle>
      <form class="card form filter-form" role="search" onSubmit={search}>
        <div class="field">
          <label for="directory-q">{isAdmin() ? t("directory.search") : t("directory.searchName")}</label>
          <p class="hint" id="directory-q-hint">
            {isAdmin() ? t("directory.searchHint") : t("directory.searchNameHint")}
          </p>
          <input id="directory-q" name="q" type="search" aria-describedby="directory-q-hint" autocomplete="off" />
        </div>
        <Suspense>
          <UnitSelect id="directory-unit" name="unitId" label={t("field.unit")} emptyLabel={t("directory.allUnits")} />
        </Suspense>
        <button type="submit" class="button">
          {t("directory.submit")}
        </button>
      </form>
      <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
        <DirectoryResults
          filter={filter()}
          page={earlier().length + 1}
          hasPrevious={earlier().length > 0}
          onPage={turnPage}
        />
      </Suspense>
    </section>
  );
}

/** The staff directory: admins search by name or NIP; everyone else looks colleagues up by name and unit. */
export default function Directory() {
  return <DirectoryContent />;
}
