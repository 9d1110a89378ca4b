// Each side's rating of a completed relation: one's own always, the other side's once both have
// answered or the waiting time has passed.
import { createAsync, useSubmission } from "@solidjs/router";
import { For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { FieldError, fieldError, RequiredLegend, TextAreaField } from "../../components/FormField";
import { t } from "../../i18n";
import { me } from "../../session";
import { formatDay } from "../../time";
import type { Mentorship, MentorshipFeedback, MentorshipRole } from "../../types";
import { getFeedback, giveFeedbackAction } from "./data";

const RATINGS = [1, 2, 3, 4, 5] as const;

type Entry = MentorshipFeedback["entries"][number];

function EntryView(props: { entry: Entry; title: string }) {
  return (
    <div class="feedback-entry">
      <h3>{props.title}</h3>
      <p>
        <strong>{t("feedback.ratingValue", { rating: props.entry.rating })}</strong>
      </p>
      <Show when={props.entry.comment}>
        <p class="prewrap">{props.entry.comment}</p>
      </Show>
    </div>
  );
}

function FeedbackForm(props: { relation: Mentorship }) {
  const submission = useSubmission(giveFeedbackAction, ([id]) => id === props.relation.id);
  const ratingError = () => fieldError(submission.error, "rating");
  return (
    <form action={giveFeedbackAction.with(props.relation.id)} method="post" class="form" noValidate>
      <RequiredLegend />
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={submission.result}>
        <p>{t("feedback.given")}</p>
      </SuccessMessage>
      <fieldset
        class="field checkboxes rating"
        role="radiogroup"
        aria-required="true"
        classList={{ "field-invalid": Boolean(ratingError()) }}
        aria-describedby={ratingError() ? "feedback-rating-error" : "feedback-rating-hint"}
      >
        <legend>
          {t("feedback.rating")}
          <span aria-hidden="true"> *</span>
        </legend>
        <p class="hint" id="feedback-rating-hint">
          {t("feedback.ratingHint")}
        </p>
        <div class="rating-options">
          <For each={RATINGS}>
            {(value) => (
              <div class="radio">
                <input type="radio" id={`feedback-rating-${value}`} name="rating" value={value} required />
                <label for={`feedback-rating-${value}`}>{t("feedback.ratingOption", { rating: value })}</label>
              </div>
            )}
          </For>
        </div>
        <FieldError id="feedback-rating-error" message={ratingError()} />
      </fieldset>
      <TextAreaField id="feedback-comment" name="comment" label={t("feedback.comment")} rows={3} maxLength={1000} error={submission.error} />
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending}>
          {t("feedback.send")}
        </button>
      </div>
    </form>
  );
}

/** Feedback on a completed relation. */
export function Feedback(props: { relation: Mentorship }) {
  const feedback = createAsync(() => getFeedback(props.relation.id));
  const mySide = (): MentorshipRole | undefined =>
    me()?.id === props.relation.mentee.id ? "mentee" : me()?.id === props.relation.mentor.id ? "mentor" : undefined;
  const otherSide = (): MentorshipRole | undefined => (mySide() === "mentee" ? "mentor" : mySide() === "mentor" ? "mentee" : undefined);
  const nameOf = (side: MentorshipRole) => (side === "mentee" ? props.relation.mentee.name : props.relation.mentor.name);
  const entryOf = (f: MentorshipFeedback, side: MentorshipRole | undefined) => f.entries.find((entry) => entry.from === side);

  return (
    <Card title={t("feedback.title")} titleId="mentorship-feedback" testId="mentorship-feedback">
      <Show when={feedback()}>
        {(f) => (
          <>
            <Show
              when={mySide()}
              fallback={
                <Show when={f().entries.length > 0} fallback={<p class="muted">{t("feedback.noneVisible")}</p>}>
                  <For each={f().entries}>{(entry) => <EntryView entry={entry} title={t("feedback.theirs", { name: nameOf(entry.from) })} />}</For>
                </Show>
              }
            >
              <Show when={entryOf(f(), mySide())} fallback={<Show when={f().canGive}><FeedbackForm relation={props.relation} /></Show>}>
                {(mine) => <EntryView entry={mine()} title={t("feedback.yours")} />}
              </Show>
              <Show
                when={entryOf(f(), otherSide())}
                fallback={
                  <p class="muted" data-testid="feedback-hidden">
                    {f().revealsAt
                      ? t("feedback.hiddenUntil", { name: nameOf(otherSide()!), date: formatDay(f().revealsAt) })
                      : t("feedback.hidden", { name: nameOf(otherSide()!) })}
                  </p>
                }
              >
                {(theirs) => <EntryView entry={theirs()} title={t("feedback.theirs", { name: nameOf(otherSide()!) })} />}
              </Show>
            </Show>
          </>
        )}
      </Show>
    </Card>
  );
}
