import { createEffect, createUniqueId, on, Show, type JSX } from "solid-js";
import { t } from "../i18n";

/**
 * A modal question before an action that cannot be undone: a native <dialog>. Opening it
 * moves the keyboard to the confirm button; Escape or the cancel button calls onCancel; on
 * closing, the keyboard returns to where it was (the button that asked).
 */
export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  message: JSX.Element | string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  let dialog: HTMLDialogElement | undefined;
  let confirmButton: HTMLButtonElement | undefined;
  let returnFocus: HTMLElement | null = null;
  const titleId = `confirm-${createUniqueId()}`;

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!dialog) return;
        if (open && !dialog.open) {
          returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          // Browsers without showModal (older ones, test DOMs) still show it, just not modal.
          if (typeof dialog.showModal === "function") dialog.showModal();
          else dialog.setAttribute("open", "");
          queueMicrotask(() => confirmButton?.focus());
        } else if (!open && dialog.open) {
          if (typeof dialog.close === "function") dialog.close();
          else dialog.removeAttribute("open");
          if (returnFocus?.isConnected) returnFocus.focus();
          returnFocus = null;
        }
      },
    ),
  );

  return (
    <dialog
      ref={dialog}
      class="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: the parent decides (it sets open to false).
        event.preventDefault();
        props.onCancel();
      }}
    >
      <Show when={props.open}>
        <h2 id={titleId}>{props.title}</h2>
        <div class="confirm-message">{props.message}</div>
        <div class="actions">
          <button ref={confirmButton} type="button" class="button" onClick={() => props.onConfirm()}>
            {props.confirmLabel}
          </button>
          <button type="button" class="button secondary" onClick={() => props.onCancel()}>
            {t("confirm.cancel")}
          </button>
        </div>
      </Show>
    </dialog>
  );
}
