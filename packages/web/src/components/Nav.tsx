import { A, createAsync, useLocation } from "@solidjs/router";
import { createEffect, createSignal, on, Show } from "solid-js";
import { t } from "../i18n";
import { getOwnTeamSize } from "../queries";
import { hasRole, isAdmin, me } from "../session";

/** The main menu: what the signed-in person's roles allow. Collapses behind a button on phones. */
export function Nav() {
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  createEffect(on(() => location.pathname, () => setOpen(false), { defer: true }));

  const isSupervisor = () => hasRole("supervisor");
  // Someone may lead a team without holding the supervisor role; ask only then.
  const teamSize = createAsync(async () => {
    const person = me();
    if (!person || isSupervisor()) return 0;
    return getOwnTeamSize(person.id);
  });
  const showTeam = () => isSupervisor() || (teamSize() ?? 0) > 0;

  return (
    <nav class="main-nav" aria-label={t("nav.label")}>
      <button
        type="button"
        class="nav-toggle"
        aria-expanded={open()}
        aria-controls="main-nav-list"
        onClick={() => setOpen(!open())}
      >
        {t("nav.menu")}
      </button>
      <ul id="main-nav-list" classList={{ open: open() }}>
        <li>
          <A href="/" end>
            {t("nav.home")}
          </A>
        </li>
        <Show when={me()}>
          {(person) => (
            <li>
              <A href={`/pegawai/${encodeURIComponent(person().id)}`} end>
                {t("nav.profile")}
              </A>
            </li>
          )}
        </Show>
        <li>
          <A href="/kursus">{t("nav.catalog")}</A>
        </li>
        <li>
          <A href="/belajar">{t("nav.learning")}</A>
        </li>
        <li>
          <A href="/evaluasi" end>
            {t("nav.evaluations")}
          </A>
        </li>
        <Show when={showTeam()}>
          <li>
            <A href="/tim">{t("nav.team")}</A>
          </li>
          <li>
            <A href="/persetujuan">{t("nav.approvals")}</A>
          </li>
          <li>
            <A href="/evaluasi/tim">{t("nav.teamEvaluations")}</A>
          </li>
        </Show>
        <li>
          <A href="/pegawai" end>
            {t("nav.directory")}
          </A>
        </li>
        <Show when={isAdmin()}>
          <li>
            <A href="/admin/pegawai#tambah">{t("nav.addStaff")}</A>
          </li>
          <li>
            <A href="/admin/pegawai#impor">{t("nav.importCsv")}</A>
          </li>
          <li>
            <A href="/admin/unit">{t("nav.units")}</A>
          </li>
          <li>
            <A href="/admin/lembaga">{t("nav.institutions")}</A>
          </li>
          <li>
            <A href="/admin/laporan-jp">{t("nav.jpReport")}</A>
          </li>
          <li>
            <A href="/admin/evaluasi">{t("nav.evaluationCycles")}</A>
          </li>
        </Show>
      </ul>
    </nav>
  );
}
