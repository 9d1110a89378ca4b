import { createEffect, createUniqueId, on, onCleanup, Show, type JSX } from "solid-js";
import { t } from "../i18n";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: JSX.Element | string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asks before an action that cannot be undone. Shown in place (an alert dialog, not a modal
 * layer): on opening, focus moves to "cancel", the safe choice; Escape cancels; on closing,
 * focus goes back to where it was (usually the button that opened it).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const titleId = createUniqueId();
  const messageId = createUniqueId();
  let cancelButton: HTMLButtonElement | undefined;
  let returnTo: HTMLElement | null = null;

  createEffect(
    on(
      () => props.open,
      (open, wasOpen) => {
        if (open) {
          returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          queueMicrotask(() => cancelButton?.focus());
        } else if (wasOpen) {
          const target = returnTo;
          returnTo = null;
          queueMicrotask(() => {
            if (target?.isConnected) target.focus();
          });
        }
      },
    ),
  );
  onCleanup(() => {
    returnTo = null;
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    }
  };

  return (
    <Show when={props.open}>
      <div
        class="notice confirm-dialog"
        role="alertdialog"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={onKeyDown}
      >
        <p id={titleId} class="confirm-title">
          <strong>{props.title}</strong>
        </p>
        <div id={messageId} class="confirm-message">
          {typeof props.message === "string" ? <p>{props.message}</p> : props.message}
        </div>
        <div class="actions">
          <button type="button" class="button" onClick={() => props.onConfirm()}>
            {props.confirmLabel}
          </button>
          <button ref={cancelButton} type="button" class="button secondary" onClick={() => props.onCancel()}>
            {t("confirm.cancel")}
          </button>
        </div>
      </div>
    </Show>
  );
}
