// A relation's sessions: the list with its totals, the answers of the party who did not log one,
// the actions agreed in them, and the form that logs a new one.
import { createAsync, useAction, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show } from "solid-js";
import { mentorshipCalendarUrl } from "../../api";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { FieldError, fieldError, RequiredLegend, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { t } from "../../i18n";
import { mentoringModeLabel, sessionStatusLabel } from "../../labels";
import { me } from "../../session";
import { formatDay, formatWita } from "../../time";
import { MENTORING_MODES, type Mentorship, type MentorshipSession, type MentorshipSessionList, type SessionAction } from "../../types";
import {
  answerSessionAction,
  getSessions,
  logSessionAction,
  MAX_SESSION_ACTIONS,
  MAX_SESSION_MINUTES,
  MIN_SESSION_MINUTES,
  tickActionAction,
  withdrawSessionAction,
} from "./data";
import { ReasonField } from "./ReasonField";

/** The session's state in words: waiting, confirmed (by the other party or after 14 days), disputed. */
export function SessionStatus(props: { session: MentorshipSession }) {
  const label = () => (props.session.autoConfirmed ? t("session.autoConfirmed") : sessionStatusLabel(props.session.status));
  const tone = () => (props.session.autoConfirmed ? "confirmed" : props.session.status);
  return <span class={`badge session-${tone()}`}>{label()}</span>;
}

function Totals(props: { list: MentorshipSessionList }) {
  return (
    <dl class="details compact session-totals" data-testid="session-totals">
      <div>
        <dt>{t("session.confirmedMinutes")}</dt>
        <dd>{t("session.minutesValue", { minutes: props.list.confirmedMinutes })}</dd>
      </div>
      <div>
        <dt>{t("session.jpEarned")}</dt>
        <dd>{t("session.jpValue", { jp: props.list.jp })}</dd>
      </div>
      <div>
        <dt>{t("session.pendingMinutes")}</dt>
        <dd>{t("session.minutesValue", { minutes: props.list.pendingMinutes })}</dd>
      </div>
      <Show when={props.list.creditedJp !== null}>
        <div>
          <dt>{t("session.creditedJp")}</dt>
          <dd>{t("session.jpValue", { jp: props.list.creditedJp ?? 0 })}</dd>
        </div>
      </Show>
    </dl>
  );
}

/** The actions of one session: the mentee ticks them, everyone else reads them. */
function Actions(props: { relation: Mentorship; session: MentorshipSession; onTick: (action: SessionAction, done: boolean) => void; busy: boolean }) {
  const mayTick = () => props.session.can.includes("tick");
  const labelFor = (action: SessionAction) => `${action.text} (${t("session.dueBy", { date: formatDay(action.dueDate) })})`;
  return (
    <Show when={props.session.actions.length > 0}>
      <h4>{t("session.actions")}</h4>
      <ul class="session-actions" aria-label={t("session.actionsOf", { date: formatWita(props.session.date) })}>
        <For each={props.session.actions}>
          {(action) => (
            <li>
              <Show
                when={mayTick()}
                fallback={
                  <span>
                    <span class={action.doneAt ? "badge session-confirmed" : "badge"}>
                      {action.doneAt ? t("session.actionDone") : t("session.actionOpen")}
                    </span>{" "}
                    {labelFor(action)}
                  </span>
                }
              >
                <div class="checkbox">
                  <input
                    type="checkbox"
                    id={`action-${props.session.id}-${action.id}`}
                    checked={action.doneAt !== null}
                    disabled={props.busy}
                    onChange={(event) => props.onTick(action, event.currentTarget.checked)}
                  />
                  <label for={`action-${props.session.id}-${action.id}`}>{labelFor(action)}</label>
                </div>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

function SessionItem(props: {
  relation: Mentorship;
  session: MentorshipSession;
  onConfirm: () => void;
  onDispute: () => void;
  onWithdraw: () => void;
  onTick: (action: SessionAction, done: boolean) => void;
  busy: boolean;
}) {
  const s = () => props.session;
  /** The server says who may answer: the party who did not log it, while it waits (confirming once it has been held). */
  const mayAnswer = () => s().can.includes("dispute");
  const held = () => s().can.includes("confirm");
  const heading = () => formatWita(s().date);
  return (
    <li class="session" data-testid={`session-${s().id}`}>
      <article aria-labelledby={`session-${s().id}-title`}>
        <h3 id={`session-${s().id}-title`}>{heading()}</h3>
        <p>
          <SessionStatus session={s()} />
        </p>
        <dl class="details compact">
          <div>
            <dt>{t("session.duration")}</dt>
            <dd>{t("session.minutesValue", { minutes: s().minutes })}</dd>
          </div>
          <div>
            <dt>{t("session.mode")}</dt>
            <dd>{mentoringModeLabel(s().mode)}</dd>
          </div>
          <div>
            <dt>{t("session.loggedBy")}</dt>
            <dd>{s().loggedBy.name}</dd>
          </div>
          <Show when={s().answerBy}>
            <div>
              <dt>{t("session.answerBy")}</dt>
              <dd>{formatDay(s().answerBy)}</dd>
            </div>
          </Show>
          <Show when={s().status === "disputed" && s().disputeReason}>
            <div>
              <dt>{t("session.disputeReason")}</dt>
              <dd>{s().disputeReason}</dd>
            </div>
          </Show>
        </dl>
        <Show when={s().notes}>
          <p class="prewrap">{s().notes}</p>
        </Show>
        <Actions relation={props.relation} session={s()} onTick={props.onTick} busy={props.busy} />
        <Show when={s().can.includes("withdraw")}>
          <div class="actions compact">
            <button
              type="button"
              class="button secondary"
              disabled={props.busy}
              aria-haspopup="dialog"
              aria-label={t("session.withdrawLabel", { date: heading() })}
              onClick={() => props.onWithdraw()}
            >
              {t("session.withdraw")}
            </button>
          </div>
        </Show>
        <Show when={mayAnswer()}>
          <div class="actions compact">
            <Show when={held()} fallback={<p class="hint">{t("session.confirmAfterHeld")}</p>}>
              <button
                type="button"
                class="button"
                disabled={props.busy}
                aria-label={t("session.confirmLabel", { date: heading() })}
                onClick={() => props.onConfirm()}
              >
                {t("session.confirm")}
              </button>
            </Show>
            <button
              type="button"
              class="button secondary"
              disabled={props.busy}
              aria-haspopup="dialog"
              aria-label={t("session.disputeLabel", { date: heading() })}
              onClick={() => props.onDispute()}
            >
              {t("session.dispute")}
            </button>
          </div>
        </Show>
      </article>
    </li>
  );
}

/** "Catat sesi": either party, while the relation runs. Actions are rows added and removed. */
function LogSessionForm(props: { relation: Mentorship }) {
  const submission = useSubmission(logSessionAction, ([id]) => id === props.relation.id);
  let nextKey = 0;
  const [rows, setRows] = createSignal<number[]>([]);
  let form: HTMLFormElement | undefined;
  createEffect(
    on(
      () => submission.result,
      (result) => {
        if (!result) return;
        form?.reset();
        setRows([]);
      },
      { defer: true },
    ),
  );
  const prefix = "session-form";
  const actionsError = () => fieldError(submission.error, "actions");
  return (
    <form ref={form} action={logSessionAction.with(props.relation.id)} method="post" class="form session-form" noValidate>
      <h3>{t("session.logTitle")}</h3>
      <RequiredLegend />
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={submission.result}>
        <p>{t("session.logged")}</p>
      </SuccessMessage>
      <div class="goal-row">
        <TextField
          id={`${prefix}-date`}
          name="date"
          type="datetime-local"
          label={t("session.date")}
          hint={t("session.dateHint")}
          error={submission.error}
          required
        />
        <TextField
          id={`${prefix}-minutes`}
          name="minutes"
          type="number"
          inputMode="numeric"
          min={MIN_SESSION_MINUTES}
          max={MAX_SESSION_MINUTES}
          step={5}
          value={60}
          label={t("session.minutes")}
          hint={t("session.minutesHint", { min: MIN_SESSION_MINUTES, max: MAX_SESSION_MINUTES })}
          error={submission.error}
          required
        />
        <SelectField
          id={`${prefix}-mode`}
          name="mode"
          label={t("session.mode")}
          options={MENTORING_MODES.map((mode) => ({ value: mode, label: mentoringModeLabel(mode) }))}
          error={submission.error}
          required
        />
      </div>
      <TextAreaField id={`${prefix}-notes`} name="notes" label={t("session.notes")} rows={3} maxLength={2000} error={submission.error} />
      <fieldset class="field checkboxes" aria-describedby={actionsError() ? `${prefix}-actions-error` : `${prefix}-actions-hint`}>
        <legend>{t("session.actions")}</legend>
        <p class="hint" id={`${prefix}-actions-hint`}>
          {t("session.actionsHint", { max: MAX_SESSION_ACTIONS })}
        </p>
        <input type="hidden" name="actionCount" value={rows().length} />
        <For each={rows()}>
          {(key, index) => (
            <div class="goal-row action-row">
              <TextField
                id={`${prefix}-action-${key}`}
                name={`actions.${index()}.text`}
                label={t("session.actionNumber", { n: index() + 1 })}
                maxLength={300}
                error={submission.error}
                required
              />
              <TextField
                id={`${prefix}-action-${key}-due`}
                name={`actions.${index()}.dueDate`}
                type="date"
                label={t("session.actionDue", { n: index() + 1 })}
                error={submission.error}
                required
              />
              <div class="actions compact">
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => {
                    setRows(rows().filter((row) => row !== key));
                    // The removed button is gone: the keyboard goes on to "add".
                    queueMicrotask(() => document.getElementById(`${prefix}-add-action`)?.focus());
                  }}
                >
                  {t("session.removeAction", { n: index() + 1 })}
                </button>
              </div>
            </div>
          )}
        </For>
        <FieldError id={`${prefix}-actions-error`} message={actionsError()} />
        <Show when={rows().length < MAX_SESSION_ACTIONS}>
          <div class="actions compact">
            <button
              type="button"
              id={`${prefix}-add-action`}
              class="button secondary"
              onClick={() => {
                const key = nextKey++;
                setRows([...rows(), key]);
                queueMicrotask(() => document.getElementById(`${prefix}-action-${key}`)?.focus());
              }}
            >
              {t("session.addAction")}
            </button>
          </div>
        </Show>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending}>
          {t("session.log")}
        </button>
      </div>
    </form>
  );
}

/** Sessions, their totals, the calendar link and (for the parties while it runs) the form. */
export function Sessions(props: { relation: Mentorship }) {
  const list = createAsync(() => getSessions(props.relation.id));
  const answer = useAction(answerSessionAction);
  const answering = useSubmission(answerSessionAction, ([id]) => id === props.relation.id);
  const tick = useAction(tickActionAction);
  const ticking = useSubmission(tickActionAction, ([id]) => id === props.relation.id);
  const [disputing, setDisputing] = createSignal<MentorshipSession>();
  const [withdrawing, setWithdrawing] = createSignal<MentorshipSession>();
  const takeBack = useAction(withdrawSessionAction);
  const takingBack = useSubmission(withdrawSessionAction, ([id]) => id === props.relation.id);
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  const isParty = () => me()?.id === props.relation.mentor.id || me()?.id === props.relation.mentee.id;
  const done = () => answering.result as { answer: "confirm" | "dispute" } | undefined;

  const dispute = () => {
    const session = disputing();
    if (!session) return;
    const why = reason().trim();
    if (why.length < 3) {
      setReasonError(t("mentorship.reasonTooShort"));
      return;
    }
    setDisputing(undefined);
    void answer(props.relation.id, session.id, "dispute", why).catch(() => undefined);
  };

  return (
    <Card title={t("mentorship.sessions")} titleId="mentorship-sessions" testId="mentorship-sessions">
      <Show when={list()}>
        {(l) => (
          <>
            <Totals list={l()} />
            <ErrorMessage error={answering.error ?? ticking.error ?? takingBack.error} />
            <SuccessMessage when={takingBack.result}>
              <p>{t("session.withdrawn")}</p>
            </SuccessMessage>
            <SuccessMessage when={done()}>
              <p>{done()?.answer === "dispute" ? t("session.disputed") : t("session.confirmed")}</p>
            </SuccessMessage>
            <Show when={l().items.length > 0} fallback={<p class="muted">{t("session.none")}</p>}>
              <ol class="sessions" aria-label={t("session.listLabel")}>
                <For each={l().items}>
                  {(session) => (
                    <SessionItem
                      relation={props.relation}
                      session={session}
                      busy={Boolean(answering.pending || ticking.pending || takingBack.pending)}
                      onWithdraw={() => setWithdrawing(session)}
                      onConfirm={() => void answer(props.relation.id, session.id, "confirm").catch(() => undefined)}
                      onDispute={() => {
                        setReason("");
                        setReasonError(undefined);
                        setDisputing(session);
                      }}
                      onTick={(action, value) => void tick(props.relation.id, session.id, action.id, value).catch(() => undefined)}
                    />
                  )}
                </For>
              </ol>
            </Show>
          </>
        )}
      </Show>
      <p>
        <a href={mentorshipCalendarUrl(props.relation.id)} download="sesi-mentoring.ics">
          {t("session.calendar")}
        </a>
      </p>
      <Show when={isParty() && props.relation.status === "active"}>
        <LogSessionForm relation={props.relation} />
      </Show>
      <ConfirmDialog
        open={disputing() !== undefined}
        title={t("session.disputeTitle")}
        message={
          <>
            <p>{t("session.disputeConfirm", { date: formatWita(disputing()?.date) })}</p>
            <ReasonField id="session-dispute-reason" value={reason()} onInput={setReason} error={reasonError()} />
          </>
        }
        confirmLabel={t("session.disputeYes")}
        onConfirm={dispute}
        onCancel={() => setDisputing(undefined)}
      />
      <ConfirmDialog
        open={withdrawing() !== undefined}
        title={t("session.withdrawTitle")}
        message={<p>{t("session.withdrawConfirm", { date: formatWita(withdrawing()?.date) })}</p>}
        confirmLabel={t("session.withdrawYes")}
        onConfirm={() => {
          const session = withdrawing();
          setWithdrawing(undefined);
          if (session) void takeBack(props.relation.id, session.id).catch(() => undefined);
        }}
        onCancel={() => setWithdrawing(undefined)}
      />
    </Card>
  );
}
