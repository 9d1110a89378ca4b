import { action, useSubmission } from "@solidjs/router";
import { createEffect, on } from "solid-js";
import { api } from "../api";
import { raw, type FormInput } from "../forms";
import { t } from "../i18n";
import { ErrorMessage, SuccessMessage } from "./ErrorMessage";
import { TextField } from "./FormField";
import { Card } from "../components/Card";

export const resetPasswordAction = action(async (id: string, form: FormInput) => {
  await api.resetPassword(id, raw(form, "password"));
  return true;
}, "reset-password");

/** The admin sets a temporary password; the person must replace it at the next sign-in. */
export function ResetPasswordForm(props: { staffId: string }) {
  const submission = useSubmission(resetPasswordAction, ([id]) => id === props.staffId);
  let formElement: HTMLFormElement | undefined;
  createEffect(on(() => submission.result, (done) => done && formElement?.reset()));

  return (
    <Card title={t("profile.reset")} titleId="reset-title">
      <p class="muted">{t("profile.resetIntro")}</p>
      <form ref={formElement} action={resetPasswordAction.with(props.staffId)} method="post" class="form">
        <ErrorMessage error={submission.error} />
        <SuccessMessage when={submission.result}>
          <p>{t("profile.resetDone")}</p>
        </SuccessMessage>
        <TextField
          id="reset-password"
          name="password"
          type="password"
          label={t("profile.resetPassword")}
          hint={t("password.hint")}
          autocomplete="new-password"
          minlength={10}
          required
        />
        <button type="submit" class="button secondary" disabled={submission.pending}>
          {t("profile.resetSubmit")}
        </button>
      </form>
    </Card>
  );
}
