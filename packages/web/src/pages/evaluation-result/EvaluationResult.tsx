import { A, createAsync, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { evaluationHref } from "../../evaluation";
import { t } from "../../i18n";
import { cycleLabel } from "../../labels";
import { getEvaluation, getEvaluationResult } from "../../queries";
import { me } from "../../session";
import { type Evaluation, type EvaluationResult } from "../../types";
import { Card } from "../../components/Card";
import { ScoreTable } from "./ScoreTable";
import { CompetencyChart } from "./CompetencyChart";
import { FinalRatingCard, FinalForm } from "./FinalRating";

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
        <Card title={t("review.remarks")} titleId="remarks-title">
          <Show when={props.result.strengths}>
            <h3>{t("result.strengths")}</h3>
            <p class="prewrap">{props.result.strengths}</p>
          </Show>
          <Show when={props.result.improvements}>
            <h3>{t("result.improvements")}</h3>
            <p class="prewrap">{props.result.improvements}</p>
          </Show>
        </Card>
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
