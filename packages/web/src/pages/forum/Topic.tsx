// One topic as everyone reads it: the need, its state and history, the official answers, and
// where to complain formally (SP4N-LAPOR!). User text is rendered as text, never as markup.
import { A, createAsync, useAction, useLocation, useParams, useSearchParams, useSubmission } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { forumAreaLabel, kecamatanLabel, topicStatusLabel } from "../../labels";
import { formatWita, formatDay } from "../../time";
import type { SupportState, Topic as TopicView } from "../../types";
import { citizen, getTopic, LAPOR_URL, supportAction } from "./data";
import { TopicStatusBadge } from "./TopicStatusBadge";

function SupportButton(props: { topic: TopicView }) {
  const submission = useSubmission(supportAction);
  const support = useAction(supportAction);
  // The server's answer to this citizen's last change: whether they support it, and the exact count.
  const [state, setState] = createSignal<SupportState | undefined>(undefined);
  const location = useLocation();
  const toggle = async () => setState(await support(props.topic.id, !state()?.supported));
  return (
    <div class="support">
      <p class="topic-supports" data-testid="topic-supports">
        {t("forum.supportCount", { count: state()?.supports ?? props.topic.supports })}
      </p>
      <Show
        when={citizen()}
        fallback={
          <A href={`/forum/masuk?ke=${encodeURIComponent(location.pathname)}`} class="button secondary">
            {t("forum.signInToSupport")}
          </A>
        }
      >
        <button
          type="button"
          class="button"
          aria-pressed={state()?.supported ? "true" : "false"}
          disabled={submission.pending}
          onClick={() => void toggle().catch(() => undefined)}
        >
          {state()?.supported ? t("forum.unsupport") : t("forum.support")}
        </button>
        <ErrorMessage error={submission.error} />
      </Show>
    </div>
  );
}

/** Right after publishing: what the server masked, and why the text differs from what was typed. */
function MaskedNotice() {
  const [search] = useSearchParams();
  const masked = () => String(search.disamarkan ?? "").split(",").filter((kind) => kind === "nik" || kind === "phone");
  return (
    <Show when={masked().length > 0}>
      <div class="notice" role="status" data-testid="masked-notice">
        <p>{t("forum.publishedMasked", { what: masked().map((kind) => t(kind === "nik" ? "forum.maskedNik" : "forum.maskedPhone")).join(", ") })}</p>
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
          <PageTitle id="topic-title">{found().title}</PageTitle>
          <MaskedNotice />
          <p class="muted topic-meta">
            {forumAreaLabel(found().area)} · {kecamatanLabel(found().kecamatan)} · {t("forum.postedBy", { name: found().author.name, date: formatDay(found().createdAt) })}
          </p>
          <p>
            <TopicStatusBadge status={found().status} /> <span class="muted">{t("forum.ownerUnit", { unit: found().ownerUnit.name })}</span>
          </p>
          <div class="topic-body" data-testid="topic-body">
            {found().body}
          </div>
          <SupportButton topic={found()} />

          <Card title={t("forum.history")} titleId="topic-history" headingLevel={2}>
            <ol class="topic-history">
              <For each={found().history}>
                {(step) => (
                  <li>
                    <strong>{topicStatusLabel(step.status)}</strong> · {formatWita(step.at)} · {step.by}
                    <Show when={step.reason}>{(reason) => <p>{reason()}</p>}</Show>
                  </li>
                )}
              </For>
            </ol>
          </Card>

          <aside class="notice lapor" aria-labelledby="lapor-title">
            <h2 id="lapor-title">{t("forum.laporTitle")}</h2>
            <p>{t("forum.laporBody")}</p>
            <a href={LAPOR_URL} rel="noopener noreferrer" target="_blank">
              {t("forum.laporLink")}
            </a>
          </aside>
        </article>
      )}
    </Show>
  );
}
