/** An e-mail to one person. Plain text: these are short notices with a link into the app. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail: Amazon SES in the cloud, `.eml` files in the local runtime, a list in tests. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** For contexts that send no e-mail (the API answers requests; the jobs send). */
export const noMailer: Mailer = { send: async () => {} };

/**
 * Sends one e-mail; false when it failed, which is logged while the run goes on: the in-app
 * notification is already there, and sending again on a later run could send it twice (at
 * most once by design).
 */
export async function sendSafely(mailer: Mailer, message: Mail): Promise<boolean> {
  try {
    await mailer.send(message);
    return true;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", message: "e-mail not sent", to: message.to, error: String(error) }));
    return false;
  }
}
