import { For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { t } from "../../i18n";
import { topicStatusLabel } from "../../labels";
import { formatWita } from "../../time";
import type { Topic } from "../../types";

/** A topic's public status history, oldest first: each state, when, by whom, and why when a reason was given. */
export function TopicHistory(props: { history: Topic["history"] }) {
  return (
    <Card title={t("forum.history")} titleId="topic-history">
      <ol class="topic-history">
        <For each={props.history}>
          {(step) => (
            <li>
              <strong>{topicStatusLabel(step.status)}</strong> · {formatWita(step.at)} · {step.by}
              <Show when={step.reason}>{(reason) => <p>{reason()}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
    </Card>
  );
}
