import { t } from "../../i18n";

/** Prints the dashboard; the print style sheet leaves out the menu and the buttons. */
export function PrintButton() {
  return (
    <button type="button" class="button secondary no-print" onClick={() => window.print()}>
      {t("dash.print")}
    </button>
  );
}
