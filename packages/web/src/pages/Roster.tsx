import { A, action, createAsync, revalidate, useAction, useParams, useSubmission } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { api } from "../api";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { enrollmentStatusLabel } from "../labels";
import { getCourse, getEnrollments, getLearning, listCourses } from "../queries";
import { isAdmin } from "../session";
import { formatDay, formatWita } from "../time";
import type { CompletionResult, Course, CourseSession, Enrollment } from "../types";

export const attendanceAction = action(
  async (courseId: string, staffId: string, sessionId: string, present: boolean) => {
    const enrollment = await api.setAttendance(courseId, staffId, sessionId, present);
    await revalidate(getEnrollments.key);
    return enrollment;
  },
  "attendance",
);

export const completionAction = action(async (courseId: string, staffId: string, form: FormInput) => {
  const score = text(form, "score");
  const result = await api.complete(courseId, staffId, {
    attended: text(form, "attended") !== "no",
    ...(score !== "" ? { score: Number(score) } : {}),
  });
  await revalidate([getEnrollments.key, getCourse.key, getLearning.key]);
  return { ...result, staffId };
}, "completion");

export const rosterWithdrawAction = action(async (courseId: string, staffId: string) => {
  await api.withdraw(courseId, staffId);
  await revalidate([getEnrollments.key, getCourse.key, listCourses.key]);
  return { staffId };
}, "roster-withdraw");

function sortedSessions(course: Course): CourseSession[] {
  return [...course.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

const ATTENDING = ["enrolled", "completed", "absent"];

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

function RosterTable(props: { course: Course; items: Enrollment[] }) {
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
        <div class="table-wrap">
          <table class="data-table stack-on-phone roster">
            <caption>{t("roster.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field.name")}</th>
                <th scope="col">{t("field.nip")}</th>
                <th scope="col">{t("field.unit")}</th>
                <th scope="col">{t("roster.status")}</th>
                <For each={sessions()}>
                  {(session, index) => (
                    <th scope="col">
                      {t("course.session", { n: index() + 1 })}
                      <span class="block muted">{formatDay(session.startsAt)}</span>
                    </th>
                  )}
                </For>
                <Show when={admin()}>
                  <th scope="col">{t("roster.actions")}</th>
                </Show>
              </tr>
            </thead>
            <tbody>
              <For each={props.items}>
                {(enrollment) => (
                  <tr classList={{ inactive: enrollment.status === "withdrawn" }}>
                    <th scope="row" data-label={t("field.name")}>
                      {enrollment.staffName}
                    </th>
                    <td data-label={t("field.nip")} class="nip">
                      {enrollment.staffNip}
                    </td>
                    <td data-label={t("field.unit")}>{enrollment.unitName}</td>
                    <td data-label={t("roster.status")}>
                      <StatusCell enrollment={enrollment} />
                    </td>
                    <For each={sessions()}>
                      {(session, index) => (
                        <td data-label={t("course.session", { n: index() + 1 })}>
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
                        </td>
                      )}
                    </For>
                    <Show when={admin()}>
                      <td data-label={t("roster.actions")}>
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
                      </td>
                    </Show>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  );
}

function RosterContent(props: { id: string }) {
  const detail = createAsync(() => getCourse(props.id));
  const enrollments = createAsync(() => getEnrollments(props.id));
  return (
    <Show when={detail()}>
      {(d) => (
        <section>
          <p class="eyebrow">{t("course.eyebrow", { code: d().course.code })}</p>
          <PageTitle>{t("roster.title", { title: d().course.title })}</PageTitle>
          <Show when={!isAdmin()}>
            <p class="muted">{t("roster.intro")}</p>
          </Show>
          <p>
            <A href={`/kursus/${encodeURIComponent(d().course.id)}`}>{t("roster.back")}</A>
          </p>
          <Show when={enrollments()}>{(items) => <RosterTable course={d().course} items={items()} />}</Show>
        </section>
      )}
    </Show>
  );
}

export default function Roster() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <RosterContent id={id} />}
    </Show>
  );
}
