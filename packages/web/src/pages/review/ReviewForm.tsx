// The review form: the items by kind, general remarks, save or send.
import { A, action, useAction, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageTitle } from "../../components/PageTitle";
import { evaluationHref } from "../../evaluation";
import { text } from "../../forms";
import { t } from "../../i18n";
import { cycleLabel, reviewKindLabel } from "../../labels";
import { formatWita } from "../../time";
import type { Review } from "../../types";
import { saveReviewAction, titleOf, stateText, missingOf } from "./data";
import { scoreId, ItemGroup } from "./RatingItem";

export function ReviewForm(props: { review: Review }) {
  const submission = useSubmission(
    saveReviewAction,
    ([id, reviewId]) => id === props.review.evaluationId && reviewId === props.review.reviewId,
  );
  const save = useAction(saveReviewAction);
  const [missing, setMissing] = createSignal<string[]>([]);
  const [confirming, setConfirming] = createSignal(false);
  // Items rated on this page so far; a choice cannot be taken back, so the set only grows.
  const [ratedHere, setRatedHere] = createSignal<string[]>([]);
  let form: HTMLFormElement | undefined;
  let doneMessage: HTMLDivElement | undefined;
  const locked = () => props.review.state !== "outstanding";
  const cycleId = () => props.review.evaluationId.split("~")[0] ?? "";

  const isRated = (itemId: string) => itemId in props.review.ratings || ratedHere().includes(itemId);
  const ratedCount = () => props.review.items.filter((item) => isRated(item.id)).length;

  const focusItem = (itemId: string) => document.getElementById(scoreId(itemId, 1))?.focus();
  const showMissing = (ids: string[]) => {
    setConfirming(false);
    setMissing(ids);
    if (ids[0]) focusItem(ids[0]);
  };

  // A refused send (the server checks too) marks the items still unrated.
  createEffect(
    on(
      () => submission.error,
      (error) => {
        const ids = missingOf(error);
        if (ids !== null) showMissing(ids);
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => submission.result,
      (result) => {
        if (!result) return;
        setMissing([]);
        setConfirming(false);
        if (result.submitted) doneMessage?.focus();
      },
      { defer: true },
    ),
  );

  const rated = (itemId: string) => {
    if (!ratedHere().includes(itemId)) setRatedHere([...ratedHere(), itemId]);
    if (missing().includes(itemId)) setMissing(missing().filter((id) => id !== itemId));
  };
  // Check first: unrated items are named before anything asks to confirm.
  const askToSend = () => {
    const unrated = props.review.items.filter((item) => !isRated(item.id)).map((item) => item.id);
    if (unrated.length > 0) {
      showMissing(unrated);
      return;
    }
    setMissing([]);
    setConfirming(true);
  };
  const send = () => {
    setConfirming(false);
    if (!form) return;
    const data = new FormData(form);
    data.set("do", "submit");
    void save(props.review.evaluationId, props.review.reviewId, data).catch(() => undefined);
  };
  const missingItems = () => props.review.items.filter((item) => missing().includes(item.id));
  // A refusal naming no item (or none of this form's) is shown as a plain message.
  const otherError = () => {
    const ids = missingOf(submission.error);
    const named = ids?.some((id) => props.review.items.some((item) => item.id === id));
    return named ? undefined : submission.error;
  };
  const backHref = () => (props.review.kind === "supervisor" ? "/evaluasi/tim" : "/evaluasi");

  return (
    <article class="review-page">
      <p class="eyebrow">
        {cycleLabel(cycleId())} · {reviewKindLabel(props.review.kind)}
      </p>
      <PageTitle>{titleOf(props.review)}</PageTitle>
      <p class="lead">{t("review.intro")}</p>
      <Show when={props.review.kind === "peer"}>
        <p class="muted">{t("review.introPeer")}</p>
      </Show>
      <dl class="details compact review-facts">
        <dt>{t("review.due")}</dt>
        <dd>
          <time datetime={props.review.dueAt}>{formatWita(props.review.dueAt)}</time>
        </dd>
        <dt>{t("review.state")}</dt>
        <dd data-testid="review-state">
          <strong>{stateText(props.review)}</strong>
        </dd>
        <dt>{t("review.progressLabel")}</dt>
        <dd>
          <progress
            class="review-progress-bar"
            value={ratedCount()}
            max={props.review.items.length}
            aria-hidden="true"
          />{" "}
          <span class="review-progress-text" data-testid="review-progress" aria-live="polite">
            {t("review.progress", { rated: ratedCount(), total: props.review.items.length })}
          </span>
        </dd>
      </dl>

      <form
        ref={form}
        action={saveReviewAction.with(props.review.evaluationId, props.review.reviewId)}
        method="post"
        class="form review-form"
        data-testid="review-form"
      >
        <ErrorMessage error={otherError()} overrides={{ conflict: "error.changed_meanwhile" }} />
        <Show when={missingItems().length > 0}>
          <div class="notice notice-error" role="alert" aria-live="assertive">
            <p>{t("review.incomplete", { count: missingItems().length })}</p>
            <ul>
              <For each={missingItems()}>
                {(item) => (
                  <li>
                    <button type="button" class="button-link" onClick={() => focusItem(item.id)}>
                      {item.name}
                    </button>
                  </li>
                )}
              </For>
            </ul>
          </div>
        </Show>

        <ItemGroup kind="value" review={props.review} locked={locked()} missing={missing()} onRated={rated} />
        <ItemGroup kind="competency" review={props.review} locked={locked()} missing={missing()} onRated={rated} />

        <fieldset class="card-fieldset">
          <legend>{t("review.remarks")}</legend>
          <div class="field">
            <label for="review-strengths">{t("review.strengths")}</label>
            <textarea
              id="review-strengths"
              name="strengths"
              class="prose"
              rows={3}
              maxlength={2000}
              value={props.review.strengths}
              disabled={locked()}
            />
          </div>
          <div class="field">
            <label for="review-improvements">{t("review.improvements")}</label>
            <textarea
              id="review-improvements"
              name="improvements"
              class="prose"
              rows={3}
              maxlength={2000}
              value={props.review.improvements}
              disabled={locked()}
            />
          </div>
        </fieldset>

        <Show when={submission.result}>
          {(result) => (
            <div ref={doneMessage} class="notice notice-success" role="status" aria-live="polite" tabindex="-1">
              <p>{result().submitted ? t("review.submittedDone") : t("review.draftSavedDone")}</p>
            </div>
          )}
        </Show>

        <Show when={!locked()}>
          <div class="actions">
            <button type="submit" name="do" value="draft" class="button secondary" disabled={submission.pending}>
              {t("review.saveDraft")}
            </button>
            <button type="button" class="button" disabled={submission.pending} onClick={askToSend}>
              {t("review.submit")}
            </button>
          </div>
          <ConfirmDialog
            open={confirming()}
            title={t("review.confirmTitle")}
            message={<p>{t("review.confirm")}</p>}
            confirmLabel={t("review.confirmYes")}
            onConfirm={send}
            onCancel={() => setConfirming(false)}
          />
        </Show>
      </form>

      <p class="actions">
        <Show when={props.review.kind === "supervisor" && props.review.state === "submitted"}>
          <A href={evaluationHref(props.review.evaluationId, "hasil")} class="button">
            {t("review.openResult")}
          </A>
        </Show>
        <A href={backHref()} class="button secondary">
          {props.review.kind === "supervisor" ? t("review.backTeam") : t("review.back")}
        </A>
      </p>
    </article>
  );
}
