import { A } from "@solidjs/router";
import { Show, type JSX } from "solid-js";
import { t } from "../i18n";
import { categoryLabel, courseStatusLabel, formLabel } from "../labels";
import { formatWita } from "../time";
import type { Course, MyCourseStatus } from "../types";

/** When the first session starts: the course's own date, else its earliest session. */
export function firstSessionStart(course: Course): string | undefined {
  if (course.startsAt) return course.startsAt;
  const starts = (course.sessions ?? []).map((session) => session.startsAt).sort();
  return starts[0];
}

export function SeatsLeft(props: { course: Course }) {
  return (
    <Show when={props.course.seatsLeft > 0} fallback={<strong>{t("catalog.full")}</strong>}>
      {t("course.seatsValue", { left: props.course.seatsLeft, capacity: props.course.capacity })}
    </Show>
  );
}

/** The signed-in person's standing as a short badge: Terdaftar, Antrean #n, Selesai (nothing otherwise). */
export function myStatusLabel(mine: MyCourseStatus | null | undefined): string | undefined {
  switch (mine?.status) {
    case "enrolled":
      return t("enrollment.enrolled");
    case "waitlisted":
      return t("catalog.myWaitlisted", { position: mine.position ?? "?" });
    case "completed":
      return t("enrollment.completed");
    default:
      return undefined;
  }
}

/** One course in a list: enough to choose, with a link to the rest. */
export function CourseCard(props: {
  course: Course;
  myEnrollment?: MyCourseStatus | null;
  headingLevel?: 2 | 3;
  children?: JSX.Element;
}) {
  const href = () => `/kursus/${encodeURIComponent(props.course.id)}`;
  const title = () => <A href={href()}>{props.course.title}</A>;
  const start = () => firstSessionStart(props.course);
  return (
    <article class="card course-card" aria-labelledby={`course-${props.course.id}`}>
      <p class="eyebrow">
        <span class="nip">{props.course.code}</span> · {categoryLabel(props.course.category)}
        <Show when={props.course.status !== "published"}>
          {" "}
          <span class="badge">{courseStatusLabel(props.course.status)}</span>
        </Show>
        <Show when={myStatusLabel(props.myEnrollment)}>
          {(label) => (
            <>
              {" "}
              <span class="badge badge-mine" data-testid="my-course-status">
                <span class="visually-hidden">{t("catalog.myStatus")} </span>
                {label()}
              </span>
            </>
          )}
        </Show>
      </p>
      <Show when={props.headingLevel === 3} fallback={<h2 id={`course-${props.course.id}`}>{title()}</h2>}>
        <h3 id={`course-${props.course.id}`}>{title()}</h3>
      </Show>
      <dl class="details compact">
        <dt>{t("course.form")}</dt>
        <dd>{formLabel(props.course.form)}</dd>
        <dt>{t("course.jp")}</dt>
        <dd>{t("course.jpValue", { jp: props.course.jp })}</dd>
        <dt>{t("course.institution")}</dt>
        <dd>{props.course.institutionName}</dd>
        <dt>{t("catalog.firstSession")}</dt>
        <dd>
          <Show when={start()} fallback={t("catalog.noSessions")}>
            {(iso) => <time datetime={iso()}>{formatWita(iso())}</time>}
          </Show>
        </dd>
        <dt>{t("catalog.seatsLeft")}</dt>
        <dd>
          <SeatsLeft course={props.course} />
        </dd>
      </dl>
      {props.children}
    </article>
  );
}
