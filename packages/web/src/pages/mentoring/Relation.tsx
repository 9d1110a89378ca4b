// One mentoring or coaching relation: its parties, goals and dates, and what the viewer may do with it now.
import { A, createAsync, useAction, useParams, useSubmission } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { PageTitle } from "../../components/PageTitle";
import { t, type MessageKey } from "../../i18n";
import { mentorshipKindLabel } from "../../labels";
import { getCompetencies } from "../../queries";
import { me } from "../../session";
import { formatDay, formatWita } from "../../time";
import type { Mentorship, MentorshipAction } from "../../types";
import { changeMentorshipAction, getMentorship, getSessions } from "./data";
import { Feedback } from "./Feedback";
import { StatusBadge } from "./MyMentorships";
import { PlanLink } from "./PlanLink";
import { ReasonField } from "./ReasonField";
import { Sessions } from "./Sessions";

/** The changes that lose something ask first; decline and cancel also ask why. */
const ASKS: Record<Exclude<MentorshipAction, "accept">, { title: MessageKey; message: MessageKey; yes: MessageKey; reason: boolean }> = {
  decline: { title: "mentorship.declineTitle", message: "mentorship.declineConfirm", yes: "mentorship.declineYes", reason: true },
  withdraw: { title: "mentorship.withdrawTitle", message: "mentorship.withdrawConfirm", yes: "mentorship.withdrawYes", reason: false },
  cancel: { title: "mentorship.cancelTitle", message: "mentorship.cancelConfirm", yes: "mentorship.cancelYes", reason: true },
  complete: { title: "mentorship.completeTitle", message: "mentorship.completeConfirm", yes: "mentorship.completeYes", reason: false },
};

const BUTTONS: Record<MentorshipAction, MessageKey> = {
  accept: "mentorship.accept",
  decline: "mentorship.decline",
  withdraw: "mentorship.withdraw",
  cancel: "mentorship.cancel",
  complete: "mentorship.complete",
};

const DONE: Record<MentorshipAction, MessageKey> = {
  accept: "mentorship.accepted",
  decline: "mentorship.declined",
  withdraw: "mentorship.withdrawn",
  cancel: "mentorship.cancelled",
  complete: "mentorship.completed",
};

function Actions(props: { relation: Mentorship }) {
  const act = useAction(changeMentorshipAction);
  const submission = useSubmission(changeMentorshipAction, ([id]) => id === props.relation.id);
  const [asking, setAsking] = createSignal<Exclude<MentorshipAction, "accept">>();
  const [reason, setReason] = createSignal("");
  const [reasonError, setReasonError] = createSignal<string>();
  /** The server says what the viewer may do now. */
  const allowed = () => props.relation.can;
  // Completing credits the confirmed minutes: the dialog names the JP from the sessions' totals.
  const totals = createAsync(() =>
    props.relation.status === "active" ? getSessions(props.relation.id).catch(() => undefined) : Promise.resolve(undefined),
  );
  const other = () => (me()?.id === props.relation.mentor.id ? props.relation.mentee.name : props.relation.mentor.name);
  const run = (change: MentorshipAction, why?: string) => void act(props.relation.id, change, why).catch(() => undefined);
  const ask = (change: Exclude<MentorshipAction, "accept">) => {
    setReason("");
    setReasonError(undefined);
    setAsking(change);
  };
  const confirm = () => {
    const change = asking();
    if (!change) return;
    const why = reason().trim();
    if (ASKS[change].reason && why.length < 3) {
      setReasonError(t("mentorship.reasonTooShort"));
      return;
    }
    setAsking(undefined);
    run(change, ASKS[change].reason ? why : undefined);
  };
  const done = () => submission.result as { change: MentorshipAction } | undefined;

  return (
    <Card title={t("mentorship.actions")} titleId="mentorship-actions">
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={done()}>
        <p>{done() ? t(DONE[done()!.change]) : ""}</p>
      </SuccessMessage>
      <Show when={allowed().length > 0} fallback={<p class="muted">{t("mentorship.noActions")}</p>}>
        <div class="actions">
          <For each={allowed()}>
            {(change) => (
              <button
                type="button"
                class={change === "accept" || change === "complete" ? "button" : "button secondary"}
                disabled={submission.pending}
                aria-haspopup={change === "accept" ? undefined : "dialog"}
                onClick={() => (change === "accept" ? run("accept") : ask(change))}
              >
                {t(BUTTONS[change])}
              </button>
            )}
          </For>
        </div>
      </Show>
      <ConfirmDialog
        open={asking() !== undefined}
        title={asking() ? t(ASKS[asking()!].title) : ""}
        message={
          <>
            <p>{asking() ? t(ASKS[asking()!].message, { name: other() }) : ""}</p>
            <Show when={asking() === "complete" && totals()}>
              {(known) => (
                <>
                  <p data-testid="complete-credit">
                    {t("mentorship.completeCredit", { minutes: known().confirmedMinutes, jp: known().jp, mentee: props.relation.mentee.name })}
                  </p>
                  <Show when={known().pendingMinutes > 0}>
                    <p>{t("mentorship.completePending", { minutes: known().pendingMinutes })}</p>
                  </Show>
                </>
              )}
            </Show>
            <Show when={asking() && ASKS[asking()!].reason}>
              <ReasonField id="mentorship-reason" value={reason()} onInput={setReason} error={reasonError()} />
            </Show>
          </>
        }
        confirmLabel={
          asking() === "complete" && totals() ? t("mentorship.completeYesJp", { jp: totals()!.jp }) : asking() ? t(ASKS[asking()!].yes) : ""
        }
        onConfirm={confirm}
        onCancel={() => setAsking(undefined)}
      />
    </Card>
  );
}

function Detail(props: { label: string; value: string | null | undefined }) {
  return (
    <Show when={props.value}>
      <div>
        <dt>{props.label}</dt>
        <dd>{props.value}</dd>
      </div>
    </Show>
  );
}

export default function RelationPage() {
  const params = useParams<{ id: string }>();
  const relation = createAsync(() => getMentorship(params.id ?? ""));
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((c) => c.id === id)?.name ?? id;

  return (
    <Show when={relation()}>
      {(r) => (
        <article class="mentorship-page">
          <p class="eyebrow">{mentorshipKindLabel(r().kind)}</p>
          <PageTitle>{t("mentorship.title", { mentor: r().mentor.name, mentee: r().mentee.name })}</PageTitle>
          <p class="status-line">
            <StatusBadge status={r().status} />
          </p>
          <div class="columns">
            <div>
              <Card title={t("mentorship.about")} titleId="mentorship-about">
                <dl class="details">
                  <Detail label={t("mentoring.mentor")} value={`${r().mentor.name} · ${r().mentor.unitName}`} />
                  <Detail label={t("mentoring.mentee")} value={`${r().mentee.name} · ${r().mentee.unitName}`} />
                  <Detail label={t("mentoring.kind")} value={mentorshipKindLabel(r().kind)} />
                  <Detail label={t("mentoring.competencies")} value={r().competencyIds.map(nameOf).join(", ")} />
                  <Detail label={t("mentoring.weeks")} value={String(r().weeks)} />
                  <Detail label={t("mentoring.requestedAt")} value={formatWita(r().requestedAt)} />
                  <Detail label={t("mentorship.answerBy")} value={r().status === "requested" ? formatDay(r().answerBy) : null} />
                  <Detail label={t("mentorship.startedAt")} value={formatDay(r().startedAt)} />
                  <Detail label={t("mentorship.endsAt")} value={formatDay(r().endsAt)} />
                  <Detail label={t("mentorship.endedAt")} value={formatDay(r().endedAt)} />
                  <Detail label={t("mentorship.reason")} value={r().reason} />
                  <Detail label={t("session.creditedJp")} value={r().creditedJp === null ? null : t("session.jpValue", { jp: r().creditedJp ?? 0 })} />
                </dl>
                <Show when={r().message}>
                  <h3>{t("mentorship.message")}</h3>
                  <p class="prewrap">{r().message}</p>
                </Show>
              </Card>
              <Card title={t("mentoring.goals")} titleId="mentorship-goals">
                <ol class="goals">
                  <For each={r().goals}>
                    {(goal) => (
                      <li>
                        <span class="muted">{nameOf(goal.competencyId)}:</span> {goal.text}
                      </li>
                    )}
                  </For>
                </ol>
                <PlanLink relation={r()} />
              </Card>
            </div>
            <div>
              <Actions relation={r()} />
              <Show when={r().status === "completed"}>
                <Suspense>
                  <Feedback relation={r()} />
                </Suspense>
              </Show>
              <Show when={r().startedAt !== null}>
                <Suspense>
                  <Sessions relation={r()} />
                </Suspense>
              </Show>
              <p>
                <A href="/mentoring">{t("mentorship.back")}</A>
              </p>
            </div>
          </div>
        </article>
      )}
    </Show>
  );
}
