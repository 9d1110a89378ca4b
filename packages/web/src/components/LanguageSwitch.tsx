import { lang, t, toggleLang } from "../i18n";

/** Names the other language in that language, so its speakers recognise it. */
export function LanguageSwitch() {
  return (
    <button
      type="button"
      class="button-link lang-switch"
      lang={lang() === "id" ? "en" : "id"}
      title={t("lang.switchLabel")}
      onClick={toggleLang}
    >
      {t("lang.switchTo")}
    </button>
  );
}
