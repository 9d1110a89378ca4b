import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";

const root = new URL("..", import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningApp {
  url: string;
  /** Stops the app; fails when its log holds a secret (see `secretsIn`). */
  stop: () => Promise<void>;
}

const BANNER_END = "Press Ctrl-C to stop.";

/**
 * What a log must never hold: the demo password, a session cookie, a sign-in code the forum
 * e-mailed (read from the run's mailbox). Searched in everything the app wrote after its banner,
 * which names the local demo password on purpose.
 */
async function secretsIn(url: string, log: string): Promise<{ found: string[]; codes: number }> {
  const mailbox = await fetch(`${url}/dev/mailbox`).then((r) => r.text(), () => "");
  const codes = new Set(mailbox.match(/\b\d{6}\b/g) ?? []);
  const found: string[] = [];
  if (log.includes("kompeten-demo")) found.push("the demo password");
  if (/kompeten_(session|citizen)=/.test(log)) found.push("a session cookie");
  for (const code of codes) if (new RegExp(`\\b${code}\\b`).test(log)) found.push(`the e-mailed code ${code}`);
  return { found, codes: codes.size };
}

/**
 * Runs `npm start -- --memory` on a free port, in its own process group so stopping ends DynamoDB
 * Local too, logging every request as the Lambdas do.
 */
export async function startApp(): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn("npm", ["start", "--", "--memory", "--port", String(port), "--log-requests"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const running = () => child.exitCode === null && child.signalCode === null;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // the group has already gone
    }
  };
  const url = `http://localhost:${port}`;
  const halt = async () => {
    if (!running()) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signalGroup("SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    signalGroup("SIGKILL");
  };
  const stop = async () => {
    const log = output.slice(output.indexOf(BANNER_END) + BANNER_END.length);
    const { found, codes } = running() ? await secretsIn(url, log) : { found: [], codes: 0 };
    await halt();
    const requests = log.split("\n").filter((line) => line.startsWith('{"level"')).length;
    if (found.length) throw new Error(`the app's log holds ${found.join(", ")}`);
    console.log(`app log: ${requests} request lines, no password, session cookie or any of the ${codes} e-mailed codes`);
  };
  const deadline = Date.now() + 150_000;
  while (!output.includes("Kompeten is running")) {
    if (!running()) throw new Error(`npm start exited:\n${output}`);
    if (Date.now() > deadline) {
      await halt();
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Signs a demo account in through the sign-in page and waits for the signed-in menu. */
export async function signIn(page: Page, appUrl: string, login: string, password = "kompeten-demo") {
  await page.goto(`${appUrl}/masuk`);
  await page.getByLabel("NIP atau email", { exact: true }).fill(login);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.getByRole("button", { name: "Keluar" }).waitFor();
}
