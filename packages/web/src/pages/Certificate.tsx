import { createAsync, useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import QRCode from "qrcode";
import { PageTitle } from "../components/PageTitle";
import { t } from "../i18n";
import { getCertificate } from "../queries";
import { formatDay } from "../time";
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

function CertificateSheet(props: { certificate: Certificate }) {
  const url = () => verificationUrl(props.certificate.code);
  return (
    <article class="certificate" aria-labelledby="certificate-heading">
      <p class="certificate-issuer">
        {t("app.owner")} · {t("certificate.issuer")}
      </p>
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
        <dd class="nip" data-testid="certificate-code">
          {props.certificate.code}
        </dd>
      </dl>
      <div class="certificate-verify">
        <QrImage code={props.certificate.code} />
        <p class="certificate-small wrap-anywhere">{t("certificate.verifyAt", { url: url() })}</p>
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
