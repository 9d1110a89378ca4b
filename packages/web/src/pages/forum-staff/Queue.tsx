// The responders' queue: the topics one unit answers for, overdue first, with how long each has waited.
import { A, createAsync } from "@solidjs/router";
import { createSignal, Show, Suspense } from "solid-js";
import { Card } from "../../components/Card";
import { DataTable, type Column } from "../../components/DataTable";
import { SelectField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { forumAreaLabel, kecamatanLabel, topicStatusLabel } from "../../labels";
import { getUnits } from "../../queries";
import { isAdmin, me } from "../../session";
import { formatDay } from "../../time";
import { TOPIC_STATUSES, type StaffTopic, type TopicStatus } from "../../types";
import { TopicStatusBadge } from "../forum/TopicStatusBadge";
import { OverdueBadge, RequireAccess } from "./Access";
import { listForumQueue, mayRespond, overdueFirst, type QueueFilter } from "./data";

/** The deadline that matters now: the first answer until there is one, then moving past ditinjau. */
export function nextDue(topic: StaffTopic): { label: string; at: string } | undefined {
  const d = topic.deadlines;
  if (!d.answeredAt) return { label: t("forumStaff.answerDue"), at: d.answerDueAt };
  if (topic.status === "baru" || topic.status === "ditinjau") return { label: t("forumStaff.progressDue"), at: d.progressDueAt };
  return undefined;
}

function QueueTable() {
  const [unitId, setUnitId] = createSignal(me()?.unitId ?? "");
  const [status, setStatus] = createSignal<TopicStatus | "">("");
  const [overdue, setOverdue] = createSignal<QueueFilter["overdue"]>("");
  const pages = createCursorPages();
  const cursor = pages.cursor;
  const page = createAsync(() =>
    listForumQueue({ unitId: isAdmin() ? unitId() : "", status: status(), overdue: overdue(), cursor: cursor() }),
  );
  const units = createAsync(() => (isAdmin() ? getUnits() : Promise.resolve([])));
  const restart = () => pages.restart();

  const columns: Column<StaffTopic>[] = [
    {
      header: () => t("forumStaff.topic"),
      rowHeader: true,
      cell: (topic) => (
        <>
          <A href={`/layanan-forum/${encodeURIComponent(topic.id)}`}>{topic.title}</A>
          <span class="muted">
            {" "}
            · {forumAreaLabel(topic.area)} · {kecamatanLabel(topic.kecamatan)}
          </span>
        </>
      ),
    },
    { header: () => t("forumStaff.status"), cell: (topic) => <TopicStatusBadge status={topic.status} /> },
    {
      header: () => t("forumStaff.waited"),
      align: "number",
      cell: (topic) => <span data-testid="queue-waited">{t("forumStaff.waitedDays", { days: topic.deadlines.waitedDays })}</span>,
    },
    {
      header: () => t("forumStaff.deadline"),
      cell: (topic) => (
        <>
          <Show when={topic.deadlines.overdue}>
            <OverdueBadge />{" "}
          </Show>
          <Show when={nextDue(topic)} fallback={<span class="muted">{t("forumStaff.noDeadline")}</span>}>
            {(due) => (
              <span>
                {due().label}: {formatDay(due().at)}
              </span>
            )}
          </Show>
        </>
      ),
    },
    { header: () => t("forumStaff.supports"), align: "number", cell: (topic) => topic.supports },
    { header: () => t("forumStaff.ownerUnit"), cell: (topic) => topic.ownerUnit.name, when: () => isAdmin() },
  ];

  return (
    <>
      <form class="filters" aria-label={t("forumStaff.filters")} onSubmit={(event) => event.preventDefault()}>
        <Show when={isAdmin()}>
          <SelectField
            id="queue-unit"
            name="unitId"
            label={t("forumStaff.unit")}
            value={unitId()}
            options={(units() ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
            fieldClass="field-small"
            onChange={(event) => {
              setUnitId(event.currentTarget.value);
              restart();
            }}
          />
        </Show>
        <SelectField
          id="queue-status"
          name="status"
          label={t("forumStaff.status")}
          placeholder={t("forumStaff.openStatuses")}
          value={status()}
          options={TOPIC_STATUSES.map((value) => ({ value, label: topicStatusLabel(value) }))}
          fieldClass="field-small"
          onChange={(event) => {
            setStatus(event.currentTarget.value as TopicStatus | "");
            restart();
          }}
        />
        <SelectField
          id="queue-overdue"
          name="overdue"
          label={t("forumStaff.deadline")}
          value={overdue()}
          options={[
            { value: "", label: t("forumStaff.overdueAll") },
            { value: "true", label: t("forumStaff.overdueOnly") },
            { value: "false", label: t("forumStaff.onTime") },
          ]}
          fieldClass="field-small"
          onChange={(event) => {
            setOverdue(event.currentTarget.value as QueueFilter["overdue"]);
            restart();
          }}
        />
      </form>
      <Show when={page()}>
        {(current) => (
          <>
            <DataTable
              caption={t("forumStaff.queueTitle")}
              columns={columns}
              rows={overdueFirst(current().items)}
              rowClass={(topic) => ({ overdue: topic.deadlines.overdue })}
              empty={t("forumStaff.queueEmpty")}
              testId="forum-queue"
            />
            <CursorPager label={t("forumStaff.queuePages")} pages={pages} next={current().cursor} />
          </>
        )}
      </Show>
    </>
  );
}

export default function ForumQueue() {
  return (
    <RequireAccess when={mayRespond()}>
      <section class="forum-queue">
        <PageTitle>{t("forumStaff.queueTitle")}</PageTitle>
        <p class="lead">{t("forumStaff.queueIntro")}</p>
        <Card>
          <Suspense>
            <QueueTable />
          </Suspense>
        </Card>
      </section>
    </RequireAccess>
  );
}
