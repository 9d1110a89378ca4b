import { Show, type JSX } from "solid-js";
import { t } from "../i18n";
import { isAdmin } from "../session";
import { PageTitle } from "./PageTitle";

/** Admin pages: others see why they cannot use it (the API refuses them anyway). */
export function RequireAdmin(props: { children: JSX.Element }) {
  return (
    <Show
      when={isAdmin()}
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
