import { A, createAsync, useParams } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { getCourse, getOwnTeamSize } from "../../queries";
import { hasRole, isAdmin, me } from "../../session";
import { ENROLLING } from "./actions";
import { MyEnrollment, NominateForm } from "./MyEnrollment";
import { AdminPanel } from "./AdminPanel";
import { Competencies, Sessions, CourseDetails } from "./CourseDetails";

export default function CoursePage() {
  const params = useParams<{ id: string }>();
  const detail = createAsync(() => getCourse(params.id ?? ""));
  const leadsTeam = createAsync(async () => {
    const person = me();
    if (!person) return false;
    if (hasRole("supervisor")) return true;
    return (await getOwnTeamSize(person.id)) > 0;
  });

  return (
    <Show when={detail()}>
      {(d) => (
        <article class="course-page">
          <p class="eyebrow">{t("course.eyebrow", { code: d().course.code })}</p>
          <PageTitle>{d().course.title}</PageTitle>
          <Show when={d().course.status === "cancelled"}>
            <p class="notice notice-error">{t("error.course_cancelled")}</p>
          </Show>
          <Show when={d().course.description}>
            <p class="lead">{d().course.description}</p>
          </Show>
          <div class="columns">
            <div>
              <CourseDetails course={d().course} />
              <Suspense>
                <Competencies course={d().course} />
              </Suspense>
              <Sessions course={d().course} />
            </div>
            <div>
              <MyEnrollment course={d().course} enrollment={d().myEnrollment} />
              <Show when={leadsTeam() && ENROLLING.includes(d().course.status)}>
                <Suspense>
                  <NominateForm course={d().course} />
                </Suspense>
              </Show>
              <Show when={isAdmin()}>
                <AdminPanel course={d().course} />
              </Show>
              <p>
                <A href="/kursus">{t("course.back")}</A>
              </p>
            </div>
          </div>
        </article>
      )}
    </Show>
  );
}
