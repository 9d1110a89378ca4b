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
