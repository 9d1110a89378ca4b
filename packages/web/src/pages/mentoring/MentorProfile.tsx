// One's offer to mentor: availability, capacity, competencies with level, bio and modes.
import { A, createAsync, useSubmission } from "@solidjs/router";
import { For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { FieldError, fieldError, RequiredLegend, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { competencyLevelWithNumber, mentoringModeLabel } from "../../labels";
import { getCompetencies } from "../../queries";
import { MENTORING_MODES, type MentorProfile } from "../../types";
import { getMentorProfile, MENTOR_LEVELS, saveMentorProfileAction } from "./data";

function ProfileForm(props: { profile: MentorProfile; competencies: { id: string; name: string }[] }) {
  const ids = () => props.competencies.map((c) => c.id);
  const submission = useSubmission(saveMentorProfileAction);
  const levelOf = (id: string) => props.profile.competencies.find((c) => c.competencyId === id)?.level;
  const modesError = () => fieldError(submission.error, "modes");
  const levelOptions = MENTOR_LEVELS.map((level) => ({ value: level, label: competencyLevelWithNumber(level) }));

  return (
    <form action={saveMentorProfileAction.with(ids())} method="post" class="form" noValidate>
      <RequiredLegend />
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={submission.result}>
        <p>{t("mentorProfile.saved")}</p>
      </SuccessMessage>
      <div class="checkbox">
        <input type="checkbox" id="mentor-available" name="available" checked={props.profile.available} aria-describedby="mentor-available-hint" />
        <label for="mentor-available">{t("mentorProfile.available")}</label>
      </div>
      <p class="hint" id="mentor-available-hint">
        {t("mentorProfile.availableHint")}
      </p>
      <TextField
        id="mentor-capacity"
        name="capacity"
        type="number"
        inputMode="numeric"
        min={1}
        max={5}
        value={props.profile.capacity}
        label={t("mentorProfile.capacity")}
        hint={t("mentorProfile.capacityHint", { taken: props.profile.taken })}
        error={submission.error}
        fieldClass="field-small"
        required
      />
      <fieldset class="field">
        <legend>{t("mentorProfile.competencies")}</legend>
        <p class="hint">{t("mentorProfile.competenciesHint")}</p>
        <FieldError id="mentor-competencies-error" message={fieldError(submission.error, "competencies")} />
        <For each={props.competencies}>
          {(competency) => (
            <SelectField
              id={`mentor-level-${competency.id}`}
              name={`level.${competency.id}`}
              label={competency.name}
              placeholder={t("mentorProfile.notMentoring")}
              value={levelOf(competency.id)}
              options={levelOptions}
            />
          )}
        </For>
      </fieldset>
      <TextAreaField
        id="mentor-bio"
        name="bio"
        label={t("mentorProfile.bio")}
        hint={t("mentorProfile.bioHint")}
        maxLength={1000}
        rows={4}
        value={props.profile.bio}
        error={submission.error}
      />
      <fieldset
        class="field checkboxes"
        classList={{ "field-invalid": Boolean(modesError()) }}
        aria-describedby={modesError() ? "mentor-modes-error" : undefined}
      >
        <legend>{t("mentorProfile.modes")}</legend>
        <For each={MENTORING_MODES}>
          {(mode) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`mentor-mode-${mode}`}
                name="modes"
                value={mode}
                checked={props.profile.modes.includes(mode)}
                aria-invalid={modesError() ? "true" : undefined}
              />
              <label for={`mentor-mode-${mode}`}>{mentoringModeLabel(mode)}</label>
            </div>
          )}
        </For>
        <FieldError id="mentor-modes-error" message={modesError()} />
      </fieldset>
      <div class="actions">
        <button type="submit" class="button" disabled={submission.pending}>
          {t("mentorProfile.save")}
        </button>
      </div>
    </form>
  );
}

export default function MentorProfilePage() {
  const profile = createAsync(() => getMentorProfile());
  const dictionary = createAsync(() => getCompetencies());
  const competencies = () => (dictionary()?.items ?? []).map((c) => ({ id: c.id, name: c.name }));
  return (
    <section>
      <PageTitle>{t("mentorProfile.title")}</PageTitle>
      <p class="lead">{t("mentorProfile.intro")}</p>
      <Show when={profile() && dictionary() !== undefined}>
        <Card title={profile()!.offered ? t("mentorProfile.current") : t("mentorProfile.offer")} titleId="mentor-profile-form">
          <ProfileForm profile={profile()!} competencies={competencies()} />
        </Card>
      </Show>
      <p>
        <A href="/mentoring">{t("mentorship.back")}</A>
      </p>
    </section>
  );
}
