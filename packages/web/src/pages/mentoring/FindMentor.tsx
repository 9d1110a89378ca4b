// Mentors suggested to the signed-in person, with their score in words, and the request to one of them.
import { A, createAsync } from "@solidjs/router";
import { createMemo, createSignal, For, Show, Suspense } from "solid-js";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { SelectField } from "../../components/FormField";
import { t } from "../../i18n";
import { competencyLevelWithNumber } from "../../labels";
import { getCompetencies } from "../../queries";
import type { MentorSuggestion } from "../../types";
import { getSuggestions } from "./data";
import { RequestForm } from "./RequestForm";

export function FindMentor() {
  const [competencyId, setCompetencyId] = createSignal("");
  const [unit, setUnit] = createSignal("");
  const [chosen, setChosen] = createSignal<MentorSuggestion>();
  const [loadError, setLoadError] = createSignal<unknown>();
  const dictionary = createAsync(() => getCompetencies());
  const suggestions = createAsync(async () => {
    setLoadError(undefined);
    try {
      return await getSuggestions(competencyId());
    } catch (error) {
      setLoadError(error);
      return [];
    }
  });
  const nameOf = (id: string) => dictionary()?.items.find((c) => c.id === id)?.name ?? id;
  const units = createMemo(() => [...new Set((suggestions() ?? []).map((s) => s.unitName))].sort((a, b) => a.localeCompare(b)));
  const shown = () => (suggestions() ?? []).filter((s) => !unit() || s.unitName === unit());
  /** What one may ask the chosen mentor for: every competency they were suggested in here. */
  const chosenCompetencies = () => {
    const mentor = chosen();
    if (!mentor) return [];
    const ids = new Set([mentor.competencyId, ...(suggestions() ?? []).filter((s) => s.mentorId === mentor.mentorId).map((s) => s.competencyId)]);
    return [...ids].map((id) => ({ id, name: nameOf(id) }));
  };
  let heading: HTMLHeadingElement | undefined;
  const choose = (suggestion: MentorSuggestion) => {
    setChosen(suggestion);
    queueMicrotask(() => heading?.focus());
  };

  return (
    <Card title={t("mentoring.find")} titleId="find-mentor-title">
      <p class="muted">{t("mentoring.findIntro")}</p>
      <div class="filters">
        <SelectField
          id="mentor-competency"
          name="competencyId"
          label={t("mentoring.filterCompetency")}
          placeholder={t("mentoring.allGaps")}
          value={competencyId()}
          options={(dictionary()?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(event) => {
            setChosen(undefined);
            setCompetencyId(event.currentTarget.value);
          }}
        />
        <SelectField
          id="mentor-unit"
          name="unit"
          label={t("mentoring.filterUnit")}
          placeholder={t("mentoring.allUnits")}
          value={unit()}
          options={units().map((name) => ({ value: name, label: name }))}
          onChange={(event) => setUnit(event.currentTarget.value)}
        />
      </div>
      <ErrorMessage error={loadError()} />
      <Suspense fallback={<p class="muted">{t("app.loading")}</p>}>
        <Show when={shown().length > 0} fallback={<EmptyState testId="no-mentors">{t("mentoring.noSuggestions")}</EmptyState>}>
          <ul class="suggestions" aria-label={t("mentoring.suggestions")}>
            <For each={shown()}>
              {(suggestion) => (
                <li class="suggestion">
                  <article aria-labelledby={`mentor-${suggestion.mentorId}-${suggestion.competencyId}`}>
                    <h3 id={`mentor-${suggestion.mentorId}-${suggestion.competencyId}`}>{suggestion.name}</h3>
                    <p class="muted">
                      {suggestion.position} · {suggestion.unitName}
                    </p>
                    <p>
                      {t("mentoring.mentorsIn", { competency: nameOf(suggestion.competencyId), level: competencyLevelWithNumber(suggestion.level) })}
                      {" · "}
                      <strong>{t("mentoring.score", { score: Math.round(suggestion.score) })}</strong>
                    </p>
                    <Show when={suggestion.reasons.length > 0}>
                      <ul class="reasons" aria-label={t("mentoring.reasons", { name: suggestion.name })}>
                        <For each={suggestion.reasons}>{(reason) => <li>{reason}</li>}</For>
                      </ul>
                    </Show>
                    <p>
                      <A href={`/mentoring/mentor/${encodeURIComponent(suggestion.mentorId)}`}>{t("mentorView.open", { name: suggestion.name })}</A>
                    </p>
                    <button
                      type="button"
                      class="button secondary"
                      aria-expanded={chosen() === suggestion}
                      aria-controls="mentor-request"
                      onClick={() => choose(suggestion)}
                    >
                      {t("mentoring.askMentor", { name: suggestion.name })}
                    </button>
                  </article>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Suspense>
      <div id="mentor-request">
        <Show when={chosen()} keyed>
          {(mentor) => (
            <section class="request" aria-labelledby="mentor-request-title">
              <h3 id="mentor-request-title" ref={heading} tabindex="-1">
                {t("mentoring.requestTitle", { name: mentor.name })}
              </h3>
              <RequestForm kind="mentoring" mentorId={mentor.mentorId} competencies={chosenCompetencies()} initial={[mentor.competencyId]} />
              <button type="button" class="button secondary" onClick={() => setChosen(undefined)}>
                {t("mentoring.closeRequest")}
              </button>
            </section>
          )}
        </Show>
      </div>
    </Card>
  );
}
