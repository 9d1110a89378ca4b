// Writing a topic: the need, its area and kecamatan. NIK-like numbers and phone numbers are
// masked by the server before publishing; the topic page then says so.
import { A, createAsync, Navigate, useNavigate, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, onCleanup, Show } from "solid-js";
import { ErrorMessage } from "../../components/ErrorMessage";
import { RequiredLegend, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { forumAreaLabel, kecamatanLabel, topicStatusLabel } from "../../labels";
import { FORUM_AREAS, KECAMATAN_LIST } from "../../types";
import { BODY_MAX, citizen, citizenState, createTopicAction, getSimilarTopics, TITLE_MAX } from "./data";

/** While writing: topics of the chosen area with a similar title, to support instead of repeating. */
function SimilarTopics(props: { area: string; title: string }) {
  const similar = createAsync(() =>
    props.area && props.title.trim().length >= 4 ? getSimilarTopics(props.area, props.title.trim()) : Promise.resolve([]),
  );
  return (
    <Show when={(similar() ?? []).length > 0}>
      <aside class="notice notice-info similar" aria-labelledby="similar-title" aria-live="polite" data-testid="similar-topics">
        <h2 id="similar-title">{t("forum.similarTitle")}</h2>
        <p>{t("forum.similarIntro")}</p>
        <ul>
          <For each={similar()}>
            {(topic) => (
              <li>
                <A href={`/forum/topik/${encodeURIComponent(topic.id)}`}>{topic.title}</A>{" "}
                <span class="muted">
                  {topicStatusLabel(topic.status)} · {t("forum.supportCount", { count: topic.supports })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </aside>
    </Show>
  );
}

export default function NewTopic() {
  const submission = useSubmission(createTopicAction);
  const navigate = useNavigate();
  const [bodyLength, setBodyLength] = createSignal(0);
  const [area, setArea] = createSignal("");
  // The title as typed, settled for a moment before similar topics are looked up.
  const [title, setTitle] = createSignal("");
  let settle: ReturnType<typeof setTimeout> | undefined;
  const typed = (value: string) => {
    clearTimeout(settle);
    settle = setTimeout(() => setTitle(value), 400);
  };
  onCleanup(() => clearTimeout(settle));
  createEffect(() => {
    const created = submission.result;
    if (!created) return;
    const masked = created.masked.length ? `?disamarkan=${created.masked.join(",")}` : "";
    navigate(`/forum/topik/${encodeURIComponent(created.topic.id)}${masked}`);
  });
  return (
    <Show when={citizenState().status !== "unknown"}>
      <Show when={citizen()} fallback={<Navigate href="/forum/masuk?ke=/forum/tulis" />}>
        {(me) => (
          <section class="narrow forum">
            <p>
              <A href="/forum">{t("forum.backToList")}</A>
            </p>
            <PageTitle>{t("forum.newTopic")}</PageTitle>
            <p>{t("forum.newTopicIntro")}</p>
            <form action={createTopicAction} method="post" class="card form" aria-busy={submission.pending ? "true" : undefined}>
              <ErrorMessage error={submission.error} />
              <RequiredLegend />
              <TextField
                id="topic-title"
                name="title"
                label={t("forum.topicTitle")}
                hint={t("forum.topicTitleHint")}
                minLength={10}
                maxLength={TITLE_MAX}
                required
                error={submission.error}
                onInput={(event) => typed(event.currentTarget.value)}
              />
              <TextAreaField
                id="topic-body"
                name="body"
                label={t("forum.topicBody")}
                hint={t("forum.topicBodyHint")}
                rows={8}
                minLength={30}
                maxLength={BODY_MAX}
                required
                error={submission.error}
                onInput={(event) => setBodyLength(event.currentTarget.value.length)}
              />
              <p class="hint" aria-live="polite">
                {t("forum.charactersLeft", { count: BODY_MAX - bodyLength() })}
              </p>
              <SelectField
                id="topic-area"
                name="area"
                label={t("forum.area")}
                placeholder={t("forum.chooseArea")}
                options={FORUM_AREAS.map((value) => ({ value, label: forumAreaLabel(value) }))}
                required
                error={submission.error}
                onChange={(event) => setArea(event.currentTarget.value)}
              />
              <SimilarTopics area={area()} title={title()} />
              <SelectField
                id="topic-kecamatan"
                name="kecamatan"
                label={t("forum.kecamatan")}
                placeholder={t("forum.chooseKecamatan")}
                value={me().kecamatan ?? undefined}
                options={KECAMATAN_LIST.map((value) => ({ value, label: kecamatanLabel(value) }))}
                required
                error={submission.error}
              />
              {/* Left empty by people, hidden from them and from screen readers; robots fill it in. */}
              <div class="honeypot" aria-hidden="true">
                <label for="topic-website">Website</label>
                <input id="topic-website" name="website" type="text" tabindex="-1" autocomplete="off" />
              </div>
              <p class="hint">{t("forum.privacyHint")}</p>
              <button type="submit" class="button" disabled={submission.pending}>
                {t("forum.publish")}
              </button>
            </form>
          </section>
        )}
      </Show>
    </Show>
  );
}
