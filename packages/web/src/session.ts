// Who is signed in. The layout reads it to guard pages and to build the navigation.
import { query } from "@solidjs/router";
import { createSignal } from "solid-js";
import { api, ApiError, onApiError } from "./api";
import type { Me, Role } from "./types";

export type SessionState =
  | { status: "unknown" }
  /** `signedOut`: the person left on purpose, so no page needs to be returned to. */
  | { status: "anonymous"; reason?: "signedOut" }
  /** The server demands a new password but did not tell us who we are yet. */
  | { status: "passwordChange" }
  | { status: "signedIn"; me: Me };

const [session, setSession] = createSignal<SessionState>({ status: "unknown" });
export { session };

export function me(): Me | undefined {
  const state = session();
  return state.status === "signedIn" ? state.me : undefined;
}

export function isSignedIn(): boolean {
  const status = session().status;
  return status === "signedIn" || status === "passwordChange";
}

export function mustChangePassword(): boolean {
  const state = session();
  return state.status === "passwordChange" || (state.status === "signedIn" && state.me.mustChangePassword);
}

export function hasRole(role: Role): boolean {
  return me()?.roles.includes(role) ?? false;
}

export const isAdmin = () => hasRole("admin");

export function signedIn(person: Me) {
  setSession({ status: "signedIn", me: person });
}

export function signedOut(reason?: "signedOut") {
  // Nothing fetched for the previous person may be shown to the next one.
  query.clear();
  setSession({ status: "anonymous", reason });
}

export async function loadSession(): Promise<void> {
  try {
    signedIn(await api.me());
  } catch (error) {
    if (error instanceof ApiError && error.code === "password_change_required") {
      setSession({ status: "passwordChange" });
    } else {
      setSession({ status: "anonymous" });
    }
  }
}

export async function signOut(): Promise<void> {
  try {
    await api.logout();
  } finally {
    signedOut("signedOut");
  }
}

/** Forget everything; for tests. */
export function resetSession() {
  query.clear();
  setSession({ status: "unknown" });
}

// Any call can reveal that the sign-in expired or that a new password is due.
onApiError((error) => {
  const state = session();
  if (error.code === "unauthenticated" && state.status !== "anonymous") {
    signedOut();
  } else if (error.code === "password_change_required") {
    if (state.status === "signedIn") setSession({ status: "signedIn", me: { ...state.me, mustChangePassword: true } });
    else setSession({ status: "passwordChange" });
  }
});
