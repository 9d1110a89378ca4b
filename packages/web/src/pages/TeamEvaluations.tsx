import { A, action, createAsync, revalidate, useSubmission } from "@solidjs/router";
import { createSignal, For, Show, Suspense } from "solid-js";
import { api, ApiError } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { evaluationHref, reviewHref } from "../evaluation";
import { all, type FormInput } from "../forms";
import { t } from "../i18n";
import {
  cycleLabel,
  cycleStatusLabel,
  evaluationStatusLabel,
  finalRatingLabel,
  planStatusLabel,
  reviewStateLabel,
} from "../labels";
import { getCycles, getCycleTeam, getEvaluation, getTeam } from "../queries";
import { me } from "../session";
import { formatWita, isPast } from "../time";
import type { Cycle, TeamEvaluation } from "../types";
import { DataTable } from "../components/DataTable";

const MIN_PEERS = 2;
const MAX_PEERS = 3;

export const changePeersAction = action(async (evaluationId: string, form: FormInput) => {
  const peerIds = all(form, "peerIds");
  if (peerIds.length < MIN_PEERS || peerIds.length > MAX_PEERS) {
    throw new ApiError(400, "peers_count", "Choose two or three peers");
  }
  const changed = await api.changePeers(evaluationId, peerIds);
  await revalidate([getEvaluation.key, getCycleTeam.key]);
  return changed;
}, "change-peers");

/** Peers may change in the first 7 days of an open cycle. */
function peersOpen(cycle: Cycle): boolean {
  return cycle.status === "open" && !isPast(cycle.peersLockedAt);
}


function PeersForm(props: { row: TeamEvaluation; cycle: Cycle; onClose: () => void }) {
  const submission = useSubmission(changePeersAction, ([id]) => id === props.row.id);
  const evaluation = createAsync(() => getEvaluation(props.row.id));
  const team = createAsync(async () => {
    const person = me();
    return person ? getTeam(person.id) : null;
  });
  const current = () => evaluation()?.peerIds ?? [];
  const members = () => (team() ?? []).filter((member) => member.id !== props.row.staffId && member.active);
  const others = () => current().filter((id) => id !== props.row.staffId && !members().some((member) => member.id === id));
  const prefix = () => `peers-${props.row.staffId}`;
  const title = () => t("evalTeam.peersTitle", { name: props.row.staffName });
  const hintId = () => `${prefix()}-hint`;

  return (
    <form
      action={changePeersAction.with(props.row.id)}
      method="post"
      class="form peers-form"
      aria-label={title()}
    >
      <ErrorMessage
        error={submission.error}
        overrides={{ validation_failed: "error.peers_count", conflict: "error.changed_meanwhile" }}
      />
      <SuccessMessage when={submission.result}>
        <p>{t("evalTeam.peersSaved", { name: props.row.staffName })}</p>
      </SuccessMessage>
      <Show when={evaluation()}>
        <Show when={team() !== undefined}>
          <fieldset class="field checkboxes" aria-describedby={hintId()}>
            <legend>{title()}</legend>
            <p class="hint" id={hintId()}>
              {t("evalTeam.peersHint", { date: formatWita(props.cycle.peersLockedAt) })}
            </p>
            <Show
              when={members().length + others().length > 0}
              fallback={<p class="empty">{t("evalTeam.noCandidates")}</p>}
            >
              <For each={members()}>
                {(member) => (
                  <div class="checkbox">
                    <input
                      type="checkbox"
                      id={`${prefix()}-${member.id}`}
                      name="peerIds"
                      value={member.id}
                      checked={current().includes(member.id)}
                    />
                    <label for={`${prefix()}-${member.id}`}>{member.name}</label>
                  </div>
                )}
              </For>
              <For each={others()}>
                {(id) => (
                  <div class="checkbox">
                    <input type="checkbox" id={`${prefix()}-${id}`} name="peerIds" value={id} checked />
                    <label for={`${prefix()}-${id}`}>
                      {evaluation()?.peers?.find((peer) => peer.id === id)?.name ?? t("evalTeam.peerUnknown", { id })}
                    </label>
                  </div>
                )}
              </For>
            </Show>
          </fieldset>
        </Show>
      </Show>
      <div class="actions compact">
        <button type="submit" class="button" disabled={submission.pending}>
          {t("evalTeam.peersSave")}
        </button>
        <button type="button" class="button secondary" onClick={() => props.onClose()}>
          {t("evalTeam.peersClose")}
        </button>
      </div>
    </form>
  );
}

function TeamTable(props: { cycle: Cycle }) {
  const team = createAsync(() => getCycleTeam(props.cycle.id));
  const [editing, setEditing] = createSignal<string | null>(null);
  const caption = () => t("evalTeam.table", { cycle: cycleLabel(props.cycle.id) });
  const forName = (label: string, name: string) => t("evalTeam.forName", { label, name });
  return (
    <Show when={team()}>
      {(items) => (
        <Show when={items().length > 0} fallback={<p class="empty">{t("evalTeam.empty")}</p>}>
          <DataTable
            caption={caption()}
            class="team-evaluations"
            rows={items()}
            columns={[
              {
                header: () => t("evalTeam.name"),
                rowHeader: true,
                cell: (row) => <A href={evaluationHref(row.id, "hasil")}>{row.staffName}</A>,
              },
              { header: () => t("evalTeam.self"), cell: (row) => reviewStateLabel(row.self) },
              { header: () => t("evalTeam.supervisor"), cell: (row) => reviewStateLabel(row.supervisor) },
              {
                header: () => t("evalTeam.peers"),
                cell: (row) => t("evalTeam.peersValue", { submitted: row.peersSubmitted, total: row.peersTotal }),
              },
              { header: () => t("evaluations.status"), cell: (row) => evaluationStatusLabel(row.status) },
              {
                header: () => t("evaluations.finalRating"),
                cell: (row) => (row.finalRating ? finalRatingLabel(row.finalRating) : t("evaluations.noRating")),
              },
              { header: () => t("evaluations.plan"), cell: (row) => planStatusLabel(row.planStatus) },
              {
                header: () => t("evalTeam.actions"),
                cell: (row) => (
                  <>
                  <span class="link-list">
                    <Show when={row.supervisor !== null}>
                      <A
                        href={reviewHref(row.id, "supervisor")}
                        aria-label={forName(t("evalTeam.myReview"), row.staffName)}
                      >
                        {t("evalTeam.myReview")}
                      </A>
                    </Show>
                    <A href={evaluationHref(row.id, "hasil")} aria-label={forName(t("evalTeam.result"), row.staffName)}>
                      {t("evalTeam.result")}
                    </A>
                    <A
                      href={evaluationHref(row.id, "rencana")}
                      aria-label={forName(t("evalTeam.plan"), row.staffName)}
                    >
                      {t("evalTeam.plan")}
                    </A>
                  </span>
                  <Show when={peersOpen(props.cycle)}>
                    <Show
                      when={editing() === row.id}
                      fallback={
                        <div class="actions compact">
                          <button
                            type="button"
                            class="button secondary"
                            aria-label={forName(t("evalTeam.peersEdit"), row.staffName)}
                            onClick={() => setEditing(row.id)}
                          >
                            {t("evalTeam.peersEdit")}
                          </button>
                        </div>
                      }
                    >
                      <Suspense>
                        <PeersForm row={row} cycle={props.cycle} onClose={() => setEditing(null)} />
                      </Suspense>
                    </Show>
                  </Show>
                  </>
                ),
              },
            ]}
          />
        </Show>
      )}
    </Show>
  );
}

export default function TeamEvaluations() {
  const cycles = createAsync(() => getCycles());
  const [chosen, setChosen] = createSignal("");
  const cycle = () => {
    const list = cycles() ?? [];
    return list.find((candidate) => candidate.id === chosen()) ?? list[0];
  };
  return (
    <section>
      <PageTitle>{t("evalTeam.title")}</PageTitle>
      <p class="muted">{t("evalTeam.intro")}</p>
      <Show when={cycles()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p class="empty">{t("evalTeam.noCycles")}</p>}>
            <div class="field cycle-field">
              <label for="team-cycle">{t("evalTeam.cycle")}</label>
              <select id="team-cycle" onChange={(event) => setChosen(event.currentTarget.value)}>
                <For each={list()}>
                  {(entry) => (
                    <option value={entry.id} selected={entry.id === cycle()?.id}>
                      {cycleLabel(entry.id)} · {cycleStatusLabel(entry.status)}
                    </option>
                  )}
                </For>
              </select>
            </div>
            {/* Keyed by id: a refreshed list keeps the table (and an open peers form) in place. */}
            <Show when={cycle()?.id} keyed>
              {(_id) => (
                <>
                  <p class="muted">
                    {t("evalTeam.dates", {
                      due: formatWita(cycle()!.dueAt),
                      peers: formatWita(cycle()!.peersLockedAt),
                      closes: formatWita(cycle()!.closesAt),
                    })}
                  </p>
                  <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
                    <TeamTable cycle={cycle()!} />
                  </Suspense>
                </>
              )}
            </Show>
          </Show>
        )}
      </Show>
    </section>
  );
}
