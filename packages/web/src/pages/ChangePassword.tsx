import { action, redirect, useSubmission } from "@solidjs/router";
import { createEffect, on, Show } from "solid-js";
import { api, ApiError } from "../api";
import { ErrorMessage, SuccessMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { TextField } from "../components/FormField";
import { raw, type FormInput } from "../forms";
import { t } from "../i18n";
import { me, mustChangePassword, signedIn } from "../session";

export const MIN_PASSWORD_LENGTH = 10;

export const changePasswordAction = action(async (form: FormInput) => {
  const next = raw(form, "newPassword");
  if (next.length < MIN_PASSWORD_LENGTH) throw new ApiError(400, "password_too_short", "Password too short");
  if (next !== raw(form, "confirmPassword")) throw new ApiError(400, "password_mismatch", "Passwords differ");
  const wasForced = mustChangePassword();
  const person = await api.changePassword(raw(form, "currentPassword"), next);
  signedIn(person);
  // A forced change was only a gate: continue to the home page.
  if (wasForced) throw redirect("/");
  return person;
}, "change-password");

export default function ChangePassword() {
  const submission = useSubmission(changePasswordAction);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (result) => result && formElement?.reset()));

  return (
    <section class="narrow">
      <PageTitle>{t("password.title")}</PageTitle>
      <Show when={mustChangePassword()}>
        <p class="notice notice-info">{t("password.forced")}</p>
      </Show>
      <form ref={formElement} action={changePasswordAction} method="post" class="card form">
        <ErrorMessage error={submission.error} overrides={{ invalid_credentials: "error.current_password_wrong" }} />
        <SuccessMessage when={submission.result}>
          <p>{t("password.saved")}</p>
        </SuccessMessage>
        {/* Lets password managers store the new password under the right account. */}
        <input type="text" name="username" autocomplete="username" value={me()?.nip ?? ""} hidden readonly />
        <TextField
          id="current-password"
          name="currentPassword"
          type="password"
          label={t("password.current")}
          autocomplete="current-password"
          required
        />
        <TextField
          id="new-password"
          name="newPassword"
          type="password"
          label={t("password.new")}
          hint={t("password.hint")}
          autocomplete="new-password"
          minlength={MIN_PASSWORD_LENGTH}
          required
        />
        <TextField
          id="confirm-password"
          name="confirmPassword"
          type="password"
          label={t("password.confirm")}
          autocomplete="new-password"
          minlength={MIN_PASSWORD_LENGTH}
          required
        />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("password.submit")}
        </button>
      </form>
    </section>
  );
}
