// A mentor's profile as others see it: bio, competencies, modes and seats; admins also see the mentees' rating.
import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show } from "solid-js";
import { Card } from "../../components/Card";
import { PageTitle } from "../../components/PageTitle";
import { lang, t } from "../../i18n";
import { competencyLevelWithNumber, mentoringModeLabel } from "../../labels";
import { getCompetencies } from "../../queries";
import { isAdmin } from "../../session";
import type { MentorProfile } from "../../types";
import { getMentor } from "./data";

/** "4,3" in Indonesian, "4.3" in English. */
const formatAverage = (value: number) =>
  new Intl.NumberFormat(lang() === "en" ? "en-GB" : "id-ID", { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

export function MentorRating(props: { rating: MentorProfile["rating"] }) {
  return (
    <Show when={props.rating} fallback={<p class="muted">{t("mentorView.noRating")}</p>}>
      {(r) => <p data-testid="mentor-rating">{t("mentorView.ratingValue", { average: formatAverage(r().average), count: r().count })}</p>}
    </Show>
  );
}

export default function MentorViewPage() {
  const params = useParams<{ staffId: string }>();
  const profile = createAsync(() => getMentor(params.staffId ?? ""));
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((c) => c.id === id)?.name ?? id;
  const title = () => (profile()?.name ? t("mentorView.open", { name: profile()!.name }) : t("mentorView.title"));

  return (
    <article class="mentor-view">
      <PageTitle>{title()}</PageTitle>
      <Show when={profile()}>
        {(p) => (
          <Card>
            <Show when={p().offered} fallback={<p>{t("mentorView.notOffered")}</p>}>
              <p class="muted">
                {p().position} · {p().unitName}
              </p>
              <dl class="details">
                <div>
                  <dt>{t("mentoring.status")}</dt>
                  <dd>{p().available ? t("mentorView.available") : t("mentorView.notAvailable")}</dd>
                </div>
                <div>
                  <dt>{t("mentorView.seats")}</dt>
                  <dd>{t("mentorView.seatsValue", { taken: p().taken, capacity: p().capacity })}</dd>
                </div>
                <div>
                  <dt>{t("mentorProfile.modes")}</dt>
                  <dd>{p().modes.map(mentoringModeLabel).join(", ")}</dd>
                </div>
              </dl>
              <h2>{t("mentoring.competencies")}</h2>
              <ul class="plain-list">
                <For each={p().competencies}>
                  {(c) => (
                    <li>
                      {nameOf(c.competencyId)}: {competencyLevelWithNumber(c.level)}
                    </li>
                  )}
                </For>
              </ul>
              <Show when={p().bio}>
                <h2>{t("mentorProfile.bio")}</h2>
                <p class="prewrap">{p().bio}</p>
              </Show>
            </Show>
            <Show when={isAdmin()}>
              <h2>{t("mentorView.rating")}</h2>
              <MentorRating rating={p().rating} />
            </Show>
          </Card>
        )}
      </Show>
      <p>
        <A href={isAdmin() ? "/admin/mentoring" : "/mentoring"}>{isAdmin() ? t("overview.title") : t("mentorship.back")}</A>
      </p>
    </article>
  );
}
