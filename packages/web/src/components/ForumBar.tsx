// The forum's own bar: its pages, and the citizen signed in to it (apart from any staff sign-in).
import { A, useLocation } from "@solidjs/router";
import { Show } from "solid-js";
import { t } from "../i18n";
import { citizen, citizenLogout } from "../pages/forum/data";

export function ForumBar() {
  const location = useLocation();
  return (
    <nav class="forum-bar" aria-label={t("forum.navLabel")}>
      <ul>
        <li>
          <A href="/forum" end>
            {t("forum.navTopics")}
          </A>
        </li>
        <li>
          <A href="/forum/tulis">{t("forum.newTopic")}</A>
        </li>
        <li>
          <A href="/forum/dialog">{t("forum.navDialogs")}</A>
        </li>
        <li>
          <A href="/forum/program">{t("forum.navPrograms")}</A>
        </li>
        <Show when={citizen()}>
          <li>
            <A href="/forum/saya">{t("forum.navMine")}</A>
          </li>
        </Show>
      </ul>
      <Show
        when={citizen()}
        fallback={
          <A href={`/forum/masuk?ke=${encodeURIComponent(location.pathname)}`} class="button-link">
            {t("forum.signIn")}
          </A>
        }
      >
        {(me) => (
          <span class="forum-citizen">
            <span>{t("forum.signedInAs", { name: me().displayName })}</span>{" "}
            <button type="button" class="button-link" onClick={() => void citizenLogout()}>
              {t("forum.signOut")}
            </button>
          </span>
        )}
      </Show>
    </nav>
  );
}
