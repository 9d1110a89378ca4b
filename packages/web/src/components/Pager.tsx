import { createSignal, Show } from "solid-js";
import { t } from "../i18n";

export interface PagerProps {
  /** Names the list the pager moves through. */
  label: string;
  page: number;
  hasPrevious: boolean;
  /** The next page's cursor; no cursor, no next page. */
  next: string | null | undefined;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
}

/** Previous / page n / next over a cursor-paged list. */
export function Pager(props: PagerProps) {
  return (
    <nav class="pager" aria-label={props.label}>
      <button type="button" class="button secondary" disabled={!props.hasPrevious} onClick={() => props.onPrevious()}>
        {t("directory.previous")}
      </button>
      <span class="muted" aria-live="polite">
        {t("directory.page", { page: props.page })}
      </span>
      <button
        type="button"
        class="button secondary"
        disabled={!props.next}
        onClick={() => {
          if (props.next) props.onNext(props.next);
        }}
      >
        {t("directory.next")}
      </button>
    </nav>
  );
}

/** The cursors of a cursor-paged list: the current page's cursor, and moving back, on, or to the start. */
export function createCursorPages() {
  // Cursors of the pages up to the current one; the first page has none.
  const [cursors, setCursors] = createSignal<(string | null)[]>([null]);
  return {
    cursor: () => cursors()[cursors().length - 1] ?? null,
    page: () => cursors().length,
    restart: () => setCursors([null]),
    previous: () => setCursors(cursors().slice(0, -1)),
    next: (cursor: string) => setCursors([...cursors(), cursor]),
  };
}
export type CursorPages = ReturnType<typeof createCursorPages>;

/** A Pager over cursor pages; nothing while the list fits on one page. */
export function CursorPager(props: { label: string; pages: CursorPages; next: string | null | undefined }) {
  return (
    <Show when={props.pages.page() > 1 || props.next}>
      <Pager
        label={props.label}
        page={props.pages.page()}
        hasPrevious={props.pages.page() > 1}
        next={props.next}
        onPrevious={props.pages.previous}
        onNext={props.pages.next}
      />
    </Show>
  );
}
