import { createAsync, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { getEvaluation, getPlan } from "../../queries";
import { PlanView } from "./PlanView";

function PlanContent(props: { id: string }) {
  const plan = createAsync(() => getPlan(props.id));
  const evaluation = createAsync(() => getEvaluation(props.id));
  return (
    <Show when={plan()}>
      {(p) => <Show when={evaluation()}>{(e) => <PlanView plan={p()} evaluation={e()} />}</Show>}
    </Show>
  );
}

export default function DevelopmentPlan() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <PlanContent id={id} />}
    </Show>
  );
}
