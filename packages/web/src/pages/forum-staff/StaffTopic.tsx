// One topic as its responders, moderators and admins see it: the need (user text, rendered as
// text only), its deadlines and public history, the official answers with every earlier wording,
// and the forms to answer, edit, move the state, record the LAPOR! ticket and give it to another unit.
import { A, createAsync, revalidate, useAction, useParams, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show, Suspense } from "solid-js";
import { ApiError } from "../../api";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage, type ErrorOverrides } from "../../components/ErrorMessage";
import { RequiredLegend, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { forumAreaLabel, kecamatanLabel, topicStatusLabel } from "../../labels";
import { getUnits } from "../../queries";
import { isAdmin, me } from "../../session";
import { formatDay, formatWita } from "../../time";
import type { OfficialAnswer, StaffTopic as StaffTopicView, TopicStatus } from "../../types";
import { TopicHistory } from "../forum/TopicHistory";
import { TopicStatusBadge } from "../forum/TopicStatusBadge";
import { OverdueBadge, RequireAccess } from "./Access";
import {
  ANSWER_MAX,
  answerTopicAction,
  changeStatusAction,
  editAnswerAction,
  getStaffTopic,
  laporTicketAction,
  mayModerate,
  mayRespond,
  ownerUnitAction,
  REASON_MAX,
  topicVisibilityAction,
} from "./data";

/** The forum's refusals in its own words: a move the topic cannot make, a topic changed meanwhile. */
const FORUM_ERRORS: ErrorOverrides = {
  invalid_transition: "forumStaff.invalidTransition",
  conflict: "forumStaff.conflict",
  invalid_unit: "forumStaff.invalidUnit",
};

/** Resets a form once its submission succeeded. */
function resetOnSuccess(result: () => unknown, form: () => HTMLFormElement | undefined, also?: () => void) {
  createEffect(
    on(result, (value) => {
      if (!value) return;
      form()?.reset();
      also?.();
    }, { defer: true }),
  );
}

function StatusChoice(props: { id: string; topic: StaffTopicView; optional: boolean; error: unknown; onChoose: (status: TopicStatus | "") => void }) {
  return (
    <SelectField
      id={props.id}
      name="status"
      label={props.optional ? t("forumStaff.moveWithAnswer") : t("forumStaff.newStatus")}
      placeholder={props.optional ? t("forumStaff.keepStatus", { status: topicStatusLabel(props.topic.status) }) : t("forumStaff.chooseStatus")}
      options={props.topic.can.map((value) => ({ value, label: topicStatusLabel(value) }))}
      error={props.error}
      required={!props.optional}
      onChange={(event) => props.onChoose(event.currentTarget.value as TopicStatus | "")}
    />
  );
}

function ReasonInput(props: { id: string; required: boolean; error: unknown }) {
  return (
    <TextAreaField
      id={props.id}
      name="reason"
      label={t("forumStaff.reason")}
      hint={props.required ? t("forumStaff.reasonHintRejected") : t("forumStaff.reasonHint")}
      rows={2}
      maxLength={REASON_MAX}
      required={props.required}
      error={props.error}
    />
  );
}

/** "Kirim jawaban resmi": the body, and optionally a state to move to in the same event. */
function AnswerForm(props: { topic: StaffTopicView }) {
  const submission = useSubmission(answerTopicAction, ([id]) => id === props.topic.id);
  const [status, setStatus] = createSignal<TopicStatus | "">("");
  let form: HTMLFormElement | undefined;
  resetOnSuccess(() => submission.result, () => form, () => setStatus(""));
  const mayMove = () => props.topic.can.length > 0;
  return (
    <Card title={t("forumStaff.answerTitle")} titleId="answer-form-title">
      <form ref={form} action={answerTopicAction.with(props.topic.id)} method="post" class="form" noValidate aria-labelledby="answer-form-title">
        <RequiredLegend />
        <ErrorMessage error={submission.error} overrides={FORUM_ERRORS} />
        <SuccessMessage when={submission.result && !submission.pending}>
          <p>{t("forumStaff.answered")}</p>
        </SuccessMessage>
        <TextAreaField
          id="answer-body"
          name="body"
          label={t("forumStaff.answerLabel")}
          hint={t("forumStaff.answerHint", { max: ANSWER_MAX })}
          rows={6}
          maxLength={ANSWER_MAX}
          required
          error={submission.error}
        />
        <Show when={mayMove()}>
          <StatusChoice id="answer-status" topic={props.topic} optional error={submission.error} onChoose={setStatus} />
          <Show when={status() === "ditolak"}>
            <ReasonInput id="answer-reason" required error={submission.error} />
          </Show>
        </Show>
        <div class="actions">
          <button type="submit" class="button" disabled={submission.pending}>
            {t("forumStaff.sendAnswer")}
          </button>
        </div>
      </form>
    </Card>
  );
}

/** Editing one's answer: made on the version shown; a newer one stored is refused and explained. */
function EditAnswerForm(props: { topic: StaffTopicView; answer: OfficialAnswer; onDone: () => void }) {
  const submission = useSubmission(editAnswerAction, ([id, answerId]) => id === props.topic.id && answerId === props.answer.id);
  createEffect(on(() => submission.result, (result) => result && props.onDone(), { defer: true }));
  const changed = () => submission.error instanceof ApiError && submission.error.code === "answer_changed";
  const reload = () => {
    submission.clear();
    void revalidate(getStaffTopic.keyFor(props.topic.id));
  };
  const prefix = () => `edit-${props.answer.id}`;
  return (
    <form action={editAnswerAction.with(props.topic.id, props.answer.id, props.answer.version)} method="post" class="form" noValidate>
      <ErrorMessage error={submission.error} overrides={FORUM_ERRORS} />
      <Show when={changed()}>
        <p>
          <button type="button" class="button secondary" onClick={reload}>
            {t("forumStaff.reloadAnswer")}
          </button>
        </p>
      </Show>
      <TextAreaField
        id={`${prefix()}-body`}
        name="body"
        label={t("forumStaff.editLabel")}
        hint={t("forumStaff.editHint", { version: props.answer.version })}
        rows={6}
        maxLength={ANSWER_MAX}
        required
        value={props.answer.body}
        error={submission.error}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending}>
          {t("forumStaff.saveEdit")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onDone()}>
          {t("confirm.cancel")}
        </button>
      </div>
    </form>
  );
}

/** The server refuses others; this only decides where the edit button shows: one's own answers, or any for admins. */
const mayEdit = (answer: OfficialAnswer) => {
  const person = me();
  return isAdmin() || (person !== undefined && answer.name === person.name && answer.unitName === person.unitName);
};

function AnswerView(props: { topic: StaffTopicView; answer: OfficialAnswer }) {
  const [editing, setEditing] = createSignal(false);
  return (
    <li class="official-answer" data-testid="official-answer">
      <p class="answer-by">
        <span class="badge badge-official">{t("forumStaff.officialBadge")}</span> <strong>{props.answer.name}</strong>
        <span class="muted">
          {" "}
          · {props.answer.position} · {props.answer.unitName}
        </span>
      </p>
      <p class="muted">
        {formatWita(props.answer.createdAt)}
        <Show when={props.answer.editedAt}>{(at) => <> · {t("forumStaff.editedAt", { time: formatWita(at()) })}</>}</Show>
      </p>
      <Show
        when={editing()}
        fallback={
          <>
            <div class="topic-body" data-testid="answer-body">
              {props.answer.body}
            </div>
            <Show when={mayEdit(props.answer)}>
              <button type="button" class="button secondary" onClick={() => setEditing(true)}>
                {t("forumStaff.editAnswer")}
              </button>
            </Show>
          </>
        }
      >
        <EditAnswerForm topic={props.topic} answer={props.answer} onDone={() => setEditing(false)} />
      </Show>
      <Show when={props.answer.versions.length > 0}>
        <details class="answer-versions" data-testid="answer-versions">
          <summary>{t("forumStaff.versions", { count: props.answer.versions.length })}</summary>
          <ol>
            <For each={props.answer.versions}>
              {(version) => (
                <li>
                  <p class="muted">{t("forumStaff.versionLine", { version: version.version, time: formatWita(version.at) })}</p>
                  <div class="topic-body">{version.body}</div>
                </li>
              )}
            </For>
          </ol>
        </details>
      </Show>
    </li>
  );
}

function StatusForm(props: { topic: StaffTopicView }) {
  const submission = useSubmission(changeStatusAction, ([id]) => id === props.topic.id);
  const [status, setStatus] = createSignal<TopicStatus | "">("");
  let form: HTMLFormElement | undefined;
  resetOnSuccess(() => submission.result, () => form, () => setStatus(""));
  return (
    <Card title={t("forumStaff.statusTitle")} titleId="status-form-title">
      <Show when={props.topic.can.length > 0} fallback={<p class="muted">{t("forumStaff.statusFinal")}</p>}>
        <form ref={form} action={changeStatusAction.with(props.topic.id)} method="post" class="form" noValidate aria-labelledby="status-form-title">
          <ErrorMessage error={submission.error} overrides={FORUM_ERRORS} />
          <SuccessMessage when={submission.result && !submission.pending}>
            <p>{t("forumStaff.statusChanged", { status: topicStatusLabel(props.topic.status) })}</p>
          </SuccessMessage>
          <StatusChoice id="status-new" topic={props.topic} optional={false} error={submission.error} onChoose={setStatus} />
          <ReasonInput id="status-reason" required={status() === "ditolak"} error={submission.error} />
          <div class="actions">
            <button type="submit" class="button" disabled={submission.pending}>
              {t("forumStaff.changeStatus")}
            </button>
          </div>
        </form>
      </Show>
    </Card>
  );
}

function LaporForm(props: { topic: StaffTopicView }) {
  const submission = useSubmission(laporTicketAction, ([id]) => id === props.topic.id);
  return (
    <Card title={t("forumStaff.laporTitle")} titleId="lapor-form-title">
      <p>
        <Show when={props.topic.laporTicket} fallback={<span class="muted">{t("forumStaff.laporNone")}</span>}>
          {(ticket) => <span data-testid="lapor-ticket">{t("forumStaff.laporRecorded", { ticket: ticket() })}</span>}
        </Show>
      </p>
      <form action={laporTicketAction.with(props.topic.id)} method="post" class="form" noValidate aria-labelledby="lapor-form-title">
        <ErrorMessage error={submission.error} />
        <TextField
          id="lapor-ticket-input"
          name="ticket"
          label={t("forumStaff.laporTicket")}
          hint={t("forumStaff.laporTicketHint")}
          value={props.topic.laporTicket ?? ""}
          maxLength={40}
          autocomplete="off"
          required
          error={submission.error}
        />
        <div class="actions">
          <button type="submit" class="button secondary" disabled={submission.pending}>
            {t("forumStaff.laporSave")}
          </button>
        </div>
      </form>
    </Card>
  );
}

function OwnerForm(props: { topic: StaffTopicView }) {
  const submission = useSubmission(ownerUnitAction, ([id]) => id === props.topic.id);
  const units = createAsync(() => getUnits());
  return (
    <Card title={t("forumStaff.ownerTitle")} titleId="owner-form-title">
      <p>{t("forumStaff.ownerNow", { unit: props.topic.ownerUnit.name })}</p>
      <form action={ownerUnitAction.with(props.topic.id)} method="post" class="form" noValidate aria-labelledby="owner-form-title">
        <ErrorMessage error={submission.error} overrides={FORUM_ERRORS} />
        <SuccessMessage when={submission.result && !submission.pending}>
          <p>{t("forumStaff.ownerChanged", { unit: props.topic.ownerUnit.name })}</p>
        </SuccessMessage>
        <SelectField
          id="owner-unit"
          name="unitCode"
          label={t("forumStaff.newOwnerUnit")}
          placeholder={t("forumStaff.chooseUnit")}
          value={props.topic.ownerUnit.code}
          options={(units() ?? []).map((unit) => ({ value: unit.code, label: unit.name }))}
          required
          error={submission.error}
        />
        <div class="actions">
          <button type="submit" class="button secondary" disabled={submission.pending}>
            {t("forumStaff.ownerSave")}
          </button>
        </div>
      </form>
    </Card>
  );
}

/** Moderators and admins hide a topic pending review, or show it again, after a confirmation. */
function VisibilityCard(props: { topic: StaffTopicView }) {
  const act = useAction(topicVisibilityAction);
  const submission = useSubmission(topicVisibilityAction, ([id]) => id === props.topic.id);
  const [asking, setAsking] = createSignal(false);
  const [reason, setReason] = createSignal("");
  const confirm = () => {
    setAsking(false);
    void act(props.topic.id, !props.topic.hidden, reason()).catch(() => undefined);
  };
  return (
    <Card title={t("moderation.visibilityTitle")} titleId="visibility-title">
      <p>{props.topic.hidden ? t("moderation.topicHidden") : t("moderation.topicVisible")}</p>
      <ErrorMessage error={submission.error} />
      <button type="button" class="button secondary" aria-haspopup="dialog" disabled={submission.pending} onClick={() => { setReason(""); setAsking(true); }}>
        {props.topic.hidden ? t("moderation.restore") : t("moderation.hide")}
      </button>
      <ConfirmDialog
        open={asking()}
        title={props.topic.hidden ? t("moderation.restoreTitle") : t("moderation.hideTitle")}
        message={
          <>
            <p>{t(props.topic.hidden ? "moderation.restoreConfirm" : "moderation.hideConfirm", { title: props.topic.title })}</p>
            <div class="field">
              <label for="visibility-reason">{t("moderation.reason")}</label>
              <textarea id="visibility-reason" rows={2} maxLength={REASON_MAX} value={reason()} onInput={(event) => setReason(event.currentTarget.value)} />
            </div>
          </>
        }
        confirmLabel={props.topic.hidden ? t("moderation.restore") : t("moderation.hide")}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      />
    </Card>
  );
}

function Deadlines(props: { topic: StaffTopicView }) {
  const d = () => props.topic.deadlines;
  return (
    <Card title={t("forumStaff.deadlines")} titleId="topic-deadlines" testId="topic-deadlines">
      <p>
        <strong>{t("forumStaff.waitedDays", { days: d().waitedDays })}</strong>{" "}
        <Show when={d().overdue}>
          <OverdueBadge />
        </Show>
      </p>
      <dl class="details">
        <div>
          <dt>{t("forumStaff.answerDue")}</dt>
          <dd>
            {formatWita(d().answerDueAt)}
            <Show when={d().answeredAt} fallback={<Show when={d().answerOverdue}> · {t("forumStaff.answerLate")}</Show>}>
              {(at) => <> · {t("forumStaff.answeredAt", { time: formatWita(at()) })}</>}
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t("forumStaff.progressDue")}</dt>
          <dd>
            {formatWita(d().progressDueAt)}
            <Show when={d().progressOverdue}> · {t("forumStaff.progressLate")}</Show>
          </dd>
        </div>
      </dl>
    </Card>
  );
}

function TopicView(props: { topic: StaffTopicView }) {
  const topic = () => props.topic;
  return (
    <article class="forum-staff topic-page" aria-labelledby="staff-topic-title">
      <p>
        <A href="/layanan-forum">{t("forumStaff.backToQueue")}</A>
      </p>
      <PageTitle id="staff-topic-title">{topic().title}</PageTitle>
      <p class="muted topic-meta">
        {forumAreaLabel(topic().area)} · {kecamatanLabel(topic().kecamatan)} · {t("forum.postedBy", { name: topic().author.name, date: formatDay(topic().createdAt) })} ·{" "}
        {t("forum.supportCount", { count: topic().supports })}
      </p>
      <p>
        <TopicStatusBadge status={topic().status} /> <span class="muted">{t("forum.ownerUnit", { unit: topic().ownerUnit.name })}</span>
      </p>
      <Show
        when={!topic().hidden}
        fallback={
          <p class="notice notice-warning" data-testid="topic-hidden">
            {t("moderation.topicHidden")}
          </p>
        }
      >
        <p>
          <A href={`/forum/topik/${encodeURIComponent(topic().id)}`}>{t("forumStaff.publicPage")}</A>
        </p>
      </Show>
      <div class="columns">
        <div>
          <Card title={t("forumStaff.need")} titleId="topic-need">
            <div class="topic-body" data-testid="topic-body">
              {topic().body}
            </div>
          </Card>
          <Card title={t("forumStaff.answers")} titleId="topic-answers">
            <Show when={topic().answers.length > 0} fallback={<p class="muted">{t("forumStaff.noAnswers")}</p>}>
              <ol class="official-answers">
                <For each={topic().answers}>{(answer) => <AnswerView topic={topic()} answer={answer} />}</For>
              </ol>
            </Show>
          </Card>
          <Show when={mayRespond()}>
            <AnswerForm topic={topic()} />
          </Show>
          <TopicHistory history={topic().history} />
        </div>
        <div>
          <Deadlines topic={topic()} />
          <Show when={mayRespond()}>
            <StatusForm topic={topic()} />
            <LaporForm topic={topic()} />
          </Show>
          <Show when={mayModerate()}>
            <Suspense>
              <OwnerForm topic={topic()} />
            </Suspense>
            <VisibilityCard topic={topic()} />
          </Show>
        </div>
      </div>
    </article>
  );
}

function LoadedTopic() {
  const params = useParams<{ id: string }>();
  const topic = createAsync(() => getStaffTopic(params.id ?? ""));
  return <Show when={topic()}>{(found) => <TopicView topic={found()} />}</Show>;
}

export default function StaffTopicPage() {
  return (
    <RequireAccess when={mayRespond() || mayModerate()}>
      <LoadedTopic />
    </RequireAccess>
  );
}
