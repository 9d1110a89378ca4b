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
  stop: () => Promise<void>;
}

/** Runs `npm start -- --memory` on a free port, in its own process group so stopping ends DynamoDB Local too. */
export async function startApp(): Promise<RunningApp> {
  const port = await freePort();
  const child: ChildProcess = spawn("npm", ["start", "--", "--memory", "--port", String(port)], {
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
  const stop = async () => {
    if (!running()) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    signalGroup("SIGINT");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    signalGroup("SIGKILL");
  };
  const deadline = Date.now() + 150_000;
  while (!output.includes("Kompeten is running")) {
    if (!running()) throw new Error(`npm start exited:\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url: `http://localhost:${port}`, stop };
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
