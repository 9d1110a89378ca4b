// What a course is: its facts, competencies, sessions and who may join.
import { createAsync } from "@solidjs/router";
import { For, Show, Suspense } from "solid-js";
import { levelLabel } from "../../components/Selects";
import { SeatsLeft } from "../../components/CourseCard";
import { t } from "../../i18n";
import { categoryLabel, competencyLevelLabel, courseStatusLabel, formLabel, formTypeLabel } from "../../labels";
import { getCompetencies, getUnits } from "../../queries";
import { formatWita } from "../../time";
import { type Course } from "../../types";
import { Card } from "../../components/Card";
import { DataTable } from "../../components/DataTable";

export function Competencies(props: { course: Course }) {
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((competency) => competency.id === id)?.name ?? id;
  const levelName = (level: number) => competencyLevelLabel(level) || dictionary()?.levels.find((entry) => entry.level === level)?.name;
  return (
    <Show when={props.course.competencies.length > 0}>
      <Card title={t("course.competencies")} titleId="course-competencies-title">
        <ul class="plain-list">
          <For each={props.course.competencies}>
            {(item) => (
              <li>
                <strong>{nameOf(item.competencyId)}</strong>
                {" · "}
                {t("course.targetLevel", { level: item.targetLevel })}
                <Show when={levelName(item.targetLevel)}>{(name) => <> ({name()})</>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Card>
    </Show>
  );
}

export function Sessions(props: { course: Course }) {
  const sessions = () => [...props.course.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Card title={t("course.sessions")} titleId="sessions-title">
      <Show when={sessions().length > 0} fallback={<p class="empty">{t("course.noSessions")}</p>}>
        <DataTable
          caption={t("course.sessions")}
          rows={sessions()}
          columns={[
            { header: () => "#", rowHeader: true, cell: (_, index) => t("course.session", { n: index() + 1 }) },
            { header: () => t("course.startsAt"), cell: (session) => <time datetime={session.startsAt}>{formatWita(session.startsAt)}</time> },
            { header: () => t("course.endsAt"), cell: (session) => <time datetime={session.endsAt}>{formatWita(session.endsAt)}</time> },
            {
              header: () => t("course.placeOrLink"),
              cell: (session) => (
                <>
                  <Show when={session.place}>
                    <span>{session.place}</span>
                  </Show>
                  <Show when={session.place && session.onlineUrl}>
                    <br />
                  </Show>
                  <Show when={session.onlineUrl}>
                    {(url) => (
                      <a href={url()} target="_blank" rel="noopener noreferrer">
                        {t("course.online")}
                      </a>
                    )}
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

function Eligibility(props: { course: Course }) {
  const units = createAsync(() => getUnits());
  const unitNames = () =>
    props.course.eligibility.unitIds.map((id) => units()?.find((unit) => unit.id === id)?.name ?? id).join(", ");
  const levels = () => props.course.eligibility.positionLevels.map((level) => levelLabel(level)).join(", ");
  const everyone = () =>
    props.course.eligibility.unitIds.length === 0 && props.course.eligibility.positionLevels.length === 0;
  return (
    <Show when={!everyone()} fallback={t("course.eligibilityAll")}>
      <Show when={props.course.eligibility.unitIds.length > 0}>
        <span class="block">{t("course.eligibleUnits", { units: unitNames() })}</span>
      </Show>
      <Show when={props.course.eligibility.positionLevels.length > 0}>
        <span class="block">{t("course.eligibleLevels", { levels: levels() })}</span>
      </Show>
    </Show>
  );
}

export function CourseDetails(props: { course: Course }) {
  return (
    <Card title={t("course.details")} titleId="course-details-title">
      <dl class="details">
        <dt>{t("course.status")}</dt>
        <dd>{courseStatusLabel(props.course.status)}</dd>
        <dt>{t("course.category")}</dt>
        <dd>{categoryLabel(props.course.category)}</dd>
        <dt>{t("course.form")}</dt>
        <dd>
          {formLabel(props.course.form)} <span class="muted">({formTypeLabel(props.course.formType)})</span>
        </dd>
        <dt>{t("course.jp")}</dt>
        <dd>{t("course.jpValue", { jp: props.course.jp })}</dd>
        <dt>{t("course.institution")}</dt>
        <dd>{props.course.institutionName}</dd>
        <dt>{t("course.seats")}</dt>
        <dd>
          <SeatsLeft course={props.course} />
          <Show when={props.course.waitlisted > 0}>
            <span class="muted"> · {t("course.waitlistCount", { count: props.course.waitlisted })}</span>
          </Show>
        </dd>
        <dt>{t("course.enrollWindow")}</dt>
        <dd>
          {t("course.windowValue", {
            from: formatWita(props.course.enrollOpensAt),
            to: formatWita(props.course.enrollClosesAt),
          })}
        </dd>
        <dt>{t("course.eligibility")}</dt>
        <dd>
          <Suspense>
            <Eligibility course={props.course} />
          </Suspense>
        </dd>
      </dl>
    </Card>
  );
}
