import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadNames, releaseOf } from "@/scripts/quality/names";
import { fixtureNames } from "./helpers";

describe("names.json", () => {
  const names = fixtureNames();

  it.each([
    ["lmarena", "gemini-3-pro", "gemini-3-pro"],
    ["lmarena", "vicuna-7b", null],
    ["lmarena", "not-listed", undefined],
    ["lmarena-mirror", "claude-opus-4-6", "claude-opus-4.6"],
    ["lmarena-mirror", "gemini-3-pro", "gemini-3-pro"],
    ["aider-polyglot", "gemini-3-pro", undefined],
  ])("in %s, %s is %s", (source, as, want) => {
    expect(releaseOf(names, source, as)).toBe(want);
  });

  it("refuses a release id that is not lower case, naming the file and the entry", () => {
    const dir = mkdtempSync(join(tmpdir(), "names-"));
    const path = join(dir, "names.json");
    writeFileSync(path, JSON.stringify({ aider: { "GPT-5 (high)": "GPT-5" } }));
    expect(() => loadNames(path)).toThrow(/names\.json: aider > GPT-5 \(high\): must be a release id/);
  });
});
