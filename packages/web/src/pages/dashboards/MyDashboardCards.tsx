// Beranda's own dashboard: the year's JP against the target and everything waiting for the person,
// each item linking to where it is done.
import { A, createAsync } from "@solidjs/router";
import { ErrorBoundary, For, Show, Suspense, type JSX } from "solid-js";
import { myDashboardCsvUrl } from "../../api";
import { Card } from "../../components/Card";
import { ErrorMessage } from "../../components/ErrorMessage";
import { evaluationHref, reviewHref } from "../../evaluation";
import { t } from "../../i18n";
import { enrollmentStatusLabel, planActionLabel, planItemStatusLabel, reviewKindLabel } from "../../labels";
import { formatDay, formatWita, isPast } from "../../time";
import type { JpPace, MyDashboard } from "../../types";
import { getMyDashboard } from "./data";
import { asOfText, formatNumber } from "./format";
import { JpBar } from "./JpBar";

const mentoringHref = (id: string) => `/mentoring/${encodeURIComponent(id)}`;

function JpCard(props: { year: number; jp: JpPace }) {
  const left = () => Math.max(0, props.jp.target - props.jp.earned - props.jp.planned);
  const n = formatNumber;
  return (
    <Card title={t("home.jpTitle", { year: props.year })} titleId="home-jp" testId="home-jp">
      <div class="progress-row">
        <JpBar jp={props.jp} label={t("home.jpBar", { year: props.year })} />
        <p class="progress-text">
          <strong>{t("home.jpEarned", { earned: n(props.jp.earned), target: n(props.jp.target) })}</strong>
        </p>
      </div>
      <ul class="plain-list jp-facts">
        <li data-testid="jp-planned">{t("home.jpPlanned", { planned: n(props.jp.planned) })}</li>
        <li data-testid="jp-pace">
          <Show
            when={props.jp.atRisk}
            fallback={
              <span class="state-ok">
                <span aria-hidden="true">✓ </span>
                {t("home.jpOnPace", { expected: n(props.jp.expectedByNow) })}
              </span>
            }
          >
            <span class="badge badge-risk">{t("dash.atRisk")}</span>{" "}
            <span class="state-below">{t("home.jpBehindPace", { expected: n(props.jp.expectedByNow) })}</span>
          </Show>
        </li>
        <li data-testid="jp-target">
          <Show
            when={props.jp.reachesTarget}
            fallback={
              <>
                {t("home.jpShort", { left: n(left()), target: n(props.jp.target) })}{" "}
                <A href="/kursus">{t("learning.toCatalog")}</A>
              </>
            }
          >
            {t("home.jpReaches", { target: n(props.jp.target) })}
          </Show>
        </li>
      </ul>
      <p class="muted legend-line">
        <span class="legend-swatch legend-earned" aria-hidden="true" /> {t("home.legendEarned")}{" "}
        <span class="legend-swatch legend-planned" aria-hidden="true" /> {t("home.legendPlanned")}{" "}
        <span class="legend-swatch legend-pace" aria-hidden="true" /> {t("home.legendPace")}
      </p>
      <p>
        <A href="/belajar">{t("home.toLearning")}</A>
      </p>
    </Card>
  );
}

/** A titled list, or its kindly worded empty state. */
function ListCard<T>(props: { title: string; id: string; items: readonly T[]; empty: JSX.Element; children: (item: T) => JSX.Element }) {
  return (
    <Card title={props.title} titleId={props.id} testId={props.id}>
      <Show when={props.items.length > 0} fallback={<p class="empty">{props.empty}</p>}>
        <ul class="plain-list dash-list">
          <For each={props.items}>{(item) => <li>{props.children(item)}</li>}</For>
        </ul>
      </Show>
    </Card>
  );
}

function Cards(props: { dashboard: MyDashboard }) {
  const d = () => props.dashboard;
  return (
    <>
      <p class="muted as-of">
        {asOfText(d().asOf)}{" "}
        <a class="no-print" href={myDashboardCsvUrl} download={`dasbor-saya-${d().year}.csv`}>
          {t("dash.csv")}
        </a>
      </p>
      <JpCard year={d().year} jp={d().jp} />
      <div class="columns">
        <ListCard
          title={t("home.courses")}
          id="home-courses"
          items={d().courses}
          empty={
            <>
              {t("home.coursesEmpty")} <A href="/kursus">{t("learning.toCatalog")}</A>
            </>
          }
        >
          {(course) => (
            <>
              <A href={`/kursus/${encodeURIComponent(course.courseId)}`}>{course.title}</A>
              <span class="block muted">
                {t("home.courseStarts", { date: formatDay(course.startsAt) })} · {formatNumber(course.jp)} JP ·{" "}
                {course.waitlistPosition !== null
                  ? t("course.waitlistedStatus", { position: course.waitlistPosition })
                  : enrollmentStatusLabel(course.status)}
              </span>
            </>
          )}
        </ListCard>
        <ListCard title={t("home.reviews")} id="home-reviews" items={d().reviews} empty={t("home.reviewsEmpty")}>
          {(review) => (
            <>
              <A href={reviewHref(review.evaluationId, review.reviewId)}>
                {review.kind === "self" ? reviewKindLabel(review.kind) : t("home.reviewOf", { kind: reviewKindLabel(review.kind), name: review.subjectName })}
              </A>
              <span class="block" classList={{ "state-below": isPast(review.dueAt), muted: !isPast(review.dueAt) }}>
                {t(isPast(review.dueAt) ? "home.reviewOverdue" : "home.reviewDue", { date: formatWita(review.dueAt) })}
              </span>
            </>
          )}
        </ListCard>
        <ListCard title={t("home.planItems")} id="home-plan" items={d().planItems} empty={t("home.planItemsEmpty")}>
          {(item) => (
            <>
              <A href={evaluationHref(item.evaluationId, "rencana")}>
                {t("home.planItem", { competency: item.competencyName, action: planActionLabel(item.action) })}
              </A>
              <span class="block muted">
                {t("home.planTarget", { date: formatDay(item.targetDate) })} · {planItemStatusLabel(item.status)}
              </span>
            </>
          )}
        </ListCard>
        <Card title={t("home.mentoring")} titleId="home-mentoring" testId="home-mentoring">
          <Show when={d().mentoring.nextSession} fallback={<p class="empty">{t("home.noSession")}</p>}>
            {(next) => (
              <p>
                <A href={mentoringHref(next().mentorshipId)}>{t("home.nextSession", { name: next().withName })}</A>
                <span class="block muted">{formatWita(next().date)}</span>
              </p>
            )}
          </Show>
          <h3>{t("home.openActions")}</h3>
          <Show when={d().mentoring.openActions.length > 0} fallback={<p class="empty">{t("home.noActions")}</p>}>
            <ul class="plain-list dash-list">
              <For each={d().mentoring.openActions}>
                {(action) => (
                  <li>
                    <A href={mentoringHref(action.mentorshipId)}>{action.text}</A>
                    <span class="block muted">{t("home.actionWith", { name: action.withName })}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </Card>
        <Card title={t("home.notifications")} titleId="home-notifications" testId="home-notifications">
          <Show
            when={d().notifications.unread > 0}
            fallback={
              <p>
                <span class="empty">{t("home.notificationsEmpty")}</span> <A href="/notifikasi">{t("home.notificationsAll")}</A>
              </p>
            }
          >
            <p>
              <A href="/notifikasi">{t("home.notificationsUnread", { count: d().notifications.unread })}</A>
            </p>
          </Show>
        </Card>
      </div>
    </>
  );
}

/** The person's dashboard; a failure here leaves the rest of Beranda in place. */
export function MyDashboardCards() {
  const dashboard = createAsync(() => getMyDashboard());
  return (
    <ErrorBoundary fallback={(error) => <ErrorMessage error={error} />}>
      <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
        <Show when={dashboard()}>{(found) => <Cards dashboard={found()} />}</Show>
      </Suspense>
    </ErrorBoundary>
  );
}
