// The signed-in person's relations, as mentee or as mentor, by status, a page at a time.
import { A, createAsync } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import { Card } from "../../components/Card";
import { DataTable, type Column } from "../../components/DataTable";
import { SelectField } from "../../components/FormField";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { mentorshipKindLabel, mentorshipStatusLabel } from "../../labels";
import { getCompetencies } from "../../queries";
import { formatDay } from "../../time";
import { MENTORSHIP_STATUSES, type Mentorship, type MentorshipStatus } from "../../types";
import { listMentorships } from "./data";

export function StatusBadge(props: { status: MentorshipStatus }) {
  return <span class={`badge status-${props.status}`}>{mentorshipStatusLabel(props.status)}</span>;
}

export function MentorshipList(props: { as: "mentee" | "mentor" }) {
  const [status, setStatus] = createSignal<MentorshipStatus | "">("");
  const pages = createCursorPages();
  const cursor = pages.cursor;
  const page = createAsync(() => listMentorships({ as: props.as, status: status(), cursor: cursor() }));
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((c) => c.id === id)?.name ?? id;
  const other = (relation: Mentorship) => (props.as === "mentee" ? relation.mentor : relation.mentee);
  const title = () => (props.as === "mentee" ? t("mentoring.asMentee") : t("mentoring.asMentor"));

  const columns: Column<Mentorship>[] = [
    {
      header: () => (props.as === "mentee" ? t("mentoring.mentor") : t("mentoring.mentee")),
      rowHeader: true,
      cell: (relation) => (
        <>
          <A href={`/mentoring/${encodeURIComponent(relation.id)}`}>{other(relation).name}</A>
          <span class="muted"> · {other(relation).unitName}</span>
        </>
      ),
    },
    { header: () => t("mentoring.kind"), cell: (relation) => mentorshipKindLabel(relation.kind) },
    { header: () => t("mentoring.competencies"), cell: (relation) => relation.competencyIds.map(nameOf).join(", ") },
    { header: () => t("mentoring.status"), cell: (relation) => <StatusBadge status={relation.status} /> },
    { header: () => t("mentoring.requestedAt"), cell: (relation) => formatDay(relation.requestedAt) },
  ];

  return (
    <Card title={title()} titleId={`mentorships-${props.as}`} headingLevel={3}>
      <SelectField
        id={`mentorships-${props.as}-status`}
        name="status"
        label={t("mentoring.status")}
        placeholder={t("mentoring.allStatuses")}
        value={status()}
        options={MENTORSHIP_STATUSES.map((value) => ({ value, label: mentorshipStatusLabel(value) }))}
        fieldClass="field-small"
        onChange={(event) => {
          setStatus(event.currentTarget.value as MentorshipStatus | "");
          pages.restart();
        }}
      />
      <Show when={page()}>
        {(current) => (
          <>
            <DataTable
              caption={title()}
              columns={columns}
              rows={current().items}
              empty={props.as === "mentee" ? t("mentoring.noneAsMentee") : t("mentoring.noneAsMentor")}
              testId={`mentorships-${props.as}-table`}
            />
            <CursorPager label={title()} pages={pages} next={current().cursor} />
          </>
        )}
      </Show>
    </Card>
  );
}
