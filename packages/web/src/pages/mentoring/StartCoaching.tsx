// "Mulai coaching": a supervisor starts coaching a member of their own team, active at once.
import { createAsync } from "@solidjs/router";
import { Show } from "solid-js";
import { Card } from "../../components/Card";
import { t } from "../../i18n";
import { getCompetencies } from "../../queries";
import type { StaffSummary } from "../../types";
import { RequestForm } from "./RequestForm";

export function StartCoaching(props: { team: StaffSummary[] }) {
  const dictionary = createAsync(() => getCompetencies());
  const members = () => props.team.filter((member) => member.active).map((member) => ({ id: member.id, name: member.name }));
  return (
    <Show when={members().length > 0}>
      <Card title={t("mentoring.startCoaching")} titleId="start-coaching">
        <p class="muted">{t("mentoring.coachingIntro")}</p>
        <RequestForm
          kind="coaching"
          members={members()}
          competencies={(dictionary()?.items ?? []).map((c) => ({ id: c.id, name: c.name }))}
        />
      </Card>
    </Show>
  );
}
