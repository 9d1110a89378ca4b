// The form that asks a mentor for mentoring, or starts coaching a team member: competencies, goals, weeks, message.
import { A, useSubmission } from "@solidjs/router";
import { createSignal, createUniqueId, For, Index, Show } from "solid-js";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { FieldError, fieldError, RequiredLegend, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { text } from "../../forms";
import { t } from "../../i18n";
import type { Mentorship } from "../../types";
import { DEFAULT_WEEKS, MAX_COMPETENCIES, MAX_GOALS, MAX_WEEKS, MIN_WEEKS, requestMentorshipAction } from "./data";

export interface CompetencyChoice {
  id: string;
  name: string;
}

export interface RequestFormProps {
  kind: "mentoring" | "coaching";
  /** Mentoring: the mentor asked. */
  mentorId?: string;
  /** Coaching: the team members one may coach. */
  members?: { id: string; name: string }[];
  competencies: CompetencyChoice[];
  /** Competencies ticked at first (the suggestion's). */
  initial?: string[];
}

/** The relation made by the last submission of this very form (mentor or coaching). */
function sameForm(props: RequestFormProps) {
  return ([form]: [FormData]) =>
    props.kind === "coaching" ? text(form, "kind") === "coaching" : text(form, "mentorId") === props.mentorId;
}

export function RequestForm(props: RequestFormProps) {
  const prefix = `request-${createUniqueId()}`;
  const submission = useSubmission(requestMentorshipAction, sameForm(props));
  const [picked, setPicked] = createSignal<string[]>(props.initial ?? []);
  const [goalCount, setGoalCount] = createSignal(1);
  const nameOf = (id: string) => props.competencies.find((c) => c.id === id)?.name ?? id;
  const goalOptions = () => picked().map((id) => ({ value: id, label: nameOf(id) }));
  const toggle = (id: string, on: boolean) =>
    setPicked((current) => (on ? [...current.filter((c) => c !== id), id] : current.filter((c) => c !== id)));
  const competencyError = () => fieldError(submission.error, "competencyIds");
  const goalsError = () => fieldError(submission.error, "goals");
  const done = () => submission.result as Mentorship | undefined;

  return (
    <form action={requestMentorshipAction} method="post" class="form" noValidate>
      <RequiredLegend />
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={done()}>
        <p>
          {props.kind === "coaching" ? t("mentoring.coachingStarted") : t("mentoring.requestSent")}{" "}
          <A href={`/mentoring/${encodeURIComponent(done()?.id ?? "")}`}>{t("mentoring.openRelation")}</A>
        </p>
      </SuccessMessage>
      <input type="hidden" name="kind" value={props.kind} />
      <Show when={props.kind === "mentoring"}>
        <input type="hidden" name="mentorId" value={props.mentorId ?? ""} />
      </Show>
      <Show when={props.kind === "coaching"}>
        <SelectField
          id={`${prefix}-mentee`}
          name="menteeId"
          label={t("mentoring.teamMember")}
          placeholder={t("course.chooseMember")}
          options={(props.members ?? []).map((member) => ({ value: member.id, label: member.name }))}
          error={submission.error}
          required
        />
      </Show>
      <fieldset
        class="field checkboxes"
        classList={{ "field-invalid": Boolean(competencyError()) }}
        aria-describedby={competencyError() ? `${prefix}-competencies-error` : `${prefix}-competencies-hint`}
      >
        <legend>{t("mentoring.competencies")}</legend>
        <p class="hint" id={`${prefix}-competencies-hint`}>
          {t("mentoring.competenciesHint", { max: MAX_COMPETENCIES })}
        </p>
        <For each={props.competencies}>
          {(competency) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`${prefix}-c-${competency.id}`}
                name="competencyIds"
                value={competency.id}
                checked={picked().includes(competency.id)}
                onChange={(event) => toggle(competency.id, event.currentTarget.checked)}
              />
              <label for={`${prefix}-c-${competency.id}`}>{competency.name}</label>
            </div>
          )}
        </For>
        <FieldError id={`${prefix}-competencies-error`} message={competencyError()} />
      </fieldset>
      <fieldset class="field goals">
        <legend>{t("mentoring.goals")}</legend>
        <p class="hint">{t("mentoring.goalsHint", { max: MAX_GOALS })}</p>
        <input type="hidden" name="goalCount" value={goalCount()} />
        <Index each={Array.from({ length: goalCount() })}>
          {(_, index) => (
            <div class="goal-row">
              <TextField
                id={`${prefix}-goal-${index}`}
                name={`goals.${index}.text`}
                label={t("mentoring.goalNumber", { n: index + 1 })}
                error={submission.error}
                maxLength={300}
                required
              />
              <SelectField
                id={`${prefix}-goal-${index}-competency`}
                name={`goals.${index}.competencyId`}
                label={t("mentoring.goalCompetencyLabel", { n: index + 1 })}
                options={goalOptions()}
                error={submission.error}
              />
            </div>
          )}
        </Index>
        <FieldError id={`${prefix}-goals-error`} message={goalsError()} />
        <div class="actions">
          <Show when={goalCount() < MAX_GOALS}>
            <button type="button" class="button secondary" onClick={() => setGoalCount(goalCount() + 1)}>
              {t("mentoring.addGoal")}
            </button>
          </Show>
          <Show when={goalCount() > 1}>
            <button type="button" class="button secondary" onClick={() => setGoalCount(goalCount() - 1)}>
              {t("mentoring.removeGoal")}
            </button>
          </Show>
        </div>
      </fieldset>
      <TextField
        id={`${prefix}-weeks`}
        name="weeks"
        type="number"
        inputMode="numeric"
        min={MIN_WEEKS}
        max={MAX_WEEKS}
        value={DEFAULT_WEEKS}
        label={t("mentoring.weeks")}
        hint={t("mentoring.weeksRange", { min: MIN_WEEKS, max: MAX_WEEKS })}
        error={submission.error}
        fieldClass="field-small"
        required
      />
      <TextAreaField
        id={`${prefix}-message`}
        name="message"
        label={props.kind === "coaching" ? t("mentoring.messageToMember") : t("mentoring.messageToMentor")}
        maxLength={1000}
        rows={3}
        error={submission.error}
      />
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending}>
          {props.kind === "coaching" ? t("mentoring.startCoaching") : t("mentoring.sendRequest")}
        </button>
      </div>
    </form>
  );
}
