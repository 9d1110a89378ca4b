import { A, action, createAsync, revalidate, useAction, useParams, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { api, ApiError } from "../api";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { evaluationHref, formatGapToStandard, MIN_PEERS_FOR_AVERAGE, reviewHref } from "../evaluation";
import { lang, t } from "../i18n";
import { cycleLabel, evaluationStatusLabel, finalRatingLabel, reviewStateLabel } from "../labels";
import { getCycleTeam, getEvaluation, getEvaluationResult, getMyEvaluations, getPlan } from "../queries";
import { me } from "../session";
import { FINAL_RATINGS, type Evaluation, type EvaluationResult, type FinalRating, type ResultItem } from "../types";

/** Highest score of the scale: bars are drawn as a share of it. */
const SCALE_MAX = 5;

/** `confirmFewPeers` once the supervisor has confirmed rating with fewer than two peer reviews in. */
export const finalizeAction = action(async (evaluationId: string, rating: FinalRating, confirmFewPeers: boolean) => {
  const done = await api.finalizeEvaluation(evaluationId, rating, confirmFewPeers);
  await revalidate([getEvaluationResult.key, getEvaluation.key, getCycleTeam.key, getMyEvaluations.key, getPlan.key]);
  return done;
}, "finalize-evaluation");

function formatScore(value: number): string {
  return new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value);
}

function Score(props: { value: number | null }) {
  return (
    <Show
      when={props.value !== null}
      fallback={
        <>
          <span aria-hidden="true">–</span>
          <span class="visually-hidden">{t("result.noScore")}</span>
        </>
      }
    >
      {formatScore(props.value!)}
    </Show>
  );
}

function ScoreTable(props: { id: string; title: string; items: ResultItem[] }) {
  return (
    <Show when={props.items.length > 0}>
      <section class="card" aria-labelledby={`${props.id}-title`}>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <div class="table-wrap">
          <table class="data-table stack-on-phone score-table">
            <caption class="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t("result.item")}</th>
                <th scope="col">{t("result.self")}</th>
                <th scope="col">{t("result.supervisor")}</th>
                <th scope="col">{t("result.peers")}</th>
                <th scope="col">{t("result.standard")}</th>
                <th scope="col">{t("result.gap")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.items}>
                {(item) => (
                  <tr>
                    <th scope="row" data-label={t("result.item")}>
                      {item.name}
                    </th>
                    <td data-label={t("result.self")} class="number">
                      <Score value={item.self} />
                    </td>
                    <td data-label={t("result.supervisor")} class="number">
                      <Score value={item.supervisor} />
                    </td>
                    <td data-label={t("result.peers")} class="number">
                      <Score value={item.peerAverage} />
                    </td>
                    <td data-label={t("result.standard")} class="number">
                      {formatScore(item.standard)}
                    </td>
                    <td data-label={t("result.gap")} class="number gap-cell">
                      <Show when={item.gapToStandard !== null} fallback={<Score value={null} />}>
                        <span classList={{ "state-below": item.gapToStandard! < 0, "state-ok": item.gapToStandard! >= 0 }}>
                          {formatGapToStandard(item.gapToStandard!)}
                        </span>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </section>
    </Show>
  );
}

type Series = "self" | "supervisor" | "peers" | "standard";

/**
 * Self, supervisor, peer average and standard per competency as bars. Each bar carries its
 * label and number in text, so neither colour nor length is the only way to read it; the
 * table above holds the same numbers.
 */
function CompetencyChart(props: { items: ResultItem[]; peersShown: boolean }) {
  const series = (): { key: Series; label: string; value: (item: ResultItem) => number | null }[] => [
    { key: "self", label: t("result.self"), value: (item) => item.self },
    { key: "supervisor", label: t("result.supervisor"), value: (item) => item.supervisor },
    ...(props.peersShown
      ? [{ key: "peers" as const, label: t("result.peers"), value: (item: ResultItem) => item.peerAverage }]
      : []),
    { key: "standard", label: t("result.standard"), value: (item) => item.standard },
  ];
  return (
    <Show when={props.items.length > 0}>
      <figure class="card score-chart" aria-labelledby="chart-title">
        <h2 id="chart-title">{t("result.chart")}</h2>
        <p class="hint">{t("result.chartHint")}</p>
        <ul class="chart-groups">
          <For each={props.items}>
            {(item) => (
              <li class="chart-group">
                <h3>{item.name}</h3>
                <dl class="chart-bars">
                  <For each={series()}>
                    {(entry) => {
                      const value = () => entry.value(item);
                      return (
                        <div class="chart-row">
                          <dt>{entry.label}</dt>
                          <dd>
                            <span class="bar-track" aria-hidden="true">
                              <span
                                class={`bar bar-${entry.key}`}
                                style={{ width: `${((value() ?? 0) / SCALE_MAX) * 100}%` }}
                              />
                            </span>
                            <span class="bar-value">
                              <Score value={value()} />
                            </span>
                          </dd>
                        </div>
                      );
                    }}
                  </For>
                </dl>
              </li>
            )}
          </For>
        </ul>
      </figure>
    </Show>
  );
}

function FinalRatingCard(props: { result: EvaluationResult }) {
  const submission = useSubmission(finalizeAction, ([id]) => id === props.result.id);
  return (
    <section class="card" aria-labelledby="final-rating-title">
      <h2 id="final-rating-title">{t("result.outcome")}</h2>
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
    </section>
  );
}

/**
 * The final rating, with the reviews that are in beside it. Fewer than two peer reviews in:
 * a warning, and the rating asks to be confirmed (the API refuses it unconfirmed, too).
 */
function FinalForm(props: { evaluation: Evaluation }) {
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
    <section class="card" aria-labelledby="set-final-title">
      <h2 id="set-final-title">{t("result.setFinal")}</h2>
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
    </section>
  );
}

function ResultView(props: { result: EvaluationResult; evaluation: Evaluation | undefined }) {
  const values = () => props.result.items.filter((item) => item.kind === "value");
  const competencies = () => props.result.items.filter((item) => item.kind === "competency");
  const isSupervisor = () => Boolean(me() && props.evaluation?.supervisorId === me()?.id);
  return (
    <article class="result-page">
      <p class="eyebrow">{cycleLabel(props.result.cycleId)}</p>
      <PageTitle>{t("result.title", { name: props.result.staffName })}</PageTitle>
      <div class="columns">
        <FinalRatingCard result={props.result} />
        <Show when={isSupervisor() && props.result.status === "open" && props.evaluation}>
          {(evaluation) => <FinalForm evaluation={evaluation()} />}
        </Show>
      </div>
      <Show
        when={props.result.peerAverageShown}
        fallback={
          <div class="notice notice-info peers-note" data-testid="peers-hidden">
            <p>{t("result.peersHidden")}</p>
            <p>{t("result.peersCount", { count: props.result.peersSubmitted })}</p>
          </div>
        }
      >
        <p class="muted">{t("result.peersCount", { count: props.result.peersSubmitted })}</p>
      </Show>
      <ScoreTable id="values" title={t("itemKind.value")} items={values()} />
      <ScoreTable id="competencies" title={t("itemKind.competency")} items={competencies()} />
      <p class="hint gap-hint">{t("result.gapHint")}</p>
      <CompetencyChart items={competencies()} peersShown={props.result.peerAverageShown} />
      <Show when={props.result.strengths || props.result.improvements}>
        <section class="card" aria-labelledby="remarks-title">
          <h2 id="remarks-title">{t("review.remarks")}</h2>
          <Show when={props.result.strengths}>
            <h3>{t("result.strengths")}</h3>
            <p class="prewrap">{props.result.strengths}</p>
          </Show>
          <Show when={props.result.improvements}>
            <h3>{t("result.improvements")}</h3>
            <p class="prewrap">{props.result.improvements}</p>
          </Show>
        </section>
      </Show>
      <p class="actions">
        <A href={evaluationHref(props.result.id, "rencana")} class="button">
          {t("result.openPlan")}
        </A>
        <A href={isSupervisor() ? "/evaluasi/tim" : "/evaluasi"} class="button secondary">
          {isSupervisor() ? t("result.backTeam") : t("review.back")}
        </A>
      </p>
    </article>
  );
}

function ResultContent(props: { id: string }) {
  const result = createAsync(() => getEvaluationResult(props.id));
  const evaluation = createAsync(() => getEvaluation(props.id));
  return <Show when={result()}>{(r) => <ResultView result={r()} evaluation={evaluation()} />}</Show>;
}

export default function EvaluationResultPage() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <ResultContent id={id} />}
    </Show>
  );
}
