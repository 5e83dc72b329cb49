import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importQuality } from "@/scripts/quality/import";
import { syncFiles } from "@/scripts/quality/output";
import { READERS } from "@/scripts/quality/sources";
import { FIXTURE_MODELS, FIXTURES, fixtureNames } from "./helpers";

const run = () => importQuality(FIXTURES, READERS, fixtureNames(), FIXTURE_MODELS).files;

describe("running the import twice", () => {
  it("gives the same bytes: stable order, 2-space JSON, a final newline", () => {
    const a = run();
    const b = run();
    expect([...b.entries()]).toEqual([...a.entries()]);
    for (const text of a.values()) {
      expect(text.endsWith("}\n")).toBe(true);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
  });

  it("writes the files once, then finds nothing to change", () => {
    const dir = mkdtempSync(join(tmpdir(), "quality-out-"));
    expect(new Set(syncFiles(dir, run(), true).values())).toEqual(new Set(["new"]));
    const before = readFileSync(join(dir, "lmarena.json"), "utf8");
    expect(new Set(syncFiles(dir, run(), true).values())).toEqual(new Set(["unchanged"]));
    expect(readFileSync(join(dir, "lmarena.json"), "utf8")).toBe(before);
  });

  it("sorts rows by release, metric and printed name", () => {
    const rows = (JSON.parse(run().get("lmarena.json") ?? "{}") as { rows: { model: string; metric: string; as: string }[] }).rows;
    const keys = rows.map((r) => `${r.model}\u0000${r.metric}\u0000${r.as}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("does not write in a dry run", () => {
    const dir = mkdtempSync(join(tmpdir(), "quality-dry-"));
    expect(new Set(syncFiles(dir, run(), false).values())).toEqual(new Set(["new"]));
    expect(() => readFileSync(join(dir, "lmarena.json"))).toThrow();
  });
});
