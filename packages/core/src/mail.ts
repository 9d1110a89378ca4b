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
