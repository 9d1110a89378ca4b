import { action, revalidate, useSubmission } from "@solidjs/router";
import { createSignal, For, Show } from "solid-js";
import { api, ApiError, importTemplateUrl } from "../api";
import { raw, type FormInput } from "../forms";
import { t } from "../i18n";
import { getTeam, listStaff } from "../queries";
import type { ImportRowError } from "../types";
import { ErrorMessage } from "./ErrorMessage";
import { DataTable } from "./DataTable";

export const CSV_HEADER = "nip,nama,email,unit,jabatan,nip_atasan";
export const CSV_OPTIONAL_COLUMN = "tingkat_jabatan";
export const CSV_HEADER_EN = "nip,name,email,unit,position,supervisor_nip[,position_level]";

export const importStaffAction = action(async (form: FormInput) => {
  const csv = raw(form, "csv");
  if (!csv.trim()) throw new ApiError(400, "csv_empty", "No CSV content");
  const result = await api.importStaff(csv);
  await revalidate([listStaff.key, getTeam.key]);
  return result;
}, "import-staff");

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, "utf-8");
  });
}

function rowErrors(error: unknown): ImportRowError[] | undefined {
  if (!(error instanceof ApiError) || error.code !== "invalid_rows") return undefined;
  const rows = (error.details as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as ImportRowError[]) : [];
}

function RowErrors(props: { rows: ImportRowError[] }) {
  return (
    <div class="notice notice-error" role="alert" aria-live="assertive" data-testid="import-row-errors">
      <p>{t("error.invalid_rows")}</p>
      <p>{t("admin.rowErrorsIntro")}</p>
      <DataTable
        caption={t("admin.rowErrors")}
        showCaption
        stackOnPhone={false}
        class="compact"
        rows={props.rows}
        columns={[
          { header: () => t("admin.row"), align: "number", cell: (row) => row.row },
          { header: () => t("admin.reason"), cell: (row) => row.reason },
        ]}
      />
    </div>
  );
}

export function ImportStaffForm() {
  const submission = useSubmission(importStaffAction);
  const [csv, setCsv] = createSignal("");
  const rows = () => rowErrors(submission.error);

  // A chosen file is shown in the text box, so it can be checked or corrected before importing.
  const loadFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) setCsv(await readText(file).catch(() => ""));
  };

  return (
    <form action={importStaffAction} method="post" class="form" data-testid="import-staff-form">
      <p>{t("admin.importIntro")}</p>
      <pre class="csv-header" data-testid="csv-header">
        <code>{CSV_HEADER}</code>
      </pre>
      <p class="muted">{t("admin.importOptional", { column: CSV_OPTIONAL_COLUMN })}</p>
      <p class="muted">{t("admin.importEnglish", { header: CSV_HEADER_EN })}</p>
      <p>
        <a class="button secondary" href={importTemplateUrl} download="templat-impor-pegawai.csv" data-testid="import-template">
          {t("admin.importTemplate")}
        </a>
      </p>
      <p class="muted">{t("admin.importKeyNote")}</p>

      <div class="field">
        <label for="csv-file">{t("admin.csvFile")}</label>
        <p class="hint" id="csv-file-hint">
          {t("admin.csvFileHint")}
        </p>
        {/* No name: the content travels through the text box below. */}
        <input id="csv-file" type="file" accept=".csv,text/csv" aria-describedby="csv-file-hint" onChange={loadFile} />
      </div>
      <div class="field">
        <label for="csv-text">{t("admin.csvText")}</label>
        <textarea
          id="csv-text"
          name="csv"
          rows={8}
          spellcheck={false}
          placeholder={CSV_HEADER}
          value={csv()}
          onInput={(event) => setCsv(event.currentTarget.value)}
        />
      </div>

      <Show when={rows()} fallback={<ErrorMessage error={submission.error} overrides={{ csv_empty: "admin.csvEmpty" }} />}>
        {(list) => <RowErrors rows={list()} />}
      </Show>
      <Show when={submission.result}>
        {(result) => (
          <div class="notice notice-success" role="status" aria-live="polite" data-testid="import-result">
            <p>{t("admin.importDone")}</p>
            <dl class="counts">
              <div>
                <dt>{t("admin.created")}</dt>
                <dd data-testid="import-created">{result().created}</dd>
              </div>
              <div>
                <dt>{t("admin.updated")}</dt>
                <dd data-testid="import-updated">{result().updated}</dd>
              </div>
              <div>
                <dt>{t("admin.unchanged")}</dt>
                <dd data-testid="import-unchanged">{result().unchanged}</dd>
              </div>
            </dl>
          </div>
        )}
      </Show>

      <button type="submit" class="button" disabled={submission.pending}>
        {t("admin.importSubmit")}
      </button>
    </form>
  );
}
