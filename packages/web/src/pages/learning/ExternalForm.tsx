// Reporting learning done outside the catalogue, for an admin to check.
import { action, useSubmission } from "@solidjs/router";
import { createEffect, on } from "solid-js";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { RequiredLegend, TextField } from "../../components/FormField";
import { t } from "../../i18n";
import { sourceLabel } from "../../labels";
import { Card } from "../../components/Card";
import { reportExternalAction } from "./data";

export function ExternalForm() {
  const submission = useSubmission(reportExternalAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (entry) => entry && formElement?.reset()));
  return (
    <Card title={t("learning.external")} titleId="external-title">
      <p class="muted">{t("learning.externalIntro")}</p>
      <form ref={formElement} action={reportExternalAction} method="post" class="form">
        <RequiredLegend />
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("learning.extDone")}</p>
        </SuccessMessage>
        <TextField id="external-title-input" name="title" label={t("learning.extTitle")} autocomplete="off" required error={submission.error} />
        <TextField
          id="external-institution"
          name="institution"
          label={t("learning.extInstitution")}
          autocomplete="off"
          required
          error={submission.error}
        />
        <div class="field">
          <label for="external-source">{t("learning.extSource")}</label>
          <select id="external-source" name="source" required>
            <option value="external">{sourceLabel("external")}</option>
            <option value="self_study">{sourceLabel("self_study")}</option>
          </select>
        </div>
        <div class="field-row">
          <TextField id="external-start" name="startDate" type="date" label={t("learning.extStart")} required error={submission.error} />
          <TextField id="external-end" name="endDate" type="date" label={t("learning.extEnd")} required error={submission.error} />
        </div>
        <TextField
          id="external-jp"
          name="jp"
          type="number"
          inputmode="numeric"
          min="1"
          label={t("learning.extJp")}
          hint={t("learning.extJpHint")}
          required
          error={submission.error}
        />
        <TextField
          id="external-evidence"
          name="evidence"
          label={t("learning.extEvidence")}
          autocomplete="off"
          minlength={3}
          required
          error={submission.error}
        />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("learning.extSubmit")}
        </button>
      </form>
    </Card>
  );
}
