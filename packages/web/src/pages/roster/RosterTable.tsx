// The participants of a course with their attendance, and the admin's completion and withdrawal.
import { A, useAction, useSubmission } from "@solidjs/router";
import { createMemo, createSignal, mapArray, Show } from "solid-js";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { text } from "../../forms";
import { t } from "../../i18n";
import { enrollmentStatusLabel } from "../../labels";
import { isAdmin } from "../../session";
import { formatDay, formatWita } from "../../time";
import type { CompletionResult, Course, Enrollment } from "../../types";
import { DataTable, type Column } from "../../components/DataTable";
import { attendanceAction, completionAction, rosterWithdrawAction, sortedSessions, ATTENDING } from "./data";

/** What the admin is about to do to one participant, waiting for their confirmation. */
type PendingChange =
  | { kind: "complete"; enrollment: Enrollment; attended: boolean; score: string }
  | { kind: "withdraw"; enrollment: Enrollment };

function CompletionForm(props: {
  course: Course;
  enrollment: Enrollment;
  onClose: () => void;
  onSubmit: (attended: boolean, score: string) => void;
}) {
  const submission = useSubmission(
    completionAction,
    ([courseId, staffId]) => courseId === props.course.id && staffId === props.enrollment.staffId,
  );
  const prefix = () => `complete-${props.enrollment.staffId}`;
  // The JP and the certificate cannot be taken back: the form asks for a confirmation first.
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    props.onSubmit(text(form, "attended") !== "no", text(form, "score"));
  };
  return (
    <form
      onSubmit={submit}
      class="form completion-form"
      aria-label={t("roster.completeFor", { name: props.enrollment.staffName })}
    >
      <ErrorMessage error={submission.error} />
      <fieldset class="field checkboxes">
        <legend>{t("roster.attended")}</legend>
        <div class="checkbox">
          <input type="radio" id={`${prefix()}-yes`} name="attended" value="yes" checked />
          <label for={`${prefix()}-yes`}>{t("roster.attendedYes")}</label>
        </div>
        <div class="checkbox">
          <input type="radio" id={`${prefix()}-no`} name="attended" value="no" />
          <label for={`${prefix()}-no`}>{t("roster.attendedNo")}</label>
        </div>
      </fieldset>
      <div class="field">
        <label for={`${prefix()}-score`}>{t("roster.score")}</label>
        <input id={`${prefix()}-score`} name="score" type="number" inputmode="numeric" min="0" max="100" step="1" />
      </div>
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending}>
          {t("roster.completeSubmit")}
        </button>
        <button type="button" class="button secondary" onClick={props.onClose}>
          {t("roster.cancelForm")}
        </button>
      </div>
    </form>
  );
}

function confirmation(course: Course, change: PendingChange) {
  const name = change.enrollment.staffName;
  if (change.kind === "complete") {
    return change.attended
      ? {
          title: t("roster.completeConfirmTitle", { name }),
          message: t("roster.completeConfirm", { name, course: course.title, jp: course.jp }),
          confirmLabel: t("roster.completeYes", { jp: course.jp }),
        }
      : {
          title: t("roster.absentConfirmTitle", { name }),
          message: t("roster.absentConfirm", { name, course: course.title }),
          confirmLabel: t("roster.absentYes"),
        };
  }
  return change.enrollment.status === "waitlisted"
    ? {
        title: t("roster.leaveWaitlistTitle", { name }),
        message: t("roster.leaveWaitlistConfirm", { name, course: course.title, position: change.enrollment.position ?? "?" }),
        confirmLabel: t("roster.withdrawYes"),
      }
    : {
        title: t("roster.withdrawConfirmTitle", { name }),
        message: t("roster.withdrawConfirm", { name, course: course.title }),
        confirmLabel: t("roster.withdrawYes"),
      };
}

/** What completion takes, and from when, as the API enforces it. */
function CompletionRule(props: { course: Course }) {
  const notOver = () => Date.now() < Date.parse(props.course.endsAt);
  return (
    <p class="hint" data-testid="completion-rule">
      {t("roster.requirement", { required: props.course.sessionsToAttend, sessions: props.course.sessions.length })}
      <Show when={notOver()}> {t("roster.notFinished", { endsAt: formatWita(props.course.endsAt) })}</Show>
    </p>
  );
}

function StatusCell(props: { enrollment: Enrollment }) {
  return (
    <>
      <Show
        when={props.enrollment.status === "waitlisted" && props.enrollment.position}
        fallback={enrollmentStatusLabel(props.enrollment.status)}
      >
        {(position) => t("course.waitlistedStatus", { position: position() })}
      </Show>
      <Show when={props.enrollment.score !== undefined && props.enrollment.score !== null}>
        <span class="block muted">{t("roster.scoreValue", { score: props.enrollment.score ?? "" })}</span>
      </Show>
      <Show when={props.enrollment.certificateCode}>
        {(code) => (
          <span class="block">
            <A href={`/sertifikat/${encodeURIComponent(code())}`}>{t("roster.certificate", { code: code() })}</A>
          </span>
        )}
      </Show>
    </>
  );
}

export function RosterTable(props: { course: Course; items: Enrollment[] }) {
  const admin = () => isAdmin();
  const sessions = () => sortedSessions(props.course);
  const [completing, setCompleting] = createSignal<string | null>(null);
  const setAttendance = useAction(attendanceAction);
  const withdraw = useAction(rosterWithdrawAction);
  const complete = useAction(completionAction);
  const [pending, setPending] = createSignal<PendingChange | null>(null);
  const asked = () => {
    const change = pending();
    return change ? confirmation(props.course, change) : undefined;
  };
  const confirm = () => {
    const change = pending();
    setPending(null);
    if (!change) return;
    if (change.kind === "withdraw") {
      void withdraw(props.course.id, change.enrollment.staffId).catch(() => undefined);
      return;
    }
    const form = new FormData();
    form.set("attended", change.attended ? "yes" : "no");
    form.set("score", change.score);
    void complete(props.course.id, change.enrollment.staffId, form).catch(() => undefined);
  };
  const attendance = useSubmission(attendanceAction);
  const withdrawal = useSubmission(rosterWithdrawAction);
  const completion = useSubmission(completionAction, ([courseId]) => courseId === props.course.id);
  const nameOf = (staffId: string) => props.items.find((item) => item.staffId === staffId)?.staffName ?? staffId;
  const completed = () => completion.result as (CompletionResult & { staffId: string }) | undefined;

  const first: Column<Enrollment>[] = [
    { header: () => t("field.name"), rowHeader: true, cell: (enrollment) => enrollment.staffName },
    { header: () => t("field.nip"), align: "nip", cell: (enrollment) => enrollment.staffNip },
    { header: () => t("field.unit"), cell: (enrollment) => enrollment.unitName },
    { header: () => t("roster.status"), cell: (enrollment) => <StatusCell enrollment={enrollment} /> },
  ];
  // One column per session, kept per session so a roster refresh keeps the checkbox in focus.
  const sessionColumns = mapArray(
    sessions,
    (session, index): Column<Enrollment> =>
    ({
      header: () => t("course.session", { n: index() + 1 }),
      headerContent: () => (
        <>
          {t("course.session", { n: index() + 1 })}
          <span class="block muted">{formatDay(session.startsAt)}</span>
        </>
      ),
      cell: (enrollment) => (
        <Show when={ATTENDING.includes(enrollment.status)} fallback={<span aria-hidden="true">—</span>}>
          <div class="checkbox">
            <input
              type="checkbox"
              id={`attend-${enrollment.staffId}-${session.id}`}
              aria-label={t("roster.present", { n: index() + 1, name: enrollment.staffName })}
              checked={enrollment.attendance?.[session.id] === true}
              disabled={!admin() || attendance.pending}
              onChange={(event) =>
                void setAttendance(
                  props.course.id,
                  enrollment.staffId,
                  session.id,
                  event.currentTarget.checked,
                ).catch(() => undefined)
              }
            />
            <label for={`attend-${enrollment.staffId}-${session.id}`}>{t("roster.presentShort")}</label>
          </div>
        </Show>
      ),
    }),
  );
  const last: Column<Enrollment>[] = [
    {
      header: () => t("roster.actions"),
      when: admin,
      cell: (enrollment) => (
        <>
        <Show when={completing() === enrollment.staffId && enrollment.status === "enrolled"}>
          <CompletionForm
            course={props.course}
            enrollment={enrollment}
            onClose={() => setCompleting(null)}
            onSubmit={(attended, score) => setPending({ kind: "complete", enrollment, attended, score })}
          />
        </Show>
        <div class="actions compact">
          <Show when={enrollment.status === "enrolled" && completing() !== enrollment.staffId}>
            <button
              type="button"
              class="button"
              aria-label={t("roster.completeFor", { name: enrollment.staffName })}
              onClick={() => setCompleting(enrollment.staffId)}
            >
              {t("roster.complete")}
            </button>
          </Show>
          <Show when={enrollment.status === "enrolled" || enrollment.status === "waitlisted"}>
            <button
              type="button"
              class="button secondary"
              aria-label={t("roster.withdrawFor", { name: enrollment.staffName })}
              disabled={withdrawal.pending}
              onClick={() => setPending({ kind: "withdraw", enrollment })}
            >
              {t("roster.withdraw")}
            </button>
          </Show>
        </div>
        </>
      ),
    },
  ];
  const columns = createMemo(() => [...first, ...sessionColumns(), ...last]);
  return (
    <>
      <Show when={admin()}>
        <CompletionRule course={props.course} />
      </Show>
      <ConfirmDialog
        open={pending() !== null}
        title={asked()?.title ?? ""}
        message={asked()?.message ?? ""}
        confirmLabel={asked()?.confirmLabel ?? ""}
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
      <ErrorMessage error={attendance.error ?? withdrawal.error} />
      <SuccessMessage when={completed()}>
        <Show when={completed()}>
          {(result) => (
            <p data-testid="completion-result">
              <Show
                when={result().status === "completed" && (result() as { certificateCode: string; jp: number })}
                fallback={t("roster.absentDone", { name: nameOf(result().staffId) })}
              >
                {(done) => (
                  <>
                    {t("roster.completedDone", { name: nameOf(result().staffId), jp: done().jp })}{" "}
                    <strong>{t("roster.certificate", { code: done().certificateCode })}</strong>
                  </>
                )}
              </Show>
            </p>
          )}
        </Show>
      </SuccessMessage>
      <SuccessMessage when={withdrawal.result}>
        <p>{t("roster.withdrawnDone", { name: nameOf(withdrawal.result?.staffId ?? "") })}</p>
      </SuccessMessage>
      <Show when={props.items.length > 0} fallback={<p class="empty">{t("roster.empty")}</p>}>
        <DataTable
          caption={t("roster.table")}
          showCaption
          class="roster"
          rows={props.items}
          rowClass={(enrollment) => ({ inactive: enrollment.status === "withdrawn" })}
          columns={columns()}
        />
      </Show>
    </>
  );
}
