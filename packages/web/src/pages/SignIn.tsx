import { action, useSubmission } from "@solidjs/router";
import { api } from "../api";
import { ErrorMessage } from "../components/ErrorMessage";
import { PageTitle } from "../components/PageTitle";
import { TextField } from "../components/FormField";
import { raw, text, type FormInput } from "../forms";
import { t } from "../i18n";
import { signedIn } from "../session";

// On success the layout's guard moves the person on (home, the page they came for, or a forced password change).
export const signInAction = action(async (form: FormInput) => {
  const person = await api.login(text(form, "login"), raw(form, "password"));
  signedIn(person);
  return person;
}, "sign-in");

export default function SignIn() {
  const submission = useSubmission(signInAction);
  return (
    <section class="narrow">
      <PageTitle>{t("signIn.title")}</PageTitle>
      <p>{t("signIn.intro")}</p>
      <form action={signInAction} method="post" class="card form" aria-busy={submission.pending ? "true" : undefined}>
        <ErrorMessage error={submission.error} />
        <TextField
          id="sign-in-login"
          name="login"
          label={t("signIn.login")}
          autocomplete="username"
          autocapitalize="none"
          spellcheck={false}
          required
        />
        <TextField
          id="sign-in-password"
          name="password"
          type="password"
          label={t("signIn.password")}
          autocomplete="current-password"
          required
        />
        <button type="submit" class="button" disabled={submission.pending}>
          {t("signIn.submit")}
        </button>
      </form>
      <p class="hint">{t("signIn.help")}</p>
    </section>
  );
}
