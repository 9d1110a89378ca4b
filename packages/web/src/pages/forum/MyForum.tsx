// The citizen's own forum: notices about followed topics (answers, state changes), and the
// topics they wrote or follow.
import { A, createAsync, Navigate, useAction } from "@solidjs/router";
import { For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t, type MessageKey } from "../../i18n";
import { formatWita } from "../../time";
import type { Notice } from "../../types";
import { citizen, citizenState, getMyTopics, getNotices, readNoticesAction } from "./data";
import { TopicStatusBadge } from "./TopicStatusBadge";

const topicPath = (id: string) => `/forum/topik/${encodeURIComponent(id)}`;
const noticeText = (notice: Notice) => {
  const key = `forum.notice.${notice.type}` as MessageKey;
  return t(key, { title: notice.topicTitle });
};

function Notices() {
  const pages = createCursorPages();
  const page = createAsync(() => getNotices(pages.cursor()));
  const readAll = useAction(readNoticesAction);
  return (
    <Card title={t("forum.noticesTitle")} titleId="forum-notices" headingLevel={2}>
      <Show when={page()}>
        {(found) => (
          <>
            <Show when={found().items.length > 0} fallback={<EmptyState>{t("forum.noticesEmpty")}</EmptyState>}>
              <ul class="notice-list">
                <For each={found().items}>
                  {(notice) => (
                    <li data-testid="forum-notice" classList={{ unread: !notice.read }}>
                      <Show when={!notice.read}>
                        <span class="badge badge-new">{t("forum.noticeUnread")}</span>{" "}
                      </Show>
                      <A href={topicPath(notice.topicId)}>{noticeText(notice)}</A> <span class="muted">{formatWita(notice.at)}</span>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={found().items.some((notice) => !notice.read)}>
                <button type="button" class="button secondary" onClick={() => void readAll().catch(() => undefined)}>
                  {t("forum.noticesRead")}
                </button>
              </Show>
            </Show>
            <CursorPager label={t("forum.noticesTitle")} pages={pages} next={found().cursor} />
          </>
        )}
      </Show>
    </Card>
  );
}

function MyTopics() {
  const pages = createCursorPages();
  const page = createAsync(() => getMyTopics(pages.cursor()));
  return (
    <Card title={t("forum.mineTitle")} titleId="forum-mine" headingLevel={2}>
      <Show when={page()}>
        {(found) => (
          <>
            <Show when={found().items.length > 0} fallback={<EmptyState>{t("forum.mineEmpty")}</EmptyState>}>
              <ul class="my-topics">
                <For each={found().items}>
                  {(item) => (
                    <li data-testid="my-topic">
                      <A href={topicPath(item.topic.id)}>{item.topic.title || t("forum.hiddenTitle")}</A>{" "}
                      <TopicStatusBadge status={item.topic.status} />{" "}
                      <span class="muted">{item.mine ? t("forum.mineOwn") : t("forum.mineFollowed")}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <CursorPager label={t("forum.mineTitle")} pages={pages} next={found().cursor} />
          </>
        )}
      </Show>
    </Card>
  );
}

export default function MyForum() {
  return (
    <Show when={citizenState().status !== "unknown"}>
      <Show when={citizen()} fallback={<Navigate href="/forum/masuk?ke=/forum/saya" />}>
        <section class="forum">
          <PageTitle>{t("forum.navMine")}</PageTitle>
          <Notices />
          <MyTopics />
        </section>
      </Show>
    </Show>
  );
}
