// A topic's comments, oldest first, a page at a time, and the form to add one (signed-in citizens).
import { createAsync, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextAreaField } from "../../components/FormField";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { formatWita } from "../../time";
import type { Comment } from "../../types";
import { citizen, commentAction, getComments } from "./data";
import { ReportForm } from "./ReportForm";

export const COMMENT_MAX = 1000;

export function Comments(props: { topicId: string }) {
  const pages = createCursorPages();
  const page = createAsync(() => getComments(props.topicId, pages.cursor()));
  const submission = useSubmission(commentAction);
  let form: HTMLFormElement | undefined;
  // Comments sent in this visit: shown at once, even while a shared cache still serves the older page.
  const [sent, setSent] = createSignal<Comment[]>([]);
  createEffect(
    on(
      () => submission.result,
      (result) => {
        if (!result) return;
        setSent([...sent(), result.comment]);
        form?.reset(); // the box empties for the next comment
      },
      { defer: true },
    ),
  );
  const shown = (items: Comment[], lastPage: boolean) =>
    lastPage ? [...items, ...sent().filter((mine) => mine.topicId === props.topicId && !items.some((c) => c.id === mine.id))] : items;
  return (
    <section aria-labelledby="comments-title" class="comments">
      <h2 id="comments-title">{t("forum.comments")}</h2>
      <Show when={page()}>
        {(found) => (
          <>
            <Show when={shown(found().items, !found().cursor).length > 0} fallback={<EmptyState testId="no-comments">{t("forum.noComments")}</EmptyState>}>
              <ol class="comment-list">
                <For each={shown(found().items, !found().cursor)}>
                  {(comment) => (
                    <li class="comment" data-testid="comment">
                      <p class="muted">
                        <strong>{comment.author.name}</strong> · {formatWita(comment.createdAt)}
                      </p>
                      <Show when={!comment.hidden} fallback={<p class="muted">{t("forum.commentHidden")}</p>}>
                        <div class="topic-body">{comment.body}</div>
                        <Show when={citizen()}>
                          <ReportForm targetType="comment" targetId={`${props.topicId}:${comment.id}`} label={t("forum.reportComment")} />
                        </Show>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </Show>
            <CursorPager label={t("forum.commentPages")} pages={pages} next={found().cursor} />
          </>
        )}
      </Show>
      <Show when={citizen()}>
        <form
          ref={form}
          action={commentAction}
          method="post"
          class="card form"
          aria-busy={submission.pending ? "true" : undefined}
        >
          <ErrorMessage error={submission.error} />
          <Show when={submission.result?.masked.length}>
            <p class="notice" role="status">
              {t("forum.commentMasked")}
            </p>
          </Show>
          <input type="hidden" name="topicId" value={props.topicId} />
          <TextAreaField id="comment-body" name="body" label={t("forum.yourComment")} rows={4} maxLength={COMMENT_MAX} required error={submission.error} />
          <div class="honeypot" aria-hidden="true">
            <label for="comment-website">Website</label>
            <input id="comment-website" name="website" type="text" tabindex="-1" autocomplete="off" />
          </div>
          <button type="submit" class="button" disabled={submission.pending}>
            {t("forum.sendComment")}
          </button>
        </form>
      </Show>
    </section>
  );
}
