import { Show, createUniqueId, type JSX } from "solid-js";
import { Dynamic } from "solid-js/web";

export interface CardProps {
  /** The card's heading; a card with one is a section named by it. */
  title?: JSX.Element;
  /** The heading's id (tests, links and forms refer to some); one is made up otherwise. */
  titleId?: string;
  headingLevel?: 2 | 3;
  /** Extra classes next to "card". */
  class?: string;
  testId?: string;
  /** The element's id (a link target such as "#tambah"). */
  id?: string;
  /** The element; by default a `<section>` when titled, a `<div>` otherwise. */
  as?: "section" | "div" | "article";
  /** Receives the heading, which then takes focus programmatically (tabindex -1). */
  headingRef?: (element: HTMLHeadingElement) => void;
  children?: JSX.Element;
}

/** The app's one card: a bordered box, usually a section named by its own heading. */
export function Card(props: CardProps) {
  const fallbackId = createUniqueId();
  const titled = () => props.title !== undefined;
  const headingId = () => props.titleId ?? `card-${fallbackId}`;
  return (
    <Dynamic
      component={props.as ?? (titled() ? "section" : "div")}
      class={["card", props.class].filter(Boolean).join(" ")}
      aria-labelledby={titled() ? headingId() : undefined}
      data-testid={props.testId}
      id={props.id}
    >
      <Show when={titled()}>
        <Dynamic
          component={props.headingLevel === 3 ? "h3" : "h2"}
          id={headingId()}
          ref={props.headingRef}
          tabindex={props.headingRef ? "-1" : undefined}
        >
          {props.title}
        </Dynamic>
      </Show>
      {props.children}
    </Dynamic>
  );
}
