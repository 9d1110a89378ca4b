// Service programs that grew out of citizens' topics, with their progress.
import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { EmptyState } from "../../components/EmptyState";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { programStatusLabel } from "../../labels";
import { getPrograms } from "./data";
import { ProgramProgress } from "./ProgramProgress";

export default function Programs() {
  const pages = createCursorPages();
  const page = createAsync(() => getPrograms(pages.cursor()));
  return (
    <section class="forum">
      <PageTitle>{t("forum.programsTitle")}</PageTitle>
      <p>{t("forum.programsIntro")}</p>
      <Show when={page()}>
        {(found) => (
          <>
            <Show when={found().items.length > 0} fallback={<EmptyState>{t("forum.programsEmpty")}</EmptyState>}>
              <div class="topic-list">
                <For each={found().items}>
                  {(program) => (
                    <article class="card topic-card" aria-labelledby={`program-${program.id}`} data-testid="program-card">
                      <h2 id={`program-${program.id}`} class="topic-card-title">
                        <A href={`/forum/program/${encodeURIComponent(program.id)}`}>{program.title}</A>
                      </h2>
                      <p class="muted topic-meta">
                        {program.unit.name} · {programStatusLabel(program.status)}
                      </p>
                      <ProgramProgress progress={program.progress} label={t("forum.programProgressOf", { title: program.title })} />
                    </article>
                  )}
                </For>
              </div>
            </Show>
            <CursorPager label={t("forum.programsTitle")} pages={pages} next={found().cursor} />
          </>
        )}
      </Show>
    </section>
  );
}
