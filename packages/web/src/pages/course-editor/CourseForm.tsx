// The course form: basics, registration window, completion rule and the repeating parts.
import { A, action, useSubmission } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { ErrorMessage } from "../../components/ErrorMessage";
import { CategoryOptions, CourseFormOptions } from "../../components/Selects";
import { text } from "../../forms";
import { t } from "../../i18n";
import { isoToWitaInput, witaYear } from "../../time";
import type { Course } from "../../types";
import { saveCourseAction, coursePathLabel } from "./data";
import { type SessionRow, type CompetencyRow, nextKey, SessionFields, CompetencyFields, EligibilityFields, InstitutionSelect } from "./fields";

export function CourseForm(props: { course?: Course }) {
  const courseId = () => props.course?.id ?? "";
  const submission = useSubmission(saveCourseAction, ([id]) => id === courseId());
  const course = props.course;
  const sessions: SessionRow[] = course?.sessions.length
    ? course.sessions.map((session) => ({
        key: nextKey(),
        startsAt: isoToWitaInput(session.startsAt),
        endsAt: isoToWitaInput(session.endsAt),
        place: session.place ?? "",
        onlineUrl: session.onlineUrl ?? "",
      }))
    : [{ key: nextKey(), startsAt: "", endsAt: "", place: "", onlineUrl: "" }];
  const competencies: CompetencyRow[] = course
    ? course.competencies.map((item) => ({ key: nextKey(), ...item }))
    : [{ key: nextKey(), competencyId: "", targetLevel: 1 }];

  return (
    <form action={saveCourseAction.with(courseId())} method="post" class="form course-form" data-testid="course-form">
      <fieldset class="card-fieldset">
        <legend>{t("editor.basics")}</legend>
        <div class="field-row">
          <div class="field field-small">
            <label for="course-code">{t("course.code")}</label>
            <input
              id="course-code"
              name="code"
              type="text"
              value={course?.code ?? ""}
              autocomplete="off"
              pattern="[A-Za-z0-9\-]{2,40}"
              readonly={Boolean(course)}
              aria-describedby="course-code-hint"
              required
            />
            <p class="hint" id="course-code-hint">
              {course ? t("editor.codeFixed") : t("editor.codeHint")}
            </p>
          </div>
          <div class="field field-small">
            <label for="course-year">{t("course.year")}</label>
            <input
              id="course-year"
              name="year"
              type="number"
              inputmode="numeric"
              min="2000"
              max="2100"
              value={course?.year ?? witaYear()}
              required
            />
          </div>
        </div>
        <div class="field">
          <label for="course-title">{t("course.title")}</label>
          <input id="course-title" name="title" type="text" value={course?.title ?? ""} autocomplete="off" required />
        </div>
        <div class="field">
          <label for="course-description">{t("course.description")}</label>
          <textarea
            id="course-description"
            name="description"
            class="prose"
            rows={4}
            value={course?.description ?? ""}
          />
        </div>
        <div class="field-row">
          <div class="field">
            <label for="course-category">{t("course.category")}</label>
            <select id="course-category" name="category" required>
              <option value="">{t("editor.chooseCategory")}</option>
              <CategoryOptions value={course?.category} />
            </select>
          </div>
          <div class="field">
            <label for="course-form-kind">{t("course.form")}</label>
            <select id="course-form-kind" name="form" required>
              <option value="">{t("editor.chooseForm")}</option>
              <CourseFormOptions value={course?.form} />
            </select>
          </div>
        </div>
        <div class="field-row">
          <div class="field field-small">
            <label for="course-jp">{t("course.jp")}</label>
            <input id="course-jp" name="jp" type="number" inputmode="numeric" min="1" value={course?.jp ?? ""} required />
          </div>
          <div class="field field-small">
            <label for="course-capacity">{t("course.capacity")}</label>
            <input
              id="course-capacity"
              name="capacity"
              type="number"
              inputmode="numeric"
              min="1"
              value={course?.capacity ?? ""}
              required
            />
          </div>
        </div>
        <Suspense>
          <InstitutionSelect value={course?.institutionId} />
        </Suspense>
      </fieldset>

      <fieldset class="card-fieldset">
        <legend>{t("editor.window")}</legend>
        <p class="hint">{t("editor.timesHint")}</p>
        <div class="field-row">
          <div class="field">
            <label for="course-opens">{t("editor.enrollOpens")}</label>
            <input
              id="course-opens"
              name="enrollOpensAt"
              type="datetime-local"
              value={isoToWitaInput(course?.enrollOpensAt)}
              required
            />
          </div>
          <div class="field">
            <label for="course-closes">{t("editor.enrollCloses")}</label>
            <input
              id="course-closes"
              name="enrollClosesAt"
              type="datetime-local"
              value={isoToWitaInput(course?.enrollClosesAt)}
              required
            />
          </div>
        </div>
      </fieldset>

      <SessionFields initial={sessions} />
      <fieldset class="card-fieldset">
        <legend>{t("editor.completion")}</legend>
        <div class="field field-small">
          <label for="course-min-attendance">{t("editor.minAttendance")}</label>
          <p class="hint" id="course-min-attendance-hint">
            {t("editor.minAttendanceHint")}
          </p>
          <input
            id="course-min-attendance"
            name="minAttendancePercent"
            type="number"
            inputmode="numeric"
            min="1"
            max="100"
            step="1"
            value={course?.minAttendancePercent ?? 100}
            aria-describedby="course-min-attendance-hint"
            required
          />
        </div>
      </fieldset>
      <Suspense>
        <CompetencyFields initial={competencies} />
      </Suspense>
      <Suspense>
        <EligibilityFields course={course} />
      </Suspense>

      <ErrorMessage error={submission.error} pathLabel={coursePathLabel} overrides={{ conflict: "editor.codeTaken" }} />
      <Show when={!course}>
        <p class="hint">{t("editor.draftNote")}</p>
      </Show>
      <button type="submit" class="button" disabled={submission.pending}>
        {t("editor.save")}
      </button>
    </form>
  );
}
