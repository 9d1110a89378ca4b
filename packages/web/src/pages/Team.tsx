import { A, createAsync } from "@solidjs/router";
import { ErrorBoundary, For, Show, Suspense } from "solid-js";
import { teamDashboardCsvUrl } from "../api";
import { Card } from "../components/Card";
import { DataTable } from "../components/DataTable";
import { ErrorMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { StaffTable } from "../components/StaffTable";
import { t, type MessageKey } from "../i18n";
import { cycleLabel, finalRatingLabel, mentorshipKindLabel, planStatusLabel, reviewStateLabel } from "../labels";
import { getTeam } from "../queries";
import { me } from "../session";
import type { TeamDashboard, TeamMember } from "../types";
import { getTeamDashboard } from "./dashboards/data";
import { asOfText, formatNumber } from "./dashboards/format";
import { JpBar } from "./dashboards/JpBar";
import { StartCoaching } from "./mentoring/StartCoaching";

type Attention = TeamMember["attention"][number];

const ATTENTION_LABELS: Record<Attention, MessageKey> = {
  jp_at_risk: "team.attention.jp_at_risk",
  self_outstanding: "team.attention.self_outstanding",
  supervisor_outstanding: "team.attention.supervisor_outstanding",
  plan_submitted: "team.attention.plan_submitted",
  no_plan: "team.attention.no_plan",
};

function ReviewStatus(props: { member: TeamMember }) {
  return (
    <Show when={props.member.review} fallback={<span class="muted">{t("team.noReview")}</span>}>
      {(review) => (
        <ul class="plain-list review-status">
          <li>{t("team.reviewSelf", { state: reviewStateLabel(review().self) })}</li>
          <li>{t("team.reviewSupervisor", { state: reviewStateLabel(review().supervisor) })}</li>
          <li>{t("team.reviewPeers", { submitted: review().peersSubmitted, total: review().peersTotal })}</li>
        </ul>
      )}
    </Show>
  );
}

function Attention(props: { member: TeamMember }) {
  const others = () => props.member.attention.filter((reason) => reason !== "jp_at_risk");
  return (
    <>
      <Show when={props.member.jp.atRisk}>
        <span class="badge badge-risk">{t("dash.atRisk")}</span>
      </Show>
      <Show when={others().length > 0}>
        <ul class="plain-list attention">
          <For each={others()}>{(reason) => <li>{t(ATTENTION_LABELS[reason])}</li>}</For>
        </ul>
      </Show>
      <Show when={props.member.attention.length === 0 && !props.member.jp.atRisk}>
        <span class="state-ok">{t("team.allGood")}</span>
      </Show>
    </>
  );
}

function Approvals(props: { approvals: TeamDashboard["approvals"] }) {
  return (
    <Card title={t("team.approvals")} titleId="team-approvals" testId="team-approvals">
      <ul class="plain-list dash-list">
        <li>
          <A href="/persetujuan">{t("team.approvalsExternal", { count: props.approvals.externalTraining })}</A>
        </li>
        <li>
          <A href="/evaluasi/tim">{t("team.approvalsPlans", { count: props.approvals.plans })}</A>
        </li>
      </ul>
    </Card>
  );
}

function Totals(props: { totals: TeamDashboard["totals"] }) {
  return (
    <dl class="dash-totals" data-testid="team-totals">
      <div>
        <dt>{t("team.totalMembers")}</dt>
        <dd>{props.totals.members}</dd>
      </div>
      <div>
        <dt>{t("team.totalAtRisk")}</dt>
        <dd>{props.totals.atRisk}</dd>
      </div>
      <div>
        <dt>{t("team.totalAtTarget")}</dt>
        <dd>{props.totals.atTarget}</dd>
      </div>
      <div>
        <dt>{t("team.totalFinalRated")}</dt>
        <dd>{props.totals.finalRated}</dd>
      </div>
    </dl>
  );
}

function TeamDashboardView(props: { dashboard: TeamDashboard }) {
  const d = () => props.dashboard;
  return (
    <>
      <p class="muted as-of">
        {asOfText(d().asOf)} · {cycleLabel(d().cycleId)}{" "}
        <a class="no-print" href={teamDashboardCsvUrl} download={`dasbor-tim-${d().cycleId}.csv`}>
          {t("dash.csv")}
        </a>
      </p>
      <Totals totals={d().totals} />
      <Approvals approvals={d().approvals} />
      <Card title={t("team.members", { year: d().year })} titleId="team-members">
        <p class="muted">{t("team.membersIntro")}</p>
        {/* Rows stay in the API's order: who needs attention first. */}
        <DataTable<TeamMember>
          caption={t("team.members", { year: d().year })}
          rows={d().members}
          testId="team-members-table"
          class="team-dashboard"
          scroll
          empty={t("team.membersEmpty")}
          rowClass={(member) => ({ "at-risk": member.jp.atRisk })}
          columns={[
            {
              header: () => t("field.name"),
              rowHeader: true,
              cell: (member) => (
                <span class="team-name" style={{ "padding-left": `${(member.depth - 1) * 1.25}rem` }}>
                  <A href={`/pegawai/${encodeURIComponent(member.staffId)}`}>{member.name}</A>
                  <span class="block muted">
                    {member.position} · {member.unitName}
                  </span>
                </span>
              ),
            },
            { header: () => t("team.depth"), align: "number", cell: (member) => member.depth },
            {
              header: () => t("team.jp", { year: d().year }),
              cell: (member) => (
                <span class="team-jp">
                  <JpBar jp={member.jp} compact label={t("team.jpBar", { name: member.name })} />
                  <span class="block">
                    {t("dash.jpShort", { earned: formatNumber(member.jp.earned), target: formatNumber(member.jp.target) })}
                  </span>
                </span>
              ),
            },
            { header: () => t("team.attentionHeader"), cell: (member) => <Attention member={member} /> },
            { header: () => t("team.review", { cycle: cycleLabel(d().cycleId) }), cell: (member) => <ReviewStatus member={member} /> },
            {
              header: () => t("evaluations.finalRating"),
              cell: (member) => (member.review?.finalRating ? finalRatingLabel(member.review.finalRating) : t("evaluations.noRating")),
            },
            { header: () => t("evaluations.plan"), cell: (member) => planStatusLabel(member.review?.planStatus ?? "none") },
            {
              header: () => t("team.mentoring"),
              cell: (member) => (member.mentoring ? mentorshipKindLabel(member.mentoring) : t("team.noMentoring")),
            },
          ]}
        />
      </Card>
    </>
  );
}

export default function Team() {
  const team = createAsync(async () => {
    const person = me();
    return person ? getTeam(person.id) : null;
  });
  const dashboard = createAsync(() => getTeamDashboard());
  return (
    <section class="dashboard">
      <PageTitle>{t("team.title")}</PageTitle>
      <p class="muted">{t("team.intro")}</p>
      <ErrorBoundary fallback={(error) => <ErrorMessage error={error} />}>
        <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
          <Show when={dashboard() !== undefined}>
            <Show
              when={dashboard()}
              fallback={
                // Not a supervisor to the API (direct reports without the role): the direct reports alone.
                <Show when={team() !== undefined}>
                  <StaffTable caption={t("team.title")} items={team() ?? []} empty={t("profile.teamEmpty")} />
                </Show>
              }
            >
              {(found) => <TeamDashboardView dashboard={found()} />}
            </Show>
          </Show>
        </Suspense>
      </ErrorBoundary>
      <Show when={team() !== undefined}>
        <div class="no-print">
          <StartCoaching team={team() ?? []} />
        </div>
      </Show>
    </section>
  );
}
