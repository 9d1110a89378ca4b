// Reporting a topic or a comment, once per citizen; the third report hides the item pending moderation.
import { useSubmission } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { ErrorMessage } from "../../components/ErrorMessage";
import { SelectField } from "../../components/FormField";
import { t } from "../../i18n";
import { reportReasonLabel } from "../../labels";
import { REPORT_REASONS } from "../../types";
import { reportAction } from "./data";

export function ReportForm(props: { targetType: "topic" | "comment"; targetId: string; label: string }) {
  const [open, setOpen] = createSignal(false);
  const submission = useSubmission(reportAction, ([form]) => (form as FormData).get("targetId") === props.targetId);
  const id = () => `report-${props.targetId.replace(/[^\w-]/g, "-")}`;
  return (
    <div class="report">
      <Show
        when={!submission.result}
        fallback={
          <p class="muted" role="status">
            {submission.result?.hidden ? t("forum.reportedHidden") : t("forum.reported")}
          </p>
        }
      >
        <Show
          when={open()}
          fallback={
            <button type="button" class="button-link" onClick={() => setOpen(true)}>
              {props.label}
            </button>
          }
        >
          <form action={reportAction} method="post" class="form report-form" aria-label={props.label}>
            <ErrorMessage error={submission.error} />
            <input type="hidden" name="targetType" value={props.targetType} />
            <input type="hidden" name="targetId" value={props.targetId} />
            <SelectField
              id={`${id()}-reason`}
              name="reason"
              label={t("forum.reportReason")}
              placeholder={t("forum.chooseReason")}
              options={REPORT_REASONS.map((value) => ({ value, label: reportReasonLabel(value) }))}
              required
            />
            <button type="submit" class="button secondary" disabled={submission.pending}>
              {t("forum.sendReport")}
            </button>
            <button type="button" class="button-link" onClick={() => setOpen(false)}>
              {t("forum.cancel")}
            </button>
          </form>
        </Show>
      </Show>
    </div>
  );
}
