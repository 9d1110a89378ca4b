// The forum's staff pages are for some roles only: others see why (the API refuses them anyway).
import { Show, type JSX } from "solid-js";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";

export function RequireAccess(props: { when: boolean; children: JSX.Element }) {
  return (
    <Show
      when={props.when}
      fallback={
        <section>
          <PageTitle>{t("forbidden.title")}</PageTitle>
          <p>{t("error.forbidden")}</p>
        </section>
      }
    >
      {props.children}
    </Show>
  );
}

/** "Terlambat": a topic past one of its deadlines. */
export function OverdueBadge() {
  return <span class="badge badge-overdue">{t("forumStaff.overdue")}</span>;
}
