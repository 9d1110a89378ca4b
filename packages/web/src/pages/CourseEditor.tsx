import { A, action, createAsync, redirect, revalidate, useParams, useSubmission } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { api } from "../api";
import { ErrorMessage, type PathLabel } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { CategoryOptions, CompetencyOptions, CourseFormOptions } from "../components/Selects";
import { all, text, type FormInput } from "../forms";
import { t, type MessageKey } from "../i18n";
import { getCourse, getInstitutions, getUnits, listCourses } from "../queries";
import { isoToWitaInput, witaInputToIso, witaYear } from "../time";
import { POSITION_LEVELS, type Course, type CourseCategory, type CourseForm, type CourseInput, type PositionLevel } from "../types";

function numberOrUndefined(value: string): number {
  // An empty box is left out of the JSON, so the API names the missing field.
  return value === "" ? (undefined as unknown as number) : Number(value);
}

/** Reads the editor's form into what the API takes; times typed in WITA become UTC instants. */
export function readCourseForm(form: FormInput): CourseInput {
  const starts = all(form, "sessionStartsAt");
  const ends = all(form, "sessionEndsAt");
  const places = all(form, "sessionPlace");
  const links = all(form, "sessionOnlineUrl");
  const sessions = starts.map((startsAt, index) => {
    const place = (places[index] ?? "").trim();
    const onlineUrl = (links[index] ?? "").trim();
    return {
      startsAt: witaInputToIso(startsAt),
      endsAt: witaInputToIso(ends[index] ?? ""),
      ...(place ? { place } : {}),
      ...(onlineUrl ? { onlineUrl } : {}),
    };
  });
  const levels = all(form, "targetLevel");
  const competencies = all(form, "competencyId")
    .map((competencyId, index) => ({ competencyId, targetLevel: Number(levels[index] ?? "") }))
    .filter((item) => item.competencyId !== "");

  return {
    code: text(form, "code"),
    year: numberOrUndefined(text(form, "year")),
    title: text(form, "title"),
    description: text(form, "description"),
    category: text(form, "category") as CourseCategory,
    form: text(form, "form") as CourseForm,
    competencies,
    jp: numberOrUndefined(text(form, "jp")),
    institutionId: text(form, "institutionId"),
    capacity: numberOrUndefined(text(form, "capacity")),
    sessions,
    enrollOpensAt: witaInputToIso(text(form, "enrollOpensAt")),
    enrollClosesAt: witaInputToIso(text(form, "enrollClosesAt")),
    eligibility: {
      unitIds: all(form, "eligibleUnitIds"),
      positionLevels: all(form, "eligiblePositionLevels") as PositionLevel[],
    },
    ...(form.has("minAttendancePercent") ? { minAttendancePercent: numberOrUndefined(text(form, "minAttendancePercent")) } : {}),
  };
}

/** `courseId` empty creates a draft; otherwise the course is changed. Either way its page opens next. */
export const saveCourseAction = action(async (courseId: string, form: FormInput) => {
  const input = readCourseForm(form);
  const course = courseId ? await api.updateCourse(courseId, input) : await api.createCourse(input);
  await revalidate([getCourse.key, listCourses.key]);
  throw redirect(`/kursus/${encodeURIComponent(course.id)}`);
}, "save-course");

const FIELD_LABELS: Record<string, MessageKey> = {
  code: "course.code",
  year: "course.year",
  title: "course.title",
  description: "course.description",
  category: "course.category",
  form: "course.form",
  jp: "course.jp",
  institutionId: "course.institution",
  capacity: "course.capacity",
  enrollOpensAt: "editor.enrollOpens",
  enrollClosesAt: "editor.enrollCloses",
  eligibility: "editor.eligibility",
  unitIds: "editor.units",
  positionLevels: "editor.levels",
  startsAt: "course.startsAt",
  endsAt: "course.endsAt",
  place: "course.place",
  onlineUrl: "course.onlineUrl",
  competencyId: "editor.competency",
  targetLevel: "editor.targetLevel",
  sessions: "editor.sessions",
  competencies: "editor.competencies",
  minAttendancePercent: "editor.minAttendance",
};

/** ["sessions", 0, "startsAt"] → "Sesi 1 · Mulai (WITA)". */
export const coursePathLabel: PathLabel = (path) => {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    const index = typeof next === "number" ? next : /^\d+$/.test(String(next ?? "")) ? Number(next) : undefined;
    if ((segment === "sessions" || segment === "competencies") && index !== undefined) {
      words.push(t(segment === "sessions" ? "course.session" : "editor.competency", { n: index + 1 }));
      i++;
      continue;
    }
    const key = FIELD_LABELS[String(segment)];
    words.push(key ? t(key, { n: "" }).trim() : String(segment));
  }
  return words.join(" · ");
};

interface SessionRow {
  key: number;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
}

interface CompetencyRow {
  key: number;
  competencyId: string;
  targetLevel: number;
}

let rowKey = 0;
const nextKey = () => ++rowKey;

function SessionFields(props: { initial: SessionRow[] }) {
  const [rows, setRows] = createSignal<SessionRow[]>(props.initial);
  const add = () => setRows([...rows(), { key: nextKey(), startsAt: "", endsAt: "", place: "", onlineUrl: "" }]);
  const remove = (row: SessionRow) => setRows(rows().filter((candidate) => candidate !== row));
  return (
    <fieldset class="card-fieldset">
      <legend>{t("editor.sessions")}</legend>
      <p class="hint">
        {t("editor.timesHint")} {t("editor.placeHint")}
      </p>
      <For each={rows()}>
        {(row, index) => {
          const id = (name: string) => `session-${row.key}-${name}`;
          return (
            <fieldset class="repeat-group">
              <legend>{t("course.session", { n: index() + 1 })}</legend>
              <div class="field-row">
                <div class="field">
                  <label for={id("start")}>{t("course.startsAt")}</label>
                  <input id={id("start")} name="sessionStartsAt" type="datetime-local" value={row.startsAt} required />
                </div>
                <div class="field">
                  <label for={id("end")}>{t("course.endsAt")}</label>
                  <input id={id("end")} name="sessionEndsAt" type="datetime-local" value={row.endsAt} required />
                </div>
              </div>
              <div class="field-row">
                <div class="field">
                  <label for={id("place")}>{t("course.place")}</label>
                  <input id={id("place")} name="sessionPlace" type="text" value={row.place} autocomplete="off" />
                </div>
                <div class="field">
                  <label for={id("url")}>{t("course.onlineUrl")}</label>
                  <input id={id("url")} name="sessionOnlineUrl" type="url" value={row.onlineUrl} autocomplete="off" />
                </div>
              </div>
              <Show when={rows().length > 1}>
                <button type="button" class="button-link" onClick={() => remove(row)}>
                  {t("editor.removeSession", { n: index() + 1 })}
                </button>
              </Show>
            </fieldset>
          );
        }}
      </For>
      <button type="button" class="button secondary" onClick={add}>
        {t("editor.addSession")}
      </button>
    </fieldset>
  );
}

function CompetencyFields(props: { initial: CompetencyRow[] }) {
  const [rows, setRows] = createSignal<CompetencyRow[]>(props.initial);
  const add = () => setRows([...rows(), { key: nextKey(), competencyId: "", targetLevel: 1 }]);
  const remove = (row: CompetencyRow) => setRows(rows().filter((candidate) => candidate !== row));
  return (
    <fieldset class="card-fieldset">
      <legend>{t("editor.competencies")}</legend>
      <For each={rows()}>
        {(row, index) => {
          const id = (name: string) => `competency-${row.key}-${name}`;
          return (
            <fieldset class="repeat-group">
              <legend>{t("editor.competency", { n: index() + 1 })}</legend>
              <div class="field-row">
                <div class="field">
                  <label for={id("id")}>{t("catalog.competency")}</label>
                  <select id={id("id")} name="competencyId">
                    <option value="">{t("editor.chooseCompetency")}</option>
                    <CompetencyOptions value={row.competencyId} />
                  </select>
                </div>
                <div class="field field-small">
                  <label for={id("level")}>{t("editor.targetLevel")}</label>
                  <select id={id("level")} name="targetLevel">
                    <For each={[1, 2, 3, 4, 5]}>
                      {(level) => (
                        <option value={level} selected={level === row.targetLevel}>
                          {level}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              </div>
              <button type="button" class="button-link" onClick={() => remove(row)}>
                {t("editor.removeCompetency", { n: index() + 1 })}
              </button>
            </fieldset>
          );
        }}
      </For>
      <button type="button" class="button secondary" onClick={add}>
        {t("editor.addCompetency")}
      </button>
    </fieldset>
  );
}

function EligibilityFields(props: { course?: Course }) {
  const units = createAsync(() => getUnits());
  const unitIds = () => props.course?.eligibility.unitIds ?? [];
  const levels = () => props.course?.eligibility.positionLevels ?? [];
  return (
    <fieldset class="card-fieldset">
      <legend>{t("editor.eligibility")}</legend>
      <p class="hint">{t("editor.eligibilityHint")}</p>
      <fieldset class="field checkboxes">
        <legend>{t("editor.levels")}</legend>
        <For each={POSITION_LEVELS}>
          {(level) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`eligible-level-${level}`}
                name="eligiblePositionLevels"
                value={level}
                checked={levels().includes(level)}
              />
              <label for={`eligible-level-${level}`}>{t(`level.${level}`)}</label>
            </div>
          )}
        </For>
      </fieldset>
      <fieldset class="field checkboxes unit-checkboxes">
        <legend>{t("editor.units")}</legend>
        <For each={units() ?? []}>
          {(unit) => (
            <div class="checkbox">
              <input
                type="checkbox"
                id={`eligible-unit-${unit.id}`}
                name="eligibleUnitIds"
                value={unit.id}
                checked={unitIds().includes(unit.id)}
              />
              <label for={`eligible-unit-${unit.id}`}>{unit.name}</label>
            </div>
          )}
        </For>
      </fieldset>
    </fieldset>
  );
}

function InstitutionSelect(props: { value?: string }) {
  const institutions = createAsync(() => getInstitutions());
  return (
    <div class="field">
      <label for="course-institution">{t("course.institution")}</label>
      <select id="course-institution" name="institutionId" required>
        <option value="">{t("editor.chooseInstitution")}</option>
        <For each={institutions() ?? []}>
          {(institution) => (
            <option value={institution.id} selected={institution.id === props.value}>
              {institution.name}
            </option>
          )}
        </For>
      </select>
      <p class="hint">
        <A href="/admin/lembaga">{t("editor.addInstitution")}</A>
      </p>
    </div>
  );
}

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

function EditCourse(props: { id: string }) {
  const detail = createAsync(() => getCourse(props.id));
  return (
    <Show when={detail()}>
      {(d) => (
        <section>
          <p class="eyebrow">{t("course.eyebrow", { code: d().course.code })}</p>
          <PageTitle>{t("editor.editTitle")}</PageTitle>
          <p>
            <A href={`/kursus/${encodeURIComponent(d().course.id)}`}>{d().course.title}</A>
          </p>
          <CourseForm course={d().course} />
        </section>
      )}
    </Show>
  );
}

export default function CourseEditor() {
  const params = useParams<{ id?: string }>();
  return (
    <RequireAdmin>
      <Show
        when={params.id}
        keyed
        fallback={
          <section>
            <PageTitle>{t("editor.newTitle")}</PageTitle>
            <CourseForm />
          </section>
        }
      >
        {(id) => <EditCourse id={id} />}
      </Show>
    </RequireAdmin>
  );
}
