// The admin's controls on a course page: status, copy, roster.
import { A, action, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { t } from "../../i18n";
import { courseStatusLabel } from "../../labels";
import { type Course, type CourseStatus } from "../../types";
import { Card } from "../../components/Card";
import { courseStatusAction, copyCourseAction } from "./actions";

/** Which way a course may go from where it is. */
function nextStatuses(status: CourseStatus): { status: CourseStatus; label: string }[] {
  switch (status) {
    case "draft":
      return [{ status: "published", label: t("course.publish") }];
    case "published":
      return [{ status: "ongoing", label: t("course.start") }];
    case "ongoing":
      return [{ status: "completed", label: t("course.finish") }];
    default:
      return [];
  }
}

export function AdminPanel(props: { course: Course }) {
  const statusSubmission = useSubmission(courseStatusAction, ([id]) => id === props.course.id);
  const copySubmission = useSubmission(copyCourseAction, ([id]) => id === props.course.id);
  const [confirmCancel, setConfirmCancel] = createSignal(false);
  createEffect(on(() => props.course.status, () => setConfirmCancel(false), { defer: true }));
  const cancellable = () => !["completed", "cancelled"].includes(props.course.status);
  const id = () => encodeURIComponent(props.course.id);

  return (
    <Card title={t("course.manage")} titleId="manage-title">
      <p class="actions">
        <A href={`/admin/kursus/${id()}/ubah`} class="button secondary">
          {t("course.edit")}
        </A>
        <A href={`/admin/kursus/${id()}/peserta`} class="button secondary">
          {t("course.roster")}
        </A>
      </p>

      <form action={courseStatusAction.with(props.course.id)} method="post" class="form status-form">
        <ErrorMessage error={statusSubmission.error} />
        <SuccessMessage when={statusSubmission.result}>
          <p>{t("course.statusChanged", { status: courseStatusLabel(statusSubmission.result?.status) })}</p>
        </SuccessMessage>
        <div class="actions">
          <For each={nextStatuses(props.course.status)}>
            {(next) => (
              <button type="submit" name="status" value={next.status} class="button" disabled={statusSubmission.pending}>
                {next.label}
              </button>
            )}
          </For>
          <Show when={cancellable() && !confirmCancel()}>
            <button type="button" class="button secondary" onClick={() => setConfirmCancel(true)}>
              {t("course.cancelCourse")}
            </button>
          </Show>
        </div>
        <Show when={cancellable() && confirmCancel()}>
          <div class="notice notice-error confirm" role="group" aria-labelledby="cancel-question">
            <p id="cancel-question">{t("course.cancelConfirm")}</p>
            <div class="actions">
              <button type="submit" name="status" value="cancelled" class="button danger" disabled={statusSubmission.pending}>
                {t("course.cancelYes")}
              </button>
              <button type="button" class="button secondary" onClick={() => setConfirmCancel(false)}>
                {t("course.cancelNo")}
              </button>
            </div>
          </div>
        </Show>
      </form>

      <form action={copyCourseAction.with(props.course.id)} method="post" class="form copy-form">
        <h3>{t("course.copy")}</h3>
        <ErrorMessage error={copySubmission.error} overrides={{ conflict: "course.copyExists" }} />
        <SuccessMessage when={copySubmission.result}>
          <Show when={copySubmission.result}>
            {(copy) => (
              <p>
                {t("course.copied", { year: copy().year })}{" "}
                <A href={`/admin/kursus/${encodeURIComponent(copy().id)}/ubah`}>{t("course.openCopy")}</A>
              </p>
            )}
          </Show>
        </SuccessMessage>
        <div class="field">
          <label for="copy-year">{t("course.copyYear")}</label>
          <input
            id="copy-year"
            name="year"
            type="number"
            inputmode="numeric"
            min={props.course.year + 1}
            value={props.course.year + 1}
            required
          />
        </div>
        <button type="submit" class="button secondary" disabled={copySubmission.pending}>
          {t("course.copySubmit")}
        </button>
      </form>
    </Card>
  );
}
