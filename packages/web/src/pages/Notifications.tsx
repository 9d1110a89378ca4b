// Every notification on one page (the bell shows the same list in the header).
import { createAsync, revalidate, useNavigate } from "@solidjs/router";
import { For, Show } from "solid-js";
import { api } from "../api";
import { PageTitle } from "../components/PageTitle";
import { t } from "../i18n";
import { notificationText } from "../notificationText";
import { getNotifications } from "../queries";
import { formatWita } from "../time";
import type { Notification } from "../types";

export default function Notifications() {
  const navigate = useNavigate();
  const list = createAsync(() => getNotifications());
  const refresh = () => revalidate(getNotifications.key);
  const unread = () => list()?.unreadCount ?? 0;

  const follow = async (event: MouseEvent, item: Notification) => {
    event.preventDefault();
    if (!item.read) await api.readNotification(item.id).catch(() => undefined);
    await refresh();
    if (!item.link) return;
    if (item.link.startsWith("/") && !item.link.startsWith("//")) navigate(item.link);
    else window.location.assign(item.link);
  };
  const readAll = async () => {
    await api.readAllNotifications().catch(() => undefined);
    await refresh();
  };

  return (
    <section>
      <PageTitle>{t("notificationsPage.title")}</PageTitle>
      <Show when={list() !== null} fallback={<p class="notice notice-error">{t("notificationsPage.unavailable")}</p>}>
        <Show when={list()}>
          {(found) => (
            <>
              <p class="muted" role="status">
                {unread() > 0 ? t("notificationsPage.unread", { count: unread() }) : t("notificationsPage.allRead")}
              </p>
              <Show when={found().items.length > 0} fallback={<p class="empty">{t("notifications.empty")}</p>}>
                <ul class="plain-list notification-page-list">
                  <For each={found().items}>
                    {(item) => {
                      const text = () => notificationText(item);
                      return (
                        <li classList={{ unread: !item.read }}>
                          <a href={item.link ?? "#"} onClick={(event) => void follow(event, item)}>
                            <Show when={!item.read}>
                              <span class="badge badge-new">{t("notifications.new")}</span>{" "}
                            </Show>
                            {text().title}
                          </a>
                          <span class="block">{text().body}</span>
                          <time class="block muted" datetime={item.createdAt}>
                            {formatWita(item.createdAt)}
                          </time>
                        </li>
                      );
                    }}
                  </For>
                </ul>
              </Show>
              <p class="actions">
                <button type="button" class="button secondary" disabled={unread() === 0} onClick={() => void readAll()}>
                  {t("notifications.readAll")}
                </button>
              </p>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
