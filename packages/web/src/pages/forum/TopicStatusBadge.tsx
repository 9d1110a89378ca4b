import { topicStatusLabel } from "../../labels";
import type { TopicStatus } from "../../types";

export function TopicStatusBadge(props: { status: TopicStatus }) {
  return <span class={`badge topic-status-${props.status}`}>{topicStatusLabel(props.status)}</span>;
}
