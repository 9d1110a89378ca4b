import { createAsync, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import QRCode from "qrcode";
import { PageTitle } from "../components/PageTitle";
import { t } from "../i18n";
import { getCertificate } from "../queries";
import { formatDay, formatLongDay } from "../time";
import type { Certificate } from "../types";

/** Where anyone can check a certificate: the address the QR code carries. */
export function verificationUrl(code: string): string {
  return `${window.location.origin}/verifikasi/${encodeURIComponent(code)}`;
}

/** The QR code as an SVG data URL, so it prints sharply and needs no script to show. */
export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function QrImage(props: { code: string }) {
  const [image] = createResource(() => verificationUrl(props.code), (url) => qrDataUrl(url).catch(() => ""));
  return (
    <Show when={image.latest}>
      {(src) => (
        <img
          class="qr-code"
          src={src()}
          width="144"
          height="144"
          alt={t("certificate.qrAlt", { code: props.code })}
          data-testid="certificate-qr"
        />
      )}
    </Show>
  );
}

function Signature(props: { certificate: Certificate }) {
  const c = () => props.certificate;
  return (
    <div class="certificate-signature" data-testid="certificate-signature">
      <p class="certificate-place">
        {c().city ? `${c().city}, ${formatLongDay(c().issuedOn)}` : formatLongDay(c().issuedOn)}
      </p>
      <Show
        when={c().signatoryName}
        fallback={<p class="certificate-small">{t("certificate.noSignatory", { institution: c().institutionName })}</p>}
      >
        <p class="certificate-signatory-position">{c().signatoryPosition ?? c().institutionName}</p>
        <div class="certificate-sign-space" aria-hidden="true" />
        <p class="certificate-signatory-name">{c().signatoryName}</p>
        <Show when={c().signatoryNip}>
          <p class="certificate-signatory-nip">{t("certificate.signatoryNip", { nip: c().signatoryNip ?? "" })}</p>
        </Show>
      </Show>
    </div>
  );
}

function CertificateSheet(props: { certificate: Certificate }) {
  const displayCode = () => props.certificate.displayCode || props.certificate.code;
  const url = () => verificationUrl(displayCode());
  return (
    <article class="certificate" aria-labelledby="certificate-heading">
      <header class="certificate-header">
        <img class="certificate-logo" src="/logo-kota-mataram.svg" width="64" height="77" alt={t("certificate.logoAlt")} />
        <div>
          <p class="certificate-city">{t("app.owner")}</p>
          <p class="certificate-issuer">{t("certificate.issuer")}</p>
        </div>
      </header>
      <h2 id="certificate-heading" class="certificate-heading">
        {t("certificate.heading")}
      </h2>
      <p class="certificate-small">{t("certificate.awardedTo")}</p>
      <p class="certificate-holder">{props.certificate.holderName}</p>
      <p class="certificate-small">{t("certificate.for")}</p>
      <p class="certificate-course">{props.certificate.courseTitle}</p>
      <dl class="details certificate-details">
        <dt>{t("certificate.institution")}</dt>
        <dd>{props.certificate.institutionName}</dd>
        <dt>{t("certificate.completedOn")}</dt>
        <dd>{formatDay(props.certificate.completedOn)}</dd>
        <dt>{t("certificate.jp")}</dt>
        <dd>{t("course.jpValue", { jp: props.certificate.jp })}</dd>
        <dt>{t("certificate.code")}</dt>
        <dd class="nip certificate-code" data-testid="certificate-code">
          {displayCode()}
        </dd>
      </dl>
      <div class="certificate-footer">
        <div class="certificate-verify">
          <QrImage code={displayCode()} />
          <p class="certificate-small wrap-anywhere">{t("certificate.verifyAt", { url: url() })}</p>
        </div>
        <Signature certificate={props.certificate} />
      </div>
    </article>
  );
}

export default function CertificatePage() {
  const params = useParams<{ code: string }>();
  const certificate = createAsync(() => getCertificate(params.code ?? ""));
  return (
    <section class="certificate-page">
      <div class="no-print">
        <PageTitle>{t("certificate.title")}</PageTitle>
      </div>
      <Show when={certificate() !== undefined}>
        <Show
          when={certificate()}
          fallback={
            <div class="notice notice-error" role="alert">
              <p>{t("verify.notFound")}</p>
            </div>
          }
        >
          {(found) => (
            <>
              <p class="actions no-print">
                <button type="button" class="button" onClick={() => window.print()}>
                  {t("certificate.print")}
                </button>
              </p>
              <CertificateSheet certificate={found()} />
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
