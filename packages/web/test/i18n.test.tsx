import { screen } from "@solidjs/testing-library";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { lang, setLang, t } from "../src/i18n";
import { apiError, renderApp, stubApi } from "./harness";

describe("language", () => {
  it("fills placeholders and follows the chosen language", () => {
    setLang("id");
    expect(t("home.greeting", { name: "Sari" })).toBe("Selamat datang, Sari");
    setLang("en");
    expect(t("home.greeting", { name: "Sari" })).toBe("Welcome, Sari");
  });

  it("switches the sign-in labels to English and remembers the choice", async () => {
    stubApi({ "GET /api/me": apiError(401, "unauthenticated") });
    renderApp("/masuk");

    expect(await screen.findByLabelText("NIP atau email")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Masuk" })).toBeInTheDocument();

    await userEvent.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByLabelText("NIP or email")).toBeInTheDocument();
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
});
