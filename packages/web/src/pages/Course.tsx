import { A, action, createAsync, revalidate, useAction, useParams, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, Match, on, Show, Suspense, Switch } from "solid-js";
import { api, ApiError } from "../api";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { levelLabel } from "../components/Selects";
import { SeatsLeft } from "../components/CourseCard";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { categoryLabel, competencyLevelLabel, courseStatusLabel, formLabel, formTypeLabel } from "../labels";
import { getCompetencies, getCourse, getEnrollments, getLearning, getOwnTeamSize, getTeam, getUnits, listCourses } from "../queries";
import { hasRole, isAdmin, me } from "../session";
import { formatWita } from "../time";
import { type Course, type CourseStatus, type EnrollResult, type Enrollment } from "../types";

/** Enrollment is taken while a course is published; withdrawing is possible until it is over. */
const ENROLLING: CourseStatus[] = ["published"];
const RUNNING: CourseStatus[] = ["published", "ongoing"];

function refreshEnrollmentViews() {
  return revalidate([getCourse.key, listCourses.key, getEnrollments.key, getLearning.key]);
}

type SelfResult = ({ kind: "enroll" } & EnrollResult) | { kind: "withdraw"; from: "enrolled" | "waitlisted" };

/** Enrol oneself, or withdraw: the pressed button says which. */
export const selfEnrollmentAction = action(async (courseId: string, form: FormInput): Promise<SelfResult> => {
  const person = me();
  if (!person) throw new ApiError(401, "unauthenticated", "Not signed in");
  if (text(form, "do") === "withdraw") {
    await api.withdraw(courseId, person.id);
    await refreshEnrollmentViews();
    return { kind: "withdraw", from: text(form, "from") === "waitlisted" ? "waitlisted" : "enrolled" };
  }
  const result = await api.enroll(courseId);
  await refreshEnrollmentViews();
  return { kind: "enroll", ...result };
}, "self-enrollment");

export const nominateAction = action(async (courseId: string, form: FormInput) => {
  const staffId = text(form, "staffId");
  const result = await api.enroll(courseId, staffId);
  await refreshEnrollmentViews();
  return { ...result, staffId };
}, "nominate");

export const courseStatusAction = action(async (courseId: string, form: FormInput) => {
  const status = text(form, "status") as CourseStatus;
  const course = await api.setCourseStatus(courseId, status);
  await revalidate([getCourse.key, listCourses.key]);
  return course;
}, "course-status");

export const copyCourseAction = action(async (courseId: string, form: FormInput) => {
  const copy = await api.copyCourse(courseId, Number(text(form, "year")));
  await revalidate(listCourses.key);
  return copy;
}, "copy-course");

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

function MyEnrollment(props: { course: Course; enrollment: Enrollment | null }) {
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
    <section class="card" aria-labelledby="my-status-title">
      <h2 id="my-status-title">{t("course.myStatus")}</h2>
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
    </section>
  );
}

function NominateForm(props: { course: Course }) {
  const submission = useSubmission(nominateAction, ([id]) => id === props.course.id);
  const team = createAsync(async () => {
    const person = me();
    return person ? getTeam(person.id) : null;
  });
  const nameOf = (staffId: string) => team()?.find((member) => member.id === staffId)?.name ?? staffId;
  return (
    <Show when={(team() ?? []).length > 0}>
      <section class="card" aria-labelledby="nominate-title">
        <h2 id="nominate-title">{t("course.nominate")}</h2>
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
      </section>
    </Show>
  );
}

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

function AdminPanel(props: { course: Course }) {
  const statusSubmission = useSubmission(courseStatusAction, ([id]) => id === props.course.id);
  const copySubmission = useSubmission(copyCourseAction, ([id]) => id === props.course.id);
  const [confirmCancel, setConfirmCancel] = createSignal(false);
  createEffect(on(() => props.course.status, () => setConfirmCancel(false), { defer: true }));
  const cancellable = () => !["completed", "cancelled"].includes(props.course.status);
  const id = () => encodeURIComponent(props.course.id);

  return (
    <section class="card" aria-labelledby="manage-title">
      <h2 id="manage-title">{t("course.manage")}</h2>
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
    </section>
  );
}

function Competencies(props: { course: Course }) {
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((competency) => competency.id === id)?.name ?? id;
  const levelName = (level: number) => competencyLevelLabel(level) || dictionary()?.levels.find((entry) => entry.level === level)?.name;
  return (
    <Show when={props.course.competencies.length > 0}>
      <section class="card" aria-labelledby="course-competencies-title">
        <h2 id="course-competencies-title">{t("course.competencies")}</h2>
        <ul class="plain-list">
          <For each={props.course.competencies}>
            {(item) => (
              <li>
                <strong>{nameOf(item.competencyId)}</strong>
                {" · "}
                {t("course.targetLevel", { level: item.targetLevel })}
                <Show when={levelName(item.targetLevel)}>{(name) => <> ({name()})</>}</Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}

export function Sessions(props: { course: Course }) {
  const sessions = () => [...props.course.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("course.sessions")}</h2>
      <Show when={sessions().length > 0} fallback={<p class="empty">{t("course.noSessions")}</p>}>
        <div class="table-wrap">
          <table class="data-table stack-on-phone">
            <caption class="visually-hidden">{t("course.sessions")}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("course.startsAt")}</th>
                <th scope="col">{t("course.endsAt")}</th>
                <th scope="col">{t("course.placeOrLink")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={sessions()}>
                {(session, index) => (
                  <tr>
                    <th scope="row">{t("course.session", { n: index() + 1 })}</th>
                    <td data-label={t("course.startsAt")}>
                      <time datetime={session.startsAt}>{formatWita(session.startsAt)}</time>
                    </td>
                    <td data-label={t("course.endsAt")}>
                      <time datetime={session.endsAt}>{formatWita(session.endsAt)}</time>
                    </td>
                    <td data-label={t("course.placeOrLink")}>
                      <Show when={session.place}>
                        <span>{session.place}</span>
                      </Show>
                      <Show when={session.place && session.onlineUrl}>
                        <br />
                      </Show>
                      <Show when={session.onlineUrl}>
                        {(url) => (
                          <a href={url()} target="_blank" rel="noopener noreferrer">
                            {t("course.online")}
                          </a>
                        )}
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}

function Eligibility(props: { course: Course }) {
  const units = createAsync(() => getUnits());
  const unitNames = () =>
    props.course.eligibility.unitIds.map((id) => units()?.find((unit) => unit.id === id)?.name ?? id).join(", ");
  const levels = () => props.course.eligibility.positionLevels.map((level) => levelLabel(level)).join(", ");
  const everyone = () =>
    props.course.eligibility.unitIds.length === 0 && props.course.eligibility.positionLevels.length === 0;
  return (
    <Show when={!everyone()} fallback={t("course.eligibilityAll")}>
      <Show when={props.course.eligibility.unitIds.length > 0}>
        <span class="block">{t("course.eligibleUnits", { units: unitNames() })}</span>
      </Show>
      <Show when={props.course.eligibility.positionLevels.length > 0}>
        <span class="block">{t("course.eligibleLevels", { levels: levels() })}</span>
      </Show>
    </Show>
  );
}

function CourseDetails(props: { course: Course }) {
  return (
    <section class="card" aria-labelledby="course-details-title">
      <h2 id="course-details-title">{t("course.details")}</h2>
      <dl class="details">
        <dt>{t("course.status")}</dt>
        <dd>{courseStatusLabel(props.course.status)}</dd>
        <dt>{t("course.category")}</dt>
        <dd>{categoryLabel(props.course.category)}</dd>
        <dt>{t("course.form")}</dt>
        <dd>
          {formLabel(props.course.form)} <span class="muted">({formTypeLabel(props.course.formType)})</span>
        </dd>
        <dt>{t("course.jp")}</dt>
        <dd>{t("course.jpValue", { jp: props.course.jp })}</dd>
        <dt>{t("course.institution")}</dt>
        <dd>{props.course.institutionName}</dd>
        <dt>{t("course.seats")}</dt>
        <dd>
          <SeatsLeft course={props.course} />
          <Show when={props.course.waitlisted > 0}>
            <span class="muted"> · {t("course.waitlistCount", { count: props.course.waitlisted })}</span>
          </Show>
        </dd>
        <dt>{t("course.enrollWindow")}</dt>
        <dd>
          {t("course.windowValue", {
            from: formatWita(props.course.enrollOpensAt),
            to: formatWita(props.course.enrollClosesAt),
          })}
        </dd>
        <dt>{t("course.eligibility")}</dt>
        <dd>
          <Suspense>
            <Eligibility course={props.course} />
          </Suspense>
        </dd>
      </dl>
    </section>
  );
}

export default function CoursePage() {
  const params = useParams<{ id: string }>();
  const detail = createAsync(() => getCourse(params.id ?? ""));
  const leadsTeam = createAsync(async () => {
    const person = me();
    if (!person) return false;
    if (hasRole("supervisor")) return true;
    return (await getOwnTeamSize(person.id)) > 0;
  });

  return (
    <Show when={detail()}>
      {(d) => (
        <article class="course-page">
          <p class="eyebrow">{t("course.eyebrow", { code: d().course.code })}</p>
          <PageTitle>{d().course.title}</PageTitle>
          <Show when={d().course.status === "cancelled"}>
            <p class="notice notice-error">{t("error.course_cancelled")}</p>
          </Show>
          <Show when={d().course.description}>
            <p class="lead">{d().course.description}</p>
          </Show>
          <div class="columns">
            <div>
              <CourseDetails course={d().course} />
              <Suspense>
                <Competencies course={d().course} />
              </Suspense>
              <Sessions course={d().course} />
            </div>
            <div>
              <MyEnrollment course={d().course} enrollment={d().myEnrollment} />
              <Show when={leadsTeam() && ENROLLING.includes(d().course.status)}>
                <Suspense>
                  <NominateForm course={d().course} />
                </Suspense>
              </Show>
              <Show when={isAdmin()}>
                <AdminPanel course={d().course} />
              </Show>
              <p>
                <A href="/kursus">{t("course.back")}</A>
              </p>
            </div>
          </div>
        </article>
      )}
    </Show>
  );
}
