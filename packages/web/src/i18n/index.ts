// The current language and `t()`. Indonesian is part of the first load; English is fetched
// the first time it is chosen, and the language only changes once its text is here, so a
// page is never shown half in one language and half in the other.
import { createSignal } from "solid-js";
import { id, type MessageKey } from "./id";

export type { MessageKey } from "./id";
export type Lang = "id" | "en";
type Dictionary = Record<MessageKey, string>;

const dictionaries: Partial<Record<Lang, Dictionary>> = { id };
const pending: Partial<Record<Lang, Promise<Dictionary>>> = {};
const STORAGE_KEY = "kompeten.lang";

function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "id";
  } catch {
    return "id";
  }
}

function load(value: Lang): Promise<Dictionary> {
  const loaded = dictionaries[value];
  if (loaded) return Promise.resolve(loaded);
  const request = (pending[value] ??= import("./en").then(
    (module) => (dictionaries.en = module.en),
    (error: unknown) => {
      delete pending[value]; // a later choice tries again
      throw error;
    },
  ));
  return request;
}

const [lang, setLangSignal] = createSignal<Lang>("id");

function applyDocumentLang(value: Lang) {
  if (typeof document !== "undefined") document.documentElement.lang = value;
}

export { lang };

let latestChoice = 0;

function apply(value: Lang) {
  setLangSignal(value);
  applyDocumentLang(value);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, value);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit.
  }
}

/**
 * Switches to `value`. A language already loaded switches at once; otherwise the page stays
 * in the current language until the other one has arrived (the promise settles then). When
 * two choices overlap, the later one wins.
 */
export function setLang(value: Lang): Promise<void> {
  const choice = ++latestChoice;
  if (dictionaries[value]) {
    apply(value);
    return Promise.resolve();
  }
  return load(value).then(() => {
    if (choice === latestChoice) apply(value);
  });
}

export function toggleLang(): Promise<void> {
  return setLang(lang() === "id" ? "en" : "id").catch(() => {
    // Offline: the page stays in the current language; the next click tries again.
  });
}

/** Settles once the stored language is ready to show; the app renders after it. */
export const languageReady: Promise<void> =
  storedLang() === "en" ? setLang("en").catch(() => applyDocumentLang(lang())) : Promise.resolve(applyDocumentLang("id"));

export type MessageParams = Record<string, string | number>;

/** The text for `key` in the current language, with `{name}` placeholders filled in. Reactive. */
export function t(key: MessageKey, params?: MessageParams): string {
  const text = (dictionaries[lang()] ?? id)[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasMessage(key: string): key is MessageKey {
  return key in id;
}
