// The reason a decline, a cancellation or a dispute must give, inside its confirmation dialog.
import { FieldError } from "../../components/FormField";
import { t } from "../../i18n";

export function ReasonField(props: { id: string; value: string; onInput: (value: string) => void; error: string | undefined }) {
  const errorId = () => `${props.id}-error`;
  return (
    <div class="field" classList={{ "field-invalid": Boolean(props.error) }}>
      <label for={props.id}>{t("mentorship.reason")}</label>
      <textarea
        id={props.id}
        rows={3}
        maxLength={500}
        required
        aria-required="true"
        aria-invalid={props.error ? "true" : undefined}
        aria-describedby={props.error ? errorId() : undefined}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <FieldError id={errorId()} message={props.error} />
    </div>
  );
}
