import { createEffect } from "solid-js";
import { t } from "../i18n";

/** The page's heading, also used as the browser tab's title. */
export function PageTitle(props: { children: string; id?: string }) {
  createEffect(() => {
    document.title = `${props.children} · ${t("app.name")}`;
  });
  return <h1 id={props.id}>{props.children}</h1>;
}
