// The year's hours against the target, and the training the person is signed up for.
import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { text } from "../../forms";
import { t } from "../../i18n";
import { formatDay } from "../../time";
import type { CurrentEnrollment, LearningSummary } from "../../types";
import { Card } from "../../components/Card";

export function JpProgress(props: { summary: LearningSummary }) {
  const target = () => props.summary.targetJp || 20;
  const total = () => props.summary.totalJp;
  const left = () => Math.max(0, target() - total());
  return (
    <Card title={t("learning.progress", { year: props.summary.year })} titleId="progress-title">
      <div class="progress-row">
        <progress
          class="jp-progress"
          max={target()}
          value={Math.min(total(), target())}
          aria-labelledby="progress-title"
          aria-describedby="progress-text"
        />
        <p id="progress-text" class="progress-text">
          <strong>{t("learning.progressText", { total: total(), target: target() })}</strong>
        </p>
      </div>
      <p>
        {left() > 0
          ? t("learning.targetLeft", { left: left(), target: target() })
          : t("learning.targetMet", { target: target() })}
      </p>
      <Show when={props.summary.pendingJp > 0}>
        <p class="muted">{t("learning.pending", { jp: props.summary.pendingJp })}</p>
      </Show>
      <Show when={(props.summary.upcomingJp ?? 0) > 0}>
        <p class="muted" data-testid="upcoming-jp">
          {t("learning.upcoming", { jp: props.summary.upcomingJp })}
        </p>
      </Show>
    </Card>
  );
}

function EnrollmentState(props: { item: CurrentEnrollment }) {
  return (
    <>
      <Show when={props.item.status === "waitlisted"} fallback={<strong>{t("enrollment.enrolled")}</strong>}>
        <strong>{t("course.waitlistedStatus", { position: props.item.position ?? "?" })}</strong>
      </Show>
      {" · "}
      {t(`learning.phase.${props.item.phase}`)}
      <Show when={props.item.nominatedBy}>
        {" · "}
        {props.item.nominatedByName
          ? t("learning.nominatedBy", { name: props.item.nominatedByName })
          : t("learning.nominated")}
      </Show>
    </>
  );
}

/** What the person is signed up for and has not finished: seats, waitlist places, nominations. */
export function CurrentTraining(props: { items: CurrentEnrollment[] }) {
  return (
    <Card title={t("learning.current")} titleId="current-title">
      <p class="muted">{t("learning.currentIntro")}</p>
      <Show
        when={props.items.length > 0}
        fallback={
          <p class="empty">
            {t("learning.currentEmpty")} <A href="/kursus">{t("learning.toCatalog")}</A>
          </p>
        }
      >
        <ul class="plain-list current-list">
          <For each={props.items}>
            {(item) => (
              <li data-testid="current-enrollment">
                <A href={`/kursus/${encodeURIComponent(item.courseId)}`}>{item.courseTitle}</A>
                <span class="block">
                  <EnrollmentState item={item} />
                </span>
                <span class="block muted">
                  {t("learning.dates", { from: formatDay(item.startsAt), to: formatDay(item.endsAt) })}
                  {" · "}
                  {item.status === "enrolled"
                    ? t("learning.jpOnCompletion", { jp: item.jp })
                    : t("learning.jpIfSeat", { jp: item.jp })}
                </span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </Card>
  );
}
