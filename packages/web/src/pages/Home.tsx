import { A, createAsync } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { levelLabel, rolesLabel } from "../components/Selects";
import { t } from "../i18n";
import { competencyLevelLabel, competencyLevelWithNumber, competencyTypeLabel } from "../labels";
import { getCompetencies } from "../queries";
import { hasRole, me } from "../session";
import type { Me } from "../types";
import { Card } from "../components/Card";
import { MyDashboardCards } from "./dashboards/MyDashboardCards";

function CompetencyDictionary(props: { person: Me }) {
  const dictionary = createAsync(() => getCompetencies());
  const standardLevel = () => {
    const d = dictionary();
    const level = d?.standardLevels[props.person.positionLevel];
    if (!d || level === undefined) return undefined;
    return competencyLevelWithNumber(level);
  };
  return (
    <Show when={dictionary()}>
      {(d) => (
        <Card title={t("home.competencies")} titleId="competencies-title">
          <p class="muted">{t("home.competenciesIntro")}</p>
          <Show when={standardLevel()}>
            <p>{t("home.standardLevel", { level: standardLevel()! })}</p>
          </Show>
          <details>
            <summary>{t("home.showCompetencies")}</summary>
            <ul class="plain-list">
              <For each={d().items}>
                {(competency) => (
                  <li>
                    <strong>{competency.name}</strong>
                    <Show when={competency.type}>
                      <span class="muted"> · {competencyTypeLabel(competency.type)}</span>
                    </Show>
                    <Show when={competency.description}>
                      <p class="muted">{competency.description}</p>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </details>
          <Show when={d().levels.length > 0}>
            <details>
              <summary>{t("home.levels")}</summary>
              <ol class="plain-list">
                <For each={d().levels}>
                  {(entry) => (
                    <li>
                      {entry.level}. {competencyLevelLabel(entry.level) || entry.name}
                    </li>
                  )}
                </For>
              </ol>
            </details>
          </Show>
        </Card>
      )}
    </Show>
  );
}

export default function Home() {
  return (
    <Show when={me()}>
      {(person) => (
        <section>
          <PageTitle>{t("home.greeting", { name: person().name })}</PageTitle>
          <MyDashboardCards />
          <div class="card">
            <h2>{t("home.summary")}</h2>
            <dl class="details">
              <dt>{t("field.nip")}</dt>
              <dd class="nip">{person().nip}</dd>
              <dt>{t("field.unit")}</dt>
              <dd>{person().unitName}</dd>
              <dt>{t("field.position")}</dt>
              <dd>{person().position}</dd>
              <dt>{t("field.positionLevel")}</dt>
              <dd>{levelLabel(person().positionLevel)}</dd>
              <dt>{t("field.roles")}</dt>
              <dd>{rolesLabel(person().roles)}</dd>
            </dl>
            <p class="actions">
              <A href={`/pegawai/${encodeURIComponent(person().id)}`} class="button secondary">
                {t("home.openProfile")}
              </A>
              <Show when={hasRole("supervisor")}>
                <A href="/tim" class="button secondary">
                  {t("home.openTeam")}
                </A>
              </Show>
            </p>
          </div>
          <Suspense>
            <CompetencyDictionary person={person()} />
          </Suspense>
        </section>
      )}
    </Show>
  );
}
