import type { CitizenRecord } from "@kompeten/core/citizens/citizens";
import type { AppContext } from "@kompeten/core/context";

/** What the citizens' forum API needs from where it runs (Lambda or the local runtime). */
export interface ForumApiOptions {
  ctx: AppContext;
  /** Signs the citizen cookie: its own secret, never the staff one. */
  citizenSecret: string;
  /** Secure cookies in the cloud; plain http on localhost. */
  secureCookies: boolean;
  logRequests?: boolean;
}

export type ForumEnv = {
  Variables: {
    ctx: AppContext;
    options: ForumApiOptions;
    citizen: CitizenRecord;
  };
};
