import type { Actor, PendingSession } from "@kompeten/core/actor";
import type { SessionClaims } from "@kompeten/core/auth/auth";
import type { AppContext } from "@kompeten/core/context";
import type { Staff } from "@kompeten/core/staff/staff.schemas";

/** What the staff API needs from where it runs (Lambda or the local runtime). */
export interface StaffApiOptions {
  ctx: AppContext;
  /** Signs the session cookie. */
  sessionSecret: string;
  /** Secure cookies in the cloud; plain http on localhost. */
  secureCookies: boolean;
  /** Origins besides the request's own that may send state-changing requests. */
  allowedOrigins?: string[];
  /** A JSON log line per request (on in Lambda, where logs go to CloudWatch). */
  logRequests?: boolean;
}

export type StaffEnv = {
  Variables: {
    ctx: AppContext;
    options: StaffApiOptions;
    claims: SessionClaims;
    me: Staff;
    actor: Actor;
    /** Set by every session middleware; the only view of the session a `readSession` handler may use before awaiting it. */
    session: PendingSession;
  };
};
