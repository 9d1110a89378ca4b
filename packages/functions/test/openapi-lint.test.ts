import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocuments } from "./support/documents";

const run = promisify(execFile);
const redocly = resolve(import.meta.dirname, "../../../node_modules/.bin/redocly");

type Problem = { ruleId: string; severity: "error" | "warn"; message: string; location?: { pointer?: string; source?: { ref?: string } }[] };

/** `redocly lint` with its recommended rules, as a client generator or a reviewer would run it. */
async function lint(folder: string, files: string[]): Promise<Problem[]> {
  const result = await run(redocly, ["lint", ...files, "--format=json", "--config", join(folder, "redocly.yaml")], { cwd: folder, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } }).catch(
    (failure: { stdout?: string; stderr?: string }) => failure,
  );
  // One JSON report per document, written back to back: "{...}{...}".
  const output = String(result.stdout ?? "");
  const reports = output.slice(output.indexOf("{")).trim().split(/\n\}\{\n/);
  expect(reports).toHaveLength(files.length);
  return reports.flatMap((report, index, all) => {
    const text = `${index > 0 ? "{" : ""}${report}${index < all.length - 1 ? "}" : ""}`;
    return (JSON.parse(text) as { problems: Problem[] }).problems;
  });
}

const summary = (problems: Problem[]) =>
  problems.map((p) => `${p.severity} ${p.ruleId} ${p.location?.[0]?.source?.ref ?? ""}${p.location?.[0]?.pointer ?? ""}: ${p.message}`);

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

  // One run for both documents: the CLI's start-up is most of the time.
  it("finds no error in the staff and the public document", async () => {
    const problems = await lint(folder, ["staff.json", "public.json"]);
    expect(summary(problems.filter((p) => p.severity === "error"))).toEqual([]);
  });
});
