import { useLocation } from "@solidjs/router";
import { createEffect, on } from "solid-js";
import { AddStaffForm } from "../components/AddStaffForm";
import { ImportStaffForm } from "../components/ImportStaffForm";
import { PageTitle } from "../components/PageTitle";
import { RequireAdmin } from "../components/RequireAdmin";
import { t } from "../i18n";

function AdminStaffContent() {
  const location = useLocation();
  // The menu links to #tambah and #impor; bring that section into view once it exists.
  createEffect(
    on(
      () => location.hash,
      (hash) => {
        const section = hash ? document.getElementById(hash.replace(/^#/, "")) : null;
        section?.scrollIntoView?.({ block: "start" });
      },
    ),
  );

  return (
    <div>
      <PageTitle>{t("admin.staffTitle")}</PageTitle>
      <div class="columns">
        <section id="tambah" class="card" aria-labelledby="add-title">
          <h2 id="add-title">{t("admin.addTitle")}</h2>
          <AddStaffForm />
        </section>
        <section id="impor" class="card" aria-labelledby="import-title">
          <h2 id="import-title">{t("admin.importTitle")}</h2>
          <ImportStaffForm />
        </section>
      </div>
    </div>
  );
}

export default function AdminStaff() {
  return (
    <RequireAdmin>
      <AdminStaffContent />
    </RequireAdmin>
  );
}
