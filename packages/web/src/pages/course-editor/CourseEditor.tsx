import { A, createAsync, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { RequireAdmin } from "../../components/RequireAdmin";
import { t } from "../../i18n";
import { getCourse } from "../../queries";
import { CourseForm } from "./CourseForm";

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
