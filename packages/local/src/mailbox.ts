import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Mailer } from "@kompeten/core/mail";
import { Hono } from "hono";
import { html } from "hono/html";

/** RFC 2047 encoded-word, so Indonesian subjects survive any mail reader. */
const encodeHeader = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : `=?UTF-8?B?${Buffer.from(value).toString("base64")}?=`);

/** Locally, e-mail is written as .eml files (open them with any mail program) instead of being sent. */
export function fileMailer(dir: string, now: () => Date = () => new Date()): Mailer {
  return {
    async send(mail) {
      mkdirSync(dir, { recursive: true });
      const date = now();
      const name = `${date.toISOString().replace(/[:.]/g, "-")}-${randomBytes(3).toString("hex")}.eml`;
      const message = [
        "From: Kompeten <noreply@kompeten.local>",
        `To: ${mail.to}`,
        `Subject: ${encodeHeader(mail.subject)}`,
        `Date: ${date.toUTCString()}`,
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        mail.text,
        "",
      ].join("\r\n");
      writeFileSync(join(dir, name), message);
    },
  };
}

interface Letter {
  file: string;
  to: string;
  subject: string;
  date: string;
  body: string;
}

function readLetters(dir: string): Letter[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".eml"));
  } catch {
    return [];
  }
  return files
    .sort()
    .reverse()
    .map((file) => {
      const raw = readFileSync(join(dir, file), "utf8");
      const [head = "", ...rest] = raw.split("\r\n\r\n");
      const header = (name: string) => new RegExp(`^${name}: (.*)$`, "m").exec(head)?.[1] ?? "";
      const subject = header("Subject").replace(/^=\?UTF-8\?B\?(.*)\?=$/, (_, b64: string) => Buffer.from(b64, "base64").toString("utf8"));
      return { file, to: header("To"), subject, date: header("Date"), body: rest.join("\r\n\r\n") };
    });
}

/** The local-only mailbox page: /dev/mailbox lists what the jobs "sent". Never part of the cloud app. */
export function mailboxPage(dir: string, where = ".data/mailbox/") {
  const app = new Hono();
  app.get("/dev/mailbox", (c) => {
    const letters = readLetters(dir);
    return c.html(html`<!doctype html>
      <html lang="id">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>Kotak surat lokal · Kompeten</title>
          <style>
            body { font-family: system-ui, sans-serif; margin: 1rem auto; max-width: 60rem; padding: 0 1rem; color: #1a2b3c; }
            article { border: 1px solid #c8d2dc; border-radius: 6px; padding: 0.75rem 1rem; margin: 0.75rem 0; }
            pre { white-space: pre-wrap; font: inherit; margin: 0.5rem 0 0; }
            .meta { color: #4a5a6a; font-size: 0.9rem; }
          </style>
        </head>
        <body>
          <h1>Kotak surat lokal</h1>
          <p>E-mail yang dikirim oleh tugas terjadwal di mesin ini (${letters.length}), disimpan di <code>${where}</code>.</p>
          ${letters.map(
            (l) => html`<article>
              <h2>${l.subject}</h2>
              <p class="meta">Kepada ${l.to} · ${l.date} · ${l.file}</p>
              <pre>${l.body}</pre>
            </article>`,
          )}
        </body>
      </html>`);
  });
  return app;
}
