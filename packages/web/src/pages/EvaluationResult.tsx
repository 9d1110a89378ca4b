import { A, action, createAsync, revalidate, useParams, useSubmission } from "@solidjs/router";
import { For, Show } from "solid-js";
import { api, ApiError } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { evaluationHref, reviewHref } from "../evaluation";
import { text, type FormInput } from "../forms";
import { lang, t } from "../i18n";
import { cycleLabel, evaluationStatusLabel, finalRatingLabel } from "../labels";
import { getCycleTeam, getEvaluation, getEvaluationResult, getMyEvaluations, getPlan } from "../queries";
import { me } from "../session";
import { FINAL_RATINGS, type Evaluation, type EvaluationResult, type FinalRating, type ResultItem } from "../types";

/** Highest score of the scale: bars are drawn as a share of it. */
const SCALE_MAX = 5;

export const finalizeAction = action(async (evaluationId: string, form: FormInput) => {
  const done = await api.finalizeEvaluation(evaluationId, text(form, "rating") as FinalRating);
  await revalidate([getEvaluationResult.key, getEvaluation.key, getCycleTeam.key, getMyEvaluations.key, getPlan.key]);
  return done;
}, "finalize-evaluation");

function formatScore(value: number): string {
  return new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { maximumFractionDigits: 1 }).format(value);
}

/** A gap above zero is below the standard; the sign says which way. */
function formatGap(gap: number): string {
  const magnitude = formatScore(Math.abs(gap));
  return gap > 0 ? `+${magnitude}` : gap < 0 ? `−${magnitude}` : magnitude;
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
                    <td data-label={t("result.gap")} class="number">
                      <Show when={item.gap !== null} fallback={<Score value={null} />}>
                        <span classList={{ "state-below": item.gap! > 0, "state-ok": item.gap! <= 0 }}>
                          {formatGap(item.gap!)}
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

function FinalForm(props: { evaluation: Evaluation }) {
  const submission = useSubmission(finalizeAction, ([id]) => id === props.evaluation.id);
  const reviewMissing = () =>
    props.evaluation.progress.supervisor !== "submitted" ||
    (submission.error instanceof ApiError && submission.error.code === "supervisor_review_missing");
  return (
    <section class="card" aria-labelledby="set-final-title">
      <h2 id="set-final-title">{t("result.setFinal")}</h2>
      <p class="muted">{t("result.setFinalIntro")}</p>
      <form action={finalizeAction.with(props.evaluation.id)} method="post" class="form">
        <ErrorMessage error={submission.error} overrides={{ conflict: "error.changed_meanwhile" }} />
        <Show when={reviewMissing()}>
          <p>
            <A href={reviewHref(props.evaluation.id, "supervisor")}>{t("result.openReview")}</A>
          </p>
        </Show>
        <div class="field">
          <label for="final-rating">{t("result.finalRating")}</label>
          <select id="final-rating" name="rating" required>
            <option value="">{t("result.chooseRating")}</option>
            <For each={FINAL_RATINGS}>{(rating) => <option value={rating}>{finalRatingLabel(rating)}</option>}</For>
          </select>
        </div>
        <button type="submit" class="button" disabled={submission.pending}>
          {t("result.setFinal")}
        </button>
      </form>
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
