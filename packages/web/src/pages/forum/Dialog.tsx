// One public dialogue: when and where, the agenda and the topics it takes up; afterwards the minutes.
import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { formatWita } from "../../time";
import { getDialog } from "./data";
import { TopicStatusBadge } from "./TopicStatusBadge";

export default function Dialog() {
  const params = useParams();
  const dialog = createAsync(() => getDialog(params.id ?? ""));
  return (
    <Show when={dialog()}>
      {(found) => (
        <article class="forum" aria-labelledby="dialog-title">
          <p>
            <A href="/forum/dialog">{t("forum.backToDialogs")}</A>
          </p>
          <PageTitle id="dialog-title">{found().title}</PageTitle>
          <dl class="details">
            <dt>{t("forum.dialogWhen")}</dt>
            <dd>{formatWita(found().startsAt)}</dd>
            <dt>{t("forum.dialogWhere")}</dt>
            <dd>
              <Show when={found().onlineUrl} fallback={found().place}>
                {(url) => (
                  <a href={url()} rel="noopener noreferrer" target="_blank">
                    {found().place ?? t("forum.online")}
                  </a>
                )}
              </Show>
            </dd>
            <dt>{t("forum.dialogUnit")}</dt>
            <dd>{found().unit.name}</dd>
          </dl>
          <h2>{t("forum.agenda")}</h2>
          <div class="topic-body">{found().agenda}</div>
          <Show when={found().topics.length > 0}>
            <h2>{t("forum.dialogTopics")}</h2>
            <ul class="my-topics">
              <For each={found().topics}>
                {(topic) => (
                  <li>
                    <A href={`/forum/topik/${encodeURIComponent(topic.id)}`}>{topic.hidden ? t("forum.hiddenTitle") : topic.title}</A>{" "}
                    <TopicStatusBadge status={topic.status} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={found().minutes} fallback={<p class="muted">{found().past ? t("forum.minutesPending") : t("forum.minutesLater")}</p>}>
            {(minutes) => (
              <Card title={t("forum.minutes")} titleId="dialog-minutes" headingLevel={2}>
                <p class="muted">{t("forum.attendees", { count: minutes().attendees })}</p>
                <div class="topic-body" data-testid="dialog-minutes">
                  {minutes().minutes}
                </div>
                <Show when={minutes().outcomes.length > 0}>
                  <h3>{t("forum.outcomes")}</h3>
                  <ul>
                    <For each={minutes().outcomes}>{(outcome) => <li>{outcome}</li>}</For>
                  </ul>
                </Show>
              </Card>
            )}
          </Show>
        </article>
      )}
    </Show>
  );
}
