import { A } from "@solidjs/router";
import { PageTitle } from "../components/PageTitle";
import { t } from "../i18n";

export default function NotFound() {
  return (
    <section class="narrow">
      <PageTitle>{t("notFound.title")}</PageTitle>
      <p>{t("notFound.body")}</p>
      <p>
        <A href="/">{t("notFound.home")}</A>
      </p>
    </section>
  );
}
