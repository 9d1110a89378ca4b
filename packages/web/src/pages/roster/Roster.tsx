import { A, createAsync, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { getCourse, getEnrollments } from "../../queries";
import { isAdmin } from "../../session";
import { RosterTable } from "./RosterTable";

function RosterContent(props: { id: string }) {
  const detail = createAsync(() => getCourse(props.id));
  const enrollments = createAsync(() => getEnrollments(props.id));
  return (
    <Show when={detail()}>
      {(d) => (
        <section>
          <p class="eyebrow">{t("course.eyebrow", { code: d().course.code })}</p>
          <PageTitle>{t("roster.title", { title: d().course.title })}</PageTitle>
          <Show when={!isAdmin()}>
            <p class="muted">{t("roster.intro")}</p>
          </Show>
          <p>
            <A href={`/kursus/${encodeURIComponent(d().course.id)}`}>{t("roster.back")}</A>
          </p>
          <Show when={enrollments()}>{(items) => <RosterTable course={d().course} items={items()} />}</Show>
        </section>
      )}
    </Show>
  );
}

export default function Roster() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <RosterContent id={id} />}
    </Show>
  );
}
