// The development plan item a relation answers: the mentee links one whose action is mentoring.
import { A, createAsync, useSubmission } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { ErrorMessage, SuccessMessage } from "../../components/ErrorMessage";
import { SelectField } from "../../components/FormField";
import { t } from "../../i18n";
import { cycleLabel } from "../../labels";
import { getCompetencies } from "../../queries";
import { me } from "../../session";
import { formatDay } from "../../time";
import type { Mentorship } from "../../types";
import { getLinkablePlanItems, linkPlanItemAction } from "./data";

function LinkForm(props: { relation: Mentorship }) {
  const items = createAsync(() => getLinkablePlanItems(props.relation.competencyIds));
  const dictionary = createAsync(() => getCompetencies());
  const nameOf = (id: string) => dictionary()?.items.find((c) => c.id === id)?.name ?? id;
  const submission = useSubmission(linkPlanItemAction, ([id]) => id === props.relation.id);
  return (
    <Show when={items()} fallback={<p class="muted">{t("planLink.notLinked")}</p>}>
      {(list) => (
        <Show when={list().length > 0} fallback={<p class="muted">{t("planLink.none")}</p>}>
          <form action={linkPlanItemAction.with(props.relation.id)} method="post" class="form" noValidate>
            <ErrorMessage error={submission.error} />
            <SelectField
              id="plan-link-item"
              name="planItem"
              label={t("planLink.item")}
              hint={t("planLink.hint")}
              placeholder={t("planLink.choose")}
              options={list().map((item) => ({
                value: `${item.evaluationId}|${item.itemId}`,
                label: `${nameOf(item.competencyId)}: ${item.description} (${cycleLabel(item.cycleId)}, ${formatDay(item.targetDate)})`,
              }))}
              error={submission.error}
              required
            />
            <div class="actions compact">
              <button type="submit" class="button secondary" disabled={submission.pending}>
                {t("planLink.link")}
              </button>
            </div>
          </form>
        </Show>
      )}
    </Show>
  );
}

/** Shows the linked item, or lets the mentee link one while the relation is requested or running. */
export function PlanLink(props: { relation: Mentorship }) {
  const submission = useSubmission(linkPlanItemAction, ([id]) => id === props.relation.id);
  const mayLink = () =>
    me()?.id === props.relation.mentee.id && (props.relation.status === "requested" || props.relation.status === "active");
  return (
    <div class="plan-link" data-testid="plan-link">
      <h3>{t("planLink.title")}</h3>
      <SuccessMessage when={submission.result}>
        <p>{t("planLink.linked")}</p>
      </SuccessMessage>
      <Show
        when={props.relation.planItem}
        fallback={
          <Show when={mayLink()} fallback={<p class="muted">{t("planLink.notLinked")}</p>}>
            <Suspense>
              <LinkForm relation={props.relation} />
            </Suspense>
          </Show>
        }
      >
        {(link) => (
          <p>
            {t("planLink.linkedTo")}{" "}
            <A href={`/evaluasi/${encodeURIComponent(link().evaluationId)}/rencana`}>{t("planLink.openPlan", { cycle: cycleLabel(link().evaluationId.split("~")[0]) })}</A>
          </p>
        )}
      </Show>
    </div>
  );
}
