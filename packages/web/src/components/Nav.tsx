import { createAsync, useLocation } from "@solidjs/router";
import { createEffect, createSignal, For, on, onCleanup, Show } from "solid-js";
import { t, type MessageKey } from "../i18n";
import { getOwnTeamSize } from "../queries";
import { hasRole, isAdmin, me } from "../session";

export interface NavItem {
  href: string;
  label: MessageKey;
  /** Only this very path (not the pages below it) is this item's. */
  end?: boolean;
  /** Further paths that belong to this item (e.g. a course's editor to the catalog). */
  also?: string[];
}

export interface NavGroup {
  id: string;
  label: MessageKey;
  items: NavItem[];
}

/** The admin menu, grouped by what the work is about. */
export const ADMIN_GROUPS: NavGroup[] = [
  {
    id: "pegawai",
    label: "nav.groupStaff",
    items: [
      { href: "/admin/pegawai#tambah", label: "nav.addStaff" },
      { href: "/admin/pegawai#impor", label: "nav.importCsv" },
      { href: "/admin/unit", label: "nav.units" },
    ],
  },
  {
    id: "pelatihan",
    label: "nav.groupTraining",
    items: [
      { href: "/admin/kursus/baru", label: "nav.newCourse", end: true },
      { href: "/admin/lembaga", label: "nav.institutions" },
    ],
  },
  { id: "evaluasi", label: "nav.groupEvaluation", items: [{ href: "/admin/evaluasi", label: "nav.evaluationCycles" }] },
  {
    id: "laporan",
    label: "nav.groupReports",
    items: [
      { href: "/admin/dasbor", label: "nav.cityDashboard" },
      { href: "/admin/dasbor/kesenjangan", label: "nav.gapMap" },
      { href: "/admin/laporan-jp", label: "nav.jpReport" },
      { href: "/admin/mentoring", label: "nav.mentoringOverview" },
      { href: "/admin/kebutuhan-program", label: "nav.programNeeds" },
    ],
  },
];

function pathMatches(pattern: string, end: boolean | undefined, path: string): number {
  if (path === pattern) return pattern.length + 1;
  if (!end && pattern !== "/" && path.startsWith(`${pattern}/`)) return pattern.length;
  return 0;
}

/**
 * The one menu item of the current page: the most specific match. A path matches an item
 * exactly or as a page below it; a longer match wins, a matching #section wins over none,
 * and among equals the first listed (so /admin/pegawai alone is "Tambah pegawai").
 */
export function activeItem(items: NavItem[], pathname: string, hash: string): NavItem | undefined {
  let best: { item: NavItem; score: number } | undefined;
  for (const item of items) {
    const [path = "", section] = item.href.split("#");
    const score = Math.max(pathMatches(path, item.end, pathname), ...(item.also ?? []).map((p) => pathMatches(p, false, pathname)));
    if (score === 0) continue;
    const total = score * 2 + (section !== undefined && `#${section}` === hash ? 1 : 0);
    if (!best || total > best.score) best = { item, score: total };
  }
  return best?.item;
}

function NavLink(props: { item: NavItem; active: NavItem | undefined }) {
  const current = () => props.active === props.item;
  return (
    <li>
      <a href={props.item.href} aria-current={current() ? "page" : undefined} classList={{ active: current() }}>
        {t(props.item.label)}
      </a>
    </li>
  );
}

/**
 * One admin group as a disclosure menu: a button that shows or hides its links. Escape closes
 * it and returns to its button; leaving it with the keyboard or clicking elsewhere closes it.
 */
function GroupMenu(props: { group: NavGroup; active: NavItem | undefined; open: boolean; onToggle: (open: boolean) => void }) {
  let button: HTMLButtonElement | undefined;
  const holdsCurrent = () => props.group.items.includes(props.active as NavItem);
  const listId = () => `nav-group-${props.group.id}`;
  return (
    <li
      class="nav-group"
      onKeyDown={(event) => {
        if (event.key === "Escape" && props.open) {
          props.onToggle(false);
          button?.focus();
        }
      }}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (props.open && next && !event.currentTarget.contains(next)) props.onToggle(false);
      }}
    >
      <button
        ref={button}
        type="button"
        class="nav-group-toggle"
        classList={{ "holds-current": holdsCurrent() }}
        aria-expanded={props.open}
        aria-controls={listId()}
        onClick={() => props.onToggle(!props.open)}
      >
        {t(props.group.label)}
        <Show when={holdsCurrent()}>
          <span class="visually-hidden"> ({t("nav.currentGroup")})</span>
        </Show>
      </button>
      <ul id={listId()} class="nav-group-list" hidden={!props.open}>
        <For each={props.group.items}>{(item) => <NavLink item={item} active={props.active} />}</For>
      </ul>
    </li>
  );
}

/** The main menu: what the signed-in person's roles allow. Collapses behind a button on phones. */
export function Nav() {
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  const [openGroup, setOpenGroup] = createSignal<string>();
  createEffect(
    on(
      () => location.pathname + location.hash,
      () => {
        setOpen(false);
        setOpenGroup(undefined);
      },
      { defer: true },
    ),
  );

  let nav: HTMLElement | undefined;
  const closeOnOutsideClick = (event: MouseEvent) => {
    if (openGroup() && nav && !nav.contains(event.target as Node)) setOpenGroup(undefined);
  };
  document.addEventListener("click", closeOnOutsideClick);
  onCleanup(() => document.removeEventListener("click", closeOnOutsideClick));

  const isSupervisor = () => hasRole("supervisor");
  // Someone may lead a team without holding the supervisor role; ask only then.
  const teamSize = createAsync(async () => {
    const person = me();
    if (!person || isSupervisor()) return 0;
    return getOwnTeamSize(person.id);
  });
  const showTeam = () => isSupervisor() || (teamSize() ?? 0) > 0;

  const ownItems = (): NavItem[] => {
    const person = me();
    return [
      { href: "/", label: "nav.home", end: true },
      ...(person ? [{ href: `/pegawai/${encodeURIComponent(person.id)}`, label: "nav.profile" as const, end: true }] : []),
      { href: "/kursus", label: "nav.catalog", also: ["/admin/kursus"] },
      { href: "/belajar", label: "nav.learning", also: ["/sertifikat"] },
      { href: "/evaluasi", label: "nav.evaluations" },
      { href: "/mentoring", label: "nav.mentoring" },
      // Everyone may look colleagues up; someone else's profile belongs to the directory.
      { href: "/pegawai", label: "nav.directory" },
      ...(showTeam()
        ? [
            { href: "/tim", label: "nav.team" as const },
            { href: "/persetujuan", label: "nav.approvals" as const },
            { href: "/evaluasi/tim", label: "nav.teamEvaluations" as const },
          ]
        : []),
      // Unit heads hold the supervisor role; the API decides whether the unit is theirs to see.
      ...(isSupervisor() && person
        ? [{ href: `/dasbor/unit/${encodeURIComponent(person.unitId)}`, label: "nav.unitDashboard" as const }]
        : []),
      // The forum's staff side: responders (the supervisor role) and moderators; admins both.
      ...(isSupervisor() || isAdmin()
        ? [
            { href: "/layanan-forum", label: "nav.forumQueue" as const },
            { href: "/layanan-forum/dialog-program", label: "nav.forumEditors" as const },
          ]
        : []),
      ...(hasRole("moderator") || isAdmin() ? [{ href: "/admin/moderasi", label: "nav.moderation" as const }] : []),
    ];
  };
  const groups = () => (isAdmin() ? ADMIN_GROUPS : []);
  const active = () => activeItem([...ownItems(), ...groups().flatMap((g) => g.items)], location.pathname, location.hash);

  return (
    <nav class="main-nav" aria-label={t("nav.label")} ref={nav}>
      <button
        type="button"
        class="nav-toggle"
        aria-expanded={open()}
        aria-controls="main-nav-list"
        onClick={() => setOpen(!open())}
      >
        {t("nav.menu")}
      </button>
      <div id="main-nav-list" class="nav-panel" classList={{ open: open() }}>
        <ul class="nav-links">
          <For each={ownItems()}>{(item) => <NavLink item={item} active={active()} />}</For>
        </ul>
        <Show when={groups().length > 0}>
          <ul class="nav-groups" aria-label={t("nav.adminLabel")}>
            <For each={groups()}>
              {(group) => (
                <GroupMenu
                  group={group}
                  active={active()}
                  open={openGroup() === group.id}
                  onToggle={(value) => setOpenGroup(value ? group.id : undefined)}
                />
              )}
            </For>
          </ul>
        </Show>
      </div>
    </nav>
  );
}
