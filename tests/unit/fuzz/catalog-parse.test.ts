import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCatalog, type DataFile, type ParseResult } from "@/lib/catalog/parse";
import { readDataFiles } from "@/scripts/data-files";
import { mutate, mutation, unicodeString, type Mutation } from "./mutate";
import { RUNS } from "./runs";

/**
 * A hand-edited data file can hold anything. Mutated copies of the real files in data/ must give
 * a catalog or errors naming the file and the path inside it: never an exception, which would
 * hide the file at fault behind a stack trace.
 *
 * Speed: parsing all of data/ takes ~10 ms on an idle core here (~36 ms while others build), too
 * slow for 10,000 runs in a minute; most runs parse a random handful of real files (with their
 * cross-file references partly broken, which is a case worth fuzzing too) and every 50th run
 * parses the whole folder.
 */
const real = readDataFiles();

const renamed = fc.oneof(
  fc.constantFrom("models/UPPER.json", "models/.json", "models/a/b.json", "labs/__proto__.json", "constructor/x.json", "fx.json", "gpus/x.txt"),
  unicodeString.map((s) => `models/${s}.json`),
);

type Edit = { file: number; mutations: Mutation[]; rename?: string };

const edit: fc.Arbitrary<Edit> = fc.record(
  { file: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), rename: renamed },
  { requiredKeys: ["file", "mutations"] },
);

const input: fc.Arbitrary<DataFile[]> = fc
  .tuple(fc.nat(49), fc.subarray(real.files, { minLength: 1, maxLength: 6 }), fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([n, subset, edits, duplicate]) => {
    const files = n === 0 ? [...real.files] : [...subset];
    for (const e of edits) {
      const i = e.file % files.length;
      const f = files[i];
      if (!f) continue;
      files[i] = { path: e.rename ?? f.path, data: mutate(f.data, e.mutations) };
    }
    const first = files[0];
    return duplicate && first ? [...files, first] : files;
  });

function checkResult(files: readonly DataFile[], result: ParseResult): void {
  if (result.ok) {
    expect(result.catalog.version).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
    return;
  }
  const paths = new Set(files.map((f) => f.path));
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(paths.has(e.file), `error names a file that was not given: ${e.file}`).toBe(true);
    expect(e.path.length).toBeGreaterThan(0);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

describe("parseCatalog on mutated copies of data/", () => {
  it("reads the real data/ without errors (the base the mutations start from)", () => {
    expect(real.errors).toEqual([]);
    const result = parseCatalog(real.files);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it(`answers a catalog or errors naming file and path for ${RUNS} mutated file sets`, () => {
    fc.assert(
      fc.property(input, (files) => {
        checkResult(files, parseCatalog(files));
      }),
      { numRuns: RUNS },
    );
  });
});
