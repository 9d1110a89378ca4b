import { A, createAsync, revalidate, useLocation, useNavigate } from "@solidjs/router";
import { createEffect, createSignal, For, on, onCleanup, onMount, Show } from "solid-js";
import { api } from "../api";
import { t } from "../i18n";
import { notificationText } from "../notificationText";
import { getNotifications } from "../queries";
import { formatWita } from "../time";
import type { Notification } from "../types";

/** How often the bell asks for news while the page is in view. */
export const NOTIFICATION_POLL_MS = 60_000;

function BellIcon() {
  return (
    <svg class="bell-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/** The header's bell: unread count, and a list that marks what is opened as read. */
export function NotificationBell() {
  const location = useLocation();
  const navigate = useNavigate();
  const [open, setOpen] = createSignal(false);
  const list = createAsync(() => getNotifications());
  const unread = () => list()?.unreadCount ?? 0;
  const items = () => list()?.items ?? [];
  // A failed refresh keeps the last list (the next page change or minute tries again); it is no error to report.
  const refresh = () => revalidate(getNotifications.key).catch(() => undefined);

  let container: HTMLDivElement | undefined;
  let button: HTMLButtonElement | undefined;

  // News arrives with each page change, and every minute while the tab is visible.
  createEffect(
    on(
      () => location.pathname,
      () => {
        setOpen(false);
        void refresh();
      },
      { defer: true },
    ),
  );
  onMount(() => {
    const visible = () => document.visibilityState !== "hidden";
    const timer = setInterval(() => visible() && void refresh(), NOTIFICATION_POLL_MS);
    const onVisibility = () => visible() && void refresh();
    const onOutside = (event: MouseEvent) => {
      if (open() && container && !container.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("visibilitychange", onVisibility);
    document.addEventListener("click", onOutside);
    onCleanup(() => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      document.removeEventListener("click", onOutside);
    });
  });

  const close = () => {
    setOpen(false);
    button?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open()) {
      event.preventDefault();
      close();
    }
  };

  const readAll = async () => {
    await api.readAllNotifications().catch(() => undefined);
    await refresh();
  };

  const follow = async (event: MouseEvent, item: Notification) => {
    event.preventDefault();
    if (!item.read) await api.readNotification(item.id).catch(() => undefined);
    setOpen(false);
    await refresh();
    if (item.link) {
      if (item.link.startsWith("/") && !item.link.startsWith("//")) navigate(item.link);
      else window.location.assign(item.link);
    }
  };

  const label = () => (unread() > 0 ? t("notifications.unread", { count: unread() }) : t("notifications.label"));

  return (
    <div class="bell" ref={container} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        class="bell-button"
        aria-label={label()}
        aria-expanded={open()}
        aria-controls="notification-panel"
        onClick={() => setOpen(!open())}
      >
        <BellIcon />
        <Show when={unread() > 0}>
          <span class="bell-count" aria-hidden="true">
            {unread() > 99 ? "99+" : unread()}
          </span>
        </Show>
      </button>
      <Show when={open()}>
        <div id="notification-panel" class="bell-panel" role="region" aria-labelledby="notification-title">
          <div class="bell-panel-head">
            <h2 id="notification-title">{t("notifications.label")}</h2>
            <button type="button" class="button-link" onClick={close}>
              {t("notifications.close")}
            </button>
          </div>
          <Show when={items().length > 0} fallback={<p class="empty">{t("notifications.empty")}</p>}>
            <ul class="bell-list">
              <For each={items()}>
                {(item) => {
                  const text = () => notificationText(item);
                  return (
                  <li classList={{ unread: !item.read }}>
                    <a href={item.link ?? "#"} class="bell-item" onClick={(event) => void follow(event, item)}>
                      <span class="bell-item-title">
                        <Show when={!item.read}>
                          <span class="badge badge-new">{t("notifications.new")}</span>{" "}
                        </Show>
                        {text().title}
                      </span>
                      <span class="bell-item-body">{text().body}</span>
                      <time class="muted" datetime={item.createdAt}>
                        {formatWita(item.createdAt)}
                      </time>
                    </a>
                  </li>
                  );
                }}
              </For>
            </ul>
          </Show>
          <div class="bell-panel-foot">
            <button type="button" class="button secondary" disabled={unread() === 0} onClick={() => void readAll()}>
              {t("notifications.readAll")}
            </button>
            <A href="/notifikasi" onClick={() => setOpen(false)}>
              {t("notifications.all")}
            </A>
          </div>
        </div>
      </Show>
    </div>
  );
}
