// The responders' editors for the forum's follow-up: announcing a public dialogue, publishing the
// minutes of one held, starting a service program from the unit's topics, and moving programs on.
import { A, createAsync, useAction, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show, Suspense, type JSX } from "solid-js";
import { Card } from "../../components/Card";
import { ErrorMessage, SuccessMessage, type ErrorOverrides } from "../../components/ErrorMessage";
import { FieldError, fieldError, RequiredLegend, SelectField, TextAreaField, TextField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { competencyLevelWithNumber, programStatusLabel } from "../../labels";
import { getCompetencies, getUnits } from "../../queries";
import { isAdmin, me } from "../../session";
import { formatDay, formatWita } from "../../time";
import { PROGRAM_STATUSES, type DialogSummary, type Program, type StaffTopic, type Unit } from "../../types";
import { ProgramProgress } from "../forum/ProgramProgress";
import { RequireAccess } from "./Access";
import { listForumQueue, mayRespond } from "./data";
import {
  createDialogAction,
  createProgramAction,
  dialogMinutesAction,
  listEditorDialogs,
  listEditorPrograms,
  milestoneDoneAction,
  programStatusAction,
} from "./editors";

const EDITOR_ERRORS: ErrorOverrides = {
  invalid_transition: "forumEditors.invalidTransition",
  conflict: "forumEditors.conflict",
  invalid_unit: "forumStaff.invalidUnit",
};

/** Resets a form once its submission succeeded. */
function resetOnSuccess(result: () => unknown, form: () => HTMLFormElement | undefined) {
  createEffect(on(result, (value) => value && form()?.reset(), { defer: true }));
}

/** The unit the page works for: an admin's choice, a supervisor's own. */
interface UnitChoice {
  unit: () => Unit | undefined;
  /** What the API takes: a code, or nothing for a supervisor's own unit. */
  code: () => string | undefined;
}

/** The unit's open topics, to link to a dialogue or a program. */
function TopicChoice(props: { id: string; topics: readonly StaffTopic[]; error: unknown }) {
  const message = () => fieldError(props.error, "topicIds");
  return (
    <fieldset class="field" id={props.id} aria-describedby={message() ? `${props.id}-error` : undefined}>
      <legend>{t("forumEditors.topics")}</legend>
      <Show when={props.topics.length > 0} fallback={<p class="muted">{t("forumEditors.noTopics")}</p>}>
        <ul class="plain-list">
          <For each={props.topics}>
            {(topic) => (
              <li>
                <label>
                  <input type="checkbox" name="topicIds" value={topic.id} /> {topic.title}
                </label>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <FieldError id={`${props.id}-error`} message={message()} />
    </fieldset>
  );
}

function DialogForm(props: { choice: UnitChoice; topics: readonly StaffTopic[] }) {
  const submission = useSubmission(createDialogAction);
  let form: HTMLFormElement | undefined;
  resetOnSuccess(() => submission.result, () => form);
  return (
    <Card title={t("forumEditors.dialogTitle")} titleId="dialog-form-title">
      <form
        ref={form}
        action={createDialogAction.with(props.choice.code())}
        method="post"
        class="form"
        noValidate
        aria-labelledby="dialog-form-title"
      >
        <RequiredLegend />
        <ErrorMessage error={submission.error} overrides={EDITOR_ERRORS} />
        <SuccessMessage when={submission.result && !submission.pending}>
          <p>
            {t("forumEditors.announced")}{" "}
            <Show when={submission.result}>{(dialog) => <A href={`/forum/dialog/${encodeURIComponent(dialog().id)}`}>{dialog().title}</A>}</Show>
          </p>
        </SuccessMessage>
        <TextField id="dialog-title" name="title" label={t("forumEditors.title")} maxLength={160} required error={submission.error} />
        <TextField id="dialog-starts" name="startsAt" type="datetime-local" label={t("forumEditors.startsAt")} hint={t("forumEditors.startsAtHint")} required error={submission.error} />
        <TextField id="dialog-place" name="place" label={t("forumEditors.place")} hint={t("forumEditors.placeHint")} maxLength={200} error={submission.error} />
        <TextField id="dialog-link" name="onlineUrl" type="url" label={t("forumEditors.onlineUrl")} maxLength={500} error={submission.error} />
        <TextAreaField id="dialog-agenda" name="agenda" label={t("forumEditors.agenda")} rows={5} maxLength={4000} required error={submission.error} />
        <TopicChoice id="dialog-topics" topics={props.topics} error={submission.error} />
        <div class="actions">
          <button type="submit" class="button" disabled={submission.pending}>
            {t("forumEditors.announce")}
          </button>
        </div>
      </form>
    </Card>
  );
}

function MinutesForm(props: { dialogs: readonly DialogSummary[]; pager: JSX.Element }) {
  const submission = useSubmission(dialogMinutesAction);
  let form: HTMLFormElement | undefined;
  resetOnSuccess(() => submission.result, () => form);
  const past = () => props.dialogs.filter((dialog) => dialog.past);
  return (
    <Card title={t("forumEditors.minutesTitle")} titleId="minutes-form-title">
      <Show when={past().length > 0} fallback={<p class="muted">{t("forumEditors.noPastDialogs")}</p>}>
        <form ref={form} action={dialogMinutesAction} method="post" class="form" noValidate aria-labelledby="minutes-form-title">
          <RequiredLegend />
          <ErrorMessage error={submission.error} overrides={EDITOR_ERRORS} />
          <SuccessMessage when={submission.result && !submission.pending}>
            <p>{t("forumEditors.minutesPublished")}</p>
          </SuccessMessage>
          <SelectField
            id="minutes-dialog"
            name="dialogId"
            label={t("forumEditors.dialog")}
            placeholder={t("forumEditors.chooseDialog")}
            options={past().map((dialog) => ({
              value: dialog.id,
              label: `${dialog.title} · ${formatWita(dialog.startsAt)}${dialog.minutes ? ` · ${t("forumEditors.hasMinutes")}` : ""}`,
            }))}
            required
            error={submission.error}
          />
          <TextAreaField id="minutes-text" name="minutes" label={t("forumEditors.minutes")} rows={6} maxLength={20000} required error={submission.error} />
          <TextField id="minutes-attendees" name="attendees" type="number" min={0} inputMode="numeric" label={t("forumEditors.attendees")} required error={submission.error} />
          <TextAreaField id="minutes-outcomes" name="outcomes" label={t("forumEditors.outcomes")} hint={t("forumEditors.onePerLine")} rows={4} error={submission.error} />
          <div class="actions">
            <button type="submit" class="button" disabled={submission.pending}>
              {t("forumEditors.publishMinutes")}
            </button>
          </div>
        </form>
      </Show>
      {props.pager}
    </Card>
  );
}

function ProgramForm(props: { choice: UnitChoice; topics: readonly StaffTopic[] }) {
  const submission = useSubmission(createProgramAction);
  const dictionary = createAsync(() => getCompetencies());
  const competencies = () => dictionary()?.items ?? [];
  let form: HTMLFormElement | undefined;
  resetOnSuccess(() => submission.result, () => form);
  return (
    <Card title={t("forumEditors.programTitle")} titleId="program-form-title">
      <form
        ref={form}
        action={createProgramAction.with(props.choice.unit()?.code ?? "", competencies().map((c) => c.id))}
        method="post"
        class="form"
        noValidate
        aria-labelledby="program-form-title"
      >
        <RequiredLegend />
        <ErrorMessage error={submission.error} overrides={EDITOR_ERRORS} />
        <SuccessMessage when={submission.result && !submission.pending}>
          <p>{t("forumEditors.programCreated")}</p>
        </SuccessMessage>
        <TextField id="program-title" name="title" label={t("forumEditors.title")} maxLength={160} required error={submission.error} />
        <TextAreaField id="program-description" name="description" label={t("forumEditors.description")} rows={4} maxLength={4000} required error={submission.error} />
        <TopicChoice id="program-topics" topics={props.topics} error={submission.error} />
        <TextAreaField
          id="program-milestones"
          name="milestones"
          label={t("forumEditors.milestones")}
          hint={t("forumEditors.milestonesHint")}
          rows={4}
          required
          error={submission.error}
        />
        <Show when={competencies().length > 0}>
          <fieldset class="field">
            <legend>{t("forumEditors.competencyNeeds")}</legend>
            <p class="hint">{t("forumEditors.competencyNeedsHint")}</p>
            <For each={competencies()}>
              {(competency) => (
                <SelectField
                  id={`program-need-${competency.id}`}
                  name={`need-${competency.id}`}
                  label={competency.name}
                  placeholder={t("forumEditors.notNeeded")}
                  options={[1, 2, 3, 4, 5].map((level) => ({ value: level, label: competencyLevelWithNumber(level) }))}
                  fieldClass="field-small"
                />
              )}
            </For>
          </fieldset>
        </Show>
        <div class="actions">
          <button type="submit" class="button" disabled={submission.pending}>
            {t("forumEditors.createProgram")}
          </button>
        </div>
      </form>
    </Card>
  );
}

/** One program: its state, and a button for each milestone not done yet. */
function ProgramEditor(props: { program: Program }) {
  const setStatus = useAction(programStatusAction);
  const markDone = useAction(milestoneDoneAction);
  const statusSubmission = useSubmission(programStatusAction, ([id]) => id === props.program.id);
  const milestoneSubmission = useSubmission(milestoneDoneAction, ([id]) => id === props.program.id);
  const headingId = () => `program-${props.program.id}`;
  return (
    <li class="program-editor" data-testid="program-editor">
      <h3 id={headingId()}>
        <A href={`/forum/program/${encodeURIComponent(props.program.id)}`}>{props.program.title}</A>
      </h3>
      <ProgramProgress progress={props.program.progress} label={t("forumEditors.progressOf", { title: props.program.title })} />
      <ErrorMessage error={statusSubmission.error ?? milestoneSubmission.error} overrides={EDITOR_ERRORS} />
      <SelectField
        id={`program-status-${props.program.id}`}
        name="status"
        label={t("forumEditors.programStatus")}
        value={props.program.status}
        options={PROGRAM_STATUSES.map((value) => ({ value, label: programStatusLabel(value) }))}
        fieldClass="field-small"
        disabled={statusSubmission.pending}
        onChange={(event) => void setStatus(props.program.id, event.currentTarget.value).catch(() => undefined)}
      />
      <ul class="plain-list" aria-labelledby={headingId()}>
        <For each={props.program.milestones}>
          {(milestone) => (
            <li>
              {formatDay(milestone.targetDate)} · {milestone.title}{" "}
              <Show
                when={!milestone.done}
                fallback={<span class="badge">{t("forumEditors.milestoneDone", { day: formatDay(milestone.doneAt) })}</span>}
              >
                <button
                  type="button"
                  class="button button-small"
                  aria-label={t("forumEditors.markDoneOf", { title: milestone.title })}
                  disabled={milestoneSubmission.pending}
                  onClick={() => void markDone(props.program.id, milestone.id).catch(() => undefined)}
                >
                  {t("forumEditors.markDone")}
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </li>
  );
}

function Editors() {
  const units = createAsync(() => getUnits().catch(() => [] as Unit[]));
  const [unitId, setUnitId] = createSignal(me()?.unitId ?? "");
  const unit = () => (units() ?? []).find((u) => u.id === (isAdmin() ? unitId() : me()?.unitId));
  const choice: UnitChoice = { unit, code: () => (isAdmin() ? unit()?.code : undefined) };
  const queue = createAsync(() => listForumQueue({ unitId: isAdmin() ? unitId() : "", status: "", overdue: "", cursor: null }));
  const dialogPages = createCursorPages();
  const programPages = createCursorPages();
  // Another unit starts both lists again from their first page.
  createEffect(on(unitId, () => (dialogPages.restart(), programPages.restart()), { defer: true }));
  const dialogs = createAsync(() => listEditorDialogs(choice.code(), dialogPages.cursor()));
  const programs = createAsync(() => listEditorPrograms(choice.code(), programPages.cursor()));
  return (
    <>
      <Show when={isAdmin()}>
        <form class="filters" aria-label={t("forumEditors.unitChoice")} onSubmit={(event) => event.preventDefault()}>
          <SelectField
            id="editors-unit"
            name="unitId"
            label={t("forumStaff.unit")}
            value={unitId()}
            placeholder={t("forumEditors.chooseUnit")}
            options={(units() ?? []).map((u) => ({ value: u.id, label: u.name }))}
            fieldClass="field-small"
            onChange={(event) => setUnitId(event.currentTarget.value)}
          />
        </form>
      </Show>
      <DialogForm choice={choice} topics={queue()?.items ?? []} />
      <MinutesForm
        dialogs={dialogs()?.items ?? []}
        pager={<CursorPager label={t("forumEditors.dialogPages")} pages={dialogPages} next={dialogs()?.cursor} />}
      />
      <ProgramForm choice={choice} topics={queue()?.items ?? []} />
      <Card title={t("forumEditors.programsTitle")} titleId="programs-title">
        <Show when={(programs()?.items ?? []).length > 0} fallback={<p class="muted">{t("forumEditors.noPrograms")}</p>}>
          <ul class="plain-list">
            <For each={programs()?.items}>{(program) => <ProgramEditor program={program} />}</For>
          </ul>
        </Show>
        <CursorPager label={t("forumEditors.programsTitle")} pages={programPages} next={programs()?.cursor} />
      </Card>
    </>
  );
}

export default function DialogProgram() {
  return (
    <RequireAccess when={mayRespond()}>
      <section class="forum-editors">
        <PageTitle>{t("forumEditors.pageTitle")}</PageTitle>
        <p class="lead">{t("forumEditors.intro")}</p>
        <Suspense>
          <Editors />
        </Suspense>
      </section>
    </RequireAccess>
  );
}
