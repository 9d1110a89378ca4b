// Reading submitted forms. Router actions hand over FormData or URLSearchParams.
export type FormInput = FormData | URLSearchParams;

export function text(form: FormInput, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** A password is taken as typed: spaces are characters too. */
export function raw(form: FormInput, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

export function all(form: FormInput, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string");
}

export function checked(form: FormInput, name: string): boolean {
  return form.get(name) !== null;
}
