// Public dialogues between a unit and citizens: upcoming ones first, then past ones with their minutes.
import { A, createAsync } from "@solidjs/router";
import { For, Show } from "solid-js";
import { EmptyState } from "../../components/EmptyState";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { formatWita } from "../../time";
import { getDialogs } from "./data";

export default function Dialogs() {
  const pages = createCursorPages();
  const page = createAsync(() => getDialogs(pages.cursor()));
  return (
    <section class="forum">
      <PageTitle>{t("forum.dialogsTitle")}</PageTitle>
      <p>{t("forum.dialogsIntro")}</p>
      <Show when={page()}>
        {(found) => (
          <>
            <Show when={found().items.length > 0} fallback={<EmptyState>{t("forum.dialogsEmpty")}</EmptyState>}>
              <div class="topic-list">
                <For each={found().items}>
                  {(dialog) => (
                    <article class="card topic-card" aria-labelledby={`dialog-${dialog.id}`} data-testid="dialog-card">
                      <h2 id={`dialog-${dialog.id}`} class="topic-card-title">
                        <A href={`/forum/dialog/${encodeURIComponent(dialog.id)}`}>{dialog.title}</A>
                      </h2>
                      <p class="muted topic-meta">
                        {formatWita(dialog.startsAt)} · {dialog.place ?? t("forum.online")} · {dialog.unit.name}
                      </p>
                      <p class="topic-card-footer">
                        <span class="badge">{dialog.past ? t("forum.dialogPast") : t("forum.dialogUpcoming")}</span>
                        <Show when={dialog.minutes}>
                          <span class="badge badge-official">{t("forum.minutesPublished")}</span>
                        </Show>
                      </p>
                    </article>
                  )}
                </For>
              </div>
            </Show>
            <CursorPager label={t("forum.dialogsTitle")} pages={pages} next={found().cursor} />
          </>
        )}
      </Show>
    </section>
  );
}
