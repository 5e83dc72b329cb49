import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCatalog } from "@/lib/catalog/parse";
import { bitsOf, physModel, weightBytes } from "@/lib/physics";
import { GgufSizeFile } from "@/lib/schema/calibration";
import { readDataFiles } from "@/scripts/data-files";

const catalog = (() => {
  const r = parseCatalog(readDataFiles().files);
  if (!r.ok) throw new Error("catalog does not validate");
  return r.catalog;
})();
const sizes = GgufSizeFile.parse(JSON.parse(readFileSync("data/calibration/gguf-sizes.json", "utf8")));

/** Published GGUF files of catalog models in the formats the engine offers (issue 15: within 2 %). */
const rows = sizes.rows.filter((r) => ["q4_k_m", "q8_0", "mxfp4"].includes(r.format)).map((r) => ({ r, m: catalog.models.find((m) => m.id === r.model) }));

describe("weight bytes against published GGUF files", () => {
  it("has at least ten published sizes to check", () => {
    expect(rows.filter((x) => x.m && physModel(x.m)).length).toBeGreaterThanOrEqual(10);
  });

  // A file whose model's expert counts the catalog lacks cannot be split into its formats' bytes
  // (DEFAULT_EXPERTS stands in for the engine); it is listed, not checked.
  it("names the files it cannot check", () => {
    const unchecked = rows.filter((x) => x.m && physModel(x.m)?.expertsAssumed).map((x) => x.r.id);
    expect(unchecked.length).toBeLessThan(rows.length / 4);
  });

  for (const { r, m } of rows) {
    const pm = m && physModel(m);
    if (!pm || pm.expertsAssumed) continue;
    it(`${r.model} ${r.format}: within 2 % of ${(r.fileBytes / 1e9).toFixed(2)} GB (${r.id})`, () => {
      const bits = bitsOf(r.format, "llama.cpp");
      expect(bits).toBeDefined();
      // A file may hold more than the card's total (DeepSeek's multi-token-prediction layer); its own
      // parameter count, where the row gives it, adds the difference at the file's body format.
      const extra = r.modelFacts ? r.modelFacts.totalB * 1e9 - pm.totalParams : 0;
      const est = weightBytes(pm, bits!).total + (extra * bits!.body) / 8;
      expect(Math.abs(est / r.fileBytes - 1)).toBeLessThan(0.02);
    });
  }
});
