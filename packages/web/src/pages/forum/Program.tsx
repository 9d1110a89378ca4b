// One service program: what it delivers, its milestones and progress, the topics it answers and
// the competencies its delivery needs.
import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { programStatusLabel } from "../../labels";
import { formatDay } from "../../time";
import { getProgram } from "./data";
import { ProgramProgress } from "./ProgramProgress";
import { TopicStatusBadge } from "./TopicStatusBadge";
import type { TopicStatus } from "../../types";

export default function Program() {
  const params = useParams();
  const program = createAsync(() => getProgram(params.id ?? ""));
  return (
    <Show when={program()}>
      {(found) => (
        <article class="forum" aria-labelledby="program-title">
          <p>
            <A href="/forum/program">{t("forum.backToPrograms")}</A>
          </p>
          <PageTitle id="program-title">{found().title}</PageTitle>
          <p class="muted">
            {found().unit.name} · {programStatusLabel(found().status)}
          </p>
          <ProgramProgress progress={found().progress} label={t("forum.programProgressOf", { title: found().title })} />
          <div class="topic-body">{found().description}</div>
          <h2>{t("forum.milestones")}</h2>
          <ol class="milestones" data-testid="milestones">
            <For each={found().milestones}>
              {(milestone) => (
                <li classList={{ done: milestone.done }}>
                  <span aria-hidden="true">{milestone.done ? "✓ " : "○ "}</span>
                  {milestone.title}{" "}
                  <span class="muted">
                    {milestone.done && milestone.doneAt
                      ? t("forum.milestoneDone", { date: formatDay(milestone.doneAt) })
                      : t("forum.milestoneTarget", { date: formatDay(milestone.targetDate) })}
                  </span>
                </li>
              )}
            </For>
          </ol>
          <Show when={found().topics.length > 0}>
            <h2>{t("forum.programTopics")}</h2>
            <ul class="my-topics">
              <For each={found().topics}>
                {(topic) => (
                  <li>
                    <A href={`/forum/topik/${encodeURIComponent(topic.id)}`}>{topic.hidden ? t("forum.hiddenTitle") : topic.title}</A>{" "}
                    <TopicStatusBadge status={topic.status as TopicStatus} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
          <Show when={found().competencyNeeds.length > 0}>
            <h2>{t("forum.competencyNeeds")}</h2>
            <p class="muted">{t("forum.competencyNeedsIntro")}</p>
            <ul>
              <For each={found().competencyNeeds}>{(need) => <li>{t("forum.competencyNeed", { name: need.name, level: need.level })}</li>}</For>
            </ul>
          </Show>
        </article>
      )}
    </Show>
  );
}
