import { action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { For, Show } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { sourceLabel } from "../labels";
import { getApprovals, getJpReport, getLearning } from "../queries";
import { formatDay } from "../time";
import type { LedgerEntry } from "../types";

/** Approve or reject: the pressed button says which. */
export const decideAction = action(async (staffId: string, entryId: string, form: FormInput) => {
  const note = text(form, "note");
  const entry = await api.decide(staffId, entryId, {
    approve: text(form, "decision") === "approve",
    ...(note ? { note } : {}),
  });
  await revalidate([getApprovals.key, getLearning.key, getJpReport.key]);
  return entry;
}, "decide-training");

function isLink(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

function period(entry: LedgerEntry): string {
  const start = formatDay(entry.startDate);
  const end = formatDay(entry.endDate);
  return !end || start === end ? start : `${start} – ${end}`;
}

function PendingItem(props: { entry: LedgerEntry }) {
  const id = () => `approval-${props.entry.id}`;
  return (
    <li>
      <article class="card" aria-labelledby={`${id()}-title`}>
        <p class="eyebrow">{props.entry.staffName}</p>
        <h2 id={`${id()}-title`}>{props.entry.title}</h2>
        <dl class="details compact">
          <dt>{t("learning.source")}</dt>
          <dd>{sourceLabel(props.entry.source)}</dd>
          <dt>{t("learning.institution")}</dt>
          <dd>{props.entry.institution}</dd>
          <dt>{t("approvals.period")}</dt>
          <dd>{period(props.entry)}</dd>
          <dt>{t("learning.jp")}</dt>
          <dd>{t("course.jpValue", { jp: props.entry.jp })}</dd>
          <Show when={props.entry.evidence}>
            {(evidence) => (
              <>
                <dt>{t("approvals.evidence")}</dt>
                <dd class="wrap-anywhere">
                  <Show when={isLink(evidence())} fallback={evidence()}>
                    <a href={evidence()} target="_blank" rel="noopener noreferrer">
                      {evidence()}
                    </a>
                  </Show>
                </dd>
              </>
            )}
          </Show>
        </dl>
        <form action={decideAction.with(props.entry.staffId, props.entry.id)} method="post" class="form">
          <div class="field">
            <label for={`${id()}-note`}>{t("approvals.note")}</label>
            <textarea id={`${id()}-note`} name="note" class="prose" rows={2} />
          </div>
          <div class="actions">
            <button
              type="submit"
              name="decision"
              value="approve"
              class="button"
              aria-label={`${t("approvals.approve")}: ${props.entry.title}, ${props.entry.staffName}`}
            >
              {t("approvals.approve")}
            </button>
            <button
              type="submit"
              name="decision"
              value="reject"
              class="button secondary"
              aria-label={`${t("approvals.reject")}: ${props.entry.title}, ${props.entry.staffName}`}
            >
              {t("approvals.reject")}
            </button>
          </div>
        </form>
      </article>
    </li>
  );
}

export default function Approvals() {
  const pending = createAsync(() => getApprovals());
  const submission = useSubmission(decideAction);
  const decided = () => submission.result;
  return (
    <section>
      <PageTitle>{t("approvals.title")}</PageTitle>
      <p class="muted">{t("approvals.intro")}</p>
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={decided()}>
        <Show when={decided()}>
          {(entry) => (
            <p>
              {t(entry().status === "rejected" ? "approvals.rejected" : "approvals.approved", {
                title: entry().title,
                name: entry().staffName,
              })}
            </p>
          )}
        </Show>
      </SuccessMessage>
      <Show when={pending()}>
        {(items) => (
          <Show when={items().length > 0} fallback={<p class="empty">{t("approvals.empty")}</p>}>
            <ul class="card-list">
              <For each={items()}>{(entry) => <PendingItem entry={entry} />}</For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
