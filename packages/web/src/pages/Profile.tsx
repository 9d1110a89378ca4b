import { A, createAsync, useParams } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { ResetPasswordForm } from "../components/ResetPasswordForm";
import { levelLabel, rolesLabel } from "../components/Selects";
import { StaffEditForm } from "../components/StaffEditForm";
import { StaffTable } from "../components/StaffTable";
import { t } from "../i18n";
import { competencyLevelWithNumber } from "../labels";
import { getCompetencies, getStaff, getSupervisor, getTeam } from "../queries";
import { isAdmin, me } from "../session";
import type { Staff } from "../types";
import { DataTable, type Column } from "../components/DataTable";
import { Card } from "../components/Card";

/** The supervisor's name as a link; nothing when the viewer may not see that record. */
function SupervisorLink(props: { id: string }) {
  const supervisor = createAsync(() => getSupervisor(props.id));
  return (
    <Show when={supervisor()}>
      {(person) => <A href={`/pegawai/${encodeURIComponent(person().id)}`}>{person().name}</A>}
    </Show>
  );
}

function Team(props: { id: string }) {
  const team = createAsync(() => getTeam(props.id));
  return (
    <Show when={team()}>
      {(items) => (
        <Card title={t("profile.team")} titleId="team-title">
          <StaffTable caption={t("profile.team")} items={items()} empty={t("profile.teamEmpty")} />
        </Card>
      )}
    </Show>
  );
}

/**
 * The person's assessed competency levels beside the standard for the position. Shown only
 * when the API sent them (the person, those above them in the supervisor chain, admins).
 */
function CompetencyLevels(props: { staff: Staff & { competencyLevels: Record<string, number> } }) {
  const dictionary = createAsync(() => getCompetencies());
  const assessed = () => Object.entries(props.staff.competencyLevels);
  const nameOf = (id: string) => dictionary()?.items.find((competency) => competency.id === id)?.name ?? id;
  const describe = (level: number | undefined) => competencyLevelWithNumber(level);
  const standard = () => dictionary()?.standardLevels[props.staff.positionLevel];
  const standardText = () =>
    props.staff.id === me()?.id
      ? t("home.standardLevel", { level: describe(standard()) })
      : t("profile.standardLevelOf", { name: props.staff.name, level: describe(standard()) });
  return (
    <Card title={t("profile.competencies")} titleId="levels-title">
      <Show when={standard() !== undefined}>
        <p class="muted">{standardText()}</p>
      </Show>
      <Show when={assessed().length > 0} fallback={<p class="empty">{t("profile.competenciesEmpty")}</p>}>
        <DataTable
          caption={t("profile.competencies")}
          rows={assessed()}
          columns={[
            { header: () => t("profile.competencyCol"), rowHeader: true, cell: ([id]) => nameOf(id) },
            {
              header: () => t("profile.levelCol"),
              cell: ([, level]) => (
                <>
                  {describe(level)}
                  <Show when={standard() !== undefined && level < standard()!}>
                    <span class="block state-below">
                      <span aria-hidden="true">⚠ </span>
                      {t("profile.belowStandard")}
                    </span>
                  </Show>
                </>
              ),
            },
          ]}
        />
      </Show>
    </Card>
  );
}

function StaffDetails(props: { staff: Staff }) {
  return (
    <Card title={t("profile.details")} titleId="details-title">
      <dl class="details">
        <dt>{t("field.nip")}</dt>
        <dd class="nip">{props.staff.nip}</dd>
        <dt>{t("field.email")}</dt>
        <dd>{props.staff.email}</dd>
        <dt>{t("field.unit")}</dt>
        <dd>{props.staff.unitName}</dd>
        <dt>{t("field.position")}</dt>
        <dd>{props.staff.position}</dd>
        <dt>{t("field.positionLevel")}</dt>
        <dd>{levelLabel(props.staff.positionLevel)}</dd>
        <dt>{t("field.supervisor")}</dt>
        <dd>
          <Show when={props.staff.supervisorId} fallback={t("staff.none")}>
            {(id) => (
              <Suspense>
                <SupervisorLink id={id()} />
              </Suspense>
            )}
          </Show>
        </dd>
        <dt>{t("field.roles")}</dt>
        <dd>{rolesLabel(props.staff.roles)}</dd>
        <dt>{t("field.active")}</dt>
        <dd>{props.staff.active ? t("staff.active") : t("staff.inactive")}</dd>
      </dl>
    </Card>
  );
}

export default function Profile() {
  const params = useParams<{ id: string }>();
  const staff = createAsync(() => getStaff(params.id ?? ""));
  return (
    <Show when={staff()}>
      {(person) => (
        <article class="profile">
          <p class="eyebrow">{t("profile.title")}</p>
          <PageTitle>{person().name}</PageTitle>
          <div class="columns">
            <div>
              <StaffDetails staff={person()} />
              <Show when={person().competencyLevels}>
                {(levels) => (
                  <Suspense>
                    <CompetencyLevels staff={{ ...person(), competencyLevels: levels() }} />
                  </Suspense>
                )}
              </Show>
              <Suspense>
                <Team id={person().id} />
              </Suspense>
            </div>
            <Show when={isAdmin()}>
              <div>
                <Suspense>
                  <StaffEditForm staff={person()} />
                </Suspense>
                <ResetPasswordForm staffId={person().id} />
              </div>
            </Show>
          </div>
        </article>
      )}
    </Show>
  );
}
