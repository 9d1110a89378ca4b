// One topic as everyone reads it: the need, the official answers first, then the comments, the
// state history and where to complain formally (SP4N-LAPOR!). User text is rendered as text,
// never as markup. What the signed-in citizen did (support, follow) is asked for apart.
import { A, createAsync, useAction, useLocation, useParams, useSearchParams, useSubmission } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { forumAreaLabel, kecamatanLabel } from "../../labels";
import { formatDay, formatWita } from "../../time";
import type { OfficialAnswer, Topic as TopicView } from "../../types";
import { citizen, followAction, getMyTopicState, getTopic, supportAction } from "./data";
import { Comments } from "./Comments";
import { ReportForm } from "./ReportForm";
import { ProgramProgress } from "./ProgramProgress";
import { TopicHistory } from "./TopicHistory";
import { TopicStatusBadge } from "./TopicStatusBadge";

function SignInLink(props: { label: string }) {
  const location = useLocation();
  return (
    <A href={`/forum/masuk?ke=${encodeURIComponent(location.pathname)}`} class="button secondary">
      {props.label}
    </A>
  );
}

/** Support and follow: the count is public, whether I support or follow comes from my own (uncached) request. */
function TopicActions(props: { topic: TopicView }) {
  const mine = createAsync(() => (citizen() ? getMyTopicState(props.topic.id) : Promise.resolve(null)));
  const support = useAction(supportAction);
  const follow = useAction(followAction);
  const supporting = useSubmission(supportAction);
  const following = useSubmission(followAction);
  // The server's exact count after this citizen's last change.
  const [count, setCount] = createSignal<number | undefined>(undefined);
  const toggleSupport = async () => setCount((await support(props.topic.id, !mine()?.supported)).supports);
  return (
    <div class="support">
      <p class="topic-supports" data-testid="topic-supports">
        {t("forum.supportCount", { count: count() ?? props.topic.supports })}
      </p>
      <Show when={citizen()} fallback={<SignInLink label={t("forum.signInToSupport")} />}>
        <button
          type="button"
          class="button"
          aria-pressed={mine()?.supported ? "true" : "false"}
          disabled={supporting.pending || mine() === undefined}
          onClick={() => void toggleSupport().catch(() => undefined)}
        >
          {mine()?.supported ? t("forum.unsupport") : t("forum.support")}
        </button>
        <button
          type="button"
          class="button secondary"
          aria-pressed={mine()?.following ? "true" : "false"}
          disabled={following.pending || mine() === undefined}
          onClick={() => void follow(props.topic.id, !mine()?.following).catch(() => undefined)}
        >
          {mine()?.following ? t("forum.unfollow") : t("forum.follow")}
        </button>
        <ErrorMessage error={supporting.error ?? following.error} />
      </Show>
    </div>
  );
}

function Answer(props: { answer: OfficialAnswer }) {
  return (
    <article class="card official-answer" aria-label={t("forum.answerBy", { name: props.answer.name })} data-testid="official-answer">
      <p class="official-answer-head">
        <span class="badge badge-official">{t("forum.officialAnswer")}</span> <strong>{props.answer.name}</strong>
        <span class="muted">
          {" "}
          · {props.answer.position} · {props.answer.unitName} · {formatWita(props.answer.createdAt)}
        </span>
      </p>
      <div class="topic-body">{props.answer.body}</div>
      <Show when={props.answer.versions.length > 0}>
        <details class="answer-versions">
          <summary>{t("forum.answerEdited", { count: props.answer.versions.length })}</summary>
          <ol>
            <For each={props.answer.versions}>
              {(version) => (
                <li>
                  <p class="muted">{formatWita(version.at)}</p>
                  <div class="topic-body">{version.body}</div>
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </article>
  );
}

/** Right after publishing: what the server masked, and why the text differs from what was typed. */
function MaskedNotice() {
  const [search] = useSearchParams();
  const masked = () =>
    String(search.disamarkan ?? "")
      .split(",")
      .filter((kind) => kind === "nik" || kind === "phone" || kind === "email");
  const word = (kind: string) => t(kind === "nik" ? "forum.maskedNik" : kind === "phone" ? "forum.maskedPhone" : "forum.maskedEmail");
  return (
    <Show when={masked().length > 0}>
      <div class="notice" role="status" data-testid="masked-notice">
        <p>{t("forum.publishedMasked", { what: masked().map(word).join(", ") })}</p>
      </div>
    </Show>
  );
}

export default function Topic() {
  const params = useParams();
  const topic = createAsync(() => getTopic(params.id ?? ""));
  return (
    <Show when={topic()}>
      {(found) => (
        <article class="forum topic-page" aria-labelledby="topic-title">
          <p>
            <A href="/forum">{t("forum.backToList")}</A>
          </p>
          <Show
            when={!found().hidden}
            fallback={
              <>
                <PageTitle id="topic-title">{t("forum.hiddenTitle")}</PageTitle>
                <p class="notice" data-testid="topic-hidden">
                  {t("forum.hiddenBody")}
                </p>
              </>
            }
          >
            <PageTitle id="topic-title">{found().title}</PageTitle>
            <MaskedNotice />
            <p class="muted topic-meta">
              {forumAreaLabel(found().area)} · {kecamatanLabel(found().kecamatan)} ·{" "}
              {t("forum.postedBy", { name: found().author.name, date: formatDay(found().createdAt) })}
            </p>
            <p>
              <TopicStatusBadge status={found().status} /> <span class="muted">{t("forum.ownerUnit", { unit: found().ownerUnit.name })}</span>
            </p>
            <div class="topic-body" data-testid="topic-body">
              {found().body}
            </div>
            <TopicActions topic={found()} />
            <Show when={found().program}>
              {(program) => (
                <aside class="notice notice-info" aria-labelledby="topic-program" data-testid="topic-program">
                  <h2 id="topic-program">{t("forum.topicProgram")}</h2>
                  <p>
                    <A href={`/forum/program/${encodeURIComponent(program().id)}`}>{program().title}</A>
                  </p>
                  <ProgramProgress progress={program().progress} label={t("forum.programProgressOf", { title: program().title })} />
                </aside>
              )}
            </Show>

            <section aria-labelledby="answers-title">
              <h2 id="answers-title">{t("forum.answers")}</h2>
              <Show when={found().answers.length > 0} fallback={<EmptyState testId="no-answers">{t("forum.noAnswers")}</EmptyState>}>
                <For each={found().answers}>{(answer) => <Answer answer={answer} />}</For>
              </Show>
            </section>

            <Comments topicId={found().id} />

            <Show when={citizen()}>
              <ReportForm targetType="topic" targetId={found().id} label={t("forum.reportTopic")} />
            </Show>
          </Show>

          <TopicHistory history={found().history} />

          <aside class="notice lapor" aria-labelledby="lapor-title">
            <h2 id="lapor-title">{t("forum.laporTitle")}</h2>
            <p>{t("forum.laporBody")}</p>
            <Show when={found().laporTicket}>{(ticket) => <p>{t("forum.laporTicket", { ticket: ticket() })}</p>}</Show>
            <a href={found().laporUrl} rel="noopener noreferrer" target="_blank">
              {t("forum.laporLink")}
            </a>
          </aside>
        </article>
      )}
    </Show>
  );
}
