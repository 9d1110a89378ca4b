import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocuments } from "./support/documents";

const run = promisify(execFile);
const redocly = resolve(import.meta.dirname, "../../../node_modules/.bin/redocly");

type Problem = { ruleId: string; severity: "error" | "warn"; message: string; location?: { pointer?: string }[] };

/** `redocly lint` with its recommended rules, as a client generator or a reviewer would run it. */
async function lint(folder: string, file: string): Promise<Problem[]> {
  const result = await run(redocly, ["lint", file, "--format=json", "--config", join(folder, "redocly.yaml")], { cwd: folder }).catch(
    (failure: { stdout?: string; stderr?: string }) => failure,
  );
  const output = String(result.stdout ?? "");
  const json = output.slice(output.indexOf("{"));
  return (JSON.parse(json) as { problems: Problem[] }).problems;
}

const summary = (problems: Problem[]) => problems.map((p) => `${p.severity} ${p.ruleId} ${p.location?.[0]?.pointer ?? ""}: ${p.message}`);

describe("the OpenAPI documents under redocly lint (recommended rules)", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "kompeten-openapi-"));
    const docs = await openApiDocuments();
    await writeFile(join(folder, "redocly.yaml"), "extends:\n  - recommended\n");
    await writeFile(join(folder, "staff.json"), JSON.stringify(docs.staff, null, 2));
    await writeFile(join(folder, "public.json"), JSON.stringify(docs.public, null, 2));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each(["staff", "public"])("finds no error in the %s document", async (which) => {
    const problems = await lint(folder, `${which}.json`);
    expect(summary(problems.filter((p) => p.severity === "error"))).toEqual([]);
  });
});
