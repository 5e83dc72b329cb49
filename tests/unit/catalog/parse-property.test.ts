import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCatalog, type DataFile } from "@/lib/catalog/parse";
import { makeFiles } from "./fixtures";

/**
 * Whatever sits in data/, the parser answers with a catalog or with errors, never a crash:
 * the build script and the tests rely on that to print the file, path and what was expected.
 */

const folder = fc.constantFrom("labs", "models", "providers", "gpus", "fx", "widgets", "constructor", "toString", "__proto__", "");
const name = fc.oneof(fc.constantFrom("a", "x", "deepseek-v3", "h100-sxm", "Upper", "..", "constructor"), fc.string({ maxLength: 12 }));
const path = fc.oneof(
  fc.constant("fx.json"),
  fc.tuple(folder, name).map(([f, n]) => `${f}/${n}.json`),
  fc.string({ maxLength: 30 }),
);
const file: fc.Arbitrary<DataFile> = fc.record({ path, data: fc.jsonValue({ maxDepth: 4 }) });

function wellFormed(result: ReturnType<typeof parseCatalog>): boolean {
  if (result.ok) return typeof result.catalog.version === "string";
  return (
    result.errors.length > 0 &&
    result.errors.every((e) => typeof e.file === "string" && typeof e.path === "string" && e.message.length > 0)
  );
}

describe("parseCatalog", () => {
  it("returns a catalog or errors, never throws, for arbitrary JSON at any path", () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 6 }), (files) => {
        expect(wellFormed(parseCatalog(files))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws when arbitrary files join a valid catalog", () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 3 }), (extra) => {
        expect(wellFormed(parseCatalog([...makeFiles(), ...extra]))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
