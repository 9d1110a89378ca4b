// "Mentoring": find a mentor, and one's relations as mentee and as mentor.
import { A } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { isAdmin } from "../../session";
import { FindMentor } from "./FindMentor";
import { MentorshipList } from "./MyMentorships";

export default function MentoringPage() {
  return (
    <section class="mentoring-page">
      <PageTitle>{t("mentoring.title")}</PageTitle>
      <p class="lead">{t("mentoring.intro")}</p>
      <p>
        <A href="/mentoring/profil">{t("mentoring.myProfileLink")}</A>
      </p>
      <Show when={isAdmin()}>
        <p>
          <A href="/admin/mentoring">{t("overview.link")}</A>
        </p>
      </Show>
      <Suspense>
        <FindMentor />
      </Suspense>
      <h2>{t("mentoring.mine")}</h2>
      <div class="columns">
        <Suspense>
          <MentorshipList as="mentee" />
        </Suspense>
        <Suspense>
          <MentorshipList as="mentor" />
        </Suspense>
      </div>
    </section>
  );
}
