import { createEffect, createUniqueId, on, Show, type JSX } from "solid-js";
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
 * Asks before an action that cannot be undone: a native modal <dialog> in the alert-dialog role.
 * Opening it moves the keyboard to "cancel", the safe choice; Escape or cancel calls onCancel;
 * on closing, the keyboard returns to where it was (usually the button that asked).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  let dialog: HTMLDialogElement | undefined;
  let cancelButton: HTMLButtonElement | undefined;
  let returnFocus: HTMLElement | null = null;
  const titleId = `confirm-${createUniqueId()}`;
  const messageId = `${titleId}-message`;

  createEffect(
    on(
      () => props.open,
      (open) => {
        if (!dialog) return;
        // The attribute, not the property: test DOMs may lack the property.
        const shown = dialog.hasAttribute("open");
        if (open && !shown) {
          returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          // Where showModal is missing (older browsers, test DOMs) it still shows, just not modal.
          if (typeof dialog.showModal === "function") dialog.showModal();
          else dialog.setAttribute("open", "");
          queueMicrotask(() => cancelButton?.focus());
        } else if (!open && shown) {
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
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      // Escape cancels; the parent decides (it sets open to false). Handled on keydown too,
      // where a browser or test DOM sends no cancel event.
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        props.onCancel();
      }}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <Show when={props.open}>
        <h2 id={titleId}>{props.title}</h2>
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
      </Show>
    </dialog>
  );
}
