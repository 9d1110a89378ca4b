import { useLocation } from "@solidjs/router";
import { createEffect, on } from "solid-js";
import { AddStaffForm } from "../components/AddStaffForm";
import { ImportStaffForm } from "../components/ImportStaffForm";
import { PageTitle } from "../components/PageTitle";
import { Card } from "../components/Card";
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
        <Card id="tambah" title={t("admin.addTitle")} titleId="add-title">
          <AddStaffForm />
        </Card>
        <Card id="impor" title={t("admin.importTitle")} titleId="import-title">
          <ImportStaffForm />
        </Card>
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
