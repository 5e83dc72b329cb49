import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runImport } from "../../../scripts/catalog/build";
import { diffCatalog } from "../../../scripts/catalog/diff";
import { readGenerated, toText, writeGenerated } from "../../../scripts/catalog/files";
import { litellm, makeOverlays, makeProvider, SNAPSHOT, TODAY, tree } from "./factories";

const providers = () => ({
  openai: makeProvider({ upstream: { modelsDev: ["openai"], litellm: ["openai"] } }),
  anthropic: makeProvider({ upstream: { modelsDev: ["anthropic"], litellm: ["anthropic"] } }),
  google: makeProvider({ upstream: { modelsDev: ["google"], litellm: ["gemini"] } }),
});
const importOnce = () => runImport({ tree: tree(), litellm: litellm(), overlays: makeOverlays(providers()), snapshot: SNAPSHOT, today: TODAY });

let dir = "";
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe("catalog:update on the same snapshot", () => {
  it("writes the same bytes twice and the second run has nothing to report", () => {
    dir = mkdtempSync(join(tmpdir(), "catalog-import-"));
    const first = importOnce();
    expect(writeGenerated(dir, first.files).length).toBeGreaterThan(0);
    const second = importOnce();
    expect(diffCatalog(readGenerated(dir), second.files)).toEqual([]);
    expect(writeGenerated(dir, second.files)).toEqual([]);
  });

  it("lists added models and offerings, then price changes and retirements against the files", () => {
    dir = mkdtempSync(join(tmpdir(), "catalog-import-"));
    const before = importOnce();
    const lines = diffCatalog(new Map(), before.files);
    expect(lines).toContain("models added (9):");
    expect(lines.some((l) => l.includes("google/gemini-3-pro [retired (2026-03-09)]"))).toBe(true);
    const changed = new Map(before.files);
    const openai = structuredClone(changed.get("providers/openai.json")) as { offerings: { model: string; prices: { input: number } }[] };
    const gpt = openai.offerings.find((o) => o.model === "gpt-5.4");
    if (gpt) gpt.prices.input = 2;
    changed.set("providers/openai.json", openai);
    expect(diffCatalog(changed, before.files)).toContain("  openai/gpt-5.4 input: 2 -> 2.5 USD");
  });

  it("writes 2-space JSON with a final newline", () => {
    expect(toText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
