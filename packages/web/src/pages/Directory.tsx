import { createAsync } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { DataTable, type Column } from "../components/DataTable";
import { PageTitle } from "../components/PageTitle";
import { Pager } from "../components/Pager";
import { UnitSelect } from "../components/Selects";
import { StaffTable } from "../components/StaffTable";
import { text } from "../forms";
import { t } from "../i18n";
import { listStaff, type StaffFilter } from "../queries";
import { isAdmin } from "../session";
import type { ColleagueSummary, StaffSummary } from "../types";

const colleagueColumns: Column<ColleagueSummary>[] = [
  { header: () => t("field.name"), cell: (person) => person.name, rowHeader: true },
  { header: () => t("field.position"), cell: (person) => person.position },
  { header: () => t("field.unit"), cell: (person) => person.unitName },
];

/** What staff who are not admins see of colleagues: name, unit and position. */
function ColleagueTable(props: { caption: string; items: ColleagueSummary[]; empty: string }) {
  return <DataTable caption={props.caption} columns={colleagueColumns} rows={props.items} empty={props.empty} />;
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
          <Pager
            label={t("directory.results")}
            page={props.page}
            hasPrevious={props.hasPrevious}
            next={page().cursor}
            onPrevious={() => props.onPage(null, false)}
            onNext={(cursor) => props.onPage(cursor, true)}
          />
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
