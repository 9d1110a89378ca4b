import { A, action, createAsync, revalidate, useAction, useParams, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, Index, on, Show } from "solid-js";
import { api, ApiError } from "../api";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ErrorMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { evaluationHref } from "../evaluation";
import { text, type FormInput } from "../forms";
import { t, type MessageKey } from "../i18n";
import { cycleLabel, reviewKindLabel } from "../labels";
import {
  getCycleTeam,
  getEvaluation,
  getEvaluationResult,
  getMyEvaluations,
  getPlan,
  getReview,
  getReviewTasks,
} from "../queries";
import { formatWita } from "../time";
import type { Rating, Review, ReviewFormItem, ReviewItemKind } from "../types";

const SCORES = [1, 2, 3, 4, 5] as const;
const COMMENT_FIELD = "comment:";
const SCORE_FIELD = "score:";

/** Every item has a comment box, so the comment fields name all the items; a comment goes only with a score. */
export function readRatings(form: FormInput): Record<string, Rating> {
  const ids = Array.from(new Set<string>(form.keys()))
    .filter((name) => name.startsWith(COMMENT_FIELD))
    .map((name) => name.slice(COMMENT_FIELD.length));
  const ratings: Record<string, Rating> = {};
  for (const id of ids) {
    const score = text(form, `${SCORE_FIELD}${id}`);
    if (!score) continue;
    const comment = text(form, `${COMMENT_FIELD}${id}`);
    ratings[id] = { score: Number(score), ...(comment ? { comment } : {}) };
  }
  return ratings;
}

/** Save a draft or send: the pressed button says which. */
export const saveReviewAction = action(async (evaluationId: string, reviewId: string, form: FormInput) => {
  const submit = text(form, "do") === "submit";
  const saved = await api.saveReview(evaluationId, reviewId, {
    ratings: readRatings(form),
    strengths: text(form, "strengths"),
    improvements: text(form, "improvements"),
    submit,
  });
  await revalidate([
    getReview.key,
    getReviewTasks.key,
    getMyEvaluations.key,
    getEvaluation.key,
    getEvaluationResult.key,
    getCycleTeam.key,
    getPlan.key,
  ]);
  return { ...saved, submitted: submit };
}, "save-review");

const scoreId = (itemId: string, score: number) => `score-${itemId}-${score}`;

function titleOf(review: Review): string {
  if (review.kind === "self") return t("review.titleSelf");
  return t(review.kind === "supervisor" ? "review.titleSupervisor" : "review.titlePeer", { name: review.subjectName });
}

function stateText(review: Review): string {
  if (review.state === "submitted") return t("review.stateSubmitted");
  if (review.state === "missed") return t("review.stateMissed");
  return review.draft ? t("review.stateDraft") : t("review.stateNew");
}

/** The missing item ids of an `incomplete_review` refusal, else null. */
function missingOf(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== "incomplete_review") return null;
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  return Array.isArray(missing) ? missing.filter((id): id is string => typeof id === "string") : [];
}

function RatingItem(props: {
  item: ReviewFormItem;
  rating: Rating | undefined;
  locked: boolean;
  missing: boolean;
  onRated: (itemId: string) => void;
}) {
  const id = () => props.item.id;
  const errorId = () => `item-${id()}-error`;
  const levels = () => props.item.levels ?? [];
  const descriptorId = (score: number) => `level-${id()}-${score}`;
  const levelOf = (score: number) => levels().find((level) => level.level === score);
  return (
    <fieldset
      class="rating-item"
      classList={{ invalid: props.missing }}
      id={`item-${id()}`}
      aria-describedby={props.missing ? errorId() : undefined}
    >
      <legend>{props.item.name}</legend>
      <Show when={props.missing}>
        <p class="field-error" id={errorId()}>
          <span aria-hidden="true">⚠ </span>
          {t("review.notRated")}
        </p>
      </Show>
      {/* A competency lists its five levels, each with the framework's descriptor beside its choice. */}
      <div class="scale" classList={{ "scale-levels": levels().length > 0 }}>
        <For each={SCORES}>
          {(score) => (
            <div class="scale-option">
              <input
                type="radio"
                id={scoreId(id(), score)}
                name={`${SCORE_FIELD}${id()}`}
                value={score}
                checked={props.rating?.score === score}
                disabled={props.locked}
                aria-describedby={levelOf(score) ? descriptorId(score) : undefined}
                onChange={() => props.onRated(id())}
              />
              <label for={scoreId(id(), score)}>
                {t("review.scoreOption", { score, label: t(`score.${score}` as MessageKey) })}
              </label>
              <Show when={levelOf(score)}>
                {(level) => (
                  <p class="level-descriptor" id={descriptorId(score)}>
                    <strong>{t("review.levelName", { level: level().level, name: level().name })}</strong>{" "}
                    {level().descriptor}
                  </p>
                )}
              </Show>
            </div>
          )}
        </For>
      </div>
      {/* Folded until used; the box stays in the form, so a draft keeps what was written. */}
      <Show when={!props.locked || props.rating?.comment}>
        <details class="comment-toggle" open={Boolean(props.rating?.comment)}>
          <summary>{t("review.addComment")}</summary>
          <div class="field">
            <label for={`comment-${id()}`}>{t("review.comment")}</label>
            <textarea
              id={`comment-${id()}`}
              name={`${COMMENT_FIELD}${id()}`}
              class="prose"
              rows={2}
              maxlength={1000}
              value={props.rating?.comment ?? ""}
              disabled={props.locked}
            />
          </div>
        </details>
      </Show>
    </fieldset>
  );
}

function ItemGroup(props: {
  kind: ReviewItemKind;
  review: Review;
  locked: boolean;
  missing: string[];
  onRated: (itemId: string) => void;
}) {
  const items = () => props.review.items.filter((item) => item.kind === props.kind);
  return (
    <Show when={items().length > 0}>
      <fieldset class="card-fieldset">
        <legend>{t(`itemKind.${props.kind}`)}</legend>
        <p class="hint">{t(props.kind === "value" ? "itemKind.valueIntro" : "itemKind.competencyIntro")}</p>
        <Index each={items()}>
          {(item) => (
            <RatingItem
              item={item()}
              rating={props.review.ratings[item().id]}
              locked={props.locked}
              missing={props.missing.includes(item().id)}
              onRated={props.onRated}
            />
          )}
        </Index>
      </fieldset>
    </Show>
  );
}

function ReviewForm(props: { review: Review }) {
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

function ReviewContent(props: { id: string; reviewId: string }) {
  const review = createAsync(() => getReview(props.id, props.reviewId));
  return <Show when={review()}>{(r) => <ReviewForm review={r()} />}</Show>;
}

export default function ReviewPage() {
  const params = useParams<{ id: string; reviewId: string }>();
  // Another review is another form: nothing marked on one carries over.
  return (
    <Show when={`${params.id ?? ""}\n${params.reviewId ?? ""}`} keyed>
      {(key) => {
        const [id, reviewId] = key.split("\n");
        return <ReviewContent id={id ?? ""} reviewId={reviewId ?? ""} />;
      }}
    </Show>
  );
}
