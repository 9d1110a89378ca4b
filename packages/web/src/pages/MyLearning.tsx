import { A, action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createEffect, createSignal, For, on, Show, Suspense } from "solid-js";
import { api } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { RequiredLegend, TextField } from "../components/TextField";
import { formatGapToStandard } from "../evaluation";
import { text, type FormInput } from "../forms";
import { t } from "../i18n";
import { ledgerStatusLabel, sourceLabel } from "../labels";
import { getApprovals, getCompetencies, getLearning, getRecommendations } from "../queries";
import { formatDay, witaYear } from "../time";
import type { CurrentEnrollment, LearningSummary, LedgerEntry } from "../types";

/** How many past years the year choice offers. */
const YEARS_BACK = 5;

export const reportExternalAction = action(async (form: FormInput) => {
  const entry = await api.reportExternal({
    title: text(form, "title"),
    institution: text(form, "institution"),
    source: text(form, "source") === "self_study" ? "self_study" : "external",
    startDate: text(form, "startDate"),
    endDate: text(form, "endDate"),
    jp: text(form, "jp") === "" ? (undefined as unknown as number) : Number(text(form, "jp")),
    evidence: text(form, "evidence"),
  });
  await revalidate([getLearning.key, getApprovals.key]);
  return entry;
}, "report-external");

function period(entry: LedgerEntry): string {
  const start = formatDay(entry.startDate);
  const end = formatDay(entry.endDate);
  return !end || start === end ? start : `${start} – ${end}`;
}

export function JpProgress(props: { summary: LearningSummary }) {
  const target = () => props.summary.targetJp || 20;
  const total = () => props.summary.totalJp;
  const left = () => Math.max(0, target() - total());
  return (
    <section class="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t("learning.progress", { year: props.summary.year })}</h2>
      <div class="progress-row">
        <progress
          class="jp-progress"
          max={target()}
          value={Math.min(total(), target())}
          aria-labelledby="progress-title"
          aria-describedby="progress-text"
        />
        <p id="progress-text" class="progress-text">
          <strong>{t("learning.progressText", { total: total(), target: target() })}</strong>
        </p>
      </div>
      <p>
        {left() > 0
          ? t("learning.targetLeft", { left: left(), target: target() })
          : t("learning.targetMet", { target: target() })}
      </p>
      <Show when={props.summary.pendingJp > 0}>
        <p class="muted">{t("learning.pending", { jp: props.summary.pendingJp })}</p>
      </Show>
      <Show when={(props.summary.upcomingJp ?? 0) > 0}>
        <p class="muted" data-testid="upcoming-jp">
          {t("learning.upcoming", { jp: props.summary.upcomingJp })}
        </p>
      </Show>
    </section>
  );
}

function EnrollmentState(props: { item: CurrentEnrollment }) {
  return (
    <>
      <Show when={props.item.status === "waitlisted"} fallback={<strong>{t("enrollment.enrolled")}</strong>}>
        <strong>{t("course.waitlistedStatus", { position: props.item.position ?? "?" })}</strong>
      </Show>
      {" · "}
      {t(`learning.phase.${props.item.phase}`)}
      <Show when={props.item.nominatedBy}>
        {" · "}
        {props.item.nominatedByName
          ? t("learning.nominatedBy", { name: props.item.nominatedByName })
          : t("learning.nominated")}
      </Show>
    </>
  );
}

/** What the person is signed up for and has not finished: seats, waitlist places, nominations. */
export function CurrentTraining(props: { items: CurrentEnrollment[] }) {
  return (
    <section class="card" aria-labelledby="current-title">
      <h2 id="current-title">{t("learning.current")}</h2>
      <p class="muted">{t("learning.currentIntro")}</p>
      <Show
        when={props.items.length > 0}
        fallback={
          <p class="empty">
            {t("learning.currentEmpty")} <A href="/kursus">{t("learning.toCatalog")}</A>
          </p>
        }
      >
        <ul class="plain-list current-list">
          <For each={props.items}>
            {(item) => (
              <li data-testid="current-enrollment">
                <A href={`/kursus/${encodeURIComponent(item.courseId)}`}>{item.courseTitle}</A>
                <span class="block">
                  <EnrollmentState item={item} />
                </span>
                <span class="block muted">
                  {t("learning.dates", { from: formatDay(item.startsAt), to: formatDay(item.endsAt) })}
                  {" · "}
                  {item.status === "enrolled"
                    ? t("learning.jpOnCompletion", { jp: item.jp })
                    : t("learning.jpIfSeat", { jp: item.jp })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function History(props: { summary: LearningSummary }) {
  const caption = () => t("learning.history", { year: props.summary.year });
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">{caption()}</h2>
      <Show when={props.summary.entries.length > 0} fallback={<p class="empty">{t("learning.historyEmpty")}</p>}>
        <div class="table-wrap">
          <table class="data-table stack-on-phone">
            <caption class="visually-hidden">{caption()}</caption>
            <thead>
              <tr>
                <th scope="col">{t("learning.date")}</th>
                <th scope="col">{t("learning.titleCol")}</th>
                <th scope="col">{t("learning.source")}</th>
                <th scope="col">{t("learning.institution")}</th>
                <th scope="col">{t("learning.jp")}</th>
                <th scope="col">{t("learning.status")}</th>
              </tr>
            </thead>
            <tbody>
              <For each={props.summary.entries}>
                {(entry) => (
                  <tr>
                    <td data-label={t("learning.date")}>{period(entry)}</td>
                    <th scope="row" data-label={t("learning.titleCol")}>
                      <Show when={entry.courseId} fallback={entry.title}>
                        {(courseId) => <A href={`/kursus/${encodeURIComponent(courseId())}`}>{entry.title}</A>}
                      </Show>
                    </th>
                    <td data-label={t("learning.source")}>{sourceLabel(entry.source)}</td>
                    <td data-label={t("learning.institution")}>{entry.institution}</td>
                    <td data-label={t("learning.jp")} class="number">
                      {entry.jp}
                    </td>
                    <td data-label={t("learning.status")}>
                      {ledgerStatusLabel(entry.status)}
                      <Show when={entry.note}>
                        {(note) => <span class="block muted">{t("learning.note", { note: note() })}</span>}
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

function Certificates(props: { summary: LearningSummary }) {
  const withCertificate = () => props.summary.entries.filter((entry) => entry.certificateCode);
  return (
    <section class="card" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t("learning.certificates")}</h2>
      <Show when={withCertificate().length > 0} fallback={<p class="empty">{t("learning.certificatesEmpty")}</p>}>
        <ul class="plain-list">
          <For each={withCertificate()}>
            {(entry) => (
              <li>
                <A href={`/sertifikat/${encodeURIComponent(entry.certificateCode!)}`}>{entry.title}</A>{" "}
                <span class="muted nip">({t("learning.certificateCode", { code: entry.certificateCode! })})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}

function ExternalForm() {
  const submission = useSubmission(reportExternalAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (entry) => entry && formElement?.reset()));
  return (
    <section class="card" aria-labelledby="external-title">
      <h2 id="external-title">{t("learning.external")}</h2>
      <p class="muted">{t("learning.externalIntro")}</p>
      <form ref={formElement} action={reportExternalAction} method="post" class="form">
        <RequiredLegend />
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("learning.extDone")}</p>
        </SuccessMessage>
        <TextField id="external-title-input" name="title" label={t("learning.extTitle")} autocomplete="off" required error={submission.error} />
        <TextField
          id="external-institution"
          name="institution"
          label={t("learning.extInstitution")}
          autocomplete="off"
          required
          error={submission.error}
        />
        <div class="field">
          <label for="external-source">{t("learning.extSource")}</label>
          <select id="external-source" name="source" required>
            <option value="external">{sourceLabel("external")}</option>
            <option value="self_study">{sourceLabel("self_study")}</option>
          </select>
        </div>
        <div class="field-row">
          <TextField id="external-start" name="startDate" type="date" label={t("learning.extStart")} required error={submission.error} />
          <TextField id="external-end" name="endDate" type="date" label={t("learning.extEnd")} required error={submission.error} />
        </div>
        <TextField
          id="external-jp"
          name="jp"
          type="number"
          inputmode="numeric"
          min="1"
          label={t("learning.extJp")}
          hint={t("learning.extJpHint")}
          required
          error={submission.error}
        />
        <TextField
          id="external-evidence"
          name="evidence"
          label={t("learning.extEvidence")}
          autocomplete="off"
          minlength={3}
          required
          error={submission.error}
        />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("learning.extSubmit")}
        </button>
      </form>
    </section>
  );
}

function Recommendations() {
  const recommendations = createAsync(() => getRecommendations());
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((competency) => competency.id === id)?.name ?? id;
  return (
    <Show when={recommendations()}>
      {(items) => (
        <section class="card" aria-labelledby="recommendations-title">
          <h2 id="recommendations-title">{t("learning.recommendations")}</h2>
          <p class="muted">{t("learning.recommendationsIntro")}</p>
          <Show when={items().length > 0} fallback={<p class="empty">{t("learning.recommendationsEmpty")}</p>}>
            <ul class="plain-list">
              <For each={items()}>
                {(item) => (
                  <li>
                    <A href={`/kursus/${encodeURIComponent(item.course.id)}`}>{item.course.title}</A>
                    <span class="block muted">
                      {t("learning.gap", {
                        competency: nameOf(item.competencyId),
                        standard: item.standardLevel,
                        current: item.currentLevel,
                        gap: formatGapToStandard(item.gapToStandard),
                      })}
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </section>
      )}
    </Show>
  );
}

function YearSummary(props: { year: number }) {
  const summary = createAsync(() => getLearning("", props.year));
  return (
    <Show when={summary()}>
      {(s) => (
        <>
          <JpProgress summary={s()} />
          <CurrentTraining items={s().enrollments ?? []} />
          <History summary={s()} />
          <Certificates summary={s()} />
        </>
      )}
    </Show>
  );
}

export default function MyLearning() {
  const thisYear = witaYear();
  const [year, setYear] = createSignal(thisYear);
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, index) => thisYear - index);
  return (
    <section>
      <PageTitle>{t("learning.title")}</PageTitle>
      <div class="field year-field">
        <label for="learning-year">{t("learning.year")}</label>
        <select id="learning-year" onChange={(event) => setYear(Number(event.currentTarget.value))}>
          <For each={years}>
            {(value) => (
              <option value={value} selected={value === year()}>
                {value}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="columns">
        <div>
          <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
            <YearSummary year={year()} />
          </Suspense>
        </div>
        <div>
          <ExternalForm />
          <Suspense>
            <Recommendations />
          </Suspense>
        </div>
      </div>
    </section>
  );
}
