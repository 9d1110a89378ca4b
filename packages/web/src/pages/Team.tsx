import { createAsync } from "@solidjs/router";
import { Show } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { StaffTable } from "../components/StaffTable";
import { t } from "../i18n";
import { getTeam } from "../queries";
import { me } from "../session";
import { StartCoaching } from "./mentoring/StartCoaching";

export default function Team() {
  const team = createAsync(async () => {
    const person = me();
    return person ? getTeam(person.id) : null;
  });
  return (
    <section>
      <PageTitle>{t("team.title")}</PageTitle>
      <p class="muted">{t("team.intro")}</p>
      <Show when={team() !== undefined}>
        <StaffTable caption={t("team.title")} items={team() ?? []} empty={t("profile.teamEmpty")} />
        <StartCoaching team={team() ?? []} />
      </Show>
    </section>
  );
}
