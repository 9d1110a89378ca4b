// Moderation of the citizens' forum (moderators and admins): what is hidden pending review, showing
// a topic again, and blocking or unblocking a citizen. Every action asks first; the API audits it.
import { A, createAsync, useAction, useSubmission } from "@solidjs/router";
import { createSignal, Show, Suspense } from "solid-js";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DataTable, type Column } from "../../components/DataTable";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { TextAreaField, TextField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { createCursorPages, CursorPager } from "../../components/Pager";
import { t } from "../../i18n";
import { hiddenByLabel, moderationTargetLabel } from "../../labels";
import { formatWita } from "../../time";
import type { ModerationItem, ModerationResult } from "../../types";
import { RequireAccess } from "./Access";
import { citizenBlockAction, getModerationQueue, itemModerationAction, mayModerate, REASON_MAX } from "./data";

function ReasonBox(props: { id: string; value: string; onInput: (value: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{t("moderation.reason")}</label>
      <p class="hint" id={`${props.id}-hint`}>
        {t("moderation.reasonHint")}
      </p>
      <textarea
        id={props.id}
        rows={2}
        maxLength={REASON_MAX}
        aria-describedby={`${props.id}-hint`}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </div>
  );
}

// The citizen the block form is about: typed in, or taken from a queue row ("Blokir penulis").
const [citizenId, setCitizenId] = createSignal("");

function ModerationQueueTable() {
  const pages = createCursorPages();
  const page = createAsync(() => getModerationQueue(pages.cursor()));
  const moderate = useAction(itemModerationAction);
  const submission = useSubmission(itemModerationAction);
  const [asking, setAsking] = createSignal<{ item: ModerationItem; move: "restore" | "dismiss" }>();
  const [reason, setReason] = createSignal("");
  const ask = (item: ModerationItem, move: "restore" | "dismiss") => {
    setReason("");
    setAsking({ item, move });
  };
  const confirm = () => {
    const question = asking();
    if (!question) return;
    setAsking(undefined);
    void moderate(question.item, question.move, reason()).catch(() => undefined);
  };

  const columns: Column<ModerationItem>[] = [
    {
      header: () => t("moderation.item"),
      rowHeader: true,
      cell: (item) => (
        <>
          <span class="badge">{moderationTargetLabel(item.targetType)}</span> <span class="wrap-anywhere">{item.excerpt}</span>
        </>
      ),
    },
    { header: () => t("moderation.hiddenBy"), cell: (item) => hiddenByLabel(item.hiddenBy) },
    { header: () => t("moderation.reason"), cell: (item) => item.reason ?? "" },
    { header: () => t("moderation.hiddenAt"), cell: (item) => formatWita(item.hiddenAt) },
    {
      header: () => t("moderation.actions"),
      hideHeader: true,
      cell: (item) => (
        <div class="actions compact">
          <A href={`/layanan-forum/${encodeURIComponent(item.topicId)}`}>{t("moderation.openTopic")}</A>
          <button type="button" class="button secondary" aria-haspopup="dialog" disabled={submission.pending} onClick={() => ask(item, "restore")}>
            {t("moderation.restoreItem", { excerpt: item.excerpt })}
          </button>
          <Show when={item.hiddenBy === "reports"}>
            <button type="button" class="button secondary" aria-haspopup="dialog" disabled={submission.pending} onClick={() => ask(item, "dismiss")}>
              {t("moderation.dismissItem", { excerpt: item.excerpt })}
            </button>
          </Show>
          <Show when={item.authorId}>
            {(author) => (
              <button
                type="button"
                class="button-link"
                onClick={() => {
                  setCitizenId(author());
                  document.getElementById("citizen-id")?.focus();
                }}
              >
                {t("moderation.blockAuthor")}
              </button>
            )}
          </Show>
        </div>
      ),
    },
  ];

  return (
    <>
      <ErrorMessage error={submission.error} />
      <SuccessMessage when={submission.result && !submission.pending}>
        <p>{(submission.result as ModerationResult | undefined)?.hidden ? t("moderation.hidden") : t("moderation.restored")}</p>
      </SuccessMessage>
      <Show when={page()}>
        {(current) => (
          <>
            <DataTable
              caption={t("moderation.queueTitle")}
              columns={columns}
              rows={current().items}
              empty={t("moderation.queueEmpty")}
              testId="moderation-queue"
            />
            <CursorPager label={t("moderation.queuePages")} pages={pages} next={current().cursor} />
          </>
        )}
      </Show>
      <ConfirmDialog
        open={asking() !== undefined}
        title={asking()?.move === "dismiss" ? t("moderation.dismissTitle") : t("moderation.restoreTitle")}
        message={
          <>
            <p>{t(asking()?.move === "dismiss" ? "moderation.dismissConfirm" : "moderation.restoreConfirm", { title: asking()?.item.excerpt ?? "" })}</p>
            <ReasonBox id="restore-reason" value={reason()} onInput={setReason} />
          </>
        }
        confirmLabel={asking()?.move === "dismiss" ? t("moderation.dismiss") : t("moderation.restore")}
        onConfirm={confirm}
        onCancel={() => setAsking(undefined)}
      />
    </>
  );
}

/** Blocking by the citizen's id (from a report or the audit trail); the reason goes into the audit entry. */
function CitizenBlock() {
  const act = useAction(citizenBlockAction);
  const submission = useSubmission(citizenBlockAction);
  const [reason, setReason] = createSignal("");
  const [asking, setAsking] = createSignal<"block" | "unblock">();
  const confirm = () => {
    const which = asking();
    if (!which) return;
    setAsking(undefined);
    void act(citizenId(), which === "block", reason()).catch(() => undefined);
  };
  const result = () => submission.result as ModerationResult | undefined;
  return (
    <Card title={t("moderation.blockTitle")} titleId="citizen-block-title">
      <p>{t("moderation.blockIntro")}</p>
      <form class="form" noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="citizen-block-title">
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={result() && !submission.pending}>
          <p>{result()?.blocked ? t("moderation.blocked", { id: result()!.targetId }) : t("moderation.unblocked", { id: result()?.targetId ?? "" })}</p>
        </SuccessMessage>
        <TextField
          id="citizen-id"
          name="citizenId"
          label={t("moderation.citizenId")}
          autocomplete="off"
          required
          value={citizenId()}
          onInput={(event) => setCitizenId(event.currentTarget.value)}
          error={submission.error}
        />
        <TextAreaField
          id="citizen-reason"
          name="reason"
          label={t("moderation.reason")}
          hint={t("moderation.reasonHint")}
          rows={2}
          maxLength={REASON_MAX}
          value={reason()}
          onInput={(event) => setReason(event.currentTarget.value)}
          error={submission.error}
        />
        <div class="actions">
          <button type="button" class="button" aria-haspopup="dialog" disabled={submission.pending} onClick={() => setAsking("block")}>
            {t("moderation.block")}
          </button>
          <button type="button" class="button secondary" aria-haspopup="dialog" disabled={submission.pending} onClick={() => setAsking("unblock")}>
            {t("moderation.unblock")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={asking() !== undefined}
        title={asking() === "unblock" ? t("moderation.unblockTitle") : t("moderation.blockTitleConfirm")}
        message={t(asking() === "unblock" ? "moderation.unblockConfirm" : "moderation.blockConfirm", { id: citizenId().trim() })}
        confirmLabel={asking() === "unblock" ? t("moderation.unblock") : t("moderation.block")}
        onConfirm={confirm}
        onCancel={() => setAsking(undefined)}
      />
    </Card>
  );
}

export default function ModerationPage() {
  return (
    <RequireAccess when={mayModerate()}>
      <section class="forum-staff moderation">
        <PageTitle>{t("moderation.title")}</PageTitle>
        <p class="lead">{t("moderation.intro")}</p>
        <Card title={t("moderation.queueTitle")} titleId="moderation-queue-title">
          <Suspense>
            <ModerationQueueTable />
          </Suspense>
        </Card>
        <CitizenBlock />
      </section>
    </RequireAccess>
  );
}
