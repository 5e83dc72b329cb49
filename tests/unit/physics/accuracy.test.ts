import { describe, expect, it } from "vitest";
import { accuracyByClass, replay, SET_APART_TAGS, type ClassAccuracy } from "@/lib/physics/calibration";
import { TIME_CONSTANTS } from "@/lib/physics/constants";
import { CalibrationClass } from "@/lib/schema/calibration";
import { loadCalibration, loadCatalog, viewOf } from "@/scripts/physics/load";

/**
 * The time model against data/calibration/decode.json (issue 15, item 6): per class, the median
 * |estimate / measured - 1| at most 25 % with a median ratio within 0.8-1.25, and at most 15 %
 * overall, on the held-out rows. Classes listed in NOT_YET miss their target today
 * (BENCHMARKS.md, "Serving physics", says by how much and why): their check is expected to fail,
 * so the day the model reaches one, this file says so and the entry must go.
 */
const NOT_YET: ReadonlySet<string> = new Set(["overall", "multi-tensor", "multi-layer-split", "single-moe", "datacenter-serving"]);

const view = viewOf(loadCatalog());
const { rows } = loadCalibration();
const apart = (r: (typeof rows)[number]) => r.tags.some((t) => (SET_APART_TAGS as readonly string[]).includes(t));
const byClass = (rs: typeof rows) => new Map(accuracyByClass(replay(rs, view, TIME_CONSTANTS).replayed).map((a) => [a.class, a] as const));
const held = byClass(rows.filter((r) => r.holdout && !apart(r)));
const fitted = byClass(rows.filter((r) => !r.holdout && !apart(r)));

const meets = (a: ClassAccuracy | undefined, maxError: number) => {
  expect(a, "class has replayed rows").toBeDefined();
  expect(a!.medianError).toBeLessThanOrEqual(maxError);
  if (a!.class !== "all") {
    expect(a!.medianRatio).toBeGreaterThanOrEqual(0.8);
    expect(a!.medianRatio).toBeLessThanOrEqual(1.25);
  }
};

describe("the calibration table", () => {
  it("holds at least 120 measurements, a quarter held out, at least 5 held-out rows per class", () => {
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(rows.filter((r) => r.holdout).length).toBeGreaterThanOrEqual(rows.length / 4);
    for (const cls of CalibrationClass.options) expect(held.get(cls)?.rows ?? 0, cls).toBeGreaterThanOrEqual(5);
  });

  it("holds out whole sources: no source has rows on both sides", () => {
    const side = new Map<string, boolean>();
    for (const r of rows) {
      const source = r.source.split("#")[0]!;
      expect(side.get(source) ?? r.holdout, source).toBe(r.holdout);
      side.set(source, r.holdout);
    }
  });
});

describe("decode speed on the fitting rows", () => {
  for (const cls of CalibrationClass.options) it(`${cls}: median error at most 25 %, ratio 0.8-1.25`, () => meets(fitted.get(cls), 0.25));
  it("overall: median error at most 15 %", () => meets(fitted.get("all"), 0.15));
});

describe("decode speed on the held-out rows", () => {
  for (const cls of CalibrationClass.options) {
    const check = NOT_YET.has(cls) ? it.fails : it;
    check(`${cls}: median error at most 25 %, ratio 0.8-1.25${NOT_YET.has(cls) ? " (not yet)" : ""}`, () => meets(held.get(cls), 0.25));
  }
  (NOT_YET.has("overall") ? it.fails : it)("overall: median error at most 15 % (not yet)", () => meets(held.get("all"), 0.15));
});
