import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadNames, type NameMap } from "@/scripts/quality/names";

/** The trimmed copies of each reference table (same paths as shared/reference/quality). */
export const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "quality");

export const fixtureNames = (): NameMap => loadNames(join(FIXTURES, "names.json"));

/** The releases the fixture catalog has (gpt-5.2 deliberately missing: "waiting for a data/models file"). */
export const FIXTURE_MODELS: ReadonlySet<string> = new Set([
  "claude-opus-4.5", "claude-opus-4.6", "claude-sonnet-4", "claude-sonnet-4.5", "gemini-2.5-pro", "gemini-3-pro",
  "glm-4.6", "gpt-4o-2024-08-06", "gpt-4o-2024-11-20", "gpt-4o-mini", "gpt-5", "gpt-5-mini", "llama-3.1-70b-instruct",
  "llama-3.1-8b-instruct", "llama-4-maverick", "o3", "o3-mini", "qwen3-235b-a22b", "qwen3-32b",
]);

/** A copy of the fixture tree in a temporary folder, with one file replaced (for malformed input). */
export function fixturesWith(rel: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), "quality-fixtures-"));
  cpSync(FIXTURES, dir, { recursive: true });
  writeFileSync(join(dir, rel), edit(readFileSync(join(dir, rel), "utf8")));
  return dir;
}
