import { A, createAsync, useParams } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { ResetPasswordForm } from "../components/ResetPasswordForm";
import { levelLabel, rolesLabel } from "../components/Selects";
import { StaffEditForm } from "../components/StaffEditForm";
import { StaffTable } from "../components/StaffTable";
import { t } from "../i18n";
import { getStaff, getSupervisor, getTeam } from "../queries";
import { isAdmin } from "../session";
import type { Staff } from "../types";

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
        <section class="card" aria-labelledby="team-title">
          <h2 id="team-title">{t("profile.team")}</h2>
          <StaffTable caption={t("profile.team")} items={items()} empty={t("profile.teamEmpty")} />
        </section>
      )}
    </Show>
  );
}

function StaffDetails(props: { staff: Staff }) {
  return (
    <section class="card" aria-labelledby="details-title">
      <h2 id="details-title">{t("profile.details")}</h2>
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
    </section>
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
