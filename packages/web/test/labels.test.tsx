import { describe, expect, it } from "vitest";
import { hasMessage, setLang, t, type Lang, type MessageKey } from "../src/i18n";
import { LABELLED_LISTS, sessionStatusLabel } from "../src/labels";
import { MENTORSHIP_SESSION_STATUSES } from "../src/types";

/** The keys a value's label lives under: notifications have a title and a text. */
const keysFor = (prefix: string, value: string | number) =>
  prefix === "notification" ? [`notification.${value}.title`, `notification.${value}.body`] : [`${prefix}.${value}`];

describe("value labels", () => {
  it.each<Lang>(["id", "en"])("gives every value of every list a label in %s", async (lang) => {
    await setLang(lang);
    const missing: string[] = [];
    for (const [prefix, values] of Object.entries(LABELLED_LISTS)) {
      for (const value of values) {
        for (const key of keysFor(prefix, value)) {
          const text = hasMessage(key) ? t(key as MessageKey) : undefined;
          if (!text?.trim() || text === key) missing.push(key);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each<Lang>(["id", "en"])("names every state of a mentoring session in %s", async (lang) => {
    await setLang(lang);
    for (const status of MENTORSHIP_SESSION_STATUSES) {
      expect(hasMessage(`sessionStatus.${status}`), status).toBe(true);
      expect(sessionStatusLabel(status)).not.toBe(status);
    }
  });

  it("names competency and position levels in English in English", async () => {
    await setLang("en");
    expect(t("competencyLevel.1")).toBe("Awareness");
    expect(t("competencyLevel.2")).toBe("Basic");
    expect(t("level.pelaksana")).not.toBe("Pelaksana");
    setLang("id");
    expect(t("competencyLevel.1")).toBe("Paham");
    expect(t("level.pelaksana")).toBe("Pelaksana");
  });
});
