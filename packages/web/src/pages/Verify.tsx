import { createAsync, useNavigate, useParams } from "@solidjs/router";
import { Show, Suspense } from "solid-js";
import { PageTitle } from "../components/PageTitle";
import { text } from "../forms";
import { t } from "../i18n";
import { getCertificate } from "../queries";
import { formatDay } from "../time";

/** Public: anyone holding a code (or the QR code) can check a certificate. Shows no NIP and no email. */
function VerifyResult(props: { code: string }) {
  const certificate = createAsync(() => getCertificate(props.code));
  return (
    <Show when={certificate() !== undefined}>
      <Show
        when={certificate()}
        fallback={
          <div class="notice notice-error verify-result" role="alert" data-testid="verify-not-found">
            <h2>{t("verify.notFound")}</h2>
            <p>{t("verify.notFoundBody", { code: props.code })}</p>
          </div>
        }
      >
        {(found) => (
          <section class="notice notice-success verify-result" aria-labelledby="verify-valid" data-testid="verify-valid">
            <h2 id="verify-valid">
              <span aria-hidden="true">✓ </span>
              {t("verify.valid")}
            </h2>
            <p>{t("verify.validIntro")}</p>
            <dl class="details">
              <dt>{t("verify.holder")}</dt>
              <dd>{found().holderName}</dd>
              <dt>{t("verify.course")}</dt>
              <dd>{found().courseTitle}</dd>
              <dt>{t("verify.institution")}</dt>
              <dd>{found().institutionName}</dd>
              <dt>{t("verify.date")}</dt>
              <dd>{formatDay(found().completedOn)}</dd>
              <dt>{t("verify.jp")}</dt>
              <dd>{t("course.jpValue", { jp: found().jp })}</dd>
              <Show when={found().signatoryName}>
                <dt>{t("verify.signatory")}</dt>
                <dd>
                  {found().signatoryName}
                  <Show when={found().signatoryPosition}>, {found().signatoryPosition}</Show>
                </dd>
              </Show>
              <dt>{t("verify.codeLabel")}</dt>
              <dd class="nip">{found().displayCode || found().code}</dd>
            </dl>
          </section>
        )}
      </Show>
    </Show>
  );
}

export default function Verify() {
  const params = useParams<{ code?: string }>();
  const navigate = useNavigate();
  const code = () => (params.code ?? "").trim();

  const check = (event: SubmitEvent) => {
    event.preventDefault();
    const value = text(new FormData(event.currentTarget as HTMLFormElement), "code");
    if (value) navigate(`/verifikasi/${encodeURIComponent(value)}`);
  };

  return (
    <section class="narrow verify-page">
      <PageTitle>{t("verify.title")}</PageTitle>
      <p>{t("verify.intro")}</p>
      <Show when={code()}>
        <Suspense fallback={<p class="loading" role="status">{t("app.loading")}</p>}>
          <VerifyResult code={code()} />
        </Suspense>
      </Show>
      <form class="card form" role="search" aria-label={code() ? t("verify.another") : t("verify.title")} onSubmit={check}>
        <div class="field">
          <label for="verify-code">{t("verify.code")}</label>
          <p class="hint" id="verify-code-hint">
            {t("verify.codeHint")}
          </p>
          <input
            id="verify-code"
            aria-describedby="verify-code-hint"
            name="code"
            type="text"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck={false}
            required
          />
        </div>
        <button type="submit" class="button">
          {t("verify.submit")}
        </button>
      </form>
    </section>
  );
}
