// The final rating: as decided, and the supervisor's form to decide it.
import { A, useAction, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { ApiError } from "../../api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { MIN_PEERS_FOR_AVERAGE, reviewHref } from "../../evaluation";
import { t } from "../../i18n";
import { evaluationStatusLabel, finalRatingLabel, reviewStateLabel } from "../../labels";
import { FINAL_RATINGS, type Evaluation, type EvaluationResult, type FinalRating } from "../../types";
import { Card } from "../../components/Card";
import { finalizeAction } from "./data";

export function FinalRatingCard(props: { result: EvaluationResult }) {
  const submission = useSubmission(finalizeAction, ([id]) => id === props.result.id);
  return (
    <Card title={t("result.outcome")} titleId="final-rating-title">
      <SuccessMessage when={submission.result}>
        <p>{t("result.finalSet", { rating: finalRatingLabel(submission.result?.finalRating) })}</p>
        <p>{t("result.levelsSet", { count: Object.keys(submission.result?.levelsSet ?? {}).length })}</p>
      </SuccessMessage>
      <Show when={props.result.finalRating} fallback={<p>{t("result.noFinal")}</p>}>
        {(rating) => (
          <p class="status-line" data-testid="final-rating">
            <strong>{finalRatingLabel(rating())}</strong>
          </p>
        )}
      </Show>
      <p class="muted">
        {t("evaluations.status")}: {evaluationStatusLabel(props.result.status)}
      </p>
    </Card>
  );
}

/**
 * The final rating, with the reviews that are in beside it. Fewer than two peer reviews in:
 * a warning, and the rating asks to be confirmed (the API refuses it unconfirmed, too).
 */
export function FinalForm(props: { evaluation: Evaluation }) {
  const submission = useSubmission(finalizeAction, ([id]) => id === props.evaluation.id);
  const finalize = useAction(finalizeAction);
  const [rating, setRating] = createSignal<FinalRating | "">("");
  const [asking, setAsking] = createSignal(false);
  const progress = () => props.evaluation.progress;
  const fewPeers = () => progress().peersSubmitted < MIN_PEERS_FOR_AVERAGE;
  const reviewMissing = () =>
    progress().supervisor !== "submitted" ||
    (submission.error instanceof ApiError && submission.error.code === "supervisor_review_missing");
  const send = (confirmFewPeers: boolean) => {
    const chosen = rating();
    if (!chosen) return;
    void finalize(props.evaluation.id, chosen, confirmFewPeers).catch(() => undefined);
  };
  // The server counts too: peers it finds missing (say, the page was stale) bring the question up.
  createEffect(
    on(
      () => submission.error,
      (error) => {
        if (error instanceof ApiError && error.code === "few_peer_reviews") setAsking(true);
      },
      { defer: true },
    ),
  );
  const peersText = () => t("evaluations.peersValue", { submitted: progress().peersSubmitted, total: progress().peersTotal });
  return (
    <Card title={t("result.setFinal")} titleId="set-final-title">
      <p class="muted">{t("result.setFinalIntro")}</p>
      <h3 id="final-reviews-title">{t("result.reviewsIn")}</h3>
      <dl class="details compact" aria-labelledby="final-reviews-title" data-testid="final-reviews">
        <dt>{t("result.reviewsSelf")}</dt>
        <dd>{reviewStateLabel(progress().self)}</dd>
        <dt>{t("result.reviewsSupervisor")}</dt>
        <dd>{reviewStateLabel(progress().supervisor)}</dd>
        <dt>{t("result.reviewsPeers")}</dt>
        <dd>{peersText()}</dd>
      </dl>
      <Show when={fewPeers()}>
        <div class="notice notice-warning" data-testid="few-peers">
          <p>
            <span aria-hidden="true">⚠ </span>
            {t("result.fewPeers", {
              submitted: progress().peersSubmitted,
              total: progress().peersTotal,
              minimum: MIN_PEERS_FOR_AVERAGE,
            })}
          </p>
        </div>
      </Show>
      <form
        method="post"
        class="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!rating()) return;
          if (fewPeers()) setAsking(true);
          else send(false);
        }}
      >
        <ErrorMessage
          error={submission.error instanceof ApiError && submission.error.code === "few_peer_reviews" ? undefined : submission.error}
          overrides={{ conflict: "error.changed_meanwhile" }}
        />
        <Show when={reviewMissing()}>
          <p>
            <A href={reviewHref(props.evaluation.id, "supervisor")}>{t("result.openReview")}</A>
          </p>
        </Show>
        <div class="field">
          <label for="final-rating">{t("result.finalRating")}</label>
          <select
            id="final-rating"
            name="rating"
            required
            onChange={(event) => setRating(event.currentTarget.value as FinalRating | "")}
          >
            <option value="">{t("result.chooseRating")}</option>
            <For each={FINAL_RATINGS}>{(value) => <option value={value}>{finalRatingLabel(value)}</option>}</For>
          </select>
        </div>
        <button type="submit" class="button" disabled={submission.pending}>
          {t("result.setFinal")}
        </button>
      </form>
      <ConfirmDialog
        open={asking()}
        title={t("result.fewPeersTitle")}
        message={
          <p>
            {t("result.fewPeersConfirm", {
              submitted: progress().peersSubmitted,
              total: progress().peersTotal,
              rating: finalRatingLabel(rating()),
            })}
          </p>
        }
        confirmLabel={t("result.fewPeersYes")}
        onConfirm={() => {
          setAsking(false);
          send(true);
        }}
        onCancel={() => setAsking(false)}
      />
    </Card>
  );
}
