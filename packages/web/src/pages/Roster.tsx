import { A, action, createAsync, revalidate, useAction, useParams, useSubmission } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { enrollmentStatusLabel } from "../labels";
import { getCourse, getEnrollments, getLearning, listCourses } from "../queries";
import { isAdmin } from "../session";
import { formatDay } from "../time";
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

function CompletionForm(props: { course: Course; enrollment: Enrollment; onClose: () => void }) {
  const submission = useSubmission(
    completionAction,
    ([courseId, staffId]) => courseId === props.course.id && staffId === props.enrollment.staffId,
  );
  const prefix = () => `complete-${props.enrollment.staffId}`;
  return (
    <form
      action={completionAction.with(props.course.id, props.enrollment.staffId)}
      method="post"
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
  const attendance = useSubmission(attendanceAction);
  const withdrawal = useSubmission(rosterWithdrawAction);
  const completion = useSubmission(completionAction, ([courseId]) => courseId === props.course.id);
  const nameOf = (staffId: string) => props.items.find((item) => item.staffId === staffId)?.staffName ?? staffId;
  const completed = () => completion.result as (CompletionResult & { staffId: string }) | undefined;

  return (
    <>
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
                              onClick={() =>
                                void withdraw(props.course.id, enrollment.staffId).catch(() => undefined)
                              }
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
