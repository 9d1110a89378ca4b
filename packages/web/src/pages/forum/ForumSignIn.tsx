// Citizens sign in without a password: a 6-digit code goes to their e-mail. The first time,
// they choose the name shown publicly with what they write.
import { A, Navigate, useSearchParams, useSubmission } from "@solidjs/router";
import { Show } from "solid-js";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/FormField";
import { PageTitle } from "../../components/PageTitle";
import { t } from "../../i18n";
import { citizen, requestCodeAction, verifyCodeAction } from "./data";

/** Only forum pages may be returned to after signing in. */
function returnPath(value: unknown): string {
  return typeof value === "string" && value.startsWith("/forum") && !value.startsWith("//") ? value : "/forum";
}

export default function ForumSignIn() {
  const [params] = useSearchParams();
  const sent = useSubmission(requestCodeAction);
  const verified = useSubmission(verifyCodeAction);
  const email = () => sent.result?.email;
  return (
    <Show when={!citizen()} fallback={<Navigate href={returnPath(params.ke)} />}>
      <section class="narrow forum">
        <p>
          <A href="/forum">{t("forum.backToList")}</A>
        </p>
        <PageTitle>{t("forum.signInTitle")}</PageTitle>
        <p>{t("forum.signInIntro")}</p>
        <Show
          when={email()}
          fallback={
            <form action={requestCodeAction} method="post" class="card form" aria-busy={sent.pending ? "true" : undefined}>
              <ErrorMessage error={sent.error} />
              <TextField id="forum-email" name="email" type="email" label={t("forum.email")} autocomplete="email" required error={sent.error} />
              <button type="submit" class="button" disabled={sent.pending}>
                {t("forum.sendCode")}
              </button>
            </form>
          }
        >
          {(address) => (
            <form action={verifyCodeAction} method="post" class="card form" aria-busy={verified.pending ? "true" : undefined}>
              <p role="status">{t("forum.codeSent", { email: address(), minutes: sent.result?.validMinutes ?? 10 })}</p>
              <ErrorMessage error={verified.error} />
              <input type="hidden" name="email" value={address()} />
              <TextField
                id="forum-code"
                name="code"
                label={t("forum.code")}
                inputmode="numeric"
                autocomplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                error={verified.error}
              />
              <TextField
                id="forum-display-name"
                name="displayName"
                label={t("forum.displayName")}
                hint={t("forum.displayNameHint")}
                minLength={2}
                maxLength={40}
                autocomplete="nickname"
                error={verified.error}
              />
              <button type="submit" class="button" disabled={verified.pending}>
                {t("forum.signIn")}
              </button>
              <button type="button" class="button-link" onClick={() => sent.clear()}>
                {t("forum.otherEmail")}
              </button>
            </form>
          )}
        </Show>
      </section>
    </Show>
  );
}
