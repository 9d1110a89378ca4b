import { A, Navigate, revalidate, useLocation, type RouteSectionProps } from "@solidjs/router";
import { createEffect, createMemo, ErrorBoundary, Match, on, Show, Suspense, Switch } from "solid-js";
import { ApiError } from "../api";
import { t } from "../i18n";
import { isSignedIn, loadSession, me, mustChangePassword, session, signOut } from "../session";
import { describeError } from "./ErrorMessage";
import { loadCitizen } from "../pages/forum/data";
import { ForumBar } from "./ForumBar";
import { LanguageSwitch } from "./LanguageSwitch";
import { Nav } from "./Nav";
import { NotificationBell } from "./NotificationBell";

const SIGN_IN = "/masuk";
const CHANGE_PASSWORD = "/kata-sandi";

/** The citizens' forum: public, with its own sign-in. */
export function isForumPath(path: string): boolean {
  return path === "/forum" || path.startsWith("/forum/");
}

/** Pages anyone may open without signing in: certificate verification and the forum. */
export function isPublicPath(path: string): boolean {
  return path === "/verifikasi" || path.startsWith("/verifikasi/") || isForumPath(path);
}

/** Only paths inside this site may be returned to after signing in. */
function safeReturnPath(value: unknown): string | undefined {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : undefined;
}

function Loading() {
  return (
    <p class="loading" role="status">
      {t("app.loading")}
    </p>
  );
}

function PageError(props: { error: unknown; reset: () => void }) {
  const location = useLocation();
  createEffect(on(() => location.pathname, () => props.reset(), { defer: true }));
  // A failed read stays cached for a few seconds; mark everything stale so the retry really asks again.
  const retry = () => {
    // The page's own read shows its error again if it still fails.
    void revalidate().catch(() => undefined);
    props.reset();
  };
  const forbidden = () => props.error instanceof ApiError && props.error.status === 403;
  return (
    <section class="page-error">
      <h1>{forbidden() ? t("forbidden.title") : t("pageError.title")}</h1>
      <p role="alert">{describeError(props.error).message}</p>
      <button type="button" class="button secondary" onClick={retry}>
        {t("pageError.retry")}
      </button>
    </section>
  );
}

function UserMenu() {
  // Signing out empties the session; the guard then takes the visitor to the sign-in page.
  const logout = () => signOut().catch(() => undefined);
  return (
    <div class="user-menu">
      <Show when={me()}>
        {(person) => <span class="user-name">{t("nav.signedInAs", { name: person().name })}</span>}
      </Show>
      <Show when={!mustChangePassword()}>
        <A href={CHANGE_PASSWORD} class="button-link">
          {t("nav.password")}
        </A>
      </Show>
      <button type="button" class="button-link" onClick={logout}>
        {t("nav.logout")}
      </button>
    </div>
  );
}

/** Frame of every page, and the guard deciding where a visitor may be. */
export function Layout(props: RouteSectionProps) {
  const location = useLocation();
  if (session().status === "unknown") void loadSession();
  createEffect(() => {
    if (isForumPath(location.pathname)) void loadCitizen();
  });

  const redirect = createMemo(() => {
    const state = session();
    const path = location.pathname;
    if (state.status === "unknown") return undefined;
    if (isPublicPath(path)) return undefined;
    if (!isSignedIn()) {
      if (path === SIGN_IN) return undefined;
      const leftOnPurpose = state.status === "anonymous" && state.reason === "signedOut";
      const back = path === "/" || leftOnPurpose ? "" : `?ke=${encodeURIComponent(path + location.search)}`;
      return SIGN_IN + back;
    }
    if (mustChangePassword()) return path === CHANGE_PASSWORD ? undefined : CHANGE_PASSWORD;
    if (path === SIGN_IN) return safeReturnPath(location.query.ke) ?? "/";
    return undefined;
  });

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById("main")?.focus();
  };

  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        {t("app.skipLink")}
      </a>
      <header class="site-header">
        <div class="header-bar">
          <A href="/" class="brand" end>
            <span class="brand-name">{t("app.name")}</span>
            <span class="brand-owner">{t("app.owner")}</span>
          </A>
          <div class="header-tools">
            <LanguageSwitch />
            <Show when={me() && !mustChangePassword()}>
              <NotificationBell />
            </Show>
            <Show when={isSignedIn()}>
              <UserMenu />
            </Show>
          </div>
        </div>
        <Show when={isForumPath(location.pathname)} fallback={<Show when={isSignedIn() && !mustChangePassword()}><Nav /></Show>}>
          <ForumBar />
        </Show>
      </header>
      <main id="main" tabindex="-1">
        <Switch>
          {/* Public pages need no answer about the session to show. */}
          <Match when={session().status === "unknown" && !isPublicPath(location.pathname)}>
            <Loading />
          </Match>
          <Match when={redirect()} keyed>
            {(to) => <Navigate href={to} />}
          </Match>
          <Match when={true}>
            <ErrorBoundary fallback={(error, reset) => <PageError error={error} reset={reset} />}>
              <Suspense fallback={<Loading />}>{props.children}</Suspense>
            </ErrorBoundary>
          </Match>
        </Switch>
      </main>
      <footer class="site-footer">
        <p>{t("app.footer")}</p>
        <Show when={!isForumPath(location.pathname)}>
          <p>
            <A href="/forum">{t("app.forumLink")}</A>
          </p>
        </Show>
      </footer>
    </>
  );
}
