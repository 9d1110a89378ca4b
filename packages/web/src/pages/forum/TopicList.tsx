// The forum's front page: topics anyone can read, filtered by area, kecamatan and state, newest
// or most supported first, a page at a time.
import { A, createAsync, useSearchParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { EmptyState } from "../../components/EmptyState";
import { SelectField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { forumAreaLabel, kecamatanLabel, topicStatusLabel } from "../../labels";
import { formatDay } from "../../time";
import { FORUM_AREAS, KECAMATAN_LIST, TOPIC_STATUSES, type ForumArea, type Kecamatan, type Topic, type TopicStatus } from "../../types";
import { citizen, listTopics, type TopicFilter } from "./data";
import { TopicStatusBadge } from "./TopicStatusBadge";

function TopicCard(props: { topic: Topic }) {
  const titleId = () => `topic-${props.topic.id}`;
  return (
    <article class="card topic-card" aria-labelledby={titleId()} data-testid="topic-card">
      <h2 id={titleId()} class="topic-card-title">
        <A href={`/forum/topik/${encodeURIComponent(props.topic.id)}`}>{props.topic.title}</A>
      </h2>
      <p class="muted topic-meta">
        {forumAreaLabel(props.topic.area)} · {kecamatanLabel(props.topic.kecamatan)} · {formatDay(props.topic.createdAt)} ·{" "}
        {props.topic.author.name}
      </p>
      <p class="topic-card-footer">
        <TopicStatusBadge status={props.topic.status} />
        <span class="topic-supports">{t("forum.supportCount", { count: props.topic.supports })}</span>
      </p>
    </article>
  );
}

export default function TopicList() {
  const [params, setParams] = useSearchParams();
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const filter = (): Omit<TopicFilter, "cursor"> => ({
    area: (FORUM_AREAS as readonly string[]).includes(one(params.area)) ? (one(params.area) as ForumArea) : "",
    kecamatan: (KECAMATAN_LIST as readonly string[]).includes(one(params.kecamatan)) ? (one(params.kecamatan) as Kecamatan) : "",
    status: (TOPIC_STATUSES as readonly string[]).includes(one(params.status)) ? (one(params.status) as TopicStatus) : "",
    sort: one(params.sort) === "supports" ? "supports" : "recent",
  });
  const pages = createCursorPages();
  const page = createAsync(() => listTopics({ ...filter(), cursor: pages.cursor() }));
  const choose = (name: keyof Omit<TopicFilter, "cursor">) => (event: Event & { currentTarget: HTMLSelectElement }) => {
    pages.restart();
    setParams({ [name]: event.currentTarget.value || undefined });
  };

  return (
    <section class="forum">
      <PageTitle>{t("forum.title")}</PageTitle>
      <p>{t("forum.intro")}</p>
      <p>
        <Show when={citizen()} fallback={<A href="/forum/masuk?ke=/forum/tulis" class="button">{t("forum.signInToWrite")}</A>}>
          <A href="/forum/tulis" class="button">
            {t("forum.newTopic")}
          </A>
        </Show>
      </p>
      <form class="filters" role="search" aria-label={t("forum.filters")} onSubmit={(event) => event.preventDefault()}>
        <SelectField
          id="forum-area"
          name="area"
          label={t("forum.area")}
          placeholder={t("forum.allAreas")}
          value={filter().area}
          options={FORUM_AREAS.map((value) => ({ value, label: forumAreaLabel(value) }))}
          fieldClass="field-small"
          onChange={choose("area")}
        />
        <SelectField
          id="forum-kecamatan"
          name="kecamatan"
          label={t("forum.kecamatan")}
          placeholder={t("forum.allKecamatan")}
          value={filter().kecamatan}
          options={KECAMATAN_LIST.map((value) => ({ value, label: kecamatanLabel(value) }))}
          fieldClass="field-small"
          onChange={choose("kecamatan")}
        />
        <SelectField
          id="forum-status"
          name="status"
          label={t("forum.status")}
          placeholder={t("forum.allStatuses")}
          value={filter().status}
          options={TOPIC_STATUSES.map((value) => ({ value, label: topicStatusLabel(value) }))}
          fieldClass="field-small"
          onChange={choose("status")}
        />
        <SelectField
          id="forum-sort"
          name="sort"
          label={t("forum.sort")}
          value={filter().sort}
          options={[
            { value: "recent", label: t("forum.sortRecent") },
            { value: "supports", label: t("forum.sortSupports") },
          ]}
          fieldClass="field-small"
          onChange={choose("sort")}
        />
      </form>
      <Show when={page()}>
        {(found) => (
          <>
            <Show when={found().items.length > 0} fallback={<EmptyState testId="forum-empty">{t("forum.empty")}</EmptyState>}>
              <div class="topic-list" aria-live="polite">
                <For each={found().items}>{(topic) => <TopicCard topic={topic} />}</For>
              </div>
            </Show>
            <CursorPager label={t("forum.pages")} pages={pages} next={found().cursor} />
          </>
        )}
      </Show>
    </section>
  );
}
