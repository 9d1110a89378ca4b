import type { JSX } from "solid-js";

/** What a list says when it has nothing to show. */
export function EmptyState(props: { children: JSX.Element; testId?: string }) {
  return (
    <p class="empty" data-testid={props.testId}>
      {props.children}
    </p>
  );
}
