import { Show, splitProps, type JSX } from "solid-js";

type InputProps = JSX.InputHTMLAttributes<HTMLInputElement>;

export interface TextFieldProps extends Omit<InputProps, "id" | "name"> {
  id: string;
  name: string;
  label: string;
  hint?: string;
}

/** A labelled input with an optional hint tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const [own, input] = splitProps(props, ["id", "name", "label", "hint"]);
  const hintId = () => (own.hint ? `${own.id}-hint` : undefined);
  return (
    <div class="field">
      <label for={own.id}>{own.label}</label>
      <Show when={own.hint}>
        <p class="hint" id={hintId()}>
          {own.hint}
        </p>
      </Show>
      <input type="text" {...input} id={own.id} name={own.name} aria-describedby={hintId()} />
    </div>
  );
}
