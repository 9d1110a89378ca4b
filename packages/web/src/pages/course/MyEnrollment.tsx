// The reader's own place on a course, and the supervisor's nomination form.
import { A, action, createAsync, useAction, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, Match, on, Show, Switch } from "solid-js";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { t } from "../../i18n";
import { getTeam } from "../../queries";
import { me } from "../../session";
import { type Course, type Enrollment } from "../../types";
import { Card } from "../../components/Card";
import { ENROLLING, RUNNING, type SelfResult, selfEnrollmentAction, nominateAction } from "./actions";

function MyStatusText(props: { enrollment: Enrollment | null }) {
  return (
    <Switch fallback={<p>{t("course.notEnrolled")}</p>}>
      <Match when={props.enrollment?.status === "enrolled"}>
        <p class="status-line">
          <strong>{t("enrollment.enrolled")}</strong>
        </p>
      </Match>
      <Match when={props.enrollment?.status === "waitlisted"}>
        <p class="status-line">
          <strong>{t("course.waitlistedStatus", { position: props.enrollment?.position ?? "?" })}</strong>
        </p>
      </Match>
      <Match when={props.enrollment?.status === "completed"}>
        <p class="status-line">
          <strong>{t("enrollment.completed")}</strong>
          <Show when={props.enrollment?.certificateCode}>
            {(code) => (
              <>
                {" · "}
                <A href={`/sertifikat/${encodeURIComponent(code())}`}>{t("course.viewCertificate")}</A>
              </>
            )}
          </Show>
        </p>
      </Match>
      <Match when={props.enrollment?.status === "absent"}>
        <p class="status-line">
          <strong>{t("enrollment.absent")}</strong>
        </p>
      </Match>
      <Match when={props.enrollment?.status === "withdrawn"}>
        <p>{t("course.withdrawnStatus")}</p>
      </Match>
    </Switch>
  );
}

export function MyEnrollment(props: { course: Course; enrollment: Enrollment | null }) {
  const submission = useSubmission(selfEnrollmentAction, ([id]) => id === props.course.id);
  const act = useAction(selfEnrollmentAction);
  const [confirming, setConfirming] = createSignal(false);
  createEffect(on(() => props.enrollment?.status, () => setConfirming(false), { defer: true }));
  const status = () => props.enrollment?.status;
  const waitlisted = () => status() === "waitlisted";
  const canEnroll = () => ENROLLING.includes(props.course.status) && (!status() || status() === "withdrawn");
  const canWithdraw = () => RUNNING.includes(props.course.status) && (status() === "enrolled" || status() === "waitlisted");
  const done = () => submission.result as SelfResult | undefined;
  const doneMessage = () => {
    const result = done();
    if (!result) return "";
    if (result.kind === "withdraw") return result.from === "waitlisted" ? t("course.leftWaitlistDone") : t("course.withdrawnDone");
    return result.status === "waitlisted"
      ? t("course.waitlistedDone", { position: result.position })
      : t("course.enrolledDone");
  };
  // Withdrawing gives the seat away and a waitlist place is lost for good: ask first.
  const withdraw = () => {
    setConfirming(false);
    const form = new FormData();
    form.set("do", "withdraw");
    form.set("from", waitlisted() ? "waitlisted" : "enrolled");
    void act(props.course.id, form).catch(() => undefined);
  };

  return (
    <Card title={t("course.myStatus")} titleId="my-status-title">
      <MyStatusText enrollment={props.enrollment} />
      <form action={selfEnrollmentAction.with(props.course.id)} method="post" class="form">
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={done()}>
          <p>{doneMessage()}</p>
        </SuccessMessage>
        <div class="actions">
          <Show when={canEnroll()}>
            <button type="submit" name="do" value="enroll" class="button" disabled={submission.pending}>
              {t("course.enroll")}
            </button>
          </Show>
          <Show when={canWithdraw()}>
            <button
              type="button"
              class="button secondary"
              aria-expanded={confirming()}
              disabled={submission.pending}
              onClick={() => setConfirming(true)}
            >
              {waitlisted() ? t("course.leaveWaitlist") : t("course.withdraw")}
            </button>
          </Show>
        </div>
      </form>
      <ConfirmDialog
        open={canWithdraw() && confirming()}
        title={waitlisted() ? t("course.leaveWaitlistTitle") : t("course.withdrawConfirmTitle")}
        message={
          waitlisted()
            ? t("course.leaveWaitlistConfirm", { position: props.enrollment?.position ?? "?", course: props.course.title })
            : t("course.withdrawConfirm", { course: props.course.title })
        }
        confirmLabel={waitlisted() ? t("course.leaveWaitlistYes") : t("course.withdrawYes")}
        onConfirm={withdraw}
        onCancel={() => setConfirming(false)}
      />
    </Card>
  );
}

export function NominateForm(props: { course: Course }) {
  const submission = useSubmission(nominateAction, ([id]) => id === props.course.id);
  const team = createAsync(async () => {
    const person = me();
    return person ? getTeam(person.id) : null;
  });
  const nameOf = (staffId: string) => team()?.find((member) => member.id === staffId)?.name ?? staffId;
  return (
    <Show when={(team() ?? []).length > 0}>
      <Card title={t("course.nominate")} titleId="nominate-title">
        <p class="muted">{t("course.nominateIntro")}</p>
        <form action={nominateAction.with(props.course.id)} method="post" class="form">
          <ErrorMessage error={submission.error} />
          <SuccessMessage when={submission.result}>
            <Show when={submission.result}>
              {(result) => (
                <p>
                  {result().status === "waitlisted"
                    ? t("course.nominatedWaitlisted", {
                        name: nameOf(result().staffId),
                        position: (result() as { position?: number }).position ?? "?",
                      })
                    : t("course.nominatedDone", { name: nameOf(result().staffId) })}
                </p>
              )}
            </Show>
          </SuccessMessage>
          <div class="field">
            <label for="nominate-member">{t("course.teamMember")}</label>
            <select id="nominate-member" name="staffId" required>
              <option value="">{t("course.chooseMember")}</option>
              <For each={team() ?? []}>{(member) => <option value={member.id}>{member.name}</option>}</For>
            </select>
          </div>
          <div class="actions">
            <button type="submit" class="button" disabled={submission.pending}>
              {t("course.nominateSubmit")}
            </button>
            <A href={`/admin/kursus/${encodeURIComponent(props.course.id)}/peserta`} class="button secondary">
              {t("course.roster")}
            </A>
          </div>
        </form>
      </Card>
    </Show>
  );
}
