import { screen } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { lang, setLang, t } from "../src/i18n";
import { en } from "../src/i18n/en";
import { id } from "../src/i18n/id";
import { apiError, renderApp, stubApi } from "./harness";

describe("language", () => {
  it("fills placeholders and follows the chosen language", async () => {
    await setLang("id");
    expect(t("home.greeting", { name: "Sari" })).toBe("Selamat datang, Sari");
    await setLang("en");
    expect(t("home.greeting", { name: "Sari" })).toBe("Welcome, Sari");
  });

  it("switches the sign-in labels to English and remembers the choice", async () => {
    stubApi({ "GET /api/me": apiError(401, "unauthenticated") });
    renderApp("/masuk");

    expect(await screen.findByLabelText("NIP atau email")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Masuk" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "English" }));

    // English arrives on demand; until then the page stays wholly Indonesian.
    expect(await screen.findByLabelText("NIP or email")).toBeInTheDocument();
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByLabelText("NIP atau email")).not.toBeInTheDocument();
    expect(lang()).toBe("en");
    expect(localStorage.getItem("kompeten.lang")).toBe("en");
    expect(document.documentElement.lang).toBe("en");

    await userEvent.click(screen.getByRole("button", { name: "Bahasa Indonesia" }));
    expect(screen.getByLabelText("Kata sandi")).toBeInTheDocument();
    expect(localStorage.getItem("kompeten.lang")).toBe("id");
  });

  it("stays in the current language until the other one has arrived", async () => {
    vi.resetModules();
    const fresh = await import("../src/i18n");
    const switching = fresh.setLang("en");
    expect(fresh.lang()).toBe("id");
    expect(fresh.t("signIn.submit")).toBe("Masuk");
    await switching;
    expect(fresh.lang()).toBe("en");
    expect(fresh.t("signIn.submit")).toBe("Sign in");
  });

  it("starts in English when English was the stored choice, once it has arrived", async () => {
    localStorage.setItem("kompeten.lang", "en");
    vi.resetModules();
    const fresh = await import("../src/i18n");
    await fresh.languageReady;
    expect(fresh.lang()).toBe("en");
    expect(document.documentElement.lang).toBe("en");
    expect(fresh.t("signIn.submit")).toBe("Sign in");
  });
});

describe("dictionaries", () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

  it("has every key in both languages, each with text", () => {
    const idKeys = Object.keys(id).sort();
    const enKeys = Object.keys(en).sort();
    expect(idKeys.filter((key) => !(key in en))).toEqual([]);
    expect(enKeys.filter((key) => !(key in id))).toEqual([]);
    const empty = [...Object.entries(id), ...Object.entries(en)].filter(([, text]) => !text.trim()).map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("fills the same placeholders in both languages", () => {
    const differ = Object.keys(id).filter(
      (key) => placeholders(id[key as keyof typeof id]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(differ).toEqual([]);
  });
});
